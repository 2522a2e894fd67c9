/**
 * @module cwa.client
 * Fetches the Central Weather Administration open-data datasets the heat page needs and hands back
 * parsed records. `fetch` is injected so that tests answer with recorded responses; nothing here
 * stores or logs anything, and errors never carry the request URL (it holds the API key).
 */
import {
  parseHeatInjuryIndex,
  parseObservations,
  parseTownshipForecast,
  type ForecastRecord,
  type HeatInjuryRecord,
  type ObservationRecord,
  type Parsed,
} from './cwa.parsers.ts';

export const cwaBaseUrl = 'https://opendata.cwa.gov.tw/api/v1/rest/datastore';

export type CwaDataset = 'O-A0001-001' | 'O-A0003-001' | 'F-D0047-073' | 'M-A0085-001' | (string & {});

export type CwaErrorKind = 'no-key' | 'network' | 'timeout' | 'http' | 'malformed';

/** Why a dataset could not be had. `kind` (plus the HTTP status) is safe to log and store. */
export class CwaError extends Error {
  override name = 'CwaError';
  readonly kind: CwaErrorKind;
  readonly dataset: string;
  readonly status: number | undefined;

  constructor(kind: CwaErrorKind, dataset: string, options: { status?: number; cause?: unknown } = {}) {
    super(`${dataset}: ${kind}${options.status ? ` ${options.status}` : ''}`, { cause: options.cause });
    this.kind = kind;
    this.dataset = dataset;
    this.status = options.status;
  }

  /** 'http-500', 'malformed', 'no-key', … */
  get short(): string {
    return this.status ? `${this.kind}-${this.status}` : this.kind;
  }
}

export type FetchLike = (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => Promise<{
  ok: boolean;
  status: number;
  text(): Promise<string>;
}>;

export type CwaClientOptions = {
  /** `CWA_API_KEY`; without it every call fails with kind 'no-key' and nothing is fetched. */
  apiKey: string | undefined;
  fetch?: FetchLike;
  baseUrl?: string;
  timeoutMs?: number;
  /** County filter where the dataset takes one (M-A0085-001). */
  countyName?: string;
  /** The city's 3-day township forecast dataset: F-D0047-073 for Taichung City. */
  forecastDataset?: string;
};

export function createCwaClient(options: CwaClientOptions) {
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const baseUrl = options.baseUrl ?? cwaBaseUrl;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const countyName = options.countyName ?? '臺中市';
  const forecastDataset = options.forecastDataset ?? 'F-D0047-073';
  const apiKey = options.apiKey?.trim() || undefined;

  /** One dataset as parsed JSON. The file API sends JSON as `binary/octet-stream`: the body is parsed whatever the type. */
  async function fetchJson(dataset: CwaDataset, params: Record<string, string> = {}): Promise<unknown> {
    if (!apiKey) throw new CwaError('no-key', dataset);
    const query = new URLSearchParams({ Authorization: apiKey, format: 'JSON', ...params });
    let response: Awaited<ReturnType<FetchLike>>;
    try {
      response = await fetchImpl(`${baseUrl}/${encodeURIComponent(dataset)}?${query}`, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      const timedOut = (error as Error)?.name === 'TimeoutError' || (error as Error)?.name === 'AbortError';
      throw new CwaError(timedOut ? 'timeout' : 'network', dataset, { cause: error });
    }
    if (!response.ok) throw new CwaError('http', dataset, { status: response.status });
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      throw new CwaError('network', dataset, { cause: error });
    }
    try {
      const json: unknown = JSON.parse(body.replace(/^\uFEFF/, ''));
      // CWA answers some errors with 200 and {"success":"false"}.
      if (json && typeof json === 'object' && (json as { success?: unknown }).success === 'false') {
        throw new CwaError('malformed', dataset);
      }
      return json;
    } catch (error) {
      if (error instanceof CwaError) throw error;
      throw new CwaError('malformed', dataset, { cause: error });
    }
  }

  async function parsed<T>(dataset: CwaDataset, params: Record<string, string>, parse: (json: unknown) => Parsed<T>): Promise<Parsed<T>> {
    const json = await fetchJson(dataset, params);
    try {
      return parse(json);
    } catch (error) {
      throw new CwaError('malformed', dataset, { cause: error });
    }
  }

  return {
    hasKey: apiKey !== undefined,
    forecastDataset,
    fetchJson,
    /** All automatic and manned stations (O-A0001-001) or the manned ones only (O-A0003-001). */
    observations(dataset: 'O-A0001-001' | 'O-A0003-001'): Promise<Parsed<ObservationRecord>> {
      return parsed(dataset, {}, parseObservations);
    },
    townshipForecast(): Promise<Parsed<ForecastRecord>> {
      return parsed(forecastDataset, {}, parseTownshipForecast);
    },
    heatInjuryIndex(): Promise<Parsed<HeatInjuryRecord>> {
      return parsed('M-A0085-001', { CountyName: countyName }, parseHeatInjuryIndex);
    },
  };
}

export type CwaClient = ReturnType<typeof createCwaClient>;
