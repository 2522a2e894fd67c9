/** Routes of the unions' annual reports, elections and reminders, and the social dialogue register (issue 11 §4). */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import type { ExportColumn } from '../../shared/export/export.ts';
import { listParams } from '../../shared/http/list.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { locales } from '../../shared/i18n/locales.ts';
import { dialogueSortKeys, toDialogue, type UnionReportsService } from './unions.reports.ts';
import { amendRequest, dialogueKinds, dialogueRequest, reportRequest, sides } from './unions.reports.contract.ts';

const date = z.iso.date({ message: 'validation.date' });
const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);
const idParams = z.object({ id: z.uuid() });
const tags = ['unions'];

const report = z
  .object({
    id: z.uuid(), year: z.number().int(), members: z.number().int(), income: z.array(z.object({ category: z.string(), amount: z.number().int() })),
    spending: z.array(z.object({ category: z.string(), amount: z.number().int() })), incomeTotal: z.number().int(), spendingTotal: z.number().int(), filedOn: z.string(), revision: z.number().int(),
  })
  .openapi('UnionAnnualReport');
const filed = z.object({ id: z.uuid(), incomeTotal: z.number().int(), spendingTotal: z.number().int(), revision: z.number().int() });

const electionRequest = z
  .object({ heldOn: date, newTermEndsOn: date, chairName: z.string().trim().max(100).optional() })
  .refine((e) => e.newTermEndsOn > e.heldOn, { path: ['newTermEndsOn'], message: 'validation.end_before_start' })
  .openapi('UnionElectionInput');
const settingsRequest = z
  .object({
    leadDays: z.number().int().min(1).max(365).openapi({ description: "Days before a term's end that the reminder goes out: the bureau's choice, not a legal figure" }),
    recipientEmail: z.email({ message: 'validation.email' }).max(254),
    locale: z.enum(locales),
  })
  .openapi('UnionReminderSettings');

const dialogue = z
  .object({
    id: z.uuid(), kind: z.enum(dialogueKinds), heldOn: z.string(), title: z.string(), parties: z.array(z.object({ name: z.string(), side: z.enum(sides) })), issues: z.string(),
    attendance: z.number().int().nullable(),
    followUps: z.array(z.object({ id: z.uuid(), action: z.string(), owner: z.string(), dueOn: z.string(), doneOn: z.string().nullable(), overdue: z.boolean() })),
  })
  .openapi('SocialDialogue');
type Dialogue = z.infer<typeof dialogue>;
const columns: ExportColumn<Dialogue>[] = [
  { header: 'columns.social-dialogue.heldOn', value: (d) => d.heldOn },
  { header: 'columns.social-dialogue.kind', value: (d) => d.kind },
  { header: 'columns.social-dialogue.title', value: (d) => d.title, weight: 2 },
  { header: 'columns.social-dialogue.parties', value: (d) => d.parties.map((p) => p.name).join('、'), weight: 2 },
  { header: 'columns.social-dialogue.followUps', value: (d) => d.followUps.filter((f) => !f.doneOn).map((f) => `${f.dueOn} ${f.action}`).join('; '), weight: 2 },
];

