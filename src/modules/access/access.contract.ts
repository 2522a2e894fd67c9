import { z } from '@hono/zod-openapi';
import { listParams } from '../../shared/http/list.ts';
import { staffRoles } from './permissions.ts';

export { staffRoles };

const username = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9._-]*$/i);
const password = z.string().min(10, 'validation.password_too_short').max(200);

export const loginRequest = z
  .object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) })
  .openapi('LoginRequest');

export const sessionResponse = z
  .object({
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(staffRoles)),
    csrfToken: z.string().openapi({ description: 'Send in X-CSRF-Token on every state-changing staff request.' }),
  })
  .openapi('StaffSession');

export const staffAccount = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(staffRoles)),
    unitCode: z.string().nullable(),
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
    unitCode: z.string().trim().max(40).nullable().optional(),
  })
  .openapi('CreateStaffAccount');

export const updateAccountRequest = z
  .object({
    displayName: z.string().trim().min(1).max(100).optional(),
    roles: z.array(z.enum(staffRoles, { message: 'validation.role' })).min(1).max(staffRoles.length).optional(),
    unitCode: z.string().trim().max(40).nullable().optional(),
    isActive: z.boolean().optional(),
    password: password.optional(),
    unlock: z.literal(true).optional(),
  })
  .openapi('UpdateStaffAccount');

export const accountSortKeys = ['username', 'displayName', 'createdAt', 'lastLoginAt'] as const;
export type AccountSortKey = (typeof accountSortKeys)[number];
export const accountListQuery = listParams(accountSortKeys);
