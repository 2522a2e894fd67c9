/**
 * @module cwa.parsers
 * Pure parsers for the Central Weather Administration (中央氣象署) open-data responses the heat page
 * uses: observations (O-A0001-001, O-A0003-001), the township forecast (F-D0047-073) and the
 * heat-injury index (M-A0085-001). Both format generations are read (the current one, capitalised,
 * and the pre-2023/24 one, lower-case), records are validated one by one with zod so that one broken
 * station never loses the rest, and CWA's missing-value sentinels become null.
 * Formats and quirks: shared/research/data-formats.md section 2.
 */
import { z } from 'zod';

export type ObservationRecord = {
  stationId: string;
  stationName: string;
  countyName: string | null;
  countyCode: string | null;
  townName: string | null;
  townCode: string | null;
  /** ISO 8601 instant (UTC). */
  observedAt: string;
  temperatureC: number | null;
  /** Percent, 0-100. */
  relativeHumidity: number | null;
};

export type ForecastRecord = {
  countyName: string | null;
  townName: string;
  townCode: string | null;
  at: string;
  temperatureC: number | null;
  relativeHumidity: number | null;
  apparentTemperatureC: number | null;
};

export type HeatInjuryRecord = {
  countyName: string | null;
  townName: string;
  townCode: string | null;
  at: string;
  index: number | null;
  /** '' | 注意 | 警戒 | 危險 | 高危險 as CWA words it; null when absent. */
  warning: string | null;
};

export type Parsed<T> = {
  /** `current`: the capitalised format (since about 2023/24); `legacy`: the older lower-case one. */
  format: 'current' | 'legacy';
  records: T[];
  /** Records that could not be read at all (no station id, no time): skipped, counted. */
  skipped: number;
};

/** The response is not a CWA dataset of the expected kind, in either generation. */
export class CwaFormatError extends Error {
  override name = 'CwaFormatError';
}

/**
 * A CWA number: sent as a number or a string, with -99 / -990 (any value ≤ -90), "X" (instrument
 * fault), "T" (trace), "-" and "" for "no value". Everything that is not a finite number is null.
 */
export function cwaNumber(value: unknown): number | null {
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string') {
    const trimmed = value.trim();
    if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
    number = Number(trimmed);
  } else return null;
  if (!Number.isFinite(number) || number <= -90) return null;
  return number;
}

function within(value: number | null, min: number, max: number): number | null {
  return value !== null && value >= min && value <= max ? value : null;
}

const temperature = (value: unknown) => within(cwaNumber(value), -50, 60);
const humidity = (value: unknown) => within(cwaNumber(value), 0, 100);

/**
 * A CWA time as an ISO instant. The current formats carry `+08:00`; older ones and M-A0085-001's
 * `IssueTime` are naive local times ("2026-08-30 18:00:00"), which are Taiwan time: the offset is
 * added only when none is written (never twice). "-99" and anything unreadable are null.
 */
