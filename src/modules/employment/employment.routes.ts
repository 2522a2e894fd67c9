import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { listResponses, withoutListParams } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { listScope } from '../../shared/scope.ts';
import {
  closeVacancyRequest,
  createdVacancy,
  createJobSeekerRequest,
  createReferralRequest,
  createVacancyRequest,
  followupCheckRequest,
  indicatorQuery,
  jobSeekerMatches,
  jobSeekerQuery,
  jobSeekerRecord,
  jobSeekerSummary,
  placementRateResult,
  publishVacancyRequest,
  referralOutcomeRequest,
  referralProgressRequest,
  referralRecord,
  renewVacancyRequest,
  staffVacancyQuery,
  vacancyMatches,
  vacancyRecord,
} from './employment.contract.ts';
import { referralCardSvg } from './employment.card.ts';
import { selfApplication } from './employment.self-service.contract.ts';
import type { EmploymentService } from './employment.service.ts';

const idParam = z.object({ id: z.uuid() });
const tags = ['employment'];

const createJobSeeker = defineRoute(requires('employment.write'), {
  method: 'post', path: '/api/v1/staff/job-seekers', tags,
  summary: 'Register a person as a job seeker at the officer\'s station',
  request: { body: jsonBody(createJobSeekerRequest) },
  responses: { 201: jsonContent(z.object({ id: z.uuid() }), 'Registered'), ...problemResponses(400, 401, 403, 404, 409) },
});
const listJobSeekers = defineRoute(requires('employment.read'), {
  method: 'get', path: '/api/v1/staff/job-seekers', tags,
  summary: 'Job seekers of the home station (scope=city for the whole city); names masked',
  request: { query: jobSeekerQuery },
  responses: { ...listResponses(jobSeekerSummary, 'Job seekers'), ...problemResponses(400, 401, 403, 422) },
});
const viewJobSeeker = defineRoute(requires('employment.read'), {
  method: 'get', path: '/api/v1/staff/job-seekers/{id}', tags,
  summary: 'A job seeker\'s full profile (audited); 特定對象 only with employment.read-sensitive',
  request: { params: idParam },
  responses: { 200: jsonContent(jobSeekerRecord, 'The profile'), ...problemResponses(400, 401, 403, 404) },
});
const jobSeekerMatchesRoute = defineRoute(requires('employment.read'), {
  method: 'get', path: '/api/v1/staff/job-seekers/{id}/matches', tags,
  summary: 'Vacancies for a job seeker, scored 0–100 with the reasons',
  request: { params: idParam },
  responses: { 200: jsonContent(jobSeekerMatches, 'Matches'), ...problemResponses(400, 401, 403, 404) },
});
const jobSeekerReferrals = defineRoute(requires('employment.read'), {
  method: 'get', path: '/api/v1/staff/job-seekers/{id}/referrals', tags,
  summary: 'A job seeker\'s referrals and their pipelines',
  request: { params: idParam },
  responses: { 200: jsonContent(z.object({ items: z.array(referralRecord) }), 'Referrals'), ...problemResponses(400, 401, 403, 404) },
});
const jobSeekerApplications = defineRoute(requires('employment.read'), {
  method: 'get', path: '/api/v1/staff/job-seekers/{id}/applications', tags,
  summary: 'The vacancies a job seeker applied to online (ADR 0028); an officer may refer on them',
  request: { params: idParam },
  responses: { 200: jsonContent(z.object({ items: z.array(selfApplication) }), 'Applications'), ...problemResponses(400, 401, 403, 404) },
});
const createVacancy = defineRoute(requires('employment.write'), {
  method: 'post', path: '/api/v1/staff/vacancies', tags,
  summary: 'Post a vacancy: refused below the minimum wage; screened for discrimination (held until published)',
  request: { body: jsonBody(createVacancyRequest) },
  responses: { 201: jsonContent(createdVacancy, 'Posted and held'), ...problemResponses(400, 401, 403) },
});
const listVacancies = defineRoute(requires('employment.read'), {
  method: 'get', path: '/api/v1/staff/vacancies', tags,
  summary: 'Vacancies of every status',
  request: { query: staffVacancyQuery },
  responses: { ...listResponses(vacancyRecord, 'Vacancies'), ...problemResponses(400, 401, 403, 422) },
});
const viewVacancy = defineRoute(requires('employment.read'), {
  method: 'get', path: '/api/v1/staff/vacancies/{id}', tags, summary: 'A vacancy with its screening',
  request: { params: idParam },
  responses: { 200: jsonContent(vacancyRecord, 'The vacancy'), ...problemResponses(400, 401, 403, 404) },
});
const publishVacancy = defineRoute(requires('employment.write'), {
  method: 'post', path: '/api/v1/staff/vacancies/{id}/publish', tags,
  summary: 'Publish a held vacancy; over screening hits only with overrideReason',
  request: { params: idParam, body: jsonBody(publishVacancyRequest) },
  responses: { 200: jsonContent(vacancyRecord, 'Published'), ...problemResponses(400, 401, 403, 404, 409) },
});
const renewVacancy = defineRoute(requires('employment.write'), {
  method: 'post', path: '/api/v1/staff/vacancies/{id}/renew', tags, summary: 'Give a vacancy a new expiry date',
  request: { params: idParam, body: jsonBody(renewVacancyRequest) },
  responses: { 200: jsonContent(vacancyRecord, 'Renewed'), ...problemResponses(400, 401, 403, 404, 409) },
});
const closeVacancy = defineRoute(requires('employment.write'), {
  method: 'post', path: '/api/v1/staff/vacancies/{id}/close', tags, summary: 'Close a vacancy (filled or withdrawn)',
  request: { params: idParam, body: jsonBody(closeVacancyRequest) },
  responses: { 200: jsonContent(vacancyRecord, 'Closed'), ...problemResponses(400, 401, 403, 404, 409) },
});
const vacancyMatchesRoute = defineRoute(requires('employment.read'), {
  method: 'get', path: '/api/v1/staff/vacancies/{id}/matches', tags,
  summary: 'Job seekers of the home station for a vacancy, scored with reasons; names masked',
  request: { params: idParam },
  responses: { 200: jsonContent(vacancyMatches, 'Matches'), ...problemResponses(400, 401, 403, 404) },
});
const createReferral = defineRoute(requires('employment.write'), {
  method: 'post', path: '/api/v1/staff/referrals', tags, summary: 'Refer a job seeker to a published vacancy',
  request: { body: jsonBody(createReferralRequest) },
  responses: {
    201: jsonContent(z.object({ id: z.uuid(), cardNumber: z.string(), answerPath: z.string() }), 'Referred'),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});
const viewReferral = defineRoute(requires('employment.read'), {
  method: 'get', path: '/api/v1/staff/referrals/{id}', tags, summary: 'A referral with its steps and follow-ups',
  request: { params: idParam },
  responses: { 200: jsonContent(referralRecord, 'The referral'), ...problemResponses(400, 401, 403, 404) },
});
const referralCard = defineRoute(requires('employment.write'), {
  method: 'post', path: '/api/v1/staff/referrals/{id}/card', tags,
  summary: 'Print the referral card (推介卡): a fresh answer link and its QR code (the previous link stops working)',
  request: { params: idParam },
  responses: {
    200: jsonContent(z.object({ referral: referralRecord, answerPath: z.string(), qrSvg: z.string() }), 'The card'),
    ...problemResponses(400, 401, 403, 404),
  },
});
const progressReferral = defineRoute(requires('employment.write'), {
  method: 'post', path: '/api/v1/staff/referrals/{id}/progress', tags, summary: 'Record that the employer contacted or interviewed',
  request: { params: idParam, body: jsonBody(referralProgressRequest) },
  responses: { 200: jsonContent(referralRecord, 'Updated'), ...problemResponses(400, 401, 403, 404, 409) },
});
const referralOutcome = defineRoute(requires('employment.write'), {
  method: 'post', path: '/api/v1/staff/referrals/{id}/outcome', tags,
  summary: 'Hired (start date, wage), not hired (reason) or withdrawn',
  request: { params: idParam, body: jsonBody(referralOutcomeRequest) },
  responses: { 200: jsonContent(referralRecord, 'Updated'), ...problemResponses(400, 401, 403, 404, 409) },
});
const followupCheck = defineRoute(requires('employment.write'), {
  method: 'post', path: '/api/v1/staff/referrals/{id}/followups/{months}', tags,
  summary: 'Record a 穩定就業 check at 1 or 3 months after placement',
  request: { params: idParam.extend({ months: z.enum(['1', '3']) }), body: jsonBody(followupCheckRequest) },
  responses: { 200: jsonContent(referralRecord, 'Updated'), ...problemResponses(400, 401, 403, 404, 409) },
});
const placementRate = defineRoute(requires('employment.indicators'), {
  method: 'get', path: '/api/v1/staff/employment/indicators/placement-rate', tags,
  summary: 'Indicator 1 (求職就業率) for a period, with a drill-down',
  request: { query: indicatorQuery },
  responses: { 200: jsonContent(placementRateResult, 'The indicator'), ...problemResponses(400, 401, 403) },
});

export function employmentRoutes({ employment, lists }: { employment: EmploymentService; lists: ListResponder }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const { jobSeekers, vacancies, referrals } = employment;
  app.openapi(createJobSeeker, async (c) => c.json(await jobSeekers.create(signedInStaff(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(listJobSeekers, async (c) => {
    const query = c.req.valid('query');
    return lists.answer(c, {
      list: jobSeekers.list(listScope(signedInStaff(c), query.scope)),
      params: query,
      filters: withoutListParams(query),
      toItem: jobSeekers.toSummary,
      export: {
        name: 'job-seekers',
        title: 'lists.jobSeekers',
        personalData: true,
        columns: [
          { header: 'columns.jobSeekers.name', value: (s) => s.personName },
          { header: 'columns.jobSeekers.station', value: (s) => s.stationCode ?? '' },
          { header: 'columns.jobSeekers.registeredOn', value: (s) => s.registeredOn },
        ],
      },
    }) as never;
  });
  app.openapi(viewJobSeeker, async (c) => c.json(await jobSeekers.view(signedInStaff(c), c.req.valid('param').id, c.get('requestId')), 200));
  app.openapi(jobSeekerMatchesRoute, async (c) => c.json(await employment.matchesForJobSeeker(signedInStaff(c), c.req.valid('param').id), 200));
  app.openapi(jobSeekerReferrals, async (c) => c.json({ items: await referrals.ofJobSeeker(signedInStaff(c), c.req.valid('param').id) }, 200));

  app.openapi(jobSeekerApplications, async (c) => c.json({ items: await employment.applicationsOfJobSeeker(signedInStaff(c), c.req.valid('param').id) }, 200));
  app.openapi(createVacancy, async (c) => c.json(await vacancies.create(signedInStaff(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(listVacancies, async (c) => {
    const query = c.req.valid('query');
    const filters = withoutListParams(query);
    return lists.answer(c, {
      list: vacancies.list(filters),
      params: query,
      filters,
      toItem: vacancies.toRecord,
      export: {
        name: 'vacancies',
        title: 'lists.vacancies',
        personalData: false,
        columns: [
          { header: 'columns.vacancies.title', value: (v) => v.title, weight: 2 },
          { header: 'columns.vacancies.status', value: (v) => v.status },
          { header: 'columns.vacancies.districtCode', value: (v) => v.districtCode },
          { header: 'columns.vacancies.expiresOn', value: (v) => v.expiresOn },
        ],
      },
    }) as never;
  });
  app.openapi(viewVacancy, async (c) => c.json(await vacancies.get(c.req.valid('param').id), 200));
  app.openapi(publishVacancy, async (c) =>
    c.json(await vacancies.publish(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').overrideReason, c.get('requestId')), 200),
  );
  app.openapi(renewVacancy, async (c) =>
    c.json(await vacancies.renew(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').expiresOn, c.get('requestId')), 200),
  );
  app.openapi(closeVacancy, async (c) =>
    c.json(await vacancies.close(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').reason, c.get('requestId')), 200),
  );
  app.openapi(vacancyMatchesRoute, async (c) =>
    c.json(await employment.matchesForVacancy(listScope(signedInStaff(c), undefined), c.req.valid('param').id), 200),
  );

  app.openapi(createReferral, async (c) => {
    const created = await referrals.create(signedInStaff(c), c.req.valid('json'), c.get('requestId'));
    return c.json({ id: created.id, cardNumber: created.cardNumber, answerPath: `/referral-answer/${created.answerToken}` }, 201);
  });
  app.openapi(viewReferral, async (c) => c.json(await referrals.get(signedInStaff(c), c.req.valid('param').id), 200));
  app.openapi(referralCard, async (c) => {
    const { token, card } = await referrals.reissueToken(signedInStaff(c), c.req.valid('param').id, c.get('requestId'));
    const answerPath = `/referral-answer/${token}`;
    const origin = new URL(c.req.url).origin;
    return c.json({ referral: card, answerPath, qrSvg: await referralCardSvg(`${origin}${answerPath}`) }, 200);
  });
  app.openapi(progressReferral, async (c) =>
    c.json(await referrals.progress(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').status, c.get('requestId')), 200),
  );
  app.openapi(referralOutcome, async (c) =>
    c.json(await referrals.outcome(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 200),
  );
  app.openapi(followupCheck, async (c) => {
    const { id, months } = c.req.valid('param');
    return c.json(await referrals.checkFollowup(signedInStaff(c), id, months === '1' ? 1 : 3, c.req.valid('json').stillEmployed, c.get('requestId')), 200);
  });
  app.openapi(placementRate, async (c) => c.json(await employment.indicators.placementRate(c.req.valid('query')), 200));
  return app;
}
