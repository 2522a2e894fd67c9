import type { DayType, WorkedDay } from '#labor-rules';

/**
 * A day as typed in the overtime form (strings), and as carried in the URL: `date,type,hours[,start,end[,e]]`
 * joined by `;`, where `e` marks emergency work (LSA Art. 32 para. 4).
 */
export type DayRow = { date: string; dayType: DayType; hours: string; start: string; end: string; emergency: boolean };

export const dayTypes: readonly DayType[] = ['workday', 'rest-day', 'national-holiday', 'regular-day-off', 'annual-leave-day'];

export function isDayType(value: string): value is DayType {
  return (dayTypes as readonly string[]).includes(value);
}

export const emptyRow = (): DayRow => ({ date: '', dayType: 'workday', hours: '', start: '', end: '', emergency: false });

export function encodeDays(rows: readonly DayRow[]): string {
  return rows
    .map((row) => [row.date, row.dayType, row.hours, row.start, row.end, row.emergency ? 'e' : ''].join(',').replace(/,+$/, ''))
    .join(';');
}

export function decodeDays(text: string): DayRow[] {
  if (text.trim() === '') return [emptyRow()];
  return text
    .split(';')
    .slice(0, 400)
    .map((part) => {
      const [date = '', type = '', hours = '', start = '', end = '', emergency = ''] = part.split(',');
      return { date, dayType: isDayType(type) ? type : 'workday', hours, start, end, emergency: emergency === 'e' };
    });
}

/** Carries worked days (e.g. from the hours log) into the overtime calculator's URL. */
export function overtimeHref(options: { days: readonly WorkedDay[]; monthlyWage?: number | undefined; hourlyWage?: number | undefined; arrangement?: Record<string, string> }): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(options.arrangement ?? {})) if (value !== '') search.set(key, value);
  if (options.hourlyWage !== undefined) {
    search.set('basis', 'hourly');
    search.set('wage', String(options.hourlyWage));
  } else if (options.monthlyWage !== undefined) {
    search.set('basis', 'monthly');
    search.set('wage', String(options.monthlyWage));
  }
  search.set(
    'days',
    encodeDays(options.days.map((day) => ({ date: day.date, dayType: day.dayType, hours: String(day.hoursWorked), start: day.start ?? '', end: day.end ?? '', emergency: day.emergency === true }))),
  );
  return `/calculators/overtime-pay?${search.toString()}`;
}
