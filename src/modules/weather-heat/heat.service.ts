/**
 * @module heat.service
 * Stores CWA observations and forecasts, staff readings and staff heat warnings, and answers "how hot
 * is it in this district, and what should outdoor workers do" with the heat index, level and
 * precautions of the pure rules in `#labor-rules` (高氣溫戶外作業勞工熱危害預防指引).
 */
import { calculateHeatIndex, formatMessage, formatPrecaution, type HeatIndexResult } from '#labor-rules';
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb, run } from '../../db/query.ts';
import type { ListDefinition } from '../../shared/http/list.ts';

export const readingSortKeys = ['observedAt', 'districtCode', 'heatIndexC', 'level'] as const;
export type ReadingSortKey = (typeof readingSortKeys)[number];
export { warningSortKeys, type WarningSortKey } from './heat.warnings-service.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { normalizeTai, type District, type ReferenceData } from '../reference-data/reference-data.ts';
import type { ForecastRecord, HeatInjuryRecord, ObservationRecord } from './cwa.parsers.ts';
import type { createReadingRequest, heatOverview, heatReport, readingView } from './heat.contract.ts';
import { activeAt, createHeatWarnings, type WarningRow } from './heat.warnings-service.ts';

export type StoredSource = 'cwa' | 'recorded';
type Source = StoredSource | 'staff';

type ObservationRow = {
  id: number;
  source: Source;
  district_code: string;
  station_id: string | null;
  station_name: string | null;
  observed_at: Date;
  temperature_c: number;
  relative_humidity: number;
  heat_index_c: number;
  level: number;
};

type ForecastRow = {
  district_code: string;
  valid_at: Date;
  source: StoredSource;
  temperature_c: number;
  relative_humidity: number;
  heat_index_c: number;
  level: number;
};

type Reading = { temperatureC: number; relativeHumidity: number };
type Exposure = { directSun?: boolean; heavyClothing?: boolean };

const iso = (value: Date | string) => new Date(value).toISOString();
const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });
const minute = 60_000;
/** 3-hourly forecast slots: the slot that started within the last 3 hours covers now. */
const forecastSlotMs = 3 * 60 * minute;

function heat(reading: Reading, exposure: Exposure = {}): HeatIndexResult {
  return calculateHeatIndex({ ...reading, ...exposure });
}

/** A 400 naming the field, worded in the caller's language. */
function fieldError(field: string, key: string, locale: Locale): AppError {
  return new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message: translate(locale, key) }] });
}

export type HeatServiceOptions = {
  db: Db;
  referenceData: ReferenceData;
  clock: () => Date;
  /** A measurement older than this is stale (default 120 minutes). */
  staleAfterMinutes?: number;
};

