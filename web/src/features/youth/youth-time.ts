/**
 * The instant of a date and a time typed on a staff form, in Taichung (UTC+8 all year: Taiwan keeps no
 * daylight saving time). An incomplete entry gives '' so the contract reports the field.
 */
export function taichungInstant(date: string, time: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return '';
  return `${date}T${time}:00+08:00`;
}
