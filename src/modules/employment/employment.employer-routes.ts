/**
 * The employer's own routes (ADR 0028), on an employer account's session: post vacancies (held for an
 * officer like every posting), renew and close them, see the referrals to them and answer with the card.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { rateLimit, type RateLimiter } from '../../shared/http/rate-limit.ts';
import { anyAccount, defineRoute } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import {
  closeVacancyRequest,
  createdVacancy,
  createVacancyRequest,
  referralAnswerRequest,
  referralStatuses,
  renewVacancyRequest,
  vacancyRecord,
} from './employment.contract.ts';
import type { EmploymentService } from './employment.service.ts';

const tags = ['account'];
const base = '/api/v1/me/employer';
const idParam = z.object({ id: z.uuid() });

/** The posting of an employer account: its own employer, always. */
const employerVacancyRequest = createVacancyRequest.omit({ employerId: true }).openapi('OwnVacancy');
const employerReferral = z
  .object({ id: z.uuid(), vacancyTitle: z.string(), status: z.enum(referralStatuses), referredAt: z.string(), startOn: z.string().nullable() })
  .openapi('EmployerReferral');
const cardAnswerRequest = referralAnswerRequest
  .and(z.object({ cardNumber: z.string().trim().toUpperCase().regex(/^[A-Z-]{2,20}-\d{8}-[0-9A-F]{8}$/, 'validation.card_number') }))
  .openapi('EmployerCardAnswer');

const list = defineRoute(anyAccount, {
  method: 'get', path: `${base}/vacancies`, tags, summary: 'My employer\'s vacancies, every status',
  responses: { 200: jsonContent(z.object({ items: z.array(vacancyRecord) }), 'Vacancies'), ...problemResponses(401, 403) },
});
const post = defineRoute(anyAccount, {
  method: 'post', path: `${base}/vacancies`, tags,
  summary: 'Post a vacancy: refused below the minimum wage; screened and held for an officer',
  request: { body: jsonBody(employerVacancyRequest) },
  responses: { 201: jsonContent(createdVacancy, 'Posted and held'), ...problemResponses(400, 401, 403) },
});
const renew = defineRoute(anyAccount, {
  method: 'post', path: `${base}/vacancies/{id}/renew`, tags, summary: 'Give my vacancy a new expiry date',
  request: { params: idParam, body: jsonBody(renewVacancyRequest) },
  responses: { 200: jsonContent(vacancyRecord, 'Renewed'), ...problemResponses(400, 401, 403, 404, 409) },
});
const close = defineRoute(anyAccount, {
  method: 'post', path: `${base}/vacancies/{id}/close`, tags, summary: 'Close my vacancy (filled or withdrawn)',
  request: { params: idParam, body: jsonBody(closeVacancyRequest) },
  responses: { 200: jsonContent(vacancyRecord, 'Closed'), ...problemResponses(400, 401, 403, 404, 409) },
});
const referrals = defineRoute(anyAccount, {
  method: 'get', path: `${base}/referrals`, tags, summary: 'Referrals to my vacancies (no personal data)',
  responses: { 200: jsonContent(z.object({ items: z.array(employerReferral) }), 'Referrals'), ...problemResponses(401, 403) },
});
const answer = defineRoute(anyAccount, {
  method: 'post', path: `${base}/referral-answers`, tags,
  summary: 'Answer a referral with the number printed on its card: contacted, interviewed, hired (start date) or not hired (reason)',
  request: { body: jsonBody(cardAnswerRequest) },
  responses: { 200: jsonContent(z.object({ id: z.uuid(), status: z.enum(referralStatuses) }), 'Recorded'), ...problemResponses(400, 401, 403, 404, 409, 429) },
});

function employerOf(account: AppEnv['Variables']['account']) {
  if (!account) throw new AppError('UNAUTHENTICATED');
  if (account.kind !== 'employer' || !account.employerId) throw new AppError('FORBIDDEN');
  return { id: account.id, employerId: account.employerId };
}

export function employmentEmployerRoutes({ employment, answerLimiter, now }: { employment: EmploymentService; answerLimiter: RateLimiter; now: () => number }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const { vacancies } = employment;
  // A card number is guessable only by trying many: the same per-IP limit as the card's answer link.
  app.use(`${base}/referral-answers`, rateLimit(answerLimiter, now, 'referral-answer'));
  app.openapi(list, async (c) => c.json({ items: await vacancies.ofEmployer(employerOf(c.get('account')).employerId) }, 200));
  app.openapi(post, async (c) => {
    const account = employerOf(c.get('account'));
    return c.json(await vacancies.createForEmployer(account, { ...c.req.valid('json'), employerId: account.employerId }, c.get('requestId')), 201);
  });
  app.openapi(renew, async (c) =>
    c.json(await vacancies.renewForEmployer(employerOf(c.get('account')), c.req.valid('param').id, c.req.valid('json').expiresOn, c.get('requestId')), 200),
  );
  app.openapi(close, async (c) =>
    c.json(await vacancies.closeForEmployer(employerOf(c.get('account')), c.req.valid('param').id, c.req.valid('json').reason, c.get('requestId')), 200),
  );
  app.openapi(referrals, async (c) => c.json({ items: await employment.referrals.ofEmployer(employerOf(c.get('account')).employerId) }, 200));
  app.openapi(answer, async (c) => c.json(await employment.referrals.answerByCard(employerOf(c.get('account')), c.req.valid('json'), c.get('requestId')), 200));
  return app;
}
