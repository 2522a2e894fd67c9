/**
 * The staff deadline reminders' settings (ADR 0042): read by the mediation staff, set by the supervising role.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { reminderSettingsRequest } from './mediation.contract.ts';
import type { MediationService } from './mediation.service.ts';

const tags = ['mediation'];

const getSettings = defineRoute(requires('mediation.list'), {
  method: 'get', path: '/api/v1/staff/mediation-reminder-settings', tags,
  summary: 'The staff deadline reminders: days before a last day, and whether overdue deadlines also go to the supervisor (null until entered)',
  responses: { 200: jsonContent(z.object({ settings: reminderSettingsRequest.nullable() }), 'Settings'), ...problemResponses(401, 403) },
});
const putSettings = defineRoute(requires('mediation.assign'), {
  method: 'put', path: '/api/v1/staff/mediation-reminder-settings', tags,
  summary: 'Set the staff deadline reminders (audited); staff are reached at the work e-mail of their account',
  request: { body: jsonBody(reminderSettingsRequest) },
  responses: { 204: { description: 'Saved' }, ...problemResponses(400, 401, 403) },
});

export function mediationReminderRoutes(deps: { mediation: MediationService }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(getSettings, async (c) => c.json({ settings: await deps.mediation.reminderSettings() }, 200));
  app.openapi(putSettings, async (c) => {
    await deps.mediation.setReminderSettings(signedInStaff(c), c.req.valid('json'), c.get('requestId'));
    return c.body(null, 204);
  });
  return app;
}
