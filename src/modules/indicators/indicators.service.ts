/**
 * @module indicators.service
 * The plan's performance indicators (衡量指標, ADR 0022): values for any period from the modules' read
 * models and analysts' entries, targets, the weighted score, entered figures (audited), and closed periods
 * frozen with their numerators and denominators, recomputed and reissued with a reason.
 */
import type { Db, Queryable } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { AppError } from '../../shared/errors.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { hasPermission } from '../access/permissions.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createIndicatorsAdmin } from './indicators.admin.ts';
import { definitionsFor, targetsFor, unitTargetsFor, type IndicatorDefinition, type Target } from './indicators.definitions.ts';
import { periodRange, yearEarlier, type DayRange } from './indicators.periods.ts';
import { drill, evaluate, noUnit, type DrillDimension, type Evaluated, type IndicatorProvider, type Part, type Source } from './indicators.values.ts';
import { placeName } from '../../shared/i18n/place-names.ts';

export type IndicatorItem = Evaluated & {
  code: string;
  name: string;
  planRef: string;
  dimension: IndicatorDefinition['dimension'];
  weight: number;
  unit: IndicatorDefinition['unit'];
  decimals: number;
  direction: IndicatorDefinition['direction'];
  formula: string;
  numeratorDescription: string;
  denominatorDescription: string | null;
  target: number | null;
  targetRule: string | null;
  gap: number | null;
  met: boolean | null;
  /** The value for the same period a year earlier, for the trend. */
  previous: number | null;
};

export type FrozenClose = { version: number; closedAt: string; closedBy: string | null; reason: string | null };

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

export function metOf(direction: 'higher' | 'lower', value: number | null, target: number | null): boolean | null {
  if (value === null || target === null) return null;
  return direction === 'higher' ? value >= target : value <= target;
}

/** Weighted share of targets met, in percent of all the year's weights: an indicator without a value counts as not met. */
export function weightedScore(items: readonly { weight: number; met: boolean | null }[]): number {
  const total = items.reduce((s, i) => s + Math.round(i.weight * 100), 0);
  if (total === 0) return 0;
  const met = items.reduce((s, i) => s + (i.met ? Math.round(i.weight * 100) : 0), 0);
  return Math.round((met / total) * 1000) / 10;
}

function mustRange(period: string): DayRange {
  const range = periodRange(period);
  if (!range) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'period', code: 'custom', message: 'validation.indicator_period' }] });
  return range;
}

const yearOf = (range: DayRange) => Number(range.from.slice(0, 4));

