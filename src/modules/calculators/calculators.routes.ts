/**
 * @module calculators.routes
 * The public labor-rights calculators (勞動權益試算) over HTTP. Each route parses the contract, runs
 * the pure rule from `#labor-rules` and answers with its steps worded in the caller's language.
 * Nothing is stored or logged: wages and dates are the worker's business.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import {
  calculateAnnualLeave,
  calculateAverageWage,
  calculateDisabilityQuota,
  calculateHeatIndex,
  calculateMaternityLeave,
  calculateParentalLeave,
  calculateNoticePay,
  calculateOccupationalInjury,
  calculatePensionContribution,
  calculateOldPension,
  calculateOvertimePay,
  calculateSeverancePay,
  calculateUnusedAnnualLeavePay,
  minimumWageOn,
  periodsCovering,
  rateOn,
  type AnnualLeaveInput,
  type EffectiveDated,
  type OccupationalInjuryInput,
  type RateTables,
  type SeverancePayInput,
} from '#labor-rules';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, publicAccess } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import {
  annualLeaveRequest,
  annualLeaveResponse,
  averageWageRequest,
  averageWageResponse,
  disabilityQuotaRequest,
  disabilityQuotaResponse,
  heatIndexRequest,
  heatIndexResponse,
  minimumWageQuery,
  maternityLeaveRequest,
  maternityLeaveResponse,
  minimumWageResponse,
  parentalLeaveRequest,
  parentalLeaveResponse,
  pensionContributionRequest,
  pensionContributionResponse,
  noticePayRequest,
  noticePayResponse,
  occupationalInjuryRequest,
  occupationalInjuryResponse,
  oldPensionRequest,
  oldPensionResponse,
  overtimePayRequest,
  overtimePayResponse,
  severancePayRequest,
  severancePayResponse,
} from './calculators.contract.ts';
import { presentPrecautions, presentSteps, presentWarnings, runRule, taipeiToday } from './calculators.present.ts';

const tags = ['calculators'];
const explained = 'Each step carries its legal basis, the citation and the explanation in the caller language (`?lang=`).';

const overtimePay = defineRoute(publicAccess, {
  method: 'post',
  path: '/api/v1/calculators/overtime-pay',
  tags,
  summary: 'Overtime and holiday pay owed for a list of days, with working-time warnings',
  description: `LSA Arts. 24, 32, 34, 36, 37, 39, 40. \`overtimePay\` is owed on top of the regular wage. ${explained}`,
  request: { body: jsonBody(overtimePayRequest) },
  responses: { 200: jsonContent(overtimePayResponse, 'Overtime pay'), ...problemResponses(400, 413) },
});

const severancePay = defineRoute(publicAccess, {
  method: 'post',
  path: '/api/v1/calculators/severance-pay',
  tags,
  summary: 'Severance pay (資遣費) under the old, new or mixed system',
  description: `LSA Art. 17 (old system), Labor Pension Act Art. 12 (new system, capped at 6 months). ${explained}`,
  request: { body: jsonBody(severancePayRequest) },
  responses: { 200: jsonContent(severancePayResponse, 'Severance pay'), ...problemResponses(400, 413) },
});

const averageWage = defineRoute(publicAccess, {
  method: 'post',
  path: '/api/v1/calculators/average-wage',
  tags,
  summary: 'Average wage (平均工資) over the 6 months before an event',
  description: `LSA Art. 2 item 4; Enforcement Rules Art. 2 (excluded periods extend the window backwards). ${explained}`,
  request: { body: jsonBody(averageWageRequest) },
  responses: { 200: jsonContent(averageWageResponse, 'Average wage'), ...problemResponses(400, 413) },
});

const annualLeave = defineRoute(publicAccess, {
  method: 'post',
  path: '/api/v1/calculators/annual-leave',
  tags,
  summary: 'Annual leave days (特別休假) of the leave year in progress, and pay for unused days',
  description: `LSA Art. 38; current law when only a length of service is given. ${explained}`,
  request: { body: jsonBody(annualLeaveRequest) },
  responses: { 200: jsonContent(annualLeaveResponse, 'Annual leave'), ...problemResponses(400, 413) },
});

const oldPension = defineRoute(publicAccess, {
  method: 'post',
  path: '/api/v1/calculators/old-pension',
  tags,
  summary: 'Old-system pension (舊制退休金): bases, amount and eligibility',
  description: `LSA Arts. 53-55. ${explained}`,
  request: { body: jsonBody(oldPensionRequest) },
  responses: { 200: jsonContent(oldPensionResponse, 'Old-system pension'), ...problemResponses(400, 413) },
});

const disabilityQuota = defineRoute(publicAccess, {
  method: 'post',
  path: '/api/v1/calculators/disability-quota',
  tags,
  summary: 'Disability employment quota (身心障礙者定額進用): required, counted, shortfall payment',
  description: `People with Disabilities Rights Protection Act Arts. 38, 43. ${explained}`,
  request: { body: jsonBody(disabilityQuotaRequest) },
  responses: { 200: jsonContent(disabilityQuotaResponse, 'Quota'), ...problemResponses(400, 413) },
});

const heatIndex = defineRoute(publicAccess, {
  method: 'post',
  path: '/api/v1/calculators/heat-index',
  tags,
  summary: 'Heat index, heat-hazard level and precautions for outdoor work',
  description: `NWS heat index; Taiwan heat-hazard guideline levels 0-4. ${explained}`,
  request: { body: jsonBody(heatIndexRequest) },
  responses: { 200: jsonContent(heatIndexResponse, 'Heat index'), ...problemResponses(400, 413) },
});

const noticePay = defineRoute(publicAccess, {
  method: 'post',
  path: '/api/v1/calculators/notice-pay',
  tags,
  summary: 'Notice (預告期間), job-search leave and notice pay (預告工資) when the employer ends the contract',
  description: `LSA Art. 16 (terminations under Art. 11 or the proviso of Art. 13). ${explained}`,
  request: { body: jsonBody(noticePayRequest) },
  responses: { 200: jsonContent(noticePayResponse, 'Notice pay'), ...problemResponses(400, 413) },
});

const maternityLeave = defineRoute(publicAccess, {
  method: 'post',
  path: '/api/v1/calculators/maternity-leave',
  tags,
  summary: 'Maternity leave (產假): weeks and pay, in full after 6 months of service, half before',
  description: `LSA Art. 50. ${explained}`,
  request: { body: jsonBody(maternityLeaveRequest) },
  responses: { 200: jsonContent(maternityLeaveResponse, 'Maternity leave'), ...problemResponses(400, 413) },
});

const parentalLeave = defineRoute(publicAccess, {
  method: 'post',
  path: '/api/v1/calculators/parental-leave',
  tags,
  summary: 'Prenatal-check leave and paternity leave (產檢假, 陪產檢及陪產假): days and pay',
  description: `Gender Equality in Employment Act Art. 15 paras. 4-6. ${explained}`,
  request: { body: jsonBody(parentalLeaveRequest) },
  responses: { 200: jsonContent(parentalLeaveResponse, 'Prenatal-check and paternity leave'), ...problemResponses(400, 413) },
});

const occupationalInjury = defineRoute(publicAccess, {
  method: 'post',
  path: '/api/v1/calculators/occupational-injury',
  tags,
  summary: 'Occupational-injury compensation (職業災害補償) owed by the employer, less insurance benefits for the same accident',
  description: `LSA Arts. 59, 60. ${explained}`,
  request: { body: jsonBody(occupationalInjuryRequest) },
  responses: { 200: jsonContent(occupationalInjuryResponse, 'Occupational-injury compensation'), ...problemResponses(400, 413) },
});

const pensionContribution = defineRoute(publicAccess, {
  method: 'post',
  path: '/api/v1/calculators/pension-contribution',
  tags,
  summary: "New-system pension contributions (勞退新制提繳): the employer's 6 %, the worker's voluntary part, and a projection",
  description: `Labor Pension Act Arts. 14, 15, 23. The contribution grade table is not built in: give \`contributionWage\` from the BLI record. ${explained}`,
  request: { body: jsonBody(pensionContributionRequest) },
  responses: { 200: jsonContent(pensionContributionResponse, 'Pension contributions'), ...problemResponses(400, 413) },
});

const minimumWage = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/minimum-wage',
  tags,
  summary: 'The monthly and hourly minimum wage in force on a date',
  request: { query: minimumWageQuery },
  responses: { 200: jsonContent(minimumWageResponse, 'Minimum wage'), ...problemResponses(400) },
});

/**
 * The largest calculator body (400 days of hours) is about 45 KB: anything larger is refused unread. Applied
 * in app.ts in place of the app-wide limit, as the body checks there read the body first.
 */
