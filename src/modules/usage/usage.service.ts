/**
 * @module usage.service
 * Counts page views and tool uses per Taiwan calendar day for indicator 2, 工時警示與勞動權益 APP 使用率
 * (plan 貳-一-二: 預警前置作業及 APP 系統使用次數 ÷ 本局網頁瀏覽次數 × 100, target 5 %). A count is all
 * that is kept: no IP address, user agent, cookie or time finer than the day.
 */
import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';
import type { usageReport } from './usage.contract.ts';

export type UsageKind = 'page-view' | 'tool-use';

/** Indicator 2's target for the year, in percent (plan 貳, 業務面向策略績效目標二). */
export const usageIndicatorTargetPercent = 5;

const dayMs = 24 * 60 * 60_000;

function ratioPercent(toolUses: number, pageViews: number): number | null {
  return pageViews === 0 ? null : Math.round((toolUses / pageViews) * 10_000) / 100;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

export function createUsageService({
  db,
  clock,
  timeZone,
  maxNamesPerDay = 2000,
}: {
  db: Db;
  clock: () => Date;
  timeZone: string;
  /** Distinct names counted per day; more are dropped, so junk names cannot grow the table without end. */
  maxNamesPerDay?: number;
}) {
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = () => dayFormat.format(clock());

  return {
    today,

    /** Adds one to today's count. Returns false when the name was dropped (too many names today). */
    async count(kind: UsageKind, name: string): Promise<boolean> {
      const day = today();
      const updated = await db.query(
        'UPDATE usage_daily_counts SET count = count + 1 WHERE day = $1 AND kind = $2 AND name = $3',
        [day, kind, name],
      );
      if (updated.rowCount > 0) return true;
      const names = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM usage_daily_counts WHERE day = $1', [day]);
      if ((names.rows[0]?.n ?? 0) >= maxNamesPerDay) return false;
      await db.query(
        `INSERT INTO usage_daily_counts (day, kind, name, count) VALUES ($1, $2, $3, 1)
         ON CONFLICT (day, kind, name) DO UPDATE SET count = usage_daily_counts.count + 1`,
        [day, kind, name],
      );
      return true;
    },

    /** Per-day counts and the indicator over [from, to] (Taiwan days, both included; at most 366 days). */
    async report(range: { from?: string | undefined; to?: string | undefined }, locale: Locale): Promise<z.infer<typeof usageReport>> {
      const to = range.to ?? today();
      const from = range.from ?? addDays(to, -29);
      const span = Math.round((Date.parse(to) - Date.parse(from)) / dayMs);
      if (span < 0) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'to', code: 'custom', message: translate(locale, 'validation.end_before_start') }] });
      }
      if (span > 365) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'from', code: 'custom', message: translate(locale, 'validation.usage_range') }] });
      }
      const rows = await db.query<{ day: string; kind: UsageKind; name: string; count: number }>(
        `SELECT day::text AS day, kind, name, count FROM usage_daily_counts WHERE day BETWEEN $1 AND $2`,
        [from, to],
      );
      const days = new Map<string, { pageViews: number; toolUses: number }>();
      for (let i = 0; i <= span; i += 1) days.set(addDays(from, i), { pageViews: 0, toolUses: 0 });
      const byName = { 'page-view': new Map<string, number>(), 'tool-use': new Map<string, number>() };
      for (const row of rows.rows) {
        const count = Number(row.count);
        const entry = days.get(row.day);
        if (entry) {
          if (row.kind === 'page-view') entry.pageViews += count;
          else entry.toolUses += count;
        }
        byName[row.kind].set(row.name, (byName[row.kind].get(row.name) ?? 0) + count);
      }
      const totals = { pageViews: 0, toolUses: 0 };
      for (const entry of days.values()) {
        totals.pageViews += entry.pageViews;
        totals.toolUses += entry.toolUses;
      }
      const ranked = (map: Map<string, number>) =>
        [...map].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
      const value = ratioPercent(totals.toolUses, totals.pageViews);
      return {
        from,
        to,
        indicator: {
          name: '工時警示與勞動權益 APP 使用率',
          formula: 'tool uses ÷ page views × 100',
          targetPercent: usageIndicatorTargetPercent,
          valuePercent: value,
          met: value === null ? null : value >= usageIndicatorTargetPercent,
        },
        totals,
        days: [...days].map(([day, entry]) => ({ day, ...entry, ratioPercent: ratioPercent(entry.toolUses, entry.pageViews) })),
        pages: ranked(byName['page-view']),
        tools: ranked(byName['tool-use']),
      };
    },
  };
}

export type UsageService = ReturnType<typeof createUsageService>;
