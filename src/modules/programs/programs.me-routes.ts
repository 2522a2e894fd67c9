/**
 * The applicant's own program routes (ADR 0021, docs/programs.md), on a citizen or employer account's
 * session: my applications with their steps, my documents (multipart, the type read from the bytes), and
 * the decision notice as a PDF. Filing itself is `POST /api/v1/programs/{code}/applications`, shared with staff.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { readMultipartForm } from '../../shared/http/body-guards.ts';
import { jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { anyAccount, defineRoute } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import type { Letterhead } from '../../shared/documents/pdf.ts';
import { ownApplication } from './programs.me-contract.ts';
import type { ProgramsSelfService } from './programs.self-service.ts';
import { jsonBody } from '../../shared/http/openapi.ts';
import { selfEnrolmentRequest } from './labor-university.contract.ts';
import type { LaborUniversityService } from './labor-university.ts';

const tags = ['account'];
const base = '/api/v1/me/program-applications';
const idParam = z.object({ id: z.uuid() });

const listMine = defineRoute(anyAccount, {
  method: 'get', path: base, tags, summary: 'My program applications, newest first, with their steps',
  responses: { 200: jsonContent(z.object({ items: z.array(ownApplication) }), 'Applications'), ...problemResponses(401) },
});
const getMine = defineRoute(anyAccount, {
  method: 'get', path: `${base}/{id}`, tags, summary: 'One of my program applications',
  request: { params: idParam },
  responses: { 200: jsonContent(ownApplication, 'Application'), ...problemResponses(401, 404) },
});
const uploadMine = defineRoute(anyAccount, {
  method: 'post', path: `${base}/{id}/documents`, tags,
  summary: 'Upload a document the program asks for',
  description:
    'multipart/form-data with `documentCode` (one of the application’s requiredDocuments) and `file`. The type is read from the bytes (PDF, JPEG, PNG or an ODF text, as the document allows); the size is capped by the program’s definition. Only while the application is open.',
  request: {
    params: idParam,
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: { type: 'object', required: ['documentCode', 'file'], properties: { documentCode: { type: 'string' }, file: { type: 'string', format: 'binary' } } },
        },
      },
    },
  },
  responses: { 201: jsonContent(z.object({ id: z.uuid() }), 'Stored'), ...problemResponses(400, 401, 403, 404, 409, 413) },
});
const noticeMine = defineRoute(anyAccount, {
  method: 'get', path: `${base}/{id}/notice.pdf`, tags, summary: 'The decision notice on my application (PDF, with the appeal instructions)',
  request: { params: idParam },
  responses: { 200: { description: 'application/pdf' }, ...problemResponses(401, 404) },
});

const enrolSelf = defineRoute(anyAccount, {
  method: 'post', path: '/api/v1/me/labor-university/enrolments', tags,
  summary: 'Enrol myself on a labor-university course, applying for the full subsidy with a special group (and my consent)',
  request: { body: jsonBody(selfEnrolmentRequest) },
  responses: { 201: jsonContent(z.object({ id: z.uuid(), applicationId: z.uuid().nullable() }), 'Enrolled'), ...problemResponses(400, 401, 403, 404, 409) },
});

export const pdfHeaders = (fileName: string) => ({
  'content-type': 'application/pdf',
  'content-disposition': `attachment; filename="${fileName}"`,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
});

export function programsMeRoutes({ self, laborUniversity, letterhead }: { self: ProgramsSelfService; laborUniversity: LaborUniversityService; letterhead: Letterhead }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const accountOf = (c: { get(key: 'account'): AppEnv['Variables']['account'] }) => {
    const account = c.get('account');
    if (!account) throw new AppError('UNAUTHENTICATED');
    return account;
  };
  app.openapi(listMine, async (c) => c.json({ items: await self.list(accountOf(c), c.get('locale')) }, 200));
  app.openapi(getMine, async (c) => c.json(await self.one(accountOf(c), c.req.valid('param').id, c.get('locale')), 200));
  app.openapi(uploadMine, async (c) => {
    const account = accountOf(c);
    const missing = (field: string) => new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message: 'validation.required' }] });
    if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) throw missing('file');
    const form = await readMultipartForm(c, { maxParts: 4 });
    const file = form.file?.[0];
    const documentCode = form.documentCode?.[0];
    if (typeof documentCode !== 'string' || !/^[a-z0-9-]{2,40}$/.test(documentCode)) throw missing('documentCode');
    if (!(file instanceof File)) throw missing('file');
    const fileName = file.name.replace(/^.*[\\/]/, '').slice(0, 200) || 'document';
    const stored = await self.upload(account, c.req.valid('param').id, { documentCode, fileName, content: new Uint8Array(await file.arrayBuffer()) }, c.get('requestId'));
    return c.json(stored, 201);
  });
  app.openapi(noticeMine, async (c) => {
    const { bytes, fileName } = await self.noticePdf({ account: accountOf(c) }, c.req.valid('param').id, letterhead);
    return new Response(bytes, { status: 200, headers: pdfHeaders(fileName) }) as never;
  });
  app.openapi(enrolSelf, async (c) => c.json(await laborUniversity.enrolSelf(accountOf(c), c.req.valid('json'), c.get('locale'), c.get('requestId')), 201));
  return app;
}