export function createHeatService({ db, referenceData, clock, staleAfterMinutes = 120 }: HeatServiceOptions) {
  const city = referenceData.city;
  const timeZone = city.bureau.timeZone;
  const cityNames = new Set([city.name, ...city.nameAliases].map(normalizeTai));
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

  /** The calendar day of an instant in the city's time zone, YYYY-MM-DD. */
  function localDay(at: Date): string {
    return dayFormat.format(at);
  }

  /** Which district of our city a CWA record belongs to: by town code, else by county and town name. */
  function districtOf(record: { countyName: string | null; countyCode?: string | null; townName: string | null; townCode: string | null }) {
    if (record.townCode) {
      const byCode = referenceData.district(record.townCode);
      if (byCode) return byCode;
    }
    const inCity =
      (record.countyCode !== undefined && record.countyCode !== null && record.countyCode === city.cityCode) ||
      (record.countyName !== null && cityNames.has(normalizeTai(record.countyName)));
    if (!inCity || !record.townName) return undefined;
    return referenceData.findDistrict(record.townName);
  }

  function districtByCode(code: string): District {
    const district = referenceData.district(code);
    if (!district) throw new Error(`district ${code} is not in the city configuration`);
    return district;
  }

  function resolveDistrict(text: string, field: string, locale: Locale): District {
    const district = referenceData.findDistrict(text);
    if (!district) throw fieldError(field, 'validation.district', locale);
    return district;
  }

  function levelText(level: number, heatIndexC: number, locale: Locale): string {
    return formatMessage(`heatIndex.level${level as 0 | 1 | 2 | 3 | 4}`, { heatIndexC }, locale);
  }

  /**
   * What to show for a district now: a measurement from the last `staleAfterMinutes`; else the
   * forecast for the present hour; else the last measurement, marked stale.
   */
  function choose(observation: ObservationRow | undefined, forecast: ForecastRow | undefined, now: Date) {
    const fresh = observation && now.getTime() - observation.observed_at.getTime() <= staleAfterMinutes * minute;
    if (observation && fresh) return { basis: 'observation' as const, row: observation, stale: false };
    if (forecast) return { basis: 'forecast' as const, row: forecast, stale: false };
    if (observation) return { basis: 'observation' as const, row: observation, stale: true };
    return undefined;
  }

  async function upsertObservation(tx: Queryable, district: District, record: ObservationRecord, source: StoredSource, reading: Reading) {
    const result = heat(reading);
    await tx.query(
      `INSERT INTO heat_observations
         (source, district_code, station_id, station_name, observed_at, temperature_c, relative_humidity, heat_index_c, level)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (station_id, observed_at) WHERE station_id IS NOT NULL DO UPDATE SET
         source = EXCLUDED.source, district_code = EXCLUDED.district_code, station_name = EXCLUDED.station_name,
         temperature_c = EXCLUDED.temperature_c, relative_humidity = EXCLUDED.relative_humidity,
         heat_index_c = EXCLUDED.heat_index_c, level = EXCLUDED.level`,
      [source, district.townCode, record.stationId, record.stationName, record.observedAt, reading.temperatureC, reading.relativeHumidity, result.heatIndexC, result.level],
    );
  }

  const warnings = createHeatWarnings({ db, clock, districtByCode, resolveDistrict });
  const { presentWarning } = warnings;

  return {
    ...warnings,
    districtOf,
    localDay,

    /** Stores the city's stations; others, and records without temperature or humidity, are skipped. */
    async storeObservations(records: readonly ObservationRecord[], source: StoredSource): Promise<{ stored: number; skipped: number }> {
      let stored = 0;
      await db.transaction(async (tx) => {
        for (const record of records) {
          const district = districtOf(record);
          if (!district || record.temperatureC === null || record.relativeHumidity === null) continue;
          await upsertObservation(tx, district, record, source, { temperatureC: record.temperatureC, relativeHumidity: record.relativeHumidity });
          stored += 1;
        }
      });
      return { stored, skipped: records.length - stored };
    },

    /** Stores forecast hours with both temperature and humidity, with the heat index computed from them. */
    async storeForecast(records: readonly ForecastRecord[], source: StoredSource): Promise<{ stored: number; skipped: number }> {
      const fetchedAt = clock();
      let stored = 0;
      await db.transaction(async (tx) => {
        for (const record of records) {
          const district = districtOf(record);
          if (!district || record.temperatureC === null || record.relativeHumidity === null) continue;
          const result = heat({ temperatureC: record.temperatureC, relativeHumidity: record.relativeHumidity });
          await tx.query(
            `INSERT INTO heat_forecasts
               (district_code, valid_at, source, temperature_c, relative_humidity, apparent_temperature_c, heat_index_c, level, fetched_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (district_code, valid_at) DO UPDATE SET
               source = EXCLUDED.source, temperature_c = EXCLUDED.temperature_c, relative_humidity = EXCLUDED.relative_humidity,
               apparent_temperature_c = EXCLUDED.apparent_temperature_c, heat_index_c = EXCLUDED.heat_index_c,
               level = EXCLUDED.level, fetched_at = EXCLUDED.fetched_at`,
            [district.townCode, record.at, source, record.temperatureC, record.relativeHumidity, record.apparentTemperatureC, result.heatIndexC, result.level, fetchedAt],
          );
          stored += 1;
        }
      });
      return { stored, skipped: records.length - stored };
    },

    async storeHeatInjury(records: readonly HeatInjuryRecord[], source: StoredSource): Promise<{ stored: number; skipped: number }> {
      const fetchedAt = clock();
      let stored = 0;
      await db.transaction(async (tx) => {
        for (const record of records) {
          const district = districtOf(record);
          if (!district) continue;
          await tx.query(
            `INSERT INTO heat_injury_forecasts (district_code, valid_at, source, heat_injury_index, warning, fetched_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (district_code, valid_at) DO UPDATE SET source = EXCLUDED.source,
               heat_injury_index = EXCLUDED.heat_injury_index, warning = EXCLUDED.warning, fetched_at = EXCLUDED.fetched_at`,
            [district.townCode, record.at, source, record.index, record.warning, fetchedAt],
          );
          stored += 1;
        }
      });
      return { stored, skipped: records.length - stored };
    },

    /** Notes a fetch attempt; `error` is a short kind such as 'http-500', never a URL. */
    async recordFetch(dataset: string, outcome: { ok: true; records: number } | { ok: false; error: string }): Promise<void> {
      const now = clock();
      await db.query(
        `INSERT INTO heat_source_status (dataset, last_attempt_at, last_success_at, last_error, records)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (dataset) DO UPDATE SET last_attempt_at = EXCLUDED.last_attempt_at,
           last_success_at = COALESCE(EXCLUDED.last_success_at, heat_source_status.last_success_at),
           last_error = EXCLUDED.last_error,
           records = CASE WHEN EXCLUDED.last_success_at IS NULL THEN heat_source_status.records ELSE EXCLUDED.records END`,
        [dataset, now, outcome.ok ? now : null, outcome.ok ? null : outcome.error, outcome.ok ? outcome.records : 0],
      );
    },

    async sourceStatus() {
      const rows = await db.query<{ dataset: string; last_attempt_at: Date; last_success_at: Date | null; last_error: string | null; records: number }>(
        'SELECT * FROM heat_source_status ORDER BY dataset',
      );
      return {
        items: rows.rows.map((row) => ({
          dataset: row.dataset,
          lastAttemptAt: iso(row.last_attempt_at),
          lastSuccessAt: row.last_success_at ? iso(row.last_success_at) : null,
          lastError: row.last_error,
          records: Number(row.records),
        })),
      };
    },

    /** The heat page of one district, worded in `locale`. */
    async report(district: District, locale: Locale, exposure: Exposure = {}): Promise<z.infer<typeof heatReport>> {
      const now = clock();
      const code = district.townCode;
      const observation = (
        await db.query<ObservationRow>(
          `SELECT * FROM heat_observations WHERE district_code = $1 AND observed_at <= $2
           ORDER BY observed_at DESC, id DESC LIMIT 1`,
          [code, now],
        )
      ).rows[0];
      const forecast = (
        await db.query<ForecastRow>(
          `SELECT * FROM heat_forecasts WHERE district_code = $1 AND valid_at <= $2 AND valid_at > $3
           ORDER BY valid_at DESC LIMIT 1`,
          [code, now, new Date(now.getTime() - forecastSlotMs)],
        )
      ).rows[0];
      const day = localDay(now);
      const peak = (
        await db.query<ForecastRow>(
          `SELECT * FROM heat_forecasts WHERE district_code = $1
             AND valid_at >= ($2::date)::timestamp AT TIME ZONE $3 AND valid_at < (($2::date) + 1)::timestamp AT TIME ZONE $3
           ORDER BY heat_index_c DESC, valid_at ASC LIMIT 1`,
          [code, day, timeZone],
        )
      ).rows[0];
      const injury = (
        await db.query<{ valid_at: Date; heat_injury_index: number | null; warning: string | null }>(
          `SELECT valid_at, heat_injury_index, warning FROM heat_injury_forecasts
           WHERE district_code = $1 AND valid_at <= $2 AND valid_at > $3 ORDER BY valid_at DESC LIMIT 1`,
          [code, now, new Date(now.getTime() - forecastSlotMs)],
        )
      ).rows[0];
      const warnings = await run(
        db,
        qb
          .selectFrom('heat_warnings')
          .selectAll()
          .where(activeAt(now))
          .where(sql<boolean>`${code} = ANY (district_codes)`)
          .orderBy('level', 'desc')
          .orderBy('valid_from', 'desc')
          .$castTo<WarningRow>(),
      );
      const chosen = choose(observation, forecast, now);
      const result = chosen
        ? heat({ temperatureC: chosen.row.temperature_c, relativeHumidity: chosen.row.relative_humidity }, exposure)
        : undefined;
      const peakResult = peak ? heat({ temperatureC: peak.temperature_c, relativeHumidity: peak.relative_humidity }, exposure) : undefined;
      const observed = chosen?.basis === 'observation' ? (chosen.row as ObservationRow) : undefined;
      return {
        district: district.name,
        districtCode: code,
        districtNameEn: district.nameEn,
        observedAt: chosen ? iso(chosen.basis === 'observation' ? (chosen.row as ObservationRow).observed_at : (chosen.row as ForecastRow).valid_at) : null,
        temperatureC: chosen?.row.temperature_c ?? null,
        relativeHumidity: chosen?.row.relative_humidity ?? null,
        heatIndexC: result?.heatIndexC ?? null,
        level: result?.level ?? null,
        levelText: result ? levelText(result.level, result.heatIndexC, locale) : null,
        basis: chosen?.basis ?? null,
        station: observed?.station_id ? { id: observed.station_id, name: observed.station_name ?? observed.station_id } : null,
        forecastPeak:
          peak && peakResult
            ? {
                at: iso(peak.valid_at),
                level: peakResult.level,
                heatIndexC: peakResult.heatIndexC,
                temperatureC: peak.temperature_c,
                relativeHumidity: peak.relative_humidity,
              }
            : null,
        precautions: result ? result.precautions.map((key) => formatPrecaution(key, locale)) : [],
        source: chosen?.row.source ?? null,
        stale: chosen ? chosen.stale : true,
        cwaHeatInjury: injury
          ? { at: iso(injury.valid_at), index: injury.heat_injury_index, warning: injury.warning === '' ? null : injury.warning }
          : null,
        warnings: warnings.map((row) => presentWarning(row, locale)),
      };
    },

    /** Every district with its present level, for the district picker and a city map. */
    async overview(): Promise<z.infer<typeof heatOverview>> {
      const now = clock();
      const observations = await db.query<ObservationRow>(
        `SELECT DISTINCT ON (district_code) * FROM heat_observations WHERE observed_at <= $1
         ORDER BY district_code, observed_at DESC, id DESC`,
        [now],
      );
      const forecasts = await db.query<ForecastRow>(
        `SELECT DISTINCT ON (district_code) * FROM heat_forecasts WHERE valid_at <= $1 AND valid_at > $2
         ORDER BY district_code, valid_at DESC`,
        [now, new Date(now.getTime() - forecastSlotMs)],
      );
      const warnings = await db.query<{ code: string; level: number }>(
        `SELECT code, max(level)::int AS level FROM heat_warnings, unnest(district_codes) AS code
         WHERE withdrawn_at IS NULL AND valid_from <= $1 AND valid_until > $1 GROUP BY code`,
        [now],
      );
      const observationBy = new Map(observations.rows.map((row) => [row.district_code, row]));
      const forecastBy = new Map(forecasts.rows.map((row) => [row.district_code, row]));
      const warningBy = new Map(warnings.rows.map((row) => [row.code, row.level]));
      return {
        items: city.districts.map((district) => {
          const chosen = choose(observationBy.get(district.townCode), forecastBy.get(district.townCode), now);
          return {
            district: district.name,
            districtCode: district.townCode,
            districtNameEn: district.nameEn,
            level: chosen?.row.level ?? null,
            heatIndexC: chosen?.row.heat_index_c ?? null,
            observedAt: chosen
              ? iso(chosen.basis === 'observation' ? (chosen.row as ObservationRow).observed_at : (chosen.row as ForecastRow).valid_at)
              : null,
            source: chosen?.row.source ?? null,
            stale: chosen ? chosen.stale : true,
            warningLevel: warningBy.get(district.townCode) ?? null,
          };
        }),
      };
    },

    /** A reading taken by staff (at a work site, or when CWA is unreachable). Audited. */
    async addReading(
      staff: StaffPrincipal,
      input: z.infer<typeof createReadingRequest>,
      requestId: string,
      locale: Locale,
    ): Promise<z.infer<typeof readingView>> {
      const now = clock();
      const district = resolveDistrict(input.district, 'district', locale);
      const observedAt = input.observedAt ? new Date(input.observedAt) : now;
      if (observedAt.getTime() > now.getTime() + 5 * minute) throw fieldError('observedAt', 'validation.not_in_future', locale);
      if (observedAt.getTime() < now.getTime() - 7 * 24 * 60 * minute) throw fieldError('observedAt', 'validation.heat_reading_too_old', locale);
      const result = heat(input);
      return db.transaction(async (tx) => {
        const inserted = await tx.query<{ id: number }>(
          `INSERT INTO heat_observations
             (source, district_code, observed_at, temperature_c, relative_humidity, heat_index_c, level, entered_by)
           VALUES ('staff', $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [district.townCode, observedAt, input.temperatureC, input.relativeHumidity, result.heatIndexC, result.level, staff.id],
        );
        const id = String(inserted.rows[0]?.id);
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'heat.reading.create',
          recordType: 'heat-observation',
          recordId: id,
          requestId,
          occurredAt: now,
          details: { districtCode: district.townCode, level: result.level },
        });
        return {
          id,
          district: district.name,
          districtCode: district.townCode,
          observedAt: iso(observedAt),
          temperatureC: input.temperatureC,
          relativeHumidity: input.relativeHumidity,
          heatIndexC: result.heatIndexC,
          level: result.level,
          enteredBy: staff.username,
        };
      });
    },

    /** Readings entered by staff, the latest first by default. */
    readingList(): ListDefinition<ReadingSortKey, ObservationRow & { username: string | null }> {
      return {
        query: qb
          .selectFrom('heat_observations as o')
          .leftJoin('staff_users as u', 'u.id', 'o.entered_by')
          .select([
            'o.id', 'o.source', 'o.district_code', 'o.station_id', 'o.station_name', 'o.observed_at',
            'o.temperature_c', 'o.relative_humidity', 'o.heat_index_c', 'o.level', 'u.username',
          ])
          .where('o.source', '=', 'staff')
          .$castTo<ObservationRow & { username: string | null }>(),
        sortKeys: {
          observedAt: { expression: sql.ref('o.observed_at'), type: 'timestamptz' },
          districtCode: { expression: sql.ref('o.district_code'), type: 'text' },
          heatIndexC: { expression: sql.ref('o.heat_index_c'), type: 'double precision' },
          level: { expression: sql.ref('o.level'), type: 'integer' },
        },
        defaultSort: '-observedAt',
        unique: { expression: sql.ref('o.id'), type: 'bigint' },
      };
    },

    toReading: (row: ObservationRow & { username: string | null }): z.infer<typeof readingView> => ({
      id: String(row.id),
      district: districtByCode(row.district_code).name,
      districtCode: row.district_code,
      observedAt: iso(row.observed_at),
      temperatureC: row.temperature_c,
      relativeHumidity: row.relative_humidity,
      heatIndexC: row.heat_index_c,
      level: row.level,
      enteredBy: row.username,
    }),

  };
}

export type HeatService = ReturnType<typeof createHeatService>;
