/**
 * @module indicators.demo
 * Demo figures for the indicators dashboard on `npm start`, all labelled as demo data, never as the
 * bureau's: 2026 targets carried from the plan's 2015 ones, monthly usage counts for indicator 2, and
 * entered figures for indicator 3, indicator 4's denominator and the staffing and budget indicators, and
 * indicator 1's targets per station. Written through the services.
 */
import type { Db } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { createUsageService } from '../usage/usage.service.ts';
import { usageIndicatorProvider } from '../usage/usage.indicator.ts';
import { createIndicatorsService } from './indicators.service.ts';

const demoSource = '示範資料（非真實數據）';
const year = 2026;

async function principal(db: Db, username: string): Promise<StaffPrincipal> {
  const { rows } = await db.query<{ id: string; roles: string[] }>('SELECT id, roles FROM staff_users WHERE username = $1', [username]);
  const row = rows[0];
  if (!row) throw new Error(`indicators demo: no ${username} account`);
  return { id: row.id, username, displayName: username, roles: row.roles, homeUnit: { kind: 'city', code: null }, csrfToken: '', sessionTokenHash: '' };
}

export async function loadIndicatorsDemo(db: Db, { timeZone }: { timeZone: string }): Promise<void> {
  const analyst = await principal(db, 'analyst');
  const admin = await principal(db, 'admin');
  const indicators = createIndicatorsService({ db, clock: () => new Date(`${year}-10-05T02:00:00Z`) });
  indicators.register('usage', usageIndicatorProvider(createUsageService({ db, clock: () => new Date(), timeZone })));

  // The plan's 2015 targets, carried into the demo year so that every card shows a target.
  const { rows } = await db.query<{ code: string; value: string | null }>("SELECT code, value::text FROM indicator_targets WHERE year = 2015 AND kind = 'absolute'");
  for (const row of rows) {
    await indicators.setTarget(row.code, year, { kind: 'absolute', value: Number(row.value), source: `${demoSource}：沿用 104 年度目標值` }, admin);
  }

  // Indicator 1's targets per station, so that the drill-down by station shows each one met or not.
  for (const [code, value] of [['dajia', 45], ['dongshi', 40], ['dadu', 40]] as const) {
    await indicators.setTarget('1', year, { kind: 'absolute', value, source: `${demoSource}：各就業服務台目標`, unit: { kind: 'station', code } }, admin);
  }

  // Indicator 2: a month of page views and tool uses on one day of each month, January to September.
  for (let month = 1; month <= 9; month += 1) {
    const day = new Date(Date.UTC(year, month - 1, 15, 2));
    const usage = createUsageService({ db, clock: () => day, timeZone });
    for (let i = 0; i < 40 + month * 4; i += 1) await usage.count('page-view', i % 3 ? '/calculators/overtime-pay' : '/');
    for (let i = 0; i < 1 + (month % 4); i += 1) await usage.count('tool-use', 'overtime-pay');
  }

  const entries: { code: string; period: string; numerator?: number; denominator?: number; value?: number }[] = [
    { code: '3', period: `${year}-09`, numerator: 5_420, denominator: 1_080_000 },
    // Indicator 4's denominator (the youth population); its numerator comes from the youth services module.
    { code: '4', period: String(year), denominator: 512_000 },
    { code: '9', period: String(year), value: 1 },
    { code: '10', period: `${year}-09`, numerator: 18, denominator: 41 },
    { code: '11', period: `${year}-09`, numerator: 231, denominator: 312 },
    { code: '12', period: `${year}-09`, numerator: 142, denominator: 312 },
    { code: '13', period: `${year}-09`, numerator: 612_000_000, denominator: 905_000_000 },
    { code: '14', period: `${year}-09`, numerator: 81_000_000, denominator: 130_000_000 },
  ];
  for (const entry of entries) {
    await indicators.enter(entry.code, { ...entry, source: demoSource, sourceDate: `${year}-10-05` }, analyst, undefined);
  }
}