const fileReport = defineRoute(requires('unions.write'), {
  method: 'post', path: '/api/v1/staff/unions/{id}/annual-reports', tags, summary: "File a union's annual report: one per year (a second is 409; amend it instead)",
  request: { params: idParams, body: jsonBody(reportRequest) },
  responses: { 201: jsonContent(filed, 'Filed, with the totals'), ...problemResponses(400, 401, 403, 404, 409) },
});
const amendReport = defineRoute(requires('unions.write'), {
  method: 'put', path: '/api/v1/staff/unions/{id}/annual-reports/{year}', tags, summary: "Amend a year's report, with the reason (audited); the revision counts up",
  request: { params: idParams.extend({ year: z.coerce.number().int().min(1990).max(2100) }), body: jsonBody(amendRequest) },
  responses: { 200: jsonContent(filed, 'Amended'), ...problemResponses(400, 401, 403, 404) },
});
const listReports = defineRoute(requires('unions.read'), {
  method: 'get', path: '/api/v1/staff/unions/{id}/annual-reports', tags, summary: "A union's annual reports, latest year first",
  request: { params: idParams },
  responses: { 200: jsonContent(z.object({ items: z.array(report) }), 'Reports'), ...problemResponses(400, 401, 403, 404) },
});
const election = defineRoute(requires('unions.write'), {
  method: 'post', path: '/api/v1/staff/unions/{id}/elections', tags, summary: 'Record an election: the new term end replaces the old one',
  request: { params: idParams, body: jsonBody(electionRequest) },
  responses: { 201: jsonContent(z.object({ id: z.uuid() }), 'Recorded'), ...problemResponses(400, 401, 403, 404, 409) },
});
const electionsDue = defineRoute(requires('unions.read'), {
  method: 'get', path: '/api/v1/staff/unions/elections-due', tags,
  summary: 'Unions whose term ends within the reminder days, or has ended with no election recorded, nearest first',
  responses: { 200: jsonContent(z.object({ leadDays: z.number().int().nullable(), items: z.array(z.object({ id: z.uuid(), name: z.string(), registrationNumber: z.string(), termEndsOn: z.string(), daysLeft: z.number().int(), ended: z.boolean() })) }), 'Elections due'), ...problemResponses(401, 403) },
});
const getSettings = defineRoute(requires('unions.read'), {
  method: 'get', path: '/api/v1/staff/unions/reminder-settings', tags, summary: "The election reminder's lead days and recipient (null until entered)",
  responses: { 200: jsonContent(z.object({ settings: settingsRequest.nullable() }), 'Settings'), ...problemResponses(401, 403) },
});
const putSettings = defineRoute(requires('unions.write'), {
  method: 'put', path: '/api/v1/staff/unions/reminder-settings', tags, summary: "Set the election reminder's lead days and the unions officer's address",
  request: { body: jsonBody(settingsRequest) },
  responses: { 204: { description: 'Saved' }, ...problemResponses(400, 401, 403) },
});
const recordDialogue = defineRoute(requires('unions.write'), {
  method: 'post', path: '/api/v1/staff/social-dialogue', tags: [...tags, 'social-dialogue'], summary: 'Record a social dialogue meeting or a partnership event, with its follow-ups',
  request: { body: jsonBody(dialogueRequest) },
  responses: { 201: jsonContent(z.object({ id: z.uuid() }), 'Recorded'), ...problemResponses(400, 401, 403) },
});
const listDialogue = defineRoute(requires('unions.read'), {
  method: 'get', path: '/api/v1/staff/social-dialogue', tags: [...tags, 'social-dialogue'],
  summary: 'The social dialogue register (list contract), latest first; `overdue=true` for meetings with a follow-up past due',
  request: { query: listParams(dialogueSortKeys).extend({ kind: z.enum(dialogueKinds).optional(), overdue: z.enum(['true', 'false']).optional() }) },
  responses: { ...listResponses(dialogue, 'A page of meetings and events'), ...problemResponses(400, 401, 403, 422) },
});
const followUpDone = defineRoute(requires('unions.write'), {
  method: 'post', path: '/api/v1/staff/social-dialogue/follow-ups/{id}/done', tags: [...tags, 'social-dialogue'], summary: 'Mark a follow-up done',
  request: { params: idParams, body: jsonBody(z.object({ doneOn: date })) },
  responses: { 204: { description: 'Done' }, ...problemResponses(400, 401, 403, 404, 409) },
});

export function unionReportsRoutes(deps: { reports: UnionReportsService; lists: ListResponder }) {
  const { reports } = deps;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // Registered before the union routes' /{id}, so that these words are never read as ids.
  app.openapi(electionsDue, async (c) => c.json(await reports.electionsDue(), 200));
  app.openapi(getSettings, async (c) => c.json({ settings: await reports.reminderSettings() } as never, 200));
  app.openapi(putSettings, async (c) => {
    await reports.setReminderSettings(signedInStaff(c), c.req.valid('json'), c.get('requestId'));
    return c.body(null, 204);
  });
  app.openapi(fileReport, async (c) => c.json(await reports.fileReport(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(amendReport, async (c) => {
    const { id, year } = c.req.valid('param');
    return c.json(await reports.amendReport(signedInStaff(c), id, year, c.req.valid('json'), c.get('requestId')), 200);
  });
  app.openapi(listReports, async (c) => c.json({ items: await reports.reports(c.req.valid('param').id) }, 200));
  app.openapi(election, async (c) => c.json(await reports.recordElection(signedInStaff(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(recordDialogue, async (c) => c.json(await reports.recordDialogue(signedInStaff(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(listDialogue, async (c) => {
    const query = c.req.valid('query');
    return deps.lists.answer(c, {
      list: reports.dialogueList({ kind: query.kind, overdue: query.overdue === 'true' }),
      params: query,
      filters: { kind: query.kind, overdue: query.overdue },
      toItem: toDialogue(reports.today()),
      export: { name: 'social-dialogue', title: 'lists.social-dialogue', personalData: false, columns },
    }) as never;
  });
  app.openapi(followUpDone, async (c) => {
    await reports.completeFollowUp(signedInStaff(c), c.req.valid('param').id, c.req.valid('json').doneOn, c.get('requestId'));
    return c.body(null, 204);
  });
  return app;
}
