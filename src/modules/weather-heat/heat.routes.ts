/**
 * @module heat.routes
 * Heat alerts over HTTP (戶外熱指數查詢及相關應注意事項): the public page per district, the district
 * overview and active warnings; staff readings and warnings (permission `heat.manage`).
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { defineRoute, publicAccess, requires, signedInStaff } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import {
  createReadingRequest,
  heatOverview,
  heatQuery,
  heatReport,
  heatWarningView,
  publishWarningRequest,
  readingView,
  sourceStatusView,
  staffWarning,
  warningStatuses,
} from './heat.contract.ts';
import { warningMessageKeys, warningMessages } from './heat.messages.ts';
import { readingSortKeys, warningSortKeys, type HeatService } from './heat.service.ts';
import { listParams } from '../../shared/http/list.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';

const tags = ['heat'];

const getHeat = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/heat',
  tags,
  summary: "A district's heat index, heat-hazard level, today's forecast peak, precautions and active warnings",
  description:
    'Heat index by the NWS method from CWA observations (or the forecast for the present hour), levels 0-4 of the ' +
    'Taiwan heat-hazard guideline, precautions worded in the caller language (`?lang=`).',
  request: { query: heatQuery },
  responses: { 200: jsonContent(heatReport, 'Heat report'), ...problemResponses(400, 404) },
});

const getOverview = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/heat/districts',
  tags,
  summary: 'Every district with its present heat-hazard level',
  responses: { 200: jsonContent(heatOverview, 'Districts') },
});

const getActiveWarnings = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/heat/warnings',
  tags,
  summary: 'Heat warnings in force now, city-wide',
  responses: { 200: jsonContent(z.object({ items: z.array(heatWarningView) }), 'Active warnings') },
});

const addReading = defineRoute(requires('heat.manage'), {
  method: 'post',
  path: '/api/v1/staff/heat/readings',
  tags,
  summary: 'Enter a temperature and humidity reading for a district (audited)',
  request: { body: jsonBody(createReadingRequest) },
  responses: { 201: jsonContent(readingView, 'Stored'), ...problemResponses(400, 401, 403) },
});

const listReadings = defineRoute(requires('heat.manage'), {
  method: 'get',
  path: '/api/v1/staff/heat/readings',
  tags,
  summary: 'The readings entered by staff, the latest first',
  request: { query: listParams(readingSortKeys) },
  responses: { ...listResponses(readingView, 'Readings'), ...problemResponses(400, 401, 403, 422) },
});

const publishWarning = defineRoute(requires('heat.manage'), {
  method: 'post',
  path: '/api/v1/staff/heat/warnings',
  tags,
  summary: 'Publish a heat warning for some districts over a validity window (audited)',
  request: { body: jsonBody(publishWarningRequest) },
  responses: { 201: jsonContent(staffWarning, 'Published'), ...problemResponses(400, 401, 403) },
});

const listWarnings = defineRoute(requires('heat.manage'), {
  method: 'get',
  path: '/api/v1/staff/heat/warnings',
  tags,
  summary: 'Heat warnings with their status (active, scheduled, expired, withdrawn)',
  request: { query: z.object({ status: z.enum(warningStatuses).default('all') }).extend(listParams(warningSortKeys).shape) },
  responses: { ...listResponses(staffWarning, 'Warnings'), ...problemResponses(400, 401, 403, 422) },
});

const withdrawWarning = defineRoute(requires('heat.manage'), {
  method: 'post',
  path: '/api/v1/staff/heat/warnings/{id}/withdraw',
  tags,
  summary: 'Withdraw a heat warning before it ends (audited)',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: jsonContent(staffWarning, 'Withdrawn'), ...problemResponses(400, 401, 403, 404, 409) },
});

const warningMessageList = defineRoute(requires('heat.manage'), {
  method: 'get',
  path: '/api/v1/staff/heat/warning-messages',
  tags,
  summary: "The fixed sentences a heat warning can carry, worded in the caller's language",
  responses: {
    200: jsonContent(z.object({ items: z.array(z.object({ key: z.enum(warningMessageKeys), text: z.string() })) }), 'Messages'),
    ...problemResponses(401, 403),
  },
});

const sourceStatus = defineRoute(requires('heat.manage'), {
  method: 'get',
  path: '/api/v1/staff/heat/sources',
  tags,
  summary: 'When each CWA dataset was last fetched, and the last error',
  responses: { 200: jsonContent(sourceStatusView, 'Sources'), ...problemResponses(401, 403) },
});

export function heatRoutes({ heat, referenceData, lists }: { heat: HeatService; referenceData: ReferenceData; lists: ListResponder }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(getHeat, async (c) => {
    const { district: text, directSun, heavyClothing } = c.req.valid('query');
    const district = referenceData.findDistrict(text);
    if (!district) throw new AppError('UNKNOWN_DISTRICT');
    return c.json(await heat.report(district, c.get('locale'), { directSun, heavyClothing }), 200);
  });
  app.openapi(getOverview, async (c) => c.json(await heat.overview(), 200));
  app.openapi(getActiveWarnings, async (c) => c.json(await heat.activeWarnings(c.get('locale')), 200));
  app.openapi(addReading, async (c) => {
    return c.json(await heat.addReading(signedInStaff(c), c.req.valid('json'), c.get('requestId'), c.get('locale')), 201);
  });
  app.openapi(listReadings, async (c) =>
    lists.answer(c, {
      list: heat.readingList(),
      params: c.req.valid('query'),
      filters: {},
      toItem: heat.toReading,
      export: {
        name: 'heat-readings',
        title: 'lists.heatReadings',
        // Measurements and the staff username who entered them.
        personalData: false,
        columns: [
          { header: 'columns.heatReadings.observedAt', value: (r) => r.observedAt },
          { header: 'columns.heatReadings.district', value: (r) => r.district },
          { header: 'columns.heatReadings.temperatureC', value: (r) => r.temperatureC },
          { header: 'columns.heatReadings.relativeHumidity', value: (r) => r.relativeHumidity },
          { header: 'columns.heatReadings.heatIndexC', value: (r) => r.heatIndexC },
          { header: 'columns.heatReadings.level', value: (r) => r.level },
          { header: 'columns.heatReadings.enteredBy', value: (r) => r.enteredBy },
        ],
      },
    }) as never,
  );
  app.openapi(publishWarning, async (c) => {
    return c.json(await heat.publishWarning(signedInStaff(c), c.req.valid('json'), c.get('requestId'), c.get('locale')), 201);
  });
  app.openapi(listWarnings, async (c) => {
    const query = c.req.valid('query');
    const locale = c.get('locale');
    return lists.answer(c, {
      list: heat.warningList(query.status),
      params: query,
      filters: { status: query.status === 'all' ? undefined : query.status },
      toItem: (row) => heat.toStaffWarning(row, locale),
      export: {
        name: 'heat-warnings',
        title: 'lists.heatWarnings',
        personalData: false,
        columns: [
          { header: 'columns.heatWarnings.status', value: (w) => w.status },
          { header: 'columns.heatWarnings.level', value: (w) => w.level },
          { header: 'columns.heatWarnings.districts', value: (w) => w.districts.map((d) => d.name).join('、'), weight: 2 },
          { header: 'columns.heatWarnings.validFrom', value: (w) => w.validFrom },
          { header: 'columns.heatWarnings.validUntil', value: (w) => w.validUntil },
          { header: 'columns.heatWarnings.message', value: (w) => [...w.messages, w.text ?? ''].join(' ').trim(), weight: 3 },
          { header: 'columns.heatWarnings.publishedBy', value: (w) => w.publishedBy },
        ],
      },
    }) as never;
  });
  app.openapi(withdrawWarning, async (c) => {
    return c.json(await heat.withdrawWarning(signedInStaff(c), c.req.valid('param').id, c.get('requestId'), c.get('locale')), 200);
  });
  app.openapi(warningMessageList, (c) => {
    const locale = c.get('locale');
    return c.json({ items: warningMessageKeys.map((key) => ({ key, text: warningMessages[locale][key] })) }, 200);
  });
  app.openapi(sourceStatus, async (c) => c.json(await heat.sourceStatus(), 200));
  return app;
}