export function cwaTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!match) return null;
  const [, date, time, zone] = match;
  const instant = new Date(`${date}T${time}${zone ?? '+08:00'}`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

const text = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .pipe(z.string().min(1));
/** Any value, key possibly absent (zod 4 otherwise treats an absent `unknown` key as an error). */
const maybe = z.unknown().optional();
const optionalText = maybe.transform((value) => {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const trimmed = String(value).trim();
  return trimmed === '' || trimmed === '-99' ? null : trimmed;
});
const list = z.array(z.unknown());

/** Where the datasets sit: `records` (REST), `cwaopendata.dataset` (file API), or `result` (seen once). */
function recordsOf(root: unknown): Record<string, unknown> {
  const parsed = z
    .looseObject({
      records: z.looseObject({}).optional(),
      cwaopendata: z.looseObject({ dataset: z.looseObject({}).optional() }).optional(),
      result: z.looseObject({}).optional(),
    })
    .safeParse(root);
  if (!parsed.success) throw new CwaFormatError('not a JSON object');
  const found = parsed.data.records ?? parsed.data.cwaopendata?.dataset ?? parsed.data.result;
  if (!found) throw new CwaFormatError('no records');
  return found;
}

function collect<T>(items: readonly unknown[], read: (item: unknown) => T | T[] | null): { records: T[]; skipped: number } {
  const records: T[] = [];
  let skipped = 0;
  for (const item of items) {
    const result = read(item);
    if (result === null) skipped += 1;
    else if (Array.isArray(result)) records.push(...result);
    else records.push(result);
  }
  return { records, skipped };
}

// ---------------------------------------------------------------------------------------------
// Observations

const currentStation = z.looseObject({
  StationName: text,
  StationId: text,
  ObsTime: z.looseObject({ DateTime: maybe }),
  GeoInfo: z
    .looseObject({ CountyName: optionalText, CountyCode: optionalText, TownName: optionalText, TownCode: optionalText })
    .optional(),
  WeatherElement: z.looseObject({ AirTemperature: maybe, RelativeHumidity: maybe }).optional(),
});

const legacyStation = z.looseObject({
  locationName: text,
  stationId: text,
  time: z.looseObject({ obsTime: maybe }),
  weatherElement: z.array(z.looseObject({ elementName: z.string(), elementValue: maybe })).default([]),
  parameter: z.array(z.looseObject({ parameterName: z.string(), parameterValue: maybe })).default([]),
});

/** Old `elementValue` was either the value itself or `{ value }`. */
function legacyValue(value: unknown): unknown {
  if (value && typeof value === 'object' && 'value' in value) return (value as { value: unknown }).value;
  if (Array.isArray(value)) return legacyValue(value[0]);
  return value;
}

function readCurrentStation(item: unknown): ObservationRecord | null {
  const parsed = currentStation.safeParse(item);
  if (!parsed.success) return null;
  const station = parsed.data;
  const observedAt = cwaTime(station.ObsTime.DateTime);
  if (!observedAt) return null;
  return {
    stationId: station.StationId,
    stationName: station.StationName,
    countyName: station.GeoInfo?.CountyName ?? null,
    countyCode: station.GeoInfo?.CountyCode ?? null,
    townName: station.GeoInfo?.TownName ?? null,
    townCode: station.GeoInfo?.TownCode ?? null,
    observedAt,
    temperatureC: temperature(station.WeatherElement?.AirTemperature),
    relativeHumidity: humidity(station.WeatherElement?.RelativeHumidity),
  };
}

function readLegacyStation(item: unknown): ObservationRecord | null {
  const parsed = legacyStation.safeParse(item);
  if (!parsed.success) return null;
  const station = parsed.data;
  const observedAt = cwaTime(station.time.obsTime);
  if (!observedAt) return null;
  const element = (name: string) => legacyValue(station.weatherElement.find((e) => e.elementName === name)?.elementValue);
  const parameter = (name: string) => {
    const value = station.parameter.find((p) => p.parameterName === name)?.parameterValue;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  };
  // HUMD was a 0-1 fraction in the old format (unconfirmed); a value above 1 is already a percentage.
  const rawHumidity = cwaNumber(element('HUMD'));
  const percent = rawHumidity !== null && rawHumidity <= 1 ? Math.round(rawHumidity * 1000) / 10 : rawHumidity;
  return {
    stationId: station.stationId,
    stationName: station.locationName,
    countyName: parameter('CITY'),
    countyCode: null,
    townName: parameter('TOWN'),
    townCode: null,
    observedAt,
    temperatureC: temperature(element('TEMP')),
    relativeHumidity: within(percent, 0, 100),
  };
}

/** O-A0001-001 / O-A0003-001, either generation. */
export function parseObservations(root: unknown): Parsed<ObservationRecord> {
  const records = recordsOf(root);
  const current = list.safeParse(records.Station);
  if (current.success) return { format: 'current', ...collect(current.data, readCurrentStation) };
  const legacy = list.safeParse(records.location);
  if (legacy.success) return { format: 'legacy', ...collect(legacy.data, readLegacyStation) };
  throw new CwaFormatError('no Station[] or location[]');
}

// ---------------------------------------------------------------------------------------------
// Township forecast

type ForecastValues = Pick<ForecastRecord, 'temperatureC' | 'relativeHumidity' | 'apparentTemperatureC'>;
type ForecastField = keyof ForecastValues;

// Current format: Chinese element names, each value under its own key.
const currentElements: Record<string, { field: ForecastField; key: string }> = {
  溫度: { field: 'temperatureC', key: 'Temperature' },
  相對濕度: { field: 'relativeHumidity', key: 'RelativeHumidity' },
  體感溫度: { field: 'apparentTemperatureC', key: 'ApparentTemperature' },
};
// Legacy format: short element codes, every value under `value`.
const legacyElements: Record<string, ForecastField> = { T: 'temperatureC', RH: 'relativeHumidity', AT: 'apparentTemperatureC' };

const currentLocation = z.looseObject({
  LocationName: text,
  Geocode: optionalText,
  WeatherElement: z.array(
    z.looseObject({
      ElementName: z.string(),
      Time: z.array(z.looseObject({ DataTime: maybe, StartTime: maybe, ElementValue: maybe })).default([]),
    }),
  ),
});

const legacyLocation = z.looseObject({
  locationName: text,
  geocode: optionalText,
  weatherElement: z.array(
    z.looseObject({
      elementName: z.string(),
      time: z.array(z.looseObject({ dataTime: maybe, startTime: maybe, elementValue: maybe })).default([]),
    }),
  ),
});

const valueFor: Record<ForecastField, (value: unknown) => number | null> = {
  temperatureC: temperature,
  relativeHumidity: humidity,
  apparentTemperatureC: temperature,
};

/**
 * Joins the element series of one township by time. The series are not guaranteed to share their
 * times (point values vs intervals, night slots without some elements), so they are matched on the
 * instant, never on the array index.
 */
function joinByTime(
  countyName: string | null,
  townName: string,
  townCode: string | null,
  series: { field: ForecastField; at: string | null; value: unknown }[],
): ForecastRecord[] {
  const byTime = new Map<string, ForecastRecord>();
  for (const point of series) {
    if (!point.at) continue;
    let record = byTime.get(point.at);
    if (!record) {
      record = { countyName, townName, townCode, at: point.at, temperatureC: null, relativeHumidity: null, apparentTemperatureC: null };
      byTime.set(point.at, record);
    }
    record[point.field] = valueFor[point.field](point.value);
  }
  return [...byTime.values()].sort((a, b) => a.at.localeCompare(b.at));
}

function firstOf(value: unknown): Record<string, unknown> {
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === 'object' ? (first as Record<string, unknown>) : {};
}

/** F-D0047-0xx township forecasts (3-day), either generation. */
export function parseTownshipForecast(root: unknown): Parsed<ForecastRecord> {
  const records = recordsOf(root);
  const currentGroups = z.array(z.looseObject({ LocationsName: optionalText, Location: list })).safeParse(records.Locations);
  if (currentGroups.success) {
    let skipped = 0;
    const out: ForecastRecord[] = [];
    for (const group of currentGroups.data) {
      const collected = collect(group.Location, (item) => {
        const parsed = currentLocation.safeParse(item);
        if (!parsed.success) return null;
        const location = parsed.data;
        const series = location.WeatherElement.flatMap((element) => {
          const known = currentElements[element.ElementName];
          if (!known) return [];
          return element.Time.map((slot) => ({
            field: known.field,
            at: cwaTime(slot.DataTime ?? slot.StartTime),
            value: firstOf(slot.ElementValue)[known.key],
          }));
        });
        return joinByTime(group.LocationsName, location.LocationName, location.Geocode, series);
      });
      out.push(...collected.records);
      skipped += collected.skipped;
    }
    return { format: 'current', records: out, skipped };
  }
  const legacyGroups = z.array(z.looseObject({ locationsName: optionalText, location: list })).safeParse(records.locations);
  if (legacyGroups.success) {
    let skipped = 0;
    const out: ForecastRecord[] = [];
    for (const group of legacyGroups.data) {
      const collected = collect(group.location, (item) => {
        const parsed = legacyLocation.safeParse(item);
        if (!parsed.success) return null;
        const location = parsed.data;
        const series = location.weatherElement.flatMap((element) => {
          const field = legacyElements[element.elementName];
          if (!field) return [];
          return element.time.map((slot) => ({
            field,
            at: cwaTime(slot.dataTime ?? slot.startTime),
            value: firstOf(slot.elementValue).value,
          }));
        });
        return joinByTime(group.locationsName, location.locationName, location.geocode, series);
      });
      out.push(...collected.records);
      skipped += collected.skipped;
    }
    return { format: 'legacy', records: out, skipped };
  }
  throw new CwaFormatError('no Locations[] or locations[]');
}

// ---------------------------------------------------------------------------------------------
// Heat-injury index

const injuryLocation = z.looseObject({
  TownName: text,
  Geocode: optionalText,
  Time: z.array(
    z.looseObject({
      IssueTime: maybe,
      WeatherElements: z.looseObject({ HeatInjuryIndex: maybe, HeatInjuryWarning: maybe }).optional(),
    }),
  ),
});

/** M-A0085-001. Its Time[] is not in time order (and differs per township): sorted here. */
export function parseHeatInjuryIndex(root: unknown): Parsed<HeatInjuryRecord> {
  const records = recordsOf(root);
  const groups = z.array(z.looseObject({ CountyName: optionalText, Location: list })).safeParse(records.Locations);
  if (!groups.success) throw new CwaFormatError('no Locations[]');
  let skipped = 0;
  const out: HeatInjuryRecord[] = [];
  for (const group of groups.data) {
    const collected = collect(group.Location, (item) => {
      const parsed = injuryLocation.safeParse(item);
      if (!parsed.success) return null;
      const location = parsed.data;
      return location.Time.flatMap((slot) => {
        const at = cwaTime(slot.IssueTime);
        if (!at) return [];
        const warning = slot.WeatherElements?.HeatInjuryWarning;
        return [
          {
            countyName: group.CountyName,
            townName: location.TownName,
            townCode: location.Geocode,
            at,
            index: cwaNumber(slot.WeatherElements?.HeatInjuryIndex),
            warning: typeof warning === 'string' ? warning.trim() : null,
          },
        ];
      }).sort((a, b) => a.at.localeCompare(b.at));
    });
    out.push(...collected.records);
    skipped += collected.skipped;
  }
  return { format: 'current', records: out, skipped };
}
