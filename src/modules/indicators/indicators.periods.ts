/**
 * @module indicators.periods
 * Reporting periods: a year (2026), a quarter (2026-Q1) or a month (2026-03), each an inclusive range of
 * calendar days. Pure functions, no clock: callers say which period they mean.
 */
export type DayRange = { from: string; to: string };

export const periodPattern = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The first and last day of a period, or undefined when the text is not a period. */
export function periodRange(period: string): DayRange | undefined {
  const match = periodPattern.exec(period);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2]) {
    const q = Number(match[2]);
    return { from: `${year}-${pad(q * 3 - 2)}-01`, to: lastDay(year, q * 3) };
  }
  if (match[3]) {
    const month = Number(match[3]);
    return { from: `${year}-${pad(month)}-01`, to: lastDay(year, month) };
  }
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The same range one year earlier (29 February falls back to the 28th). */
export function yearEarlier(range: DayRange): DayRange {
  const shift = (day: string) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const last = Number(lastDay(y - 1, m).slice(8));
    return `${y - 1}-${pad(m)}-${pad(Math.min(d, last))}`;
  };
  return { from: shift(range.from), to: shift(range.to) };
}

/** The months a range touches, each cut to the range: the parts of a drill-down by month. */
export function monthsOf(range: DayRange): { month: string; range: DayRange }[] {
  const out: { month: string; range: DayRange }[] = [];
  let [y, m] = range.from.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${pad(m)}`;
    if (`${month}-01` > range.to) break;
    const from = `${month}-01` < range.from ? range.from : `${month}-01`;
    const end = lastDay(y, m);
    out.push({ month, range: { from, to: end > range.to ? range.to : end } });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The month before the one `day` falls in, as a period: what the monthly snapshot closes. */
export function previousMonth(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}
