import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { rateLimit, type RateLimiter } from '../../shared/http/rate-limit.ts';
import { defineRoute, publicAccess } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { publicVacancyPage, publicVacancyQuery, referralAnswerRequest, referralAnswerView } from './employment.contract.ts';
import { occupationLevels, occupations, occupationSource } from './employment.occupations.ts';
import type { EmploymentService } from './employment.service.ts';

const tags = ['employment'];
// The token is random and names nobody; it is the only authority of the employer's answer.
const tokenParam = z.object({ token: z.string().regex(/^[\w-]{20,64}$/) });

const searchVacancies = defineRoute(publicAccess, {
  method: 'get', path: '/api/v1/vacancies', tags,
  summary: 'Search published, unexpired vacancies (partial words, 台/臺 alike, job-title synonyms)',
  request: { query: publicVacancyQuery },
  responses: { 200: jsonContent(publicVacancyPage, 'Vacancies'), ...problemResponses(400) },
});
const listOccupations = defineRoute(publicAccess, {
  method: 'get', path: '/api/v1/occupations', tags,
  summary: 'The occupation classification (職業標準分類, 6th revision): all its codes at four levels, with parent and source',
  responses: {
    200: jsonContent(
      z.object({
        source: z.object({
          title: z.string(),
          publisher: z.string(),
          publishedOn: z.string(),
          url: z.string(),
          levels: z.array(z.enum(occupationLevels)).openapi({ description: 'major 大類, sub-major 中類, minor 小類, unit 細類' }),
          codeSystem: z
            .object({ url: z.string(), version: z.string(), copyright: z.string() })
            .openapi({ description: 'The copy the codes were taken from: TW Core IG CodeSystem occupation-mol-tw' }),
          count: z.int().openapi({ description: 'How many codes are held (all levels)' }),
        }),
        items: z.array(
          z.object({
            code: z.string().openapi({ example: '8111' }),
            name: z.string().openapi({ example: '採礦及採石工作人員' }),
            nameEn: z.string().nullable().openapi({ description: 'English name: the ten major groups only; null below them' }),
            level: z.enum(occupationLevels),
            parent: z.string().nullable().openapi({ description: 'The code one level up; null for a major group', example: '811' }),
          }),
        ),
      }),
      'Codes',
    ),
  },
});
const viewAnswer = defineRoute(publicAccess, {
  method: 'get', path: '/api/v1/referral-answers/{token}', tags,
  summary: 'The referral card\'s answer page for the employer (no account; the link expires)',
  request: { params: tokenParam },
  responses: { 200: jsonContent(referralAnswerView, 'The referral'), ...problemResponses(400, 404, 429) },
});
const postAnswer = defineRoute(publicAccess, {
  method: 'post', path: '/api/v1/referral-answers/{token}', tags,
  summary: 'The employer answers: contacted, interviewed, hired (start date) or not hired (reason)',
  request: { params: tokenParam, body: jsonBody(referralAnswerRequest) },
  responses: { 200: jsonContent(referralAnswerView, 'Recorded'), ...problemResponses(400, 404, 409, 429) },
});

export function employmentPublicRoutes(deps: { employment: EmploymentService; answerLimiter: RateLimiter; now: () => number }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('/api/v1/referral-answers/*', rateLimit(deps.answerLimiter, deps.now, 'referral-answer'));
  app.openapi(searchVacancies, async (c) => c.json(await deps.employment.vacancies.search(c.req.valid('query')), 200));
  app.openapi(listOccupations, (c) => c.json({ source: { ...occupationSource, levels: [...occupationSource.levels], codeSystem: { ...occupationSource.codeSystem } }, items: [...occupations] }, 200));
  app.openapi(viewAnswer, async (c) => c.json(await deps.employment.referrals.answerView(c.req.valid('param').token), 200));
  app.openapi(postAnswer, async (c) =>
    c.json(await deps.employment.referrals.answer(c.req.valid('param').token, c.req.valid('json'), c.get('requestId')), 200),
  );
  return app;
}