export function createIndicatorsService({ db, clock, referenceData }: { db: Db; clock: () => Date; referenceData?: ReferenceData | undefined }) {
  const providers = new Map<string, IndicatorProvider>();
  const city = referenceData?.city;
  const regionByDistrict = new Map(city?.rehabilitationRegions.flatMap((r) => r.districtCodes.map((d) => [d, r.code] as const)) ?? []);
  const regionOf = (district: string) => regionByDistrict.get(district) ?? null;

  /** A unit's name for a reader (station, district, region); null where the web names it (special groups, months). */
  function labelOf(by: DrillDimension, unit: string, locale: Locale): string | null {
    if (!city || unit === noUnit) return null;
    const pick = (found: { name: string; nameEn: string } | undefined) => (found ? placeName(found, locale) : null);
    if (by === 'station') return pick(city.employmentServiceStations.find((s) => s.code === unit));
    if (by === 'region') return pick(city.rehabilitationRegions.find((r) => r.code === unit));
    if (by === 'district') return referenceData?.districtName(unit, locale) ?? null;
    return null;
  }

  /**
   * `frozen`: a closed period's figures, answered instead of a recompute; `frozenBefore`: the same for the
   * period a year earlier (the trend is then against what was reported, and costs no read model).
   */
  async function items(range: DayRange, locale: Locale, frozen?: Map<string, Evaluated>, frozenBefore?: Map<string, Evaluated>): Promise<IndicatorItem[]> {
    const year = yearOf(range);
    const definitions = await definitionsFor(db, year);
    const targets = await targetsFor(db, year, new Map(definitions.map((d) => [d.code, d.decimals])));
    const earlier = yearEarlier(range);
    const out: IndicatorItem[] = [];
    // Every read model at once, this year and last: on a server the queries run side by side on the pool's
    // connections (bench/indicators.bench.ts), on PGlite they queue as before.
    const figures = await Promise.all(
      definitions.map(async (d) => {
        const [figure, before] = await Promise.all([
          frozen?.get(d.code) ?? evaluate(db, providers, d, range),
          frozenBefore?.get(d.code) ?? evaluate(db, providers, d, earlier),
        ]);
        return { figure, before };
      }),
    );
    for (const [index, d] of definitions.entries()) {
      const { figure, before } = figures[index]!;
      const target: Target | undefined = targets.get(d.code);
      const targetValue = target?.value ?? null;
      out.push({
        ...figure,
        code: d.code,
        name: d.name[locale],
        planRef: d.planRef,
        dimension: d.dimension,
        weight: d.weight,
        unit: d.unit,
        decimals: d.decimals,
        direction: d.direction,
        formula: d.formula,
        numeratorDescription: d.numeratorDescription[locale],
        denominatorDescription: d.denominatorDescription?.[locale] ?? null,
        target: targetValue,
        targetRule: target?.rule ?? null,
        gap: figure.value === null || targetValue === null ? null : Math.round((figure.value - targetValue) * 10 ** d.decimals) / 10 ** d.decimals,
        met: metOf(d.direction, figure.value, targetValue),
        previous: before.value,
      });
    }
    return out;
  }

  async function latestClose(q: Queryable, period: string): Promise<{ close: FrozenClose; values: Map<string, Evaluated> } | null> {
    const { rows } = await q.query<{
      version: number; code: string; value: string | null; numerator: string | null; denominator: string | null;
      source: Source; denominator_source: Source | null; closed_at: Date; closed_by: string | null; reason: string | null;
    }>(
      `SELECT v.version, v.code, v.value::text, v.numerator::text, v.denominator::text, v.source, v.denominator_source, v.closed_at,
              u.username AS closed_by, v.reason
         FROM indicator_period_values v LEFT JOIN staff_users u ON u.id = v.closed_by
        WHERE v.period = $1 AND v.version = (SELECT max(version) FROM indicator_period_values WHERE period = $1)`,
      [period],
    );
    const first = rows[0];
    if (!first) return null;
    const num = (v: string | null) => (v === null ? null : Number(v));
    return {
      close: { version: first.version, closedAt: new Date(first.closed_at).toISOString(), closedBy: first.closed_by, reason: first.reason },
      values: new Map(
        rows.map((r) => [r.code, { value: num(r.value), numerator: num(r.numerator), denominator: num(r.denominator), source: r.source, denominatorSource: r.denominator_source }]),
      ),
    };
  }

  /** Writes version `version` of a period's figures, live now. Two closers at once: the key lets one through. */
  async function freeze(period: string, version: number, staff: StaffPrincipal | null, reason: string | null, locale: Locale) {
    const range = mustRange(period);
    const live = await items(range, locale);
    const closedAt = clock();
    try {
      await db.transaction(async (tx) => {
        for (const item of live) {
          await tx.query(
            `INSERT INTO indicator_period_values (period, version, code, value, numerator, denominator, target, met, source, denominator_source, closed_by, closed_at, reason)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
            [period, version, item.code, item.value, item.numerator, item.denominator, item.target, item.met, item.source, item.denominatorSource, staff?.id ?? null, closedAt, reason],
          );
        }
        await recordAudit(tx, {
          actor: staff ? actorOf(staff) : null,
          action: version === 1 ? 'indicators.close' : 'indicators.reissue',
          recordType: 'indicator-period',
          recordId: period,
          details: { version, ...(reason ? { reason } : {}) },
          occurredAt: closedAt,
        });
      });
    } catch (error) {
      if ((error as { code?: unknown }).code === '23505') throw new AppError('CONFLICT');
      throw error;
    }
    return { period, version, closedAt: closedAt.toISOString(), items: live.length };
  }

  return {
    /** Plugs a module's read model in: one call in createApp per module, named as its definitions' `module`. */
    register(module: string, provider: IndicatorProvider) {
      if (providers.has(module)) throw new Error(`indicator provider ${module} registered twice`);
      providers.set(module, provider);
    },

    /** Every indicator of the year, with targets and the score; a closed year answers its frozen figures. */
    async list(year: number, locale: Locale) {
      const period = String(year);
      const [closed, closedBefore] = await Promise.all([latestClose(db, period), latestClose(db, String(year - 1))]);
      const list = await items(mustRange(period), locale, closed?.values, closedBefore?.values);
      return { year, score: weightedScore(list), closed: closed?.close ?? null, items: list };
    },

    /** One indicator for a range, split by a dimension when asked. Module officers see only their own module's. */
    async detail(code: string, query: DayRange & { by?: DrillDimension | undefined }, staff: StaffPrincipal, locale: Locale) {
      if (query.to < query.from) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'to', code: 'custom', message: 'validation.end_before_start' }] });
      }
      if (yearOf({ from: query.to, to: query.to }) !== yearOf(query)) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'to', code: 'custom', message: 'validation.indicator_one_year' }] });
      }
      const definition = (await definitionsFor(db, yearOf(query))).find((d) => d.code === code);
      if (!definition) throw new AppError('NOT_FOUND');
      const readsAll = hasPermission(staff.roles, 'indicators.read-all');
      if (!readsAll && !(definition.officerRole && staff.roles.includes(definition.officerRole))) throw new AppError('FORBIDDEN');
      const whole = await evaluate(db, providers, definition, query);
      const by = query.by;
      const raw: Part[] | null = by ? await drill(db, providers, definition, query, by, regionOf) : [];
      // Per-unit targets (indicator_targets rows of the unit's kind) against each part, under the city-wide rules.
      const unitTargets = by === 'station' || by === 'district' || by === 'region' ? await unitTargetsFor(db, code, yearOf(query), by, definition.decimals) : new Map<string, Target>();
      const parts = raw?.map((p) => {
        const target = unitTargets.get(p.unit)?.value ?? null;
        return { ...p, label: by ? labelOf(by, p.unit, locale) : null, target, met: metOf(definition.direction, p.value, target) };
      }) ?? null;
      return {
        code,
        name: definition.name[locale],
        from: query.from,
        to: query.to,
        by: query.by ?? null,
        drillable: parts !== null,
        ...whole,
        parts: parts ?? [],
      };
    },

    /** Records an analyst's figure with its source document; audited in the same transaction. */
    async enter(
      code: string,
      input: { period: string; numerator?: number | undefined; denominator?: number | undefined; value?: number | undefined; source: string; sourceDate: string },
      staff: StaffPrincipal,
      requestId: string | undefined,
    ) {
      const range = mustRange(input.period);
      const definition = (await definitionsFor(db, yearOf(range))).find((d) => d.code === code);
      if (!definition) throw new AppError('NOT_FOUND');
      // A module indicator whose definition says so takes an analyst's figure for its denominator only
      // (indicator 4's youth population); its numerator always comes from the records.
      const denominatorOnly = input.numerator === undefined && input.value === undefined && input.denominator !== undefined;
      if (definition.source !== 'entered' && !(denominatorOnly && definition.denominatorEntered)) throw new AppError('CONFLICT');
      if (definition.source === 'entered' && input.numerator === undefined && input.value === undefined) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'numerator', code: 'custom', message: 'validation.indicator_figure' }] });
      }
      if (definition.denominatorDescription !== null && input.numerator !== undefined && input.denominator === undefined) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'denominator', code: 'custom', message: 'validation.required' }] });
      }
      const enteredAt = clock();
      return db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string }>(
          `INSERT INTO indicator_entries (code, period, period_start, period_end, numerator, denominator, value, source_document, source_date, entered_by, entered_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
          [code, input.period, range.from, range.to, input.numerator ?? null, input.denominator ?? null, input.value ?? null, input.source, input.sourceDate, staff.id, enteredAt],
        );
        const id = rows[0]!.id;
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'indicators.enter',
          recordType: 'indicator-entry',
          recordId: id,
          requestId: requestId ?? null,
          details: { code, period: input.period, source: input.source, sourceDate: input.sourceDate },
          occurredAt: enteredAt,
        });
        return { id, code, period: input.period, enteredAt: enteredAt.toISOString() };
      });
    },

    /** The entries of an indicator, newest first, each with who entered it and from which document. */
    async entries(code: string) {
      const { rows } = await db.query<{
        id: string; period: string; numerator: string | null; denominator: string | null; value: string | null;
        source_document: string; source_date: string; entered_by: string; entered_at: Date;
      }>(
        `SELECT e.id, e.period, e.numerator::text, e.denominator::text, e.value::text, e.source_document, e.source_date::text AS source_date,
                u.username AS entered_by, e.entered_at
           FROM indicator_entries e JOIN staff_users u ON u.id = e.entered_by
          WHERE e.code = $1 ORDER BY e.entered_at DESC LIMIT 200`,
        [code],
      );
      const num = (v: string | null) => (v === null ? null : Number(v));
      return rows.map((r) => ({
        id: r.id, period: r.period, numerator: num(r.numerator), denominator: num(r.denominator), value: num(r.value),
        source: r.source_document, sourceDate: r.source_date, enteredBy: r.entered_by, enteredAt: new Date(r.entered_at).toISOString(),
      }));
    },

    /** Closes a period: its values are frozen with their numerators and denominators. A closed period answers 409. */
    async close(period: string, staff: StaffPrincipal | null, locale: Locale) {
      mustRange(period);
      if (await latestClose(db, period)) throw new AppError('CONFLICT');
      return freeze(period, 1, staff, null, locale);
    },

    /** The monthly snapshot job: closes the period unless it is closed already. */
    async snapshot(period: string) {
      if (await latestClose(db, period)) return null;
      try {
        return await freeze(period, 1, null, 'monthly snapshot', 'zh-TW');
      } catch (error) {
        if (error instanceof AppError && error.code === 'CONFLICT') return null;
        throw error;
      }
    },

    /** A closed period's reported figures next to a recompute from today's records, and the difference. */
    async review(period: string, locale: Locale) {
      const range = mustRange(period);
      const closed = await latestClose(db, period);
      const live = await items(range, locale);
      const diff = (a: number | null, b: number | null | undefined) => (a === null || b === null || b === undefined ? null : Math.round((a - b) * 10_000) / 10_000);
      return {
        period,
        closed: closed?.close ?? null,
        items: live.map((item) => {
          const frozen = closed?.values.get(item.code) ?? null;
          return {
            code: item.code,
            name: item.name,
            reported: frozen,
            recomputed: { value: item.value, numerator: item.numerator, denominator: item.denominator, source: item.source, denominatorSource: item.denominatorSource },
            difference: frozen
              ? { value: diff(item.value, frozen.value), numerator: diff(item.numerator, frozen.numerator), denominator: diff(item.denominator, frozen.denominator) }
              : null,
            changed: frozen ? frozen.value !== item.value || frozen.numerator !== item.numerator || frozen.denominator !== item.denominator : false,
          };
        }),
      };
    },

    /** Reissues a closed period with today's figures, as its next version, with the reason (audited). */
    async reissue(period: string, reason: string, staff: StaffPrincipal, locale: Locale) {
      const closed = await latestClose(db, period);
      if (!closed) throw new AppError('NOT_FOUND');
      return freeze(period, closed.close.version + 1, staff, reason, locale);
    },

    ...createIndicatorsAdmin({ db, clock, referenceData }),

    definitions: (year: number) => definitionsFor(db, year),
  };
}

export type IndicatorsService = ReturnType<typeof createIndicatorsService>;
