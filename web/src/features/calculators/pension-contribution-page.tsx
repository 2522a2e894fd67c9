import { calculatePensionContribution, rateOn, type RateTables } from '#labor-rules';
import { RatesUsed } from '../rates/rates-used.tsx';
import { useRateTables } from '../rates/use-rates.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { parseNumber, requireDate, requireNumber, useCalculatorForm } from './calculator-form.ts';
import { CalculatorPage, ResultPanel } from './calculator-page.tsx';
import { DateField, NumberField } from './fields.tsx';
import { useCalculation } from './use-calculation.ts';

const defaults = { wage: '', grade: '', date: '', voluntary: '', years: '', returnRate: '', balance: '' };

/** Rates are typed as percentages (6 for 6 %); the rules take fractions. */
const percent = (value: number | undefined) => (value === undefined ? undefined : value / 100);

function compute(values: typeof defaults, tables: RateTables) {
  const grade = parseNumber(values, 'grade', { max: 10_000_000, optional: true });
  const voluntary = percent(parseNumber(values, 'voluntary', { max: 6, optional: true }));
  const years = parseNumber(values, 'years', { integer: true, min: 1, max: 60, optional: true });
  const projection = years === undefined
    ? undefined
    : {
      years,
      annualReturnRate: percent(parseNumber(values, 'returnRate', { max: 20 })) ?? 0,
      ...(values.balance.trim() === '' ? {} : { currentBalance: requireNumber(values, 'balance', { max: 1_000_000_000 }) }),
    };
  const date = requireDate(values, 'date');
  const result = calculatePensionContribution({
    monthlyWage: requireNumber(values, 'wage', { max: 10_000_000 }),
    date,
    contributionGradeTables: tables.contributionGradeTables,
    ...(grade === undefined ? {} : { contributionWage: grade }),
    ...(voluntary === undefined ? {} : { voluntaryRate: voluntary }),
    ...(projection ? { projection } : {}),
  });
  // The grade table used, when one was published for the date (issue 14 §3).
  const period = result.contributionGrade === undefined ? undefined : rateOn(tables.contributionGradeTables, date);
  return { ...result, used: period ? [{ kind: 'contribution-grades' as const, period }] : [] };
}

const ruleFields: Record<string, string> = {
  monthlyWage: 'wage',
  contributionWage: 'grade',
  voluntaryRate: 'voluntary',
  'projection.years': 'years',
  'projection.annualReturnRate': 'returnRate',
  'projection.currentBalance': 'balance',
};

/** 新制勞工退休金提繳: employer at least 6 %, the worker's own up to 6 %, and a stated-assumption projection (LPA Arts. 14, 15). */
export function PensionContributionPage() {
  const { t, formatMoney, formatNumber } = useI18n();
  const { values, set, isFromLink } = useCalculatorForm(defaults);
  const rates = useRateTables();
  const { result, errors, run } = useCalculation(values, (current) => compute(current, rates.tables), { isFromLink, fieldFor: (field) => ruleFields[field] ?? field, rates: rates.tables });
  const bound = { values, errors, onChange: set as (name: string, value: string) => void };
  return (
    <CalculatorPage
      service="pension-contribution"
      onSubmit={run}
      errors={errors}
      form={
        <>
          <NumberField name="wage" label={t('calculators.maternity.monthly_wage')} decimal {...bound} />
          <NumberField name="grade" label={t('calculators.pension.grade')} hint={t('calculators.pension.grade_hint')} decimal {...bound} />
          <DateField name="date" label={t('calculators.pension.date')} {...bound} />
          <NumberField name="voluntary" label={t('calculators.pension.voluntary')} hint={t('calculators.pension.voluntary_hint')} decimal {...bound} />
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('calculators.pension.projection')}</legend>
            <div className="field-row">
              <NumberField name="years" label={t('calculators.pension.years')} {...bound} />
              <NumberField name="returnRate" label={t('calculators.pension.return_rate')} hint={t('calculators.pension.return_rate_hint')} decimal {...bound} />
              <NumberField name="balance" label={t('calculators.pension.balance')} decimal {...bound} />
            </div>
          </fieldset>
        </>
      }
      result={
        result ? (
          <ResultPanel
            figures={[
              { label: t('calculators.pension.contribution_wage'), value: formatMoney(result.contributionWage) },
              { label: t('calculators.pension.employer'), value: formatMoney(result.employerContribution) },
              { label: t('calculators.pension.voluntary_amount'), value: formatMoney(result.voluntaryContribution) },
              ...(result.projection
                ? [{ label: t('calculators.pension.projected', { years: formatNumber(result.projection.years) }), value: formatMoney(result.projection.balance) }]
                : []),
            ]}
            steps={result.steps}
          >
            <RatesUsed used={result.used} state={rates} />
          </ResultPanel>
        ) : null
      }
    />
  );
}
