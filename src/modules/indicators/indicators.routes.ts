/**
 * @module indicators.routes
 * The indicators API (issue 13's stable contract): the year's indicators and score (public: aggregate
 * figures of a public plan, nothing personal), one indicator's drill-down (staff, own module for module
 * officers), entered figures, period close, review and reissue, and targets.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { exportFormats } from '../../shared/http/list.ts';
import { defineRoute, publicAccess, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { plainDateIn, type Letterhead } from '../../shared/documents/pdf.ts';
import { exportResponse, type ExportColumn } from '../../shared/export/export.ts';
import { translate } from '../../shared/i18n/translate.ts';
import {
  closeResult, codeParam, definitionSet, definitionSetRequest, detailQuery, entryCreated, entryList, entryRequest, indicatorDetail,
  indicatorList, periodParam, periodReview, reissueRequest, targetList, targetParams, targetRequest, yearParam, yearQuery,
} from './indicators.contract.ts';
import type { IndicatorItem, IndicatorsService } from './indicators.service.ts';

const tags = ['indicators'];

const listRoute = defineRoute(publicAccess, {
  method: 'get',
  path: '/api/v1/indicators',
  tags,
  summary: "The year's indicators with targets, values, numerators, denominators and the weighted score; `format` exports them",
  request: { query: yearQuery.extend({ format: z.enum(exportFormats).optional() }) },
  responses: { 200: jsonContent(indicatorList, 'Indicators'), ...problemResponses(400) },
});

const detailRoute = defineRoute(requires('indicators.read'), {
  method: 'get',
  path: '/api/v1/indicators/{code}',
  tags,
  summary: 'One indicator for a range of days, split by station, district, region, group or month where its source allows',
  request: { params: codeParam, query: detailQuery.extend({ format: z.enum(exportFormats).optional() }) },
  responses: { 200: jsonContent(indicatorDetail, 'Indicator; `format` exports the view (its parts, or the whole)'), ...problemResponses(400, 401, 403, 404) },
});

const enterRoute = defineRoute(requires('indicators.enter'), {
  method: 'post',
  path: '/api/v1/staff/indicators/{code}/entries',
  tags,
  summary: 'Enter a figure the platform cannot hold, with its source document and date (audited)',
  request: { params: codeParam, body: jsonBody(entryRequest) },
  responses: { 201: jsonContent(entryCreated, 'Entered'), ...problemResponses(400, 401, 403, 404, 409) },
});

const entriesRoute = defineRoute(requires('indicators.read-all'), {
  method: 'get',
  path: '/api/v1/staff/indicators/{code}/entries',
  tags,
  summary: 'The figures entered for an indicator, newest first, with who entered them and from which document',
  request: { params: codeParam },
  responses: { 200: jsonContent(entryList, 'Entries'), ...problemResponses(401, 403) },
});

const closeRoute = defineRoute(requires('indicators.close'), {
  method: 'post',
  path: '/api/v1/staff/indicators/periods/{period}/close',
  tags,
  summary: "Close a period: its values are frozen with their numerators and denominators (audited)",
  request: { params: periodParam },
  responses: { 201: jsonContent(closeResult, 'Closed'), ...problemResponses(400, 401, 403, 409) },
});

const reviewRoute = defineRoute(requires('indicators.read-all'), {
  method: 'get',
  path: '/api/v1/staff/indicators/periods/{period}',
  tags,
  summary: "A period's reported figures next to a recompute from today's records, and the difference",
  request: { params: periodParam },
  responses: { 200: jsonContent(periodReview, 'Review'), ...problemResponses(400, 401, 403) },
});

const reissueRoute = defineRoute(requires('indicators.close'), {
  method: 'post',
  path: '/api/v1/staff/indicators/periods/{period}/reissue',
  tags,
  summary: 'Reissue a closed period with the recomputed figures, with a reason (audited)',
  request: { params: periodParam, body: jsonBody(reissueRequest) },
  responses: { 201: jsonContent(closeResult, 'Reissued'), ...problemResponses(400, 401, 403, 404, 409) },
});

const targetRoute = defineRoute(requires('indicators.manage'), {
  method: 'put',
  path: '/api/v1/staff/indicators/{code}/targets/{year}',
  tags,
  summary: "Set a year's target for the city or one station, district or region, absolute or relative to a baseline (audited)",
  request: { params: targetParams, body: jsonBody(targetRequest) },
  responses: { 204: { description: 'Set' }, ...problemResponses(400, 401, 403, 404) },
});

const targetsRoute = defineRoute(requires('indicators.read-all'), {
  method: 'get',
  path: '/api/v1/staff/indicators/targets',
  tags,
  summary: "A year's targets as entered, city-wide and per unit",
  request: { query: yearQuery },
  responses: { 200: jsonContent(targetList, 'Targets'), ...problemResponses(400, 401, 403) },
});

const definitionsRoute = defineRoute(requires('indicators.read-all'), {
  method: 'get',
  path: '/api/v1/staff/indicators/definitions/{year}',
  tags,
  summary: 'The definitions in force in a year, and the year their set applies from',
  request: { params: yearParam },
  responses: { 200: jsonContent(definitionSet, 'Definitions'), ...problemResponses(400, 401, 403) },
});

const defineRoute_ = defineRoute(requires('indicators.manage'), {
  method: 'put',
  path: '/api/v1/staff/indicators/definitions/{year}',
  tags,
  summary: 'Replace the set of definitions applying from a year; refused unless its weights add up to 100 % (audited)',
  request: { params: yearParam, body: jsonBody(definitionSetRequest) },
  responses: { 204: { description: 'Set' }, ...problemResponses(400, 401, 403) },
});

const exportColumns = (locale: Parameters<typeof translate>[0]): ExportColumn<IndicatorItem>[] => [
  { header: 'columns.indicators.code', value: (i) => i.code, weight: 0.5 },
  { header: 'columns.indicators.name', value: (i) => i.name, weight: 4 },
  { header: 'columns.indicators.dimension', value: (i) => translate(locale, `indicators.dimension.${i.dimension}`) },
  { header: 'columns.indicators.weight', value: (i) => i.weight, weight: 0.6 },
  { header: 'columns.indicators.target', value: (i) => i.target },
  { header: 'columns.indicators.value', value: (i) => i.value },
  { header: 'columns.indicators.numerator', value: (i) => i.numerator },
  { header: 'columns.indicators.denominator', value: (i) => i.denominator },
  { header: 'columns.indicators.met', value: (i) => (i.met === null ? '' : translate(locale, i.met ? 'indicators.met' : 'indicators.not_met')) },
  { header: 'columns.indicators.source', value: (i) => translate(locale, `indicators.source.${i.source}`) },
];

export function indicatorsRoutes({ indicators, letterhead, timeZone, clock }: { indicators: IndicatorsService; letterhead: Letterhead; timeZone: string; clock: () => Date }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(listRoute, async (c) => {
    const { year, format } = c.req.valid('query');
    const locale = c.get('locale');
    const list = await indicators.list(year, locale);
    if (!format) {
      c.header('cache-control', 'no-store');
      return c.json(list, 200);
    }
    const items = list.items;
    return exportResponse({
      format,
      locale,
      fileStem: `indicators-${year}`,
      title: 'lists.indicators',
      filterLines: [translate(locale, 'indicators.export_line', { year, score: list.score })],
      columns: exportColumns(locale),
      rowCount: items.length,
      rows: (async function* () {
        yield* items;
      })(),
      date: plainDateIn(clock(), timeZone),
      letterhead,
    }) as never;
  });

  app.openapi(detailRoute, async (c) => {
    const { code } = c.req.valid('param');
    const { format, ...query } = c.req.valid('query');
    const locale = c.get('locale');
    const detail = await indicators.detail(code, query, c.get('staff')!, locale);
    if (!format) return c.json(detail, 200);
    // Any view prints and exports through the kit (issue 13 §3): its parts, or the whole when it has none.
    type Row = { unit: string; value: number | null; numerator: number | null; denominator: number | null; target: number | null; met: boolean | null };
    const rows: Row[] = detail.parts.length
      ? detail.parts.map((p) => ({ unit: p.label ?? p.unit, value: p.value, numerator: p.numerator, denominator: p.denominator, target: p.target, met: p.met }))
      : [{ unit: translate(locale, 'indicators.export_whole'), value: detail.value, numerator: detail.numerator, denominator: detail.denominator, target: null, met: null }];
    return exportResponse({
      format,
      locale,
      fileStem: `indicator-${code}-${query.from}-${query.to}${query.by ? `-${query.by}` : ''}`,
      title: 'lists.indicatorDetail',
      filterLines: [translate(locale, 'indicators.export_detail_line', { code, name: detail.name, from: query.from, to: query.to })],
      columns: [
        { header: 'columns.indicatorDetail.unit', value: (r: Row) => r.unit, weight: 3 },
        { header: 'columns.indicators.value', value: (r: Row) => r.value },
        { header: 'columns.indicators.numerator', value: (r: Row) => r.numerator },
        { header: 'columns.indicators.denominator', value: (r: Row) => r.denominator },
        { header: 'columns.indicators.target', value: (r: Row) => r.target },
        { header: 'columns.indicators.met', value: (r: Row) => (r.met === null ? '' : translate(locale, r.met ? 'indicators.met' : 'indicators.not_met')) },
      ],
      rowCount: rows.length,
      rows: (async function* () {
        yield* rows;
      })(),
      date: plainDateIn(clock(), timeZone),
      letterhead,
    }) as never;
  });

  app.openapi(enterRoute, async (c) => {
    const { code } = c.req.valid('param');
    return c.json(await indicators.enter(code, c.req.valid('json'), c.get('staff')!, c.get('requestId')), 201);
  });

  app.openapi(entriesRoute, async (c) => c.json({ items: await indicators.entries(c.req.valid('param').code) }, 200));

  app.openapi(closeRoute, async (c) => c.json(await indicators.close(c.req.valid('param').period, c.get('staff')!, c.get('locale')), 201));

  app.openapi(reviewRoute, async (c) => c.json(await indicators.review(c.req.valid('param').period, c.get('locale')), 200));

  app.openapi(reissueRoute, async (c) =>
    c.json(await indicators.reissue(c.req.valid('param').period, c.req.valid('json').reason, c.get('staff')!, c.get('locale')), 201),
  );

  app.openapi(targetsRoute, async (c) => c.json({ items: await indicators.targets(c.req.valid('query').year) }, 200));

  app.openapi(definitionsRoute, async (c) => {
    const { year } = c.req.valid('param');
    const definitions = await indicators.definitions(year);
    return c.json({ year, fromYear: definitions[0]?.fromYear ?? null, definitions: definitions.map(({ fromYear: _from, ...d }) => d) }, 200);
  });

  app.openapi(defineRoute_, async (c) => {
    await indicators.defineYear(c.req.valid('param').year, c.req.valid('json').definitions, c.get('staff')!);
    return c.body(null, 204);
  });

  app.openapi(targetRoute, async (c) => {
    const { code, year } = c.req.valid('param');
    await indicators.setTarget(code, year, c.req.valid('json'), c.get('staff')!);
    return c.body(null, 204);
  });

  return app;
}
