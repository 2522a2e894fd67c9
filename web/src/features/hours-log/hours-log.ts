/**
 * The hours log's arithmetic, kept apart from the page: hours from start, end and breaks, weeks and
 * months, and the CSV export. The legal judgements (overtime pay, warnings) come from `#labor-rules`.
 */
import { addDays, type DayType, isPlainDate, toDayNumber, type WorkedDay } from '#labor-rules';

export type LogEntry = {
  id: string;
  date: string;
  start: string;
  end: string;
  breakMinutes: number;
  dayType: DayType;
  note: string;
  /** Emergency work (LSA Art. 32 para. 4): paid double and outside the monthly caps. */
  emergency?: boolean;
};

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOf(time: string): number {
  const match = timePattern.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

export function isTime(value: string): boolean {
  return timePattern.test(value);
}

/** Minutes worked: end − start (an end at or before the start is the next day) − breaks, never below 0. */
export function workedMinutes(entry: Pick<LogEntry, 'start' | 'end' | 'breakMinutes'>): number {
  const start = minutesOf(entry.start);
  let end = minutesOf(entry.end);
  if (Number.isNaN(start) || Number.isNaN(end)) return 0;
  if (end <= start) end += 24 * 60;
  return Math.max(0, end - start - entry.breakMinutes);
}

/** Hours worked to 4 decimals (20 minutes → 0.3333), for the rules and for display. */
export function workedHours(entry: Pick<LogEntry, 'start' | 'end' | 'breakMinutes'>): number {
  return Math.round((workedMinutes(entry) / 60) * 10_000) / 10_000;
}

/** Overtime hours as the Art. 32 caps count them: beyond 8 on a workday or holiday, every hour on a rest day. */
export function overtimeHoursOf(entry: LogEntry): number {
  const hours = workedHours(entry);
  return entry.dayType === 'rest-day' ? hours : Math.max(0, hours - 8);
}

export function toWorkedDay(entry: LogEntry): WorkedDay {
  return { date: entry.date, dayType: entry.dayType, hoursWorked: workedHours(entry), start: entry.start, end: entry.end, ...(entry.emergency === true ? { emergency: true } : {}) };
}

/** Monday of the week holding `date` (weeks run Monday to Sunday). */
export function weekStart(date: string): string {
  const dayOfWeek = (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return addDays(date, -((dayOfWeek + 6) % 7));
}

export type Period = { key: string; entries: LogEntry[]; hours: number; overtimeHours: number };

function summarize(key: string, entries: LogEntry[]): Period {
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    key,
    entries,
    hours: round(entries.reduce((sum, entry) => sum + workedHours(entry), 0)),
    overtimeHours: round(entries.reduce((sum, entry) => sum + overtimeHoursOf(entry), 0)),
  };
}

/** Entries grouped by a key, newest group first, each group's entries by date. */
export function groupBy(entries: readonly LogEntry[], keyOf: (entry: LogEntry) => string): Period[] {
  const groups = new Map<string, LogEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start))) {
    const key = keyOf(entry);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([key, group]) => summarize(key, group));
}

export const byMonth = (entries: readonly LogEntry[]) => groupBy(entries, (entry) => entry.date.slice(0, 7));
export const byWeek = (entries: readonly LogEntry[]) => groupBy(entries, (entry) => weekStart(entry.date));

/** A stored entry is used only if every field has the expected shape. */
export function isLogEntry(value: unknown): value is LogEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.date === 'string' &&
    isPlainDate(entry.date) &&
    typeof entry.start === 'string' &&
    isTime(entry.start) &&
    typeof entry.end === 'string' &&
    isTime(entry.end) &&
    typeof entry.breakMinutes === 'number' &&
    Number.isFinite(entry.breakMinutes) &&
    entry.breakMinutes >= 0 &&
    typeof entry.dayType === 'string' &&
    ['workday', 'rest-day', 'national-holiday', 'regular-day-off', 'annual-leave-day'].includes(entry.dayType) &&
    typeof entry.note === 'string' &&
    (entry.emergency === undefined || typeof entry.emergency === 'boolean')
  );
}

function csvCell(value: string | number): string {
  let text = String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet: keep it text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The log as CSV (UTF-8 with a byte-order mark so spreadsheet programs read Chinese correctly). */
export function toCsv(entries: readonly LogEntry[], headers: readonly string[], dayTypeLabel: (type: DayType) => string): string {
  const rows = [...entries]
    .sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start))
    .map((entry) => [entry.date, entry.start, entry.end, entry.breakMinutes, workedHours(entry), dayTypeLabel(entry.dayType), entry.note]);
  return `\uFEFF${[headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
