/**
 * @module rates
 * Rates published as data (issue 14 §3, ADR 0024): staff add a period of the minimum wage, the pension
 * contribution grade table or the labour-insurance disability table with the announcement it came in.
 * A period is never changed; a new one must start after the last of its kind (the shipped periods of
 * `#labor-rules` included), so what was in force before stays as it was. The rules stay pure: they get
 * the periods as input, merged after the shipped ones by `rateTablesWith`.
 */
import { addDays, BUILT_IN_RATE_TABLES, rateTablesFromPublished, type Announcement, type RateTables } from '#labor-rules';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { taipeiToday } from '../calculators/calculators.present.ts';
import type {
  ContributionGradesRequest,
  DisabilityGradesRequest,
  MinimumWageRequest,
  PublishedContributionGrades,
  PublishedDisabilityGrades,
  PublishedMinimumWage,
  PublishedRates,
  RateKind,
  RatesStatus,
} from './rates.contract.ts';

type RateRow = {
  id: string;
  kind: RateKind;
  effective_from: string;
  payload: Record<string, unknown>;
  source_name: string;
  source_number: string;
  source_date: string;
  source_url: string;
  created_at: Date;
};

/** How many days before 31 December of the last minimum-wage period's year staff are warned (issue 14 §3). */
export const renewalWarningDays = 60;

/** The shipped periods of each kind: a published period must start after the last of them. */
const shippedStarts: Record<RateKind, readonly string[]> = {
  'minimum-wage': BUILT_IN_RATE_TABLES.minimumWages.map((row) => row.effectiveFrom),
  'contribution-grades': BUILT_IN_RATE_TABLES.contributionGradeTables.map((row) => row.effectiveFrom),
  'disability-grades': BUILT_IN_RATE_TABLES.disabilityGradeTables.map((row) => row.effectiveFrom),
};

const latest = (dates: readonly string[]) => dates.reduce<string | undefined>((last, date) => (last === undefined || date > last ? date : last), undefined);

function announcementOf(row: RateRow): Announcement {
  return { name: row.source_name, number: row.source_number, date: row.source_date, url: row.source_url };
}

function published(row: RateRow) {
  return { id: row.id, effectiveFrom: row.effective_from, announcement: announcementOf(row), publishedAt: row.created_at.toISOString() };
}

/**
 * When the admin should publish the next minimum wage: from 60 days before 31 December of the year of
 * the last period (shipped or published), since no period for the next year exists then (a period for
 * the next year would be the last one). Pure; the service passes the clock's date.
 *
 * @example
 * minimumWageRenewal('2026-01-01', '2026-11-01') // { warnFrom: '2026-11-01', nextYear: 2027, renewalDue: true, … }
 */
export function minimumWageRenewal(lastEffectiveFrom: string, today: string): RatesStatus['minimumWage'] {
  const year = Number(lastEffectiveFrom.slice(0, 4));
  const warnFrom = addDays(`${year}-12-31`, -renewalWarningDays);
  return { lastEffectiveFrom, warnFrom, nextYear: year + 1, renewalDue: today >= warnFrom };
}

