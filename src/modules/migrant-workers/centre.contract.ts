/**
 * The consultation centre's public lines and hours (issue 10 §4): what staff publish for the foreign
 * workers page. The city file names the languages the centre serves (from the plan); the numbers and hours
 * are the bureau's, entered by staff, never shipped: the plan gives none.
 */
import { z } from '@hono/zod-openapi';
import { locales } from '../../shared/i18n/locales.ts';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

export const centrePhone = z
  .object({
    // As the bureau prints it: digits with spaces, dashes or brackets, an optional extension after # or ext.
    number: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ()-]{2,24}(?:\s*(?:#|ext\.?)\s*[0-9]{1,6})?$/, 'validation.phone'),
    languages: z.array(z.enum(locales)).min(1).max(5),
  })
  .openapi('CentrePhone');

export const centreHours = z
  .object({
    days: z.array(z.enum(weekdays)).min(1).max(7),
    opens: time,
    closes: time,
  })
  .refine((row) => row.opens < row.closes, { message: 'validation.end_before_start', path: ['closes'] })
  .openapi('CentreHours');

export const centreContactsPublic = z
  .object({
    languages: z.array(z.enum(locales)).openapi({ description: 'The languages the centre serves (city file)' }),
    phones: z.array(centrePhone),
    hours: z.array(centreHours),
    updatedAt: z.string().nullable(),
  })
  .openapi('CentreContacts');

export const centreContactsStaff = centreContactsPublic
  .extend({ version: z.number().int().min(0).openapi({ description: 'Send it back with the change: a stale version is a 409' }) })
  .openapi('CentreContactsStaff');

export const centreContactsUpdate = z
  .object({
    phones: z.array(centrePhone).max(20),
    hours: z.array(centreHours).max(14),
    // An integer column: anything beyond it is refused here, not by the database.
    version: z.number().int().min(0).max(2_147_483_647),
  })
  .openapi('CentreContactsUpdate');

export type CentreContactsPublic = z.infer<typeof centreContactsPublic>;
export type CentreContactsStaff = z.infer<typeof centreContactsStaff>;
export type CentreContactsUpdate = z.infer<typeof centreContactsUpdate>;
