/**
 * @module job-fairs.ics
 * iCalendar (RFC 5545) for the public calendar: one file per fair and a feed of every published fair,
 * made with ical-generator (ADR 0029), which writes CRLF line ends and folds lines at 75 octets. Times are
 * in UTC (a trailing Z), so no VTIMEZONE block is needed and every calendar shows Taipei time correctly.
 * The UID is the fair's id under the site's host, stable across edits; DTSTAMP is the fair's last change.
 */
import { ICalCalendarMethod, ICalEventStatus, default as ical } from 'ical-generator';
import type { FairRow } from './job-fairs.fairs.ts';

export function fairsCalendar(rows: readonly FairRow[], options: { origin: string; name: string }): string {
  const host = new URL(options.origin).host;
  const calendar = ical({ name: options.name, prodId: { company: 'Taichung Labor Affairs Platform', product: 'job-fairs', language: 'ZH' }, method: ICalCalendarMethod.PUBLISH });
  for (const row of rows) {
    calendar.createEvent({
      id: `job-fair-${row.id}@${host}`,
      start: row.starts_at,
      end: row.ends_at,
      stamp: row.updated_at,
      summary: row.title,
      description: row.description,
      location: row.venue,
      url: `${options.origin}/job-fairs/${row.id}`,
      status: row.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