export function createRatesService(deps: { db: Db; clock: () => Date; cacheMs?: number }) {
  const { db, clock } = deps;
  const cacheMs = deps.cacheMs ?? 30_000;
  let cached: { at: number; tables: Promise<RateTables> } | undefined;

  async function rows(q: Queryable = db): Promise<RateRow[]> {
    return (
      await q.query<RateRow>(
        `SELECT id, kind, effective_from, payload, source_name, source_number, source_date, source_url, created_at
         FROM published_rates ORDER BY kind, effective_from`,
      )
    ).rows;
  }

  async function list(): Promise<PublishedRates> {
    const all = await rows();
    const of = (kind: RateKind) => all.filter((row) => row.kind === kind);
    return {
      minimumWage: of('minimum-wage').map((row): PublishedMinimumWage => ({ ...published(row), monthly: Number(row.payload.monthly), hourly: Number(row.payload.hourly) })),
      contributionGrades: of('contribution-grades').map((row): PublishedContributionGrades => ({ ...published(row), grades: row.payload.grades as PublishedContributionGrades['grades'] })),
      disabilityGrades: of('disability-grades').map((row): PublishedDisabilityGrades => ({ ...published(row), grades: row.payload.grades as PublishedDisabilityGrades['grades'] })),
    };
  }

  /** The rules' tables: the shipped periods with the published ones after them. */
  async function loadTables(): Promise<RateTables> {
    return rateTablesFromPublished(await list());
  }

  async function publish(
    staff: StaffPrincipal,
    kind: RateKind,
    input: { effectiveFrom: string; announcement: Announcement },
    payload: Record<string, unknown>,
    context: { requestId: string; locale: Locale },
  ): Promise<{ id: string }> {
    const created = await db.transaction(async (tx) => {
      // The kind's row lock: a second admin publishing at the same time waits here, then sees this period.
      await tx.query('SELECT kind FROM rate_kinds WHERE kind = $1 FOR UPDATE', [kind]);
      const lastPublished = (await tx.query<{ last: string | null }>('SELECT max(effective_from)::text AS last FROM published_rates WHERE kind = $1', [kind])).rows[0]?.last ?? null;
      const last = latest([...shippedStarts[kind], ...(lastPublished === null ? [] : [lastPublished])]);
      if (last !== undefined && input.effectiveFrom <= last) {
        throw new AppError('RATE_PERIOD_NOT_LATER', {
          params: { last },
          fieldIssues: [{ field: 'effectiveFrom', code: 'not_after_last', message: translate(context.locale, 'validation.rates_not_after_last', { last }) }],
        });
      }
      const { announcement } = input;
      let id: string;
      try {
        id = (
          await tx.query<{ id: string }>(
            `INSERT INTO published_rates (kind, effective_from, payload, source_name, source_number, source_date, source_url, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
            [kind, input.effectiveFrom, JSON.stringify(payload), announcement.name, announcement.number, announcement.date, announcement.url, staff.id, clock()],
          )
        ).rows[0]!.id;
      } catch (error) {
        // Unreachable behind the lock; kept so a unique violation can never surface as a 500.
        if ((error as { code?: unknown }).code === '23505') throw new AppError('RATE_PERIOD_NOT_LATER', { params: { last: input.effectiveFrom }, cause: error });
        throw error;
      }
      await recordAudit(tx, {
        actor: { id: staff.id, username: staff.username },
        action: 'rates.publish',
        recordType: 'published-rate',
        recordId: id,
        requestId: context.requestId,
        details: { kind, effectiveFrom: input.effectiveFrom, announcement: { name: announcement.name, number: announcement.number, date: announcement.date } },
        occurredAt: clock(),
      });
      return { id };
    });
    cached = undefined;
    return created;
  }

  return {
    list,

    /** The tables the calculators use, kept for `cacheMs`; a period published here is seen at once. */
    tables(): Promise<RateTables> {
      const now = performance.now();
      if (!cached || now - cached.at > cacheMs) {
        const tables = loadTables();
        cached = { at: now, tables };
        tables.catch(() => {
          cached = undefined;
        });
      }
      return cached.tables;
    },

    publishMinimumWage: (staff: StaffPrincipal, input: MinimumWageRequest, context: { requestId: string; locale: Locale }) =>
      publish(staff, 'minimum-wage', input, { monthly: input.monthly, hourly: input.hourly }, context),

    publishContributionGrades: (staff: StaffPrincipal, input: ContributionGradesRequest, context: { requestId: string; locale: Locale }) =>
      publish(staff, 'contribution-grades', input, { grades: input.grades.map(({ grade, wage }) => ({ grade, wage })) }, context),

    publishDisabilityGrades: (staff: StaffPrincipal, input: DisabilityGradesRequest, context: { requestId: string; locale: Locale }) =>
      publish(staff, 'disability-grades', input, { grades: input.grades.map(({ grade, days }) => ({ grade, days })) }, context),

    /** The staff home's read model: is the next minimum wage due (issue 14 §3)? */
    async status(): Promise<RatesStatus> {
      const tables = await loadTables();
      const last = tables.minimumWages.at(-1)?.effectiveFrom ?? '2014-07-01';
      const today = taipeiToday(clock());
      return { today, minimumWage: minimumWageRenewal(last, today) };
    },
  };
}

export type RatesService = ReturnType<typeof createRatesService>;
