/**
 * A download is named after its filter and the day (issue 15 §6): `violations-臺中-2026-12-01.csv`, so that
 * a worker who saves several searches can tell them apart. Browsers read the UTF-8 name (RFC 6266 with RFC
 * 8187's `filename*`); the plain `filename` is its ASCII part, for the few that do not.
 */
import type { ViolationFilters } from './violations.service.ts';
import { canonicalLaw, normalizeTai } from './violations.normalize.ts';

// Characters no file system takes, controls, and the separators a name must not carry.
const unsafe = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

export function downloadName(filters: ViolationFilters, day: string, extension: 'csv' | 'json'): string {
  const words = normalizeTai((filters.q ?? '').normalize('NFKC')).trim().split(/\s+/).filter(Boolean);
  const law = filters.law ? (canonicalLaw(filters.law) ?? filters.law) : undefined;
  const parts = [...words, law, filters.article && (/^\d[\d-]*$/.test(filters.article) ? `第${filters.article}條` : filters.article), filters.from && `${filters.from}起`, filters.to && `${filters.to}止`]
    .filter((part): part is string => Boolean(part))
    .map((part) => part.replace(unsafe, '').trim())
    .filter(Boolean);
  const filter = [...parts.join('_')].slice(0, 60).join('');
  return `violations-${filter ? `${filter}-` : ''}${day}.${extension}`;
}

/** The Content-Disposition of a download under that name. */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '').replace(/[-_]{2,}/g, '-') || 'download';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