export const calculatorBodyLimitBytes = 64 * 1024;

export const calculatorsPathPrefix = '/api/v1/calculators/';

type RateKind = 'minimum-wage' | 'contribution-grades' | 'disability-grades';

/** Which period of a rate table an answer rests on, with its source (issue 14 §3: say which rate was used). */
function rateUsed(kind: RateKind, period: EffectiveDated) {
  return {
    kind,
    effectiveFrom: period.effectiveFrom,
    effectiveTo: period.effectiveTo,
    source: period.source,
    ...(period.announcement === undefined ? {} : { announcement: { ...period.announcement } }),
  };
}

/**
 * `rates` gives the rate tables with the periods staff published (src/modules/rates): the minimum wage,
 * the pension contribution grade table and the disability table. The rules get them as input.
 */
export function calculatorsRoutes({ clock, rates }: { clock: () => Date; rates: { tables(): Promise<RateTables> } }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(overtimePay, async (c) => {
    const body = c.req.valid('json');
    const locale = c.get('locale');
    const { minimumWages } = await rates.tables();
    const input = { ...body, minimumWages };
    const result = runRule(locale, body, () => calculateOvertimePay(input));
    return c.json(
      {
        hourlyWage: result.hourlyWage,
        overtimePay: result.overtimePay,
        warnings: presentWarnings(result.warnings, locale),
        steps: presentSteps(result.steps, locale),
        ratesUsed: periodsCovering(minimumWages, body.days.map((day) => day.date)).map((period) => rateUsed('minimum-wage', period)),
      },
      200,
    );
  });

  app.openapi(severancePay, (c) => {
    const body = c.req.valid('json');
    const locale = c.get('locale');
    const input: SeverancePayInput =
      body.hireDate !== undefined && body.terminationDate !== undefined
        ? {
            averageMonthlyWage: body.averageMonthlyWage,
            hireDate: body.hireDate,
            terminationDate: body.terminationDate,
            ...(body.switchDate === undefined ? {} : { switchDate: body.switchDate }),
            ...(body.age === undefined ? {} : { age: body.age }),
          }
        : {
            averageMonthlyWage: body.averageMonthlyWage,
            ...(body.oldSystemService === undefined ? {} : { oldSystemService: body.oldSystemService }),
            ...(body.newSystemService === undefined ? {} : { newSystemService: body.newSystemService }),
            ...(body.age === undefined ? {} : { age: body.age }),
          };
    const result = runRule(locale, body, () => calculateSeverancePay(input));
    return c.json({ ...result, steps: presentSteps(result.steps, locale) }, 200);
  });

  app.openapi(averageWage, (c) => {
    const input = c.req.valid('json');
    const locale = c.get('locale');
    const result = runRule(locale, input, () => calculateAverageWage(input));
    return c.json({ ...result, steps: presentSteps(result.steps, locale) }, 200);
  });

  app.openapi(annualLeave, (c) => {
    const body = c.req.valid('json');
    const locale = c.get('locale');
    let input: AnnualLeaveInput;
    let asOfDate: string | undefined;
    if (body.service !== undefined) {
      input = { service: body.service };
    } else {
      asOfDate = body.asOfDate ?? body.terminationDate ?? taipeiToday(clock());
      input = {
        hireDate: body.hireDate ?? '',
        asOfDate,
        ...(body.system === undefined ? {} : { system: body.system }),
        ...(body.terminationDate === undefined ? {} : { terminationDate: body.terminationDate }),
      };
    }
    const result = runRule(locale, body, () => calculateAnnualLeave(input));
    let unusedLeavePay;
    if (body.unusedDays !== undefined) {
      const unusedDays = body.unusedDays;
      const pay = runRule(locale, body, () =>
        calculateUnusedAnnualLeavePay({
          unusedDays,
          ...(body.monthlyWage === undefined ? {} : { monthlyWage: body.monthlyWage }),
          ...(body.dailyWage === undefined ? {} : { dailyWage: body.dailyWage }),
        }),
      );
      unusedLeavePay = { amount: pay.amount, steps: presentSteps(pay.steps, locale) };
    }
    return c.json(
      {
        days: result.days,
        ...(asOfDate === undefined ? {} : { asOfDate }),
        steps: presentSteps(result.steps, locale),
        ...(result.leaverCheck === undefined ? {} : { leaverCheck: result.leaverCheck }),
        ...(unusedLeavePay === undefined ? {} : { unusedLeavePay }),
      },
      200,
    );
  });

  app.openapi(oldPension, (c) => {
    const input = c.req.valid('json');
    const locale = c.get('locale');
    const result = runRule(locale, input, () => calculateOldPension(input));
    return c.json({ ...result, steps: presentSteps(result.steps, locale) }, 200);
  });

  app.openapi(disabilityQuota, async (c) => {
    const body = c.req.valid('json');
    const locale = c.get('locale');
    const month = body.month ?? taipeiToday(clock()).slice(0, 7);
    const { minimumWages } = await rates.tables();
    const result = runRule(locale, body, () => calculateDisabilityQuota({ ...body, month, minimumWages }));
    const used = rateOn(minimumWages, `${month}-01`);
    return c.json({ month, ...result, steps: presentSteps(result.steps, locale), ratesUsed: used ? [rateUsed('minimum-wage', used)] : [] }, 200);
  });

  app.openapi(heatIndex, (c) => {
    const input = c.req.valid('json');
    const locale = c.get('locale');
    const result = runRule(locale, input, () => calculateHeatIndex(input));
    return c.json(
      {
        heatIndexC: result.heatIndexC,
        level: result.level,
        precautions: presentPrecautions(result.precautions, locale),
        steps: presentSteps(result.steps, locale),
      },
      200,
    );
  });

  app.openapi(noticePay, (c) => {
    const input = c.req.valid('json');
    const locale = c.get('locale');
    const result = runRule(locale, input, () => calculateNoticePay(input));
    return c.json({ ...result, steps: presentSteps(result.steps, locale) }, 200);
  });

  app.openapi(maternityLeave, (c) => {
    const input = c.req.valid('json');
    const locale = c.get('locale');
    const result = runRule(locale, input, () => calculateMaternityLeave(input));
    return c.json({ ...result, steps: presentSteps(result.steps, locale) }, 200);
  });

  app.openapi(parentalLeave, (c) => {
    const input = c.req.valid('json');
    const locale = c.get('locale');
    const result = runRule(locale, input, () => calculateParentalLeave(input));
    return c.json({ ...result, steps: presentSteps(result.steps, locale) }, 200);
  });

  app.openapi(occupationalInjury, async (c) => {
    const body = c.req.valid('json');
    const locale = c.get('locale');
    const { disabilityGradeTables } = await rates.tables();
    const date = body.date ?? taipeiToday(clock());
    const common = {
      averageMonthlyWage: body.averageMonthlyWage,
      ...(body.insuranceBenefitsPaid === undefined ? {} : { insuranceBenefitsPaid: body.insuranceBenefitsPaid }),
    };
    const input: OccupationalInjuryInput =
      body.kind === 'death'
        ? { ...common, kind: 'death' }
        : body.kind === 'disability'
          ? {
              ...common,
              kind: 'disability',
              date,
              disabilityGradeTables,
              ...(body.disabilityBenefitDays === undefined ? {} : { disabilityBenefitDays: body.disabilityBenefitDays }),
              ...(body.disabilityGrade === undefined ? {} : { disabilityGrade: body.disabilityGrade }),
            }
          : {
              ...common,
              kind: 'medical-leave',
              originalMonthlyWage: body.originalMonthlyWage ?? 0,
              daysUnableToWork: body.daysUnableToWork ?? 0,
              ...(body.medicalCosts === undefined ? {} : { medicalCosts: body.medicalCosts }),
              ...(body.twoYearLumpSum === undefined ? {} : { twoYearLumpSum: body.twoYearLumpSum }),
            };
    const result = runRule(locale, body, () => calculateOccupationalInjury(input));
    const table = result.disabilityTable === undefined ? undefined : rateOn(disabilityGradeTables, date);
    return c.json({ ...result, steps: presentSteps(result.steps, locale), ratesUsed: table ? [rateUsed('disability-grades', table)] : [] }, 200);
  });

  app.openapi(pensionContribution, async (c) => {
    const body = c.req.valid('json');
    const locale = c.get('locale');
    const { contributionGradeTables } = await rates.tables();
    const result = runRule(locale, body, () => calculatePensionContribution({ ...body, contributionGradeTables }));
    const table = result.contributionGrade === undefined ? undefined : rateOn(contributionGradeTables, body.date);
    return c.json({ ...result, steps: presentSteps(result.steps, locale), ratesUsed: table ? [rateUsed('contribution-grades', table)] : [] }, 200);
  });

  app.openapi(minimumWage, async (c) => {
    const query = c.req.valid('query');
    const date = query.date ?? taipeiToday(clock());
    const { minimumWages } = await rates.tables();
    const result = runRule(c.get('locale'), query, () => minimumWageOn(date, minimumWages));
    const period = rateOn(minimumWages, date);
    // A date in a closed period never changes its answer; one in the open period may, once a later period is published.
    c.header('cache-control', period?.effectiveTo ? 'public, max-age=86400' : 'public, max-age=300');
    return c.json({ date, ...result, ...(period ? { ratesUsed: [rateUsed('minimum-wage', period)] } : {}) }, 200);
  });

  return app;
}
