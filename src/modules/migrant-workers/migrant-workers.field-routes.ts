/** The field app's routes (ADR 0033): visit photos, the visits of a task, and the session's device key. */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBodyLimit, readMultipartForm } from '../../shared/http/body-guards.ts';
import { jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { checkPhoto, type FieldService, maxPhotoBytes } from './migrant-workers.field.ts';
import { workerMessage } from './migrant-workers.follow-up.ts';

const tags = ['migrant-workers'];
/** Fixed (the visit is a form field) so that src/app.ts can leave its body limit to this route's own. */
export const migrantPhotoPath = '/api/v1/staff/migrant-visit-photos';
/** The photo, the visit id and the client id, with the multipart framing. */
const photoBodyLimit = maxPhotoBytes + 16 * 1024;

const photoSchema = z.object({ id: z.uuid(), mediaType: z.enum(['image/jpeg', 'image/png', 'image/webp']), byteSize: z.number().int() }).openapi('VisitPhoto');

const visitDetail = z
  .object({
    id: z.uuid(),
    visitedOn: z.iso.date(),
    place: z.string(),
    interpreterLanguage: z.string().nullable(),
    videoCall: z.boolean(),
    present: z.array(z.string()),
    checklist: z.record(z.string(), z.union([z.boolean(), z.string()])),
    notes: z.string().nullable(),
    followUp: z.string(),
    complaintTrackingCode: z.string().nullable(),
    recordedBy: z.string(),
    workerMessage: workerMessage.nullable().openapi({ description: "What the worker is told after the visit, in the worker's language" }),
    photos: z.array(photoSchema),
  })
  .openapi('VisitDetail');

const fieldKey = z.object({ id: z.uuid(), key: z.string().openapi({ description: 'AES-256 key, base64' }) });

const addPhoto = defineRoute(requires('migrant-workers.write'), {
  method: 'post',
  path: migrantPhotoPath,
  tags,
  summary: 'Add a photo to a visit (JPEG, PNG or WebP, read from the bytes; the same clientId twice is stored once)',
  description: `multipart/form-data: \`visitId\`, \`clientId\` (a UUID the device gave the photo) and \`file\` (at most ${maxPhotoBytes / 1024} KB). Only the officer who recorded the visit adds photos to it.`,
  request: {
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: { type: 'object', required: ['visitId', 'clientId', 'file'], properties: { visitId: { type: 'string', format: 'uuid' }, clientId: { type: 'string', format: 'uuid' }, file: { type: 'string', format: 'binary' } } },
        },
      },
    },
  },
  responses: {
    201: jsonContent(photoSchema, 'Stored'),
    200: jsonContent(photoSchema, 'Already stored (same clientId)'),
    ...problemResponses(400, 401, 403, 404, 409, 413),
  },
});

const listVisits = defineRoute(requires('migrant-workers.read-full'), {
  method: 'get',
  path: '/api/v1/staff/visit-tasks/{id}/visits',
  tags,
  summary: "A task's visits with their checklist, notes and photos (a full view, audited)",
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: jsonContent(z.object({ items: z.array(visitDetail) }), 'The visits'), ...problemResponses(400, 401, 403, 404) },
});

const viewPhoto = defineRoute(requires('migrant-workers.read-full'), {
  method: 'get',
  path: `${migrantPhotoPath}/{id}`,
  tags,
  summary: 'One visit photo (every view audited)',
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    200: { description: 'The image', content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

const keys = defineRoute(requires('migrant-workers.write'), {
  method: 'get',
  path: '/api/v1/staff/migrant-field-keys',
  tags,
  summary: "The session's key for the field app's device copy, and the same officer's keys of the last days",
  description: 'ADR 0033. The app keeps the key in memory only (a non-extractable CryptoKey) and encrypts its drafts and photos with it.',
  responses: { 200: jsonContent(z.object({ current: fieldKey, earlier: z.array(fieldKey) }), 'The keys'), ...problemResponses(401, 403) },
});

export function migrantFieldRoutes({ field }: { field: FieldService }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const staffOf = (staff: AppEnv['Variables']['staff']) => {
    if (!staff) throw new AppError('UNAUTHENTICATED');
    return staff;
  };

  app.use(migrantPhotoPath, jsonBodyLimit(photoBodyLimit));
  app.openapi(addPhoto, async (c) => {
    const staff = staffOf(c.get('staff'));
    const locale = c.get('locale');
    const refuse = (field: string, message: string, params: Record<string, number> = {}) =>
      new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message: translate(locale, message, params) }] });
    if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) throw refuse('file', 'validation.migrant.photo.missing');
    const form = await readMultipartForm(c, { maxParts: 3 });
    const file = form.file?.[0];
    const visitId = z.uuid().safeParse(form.visitId?.[0]);
    const clientId = z.uuid().safeParse(form.clientId?.[0]);
    if (!visitId.success) throw refuse('visitId', 'validation.format');
    if (!clientId.success) throw refuse('clientId', 'validation.format');
    if (!(file instanceof File)) throw refuse('file', 'validation.migrant.photo.missing');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = checkPhoto(bytes);
    if (!checked.ok) throw refuse('file', checked.message, checked.params);
    const { photo, replayed } = await field.addPhoto(staff, visitId.data, { clientId: clientId.data, bytes, mediaType: checked.mediaType }, c.get('requestId'));
    return c.json(photo, replayed ? 200 : 201);
  });

  app.openapi(listVisits, async (c) => c.json({ items: await field.visitsOf(staffOf(c.get('staff')), c.req.valid('param').id, c.get('requestId')) }, 200));

  app.openapi(viewPhoto, async (c) => {
    const photo = await field.photo(staffOf(c.get('staff')), c.req.valid('param').id, c.get('requestId'));
    return new Response(photo.bytes, {
      status: 200,
      headers: { 'content-type': photo.mediaType, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
    }) as never;
  });

  app.openapi(keys, async (c) => c.json(await field.fieldKeys(staffOf(c.get('staff'))), 200));

  return app;
}
