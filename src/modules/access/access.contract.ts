import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';
import { locales } from '../../shared/i18n/locales.ts';
import { staffRoles } from './permissions.ts';

export { staffRoles };

const username = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9._-]*$/i);
const password = z.string().min(10, 'validation.password_too_short').max(200);
/** The work address deadline reminders go to (ADR 0042); null clears it. */
const workEmail = z.email('validation.email').max(200).nullable();
/** The language of the reminders; null means zh-TW, the bureau's. */
const staffLocale = z.enum(locales, { message: 'validation.choice' }).nullable();

/** The kinds of unit a staff account works from; the codes are the city file's (ADR 0016). */
export const unitKinds = ['city', 'station', 'mediation-site', 'rehabilitation-region'] as const;
export type UnitKind = (typeof unitKinds)[number];
/** A unit of the city: `code` is null for the whole city and a code from the city file otherwise. */
export type HomeUnit = { kind: UnitKind; code: string | null };

export const homeUnit = z
  .object({
    kind: z.enum(unitKinds, { message: 'validation.home_unit_kind' }),
    code: z.string().trim().min(1).max(40).nullable(),
  })
  .refine((unit) => (unit.kind === 'city') === (unit.code === null), {
    message: 'validation.home_unit_code',
    path: ['code'],
  })
  .openapi('HomeUnit', {
    description:
      'The unit the account works from: a station, mediation site or rehabilitation region by its code in the city file ' +
      '(GET /api/v1/reference/city), or the whole city with code null (only for roles with scope.city).',
  });

export const loginRequest = z
  .object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) })
  .openapi('LoginRequest');

export const sessionResponse = z
  .object({
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(staffRoles)),
    homeUnit,
    csrfToken: z.string().openapi({ description: 'Send in X-CSRF-Token on every state-changing staff request.' }),
  })
  .openapi('StaffSession');

export const staffAccount = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(staffRoles)),
    homeUnit,
    workEmail: z.string().nullable().openapi({ description: 'The work e-mail address. Masked (a***@example.gov.tw) in the list; in full on the single account.' }),
    locale: z.enum(locales).nullable(),
    isActive: z.boolean(),
    isLocked: z.boolean(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('StaffAccount');

export const createAccountRequest = z
  .object({
    username,
    displayName: z.string().trim().min(1).max(100),
    password,
    roles: z.array(z.enum(staffRoles, { message: 'validation.role' })).min(1).max(staffRoles.length),
    homeUnit,
    workEmail: workEmail.optional(),
    locale: staffLocale.optional(),
  })
  .openapi('CreateStaffAccount');

export const updateAccountRequest = z
  .object({
    displayName: z.string().trim().min(1).max(100).optional(),
    roles: z.array(z.enum(staffRoles, { message: 'validation.role' })).min(1).max(staffRoles.length).optional(),
    homeUnit: homeUnit.optional(),
    workEmail: workEmail.optional(),
    locale: staffLocale.optional(),
    isActive: z.boolean().optional(),
    password: password.optional(),
    unlock: z.literal(true).optional(),
  })
  .openapi('UpdateStaffAccount');

export const accountSortKeys = ['username', 'displayName', 'createdAt', 'lastLoginAt'] as const;
export type AccountSortKey = (typeof accountSortKeys)[number];
export const accountListQuery = listParams(accountSortKeys);
