import { z } from '@hono/zod-openapi';
import { ubnField } from '../employers/employers.contract.ts';
import { idNumberField } from '../people/people.contract.ts';
import { passwordMaxLength } from './password-policy.ts';

const email = z.email('validation.email').max(200).openapi({ example: 'chen.mei@example.tw' });
// The strength rule (password-policy.ts) needs the address too, so the service checks it; here the shape.
const password = z.string().min(1, 'validation.required').max(passwordMaxLength * 4);
const token = z.string().regex(/^[\w-]{20,100}$/, 'validation.token');
const locale = z.enum(['zh-TW', 'en', 'id', 'vi', 'th']);

export const signUpRequest = z
  .object({
    email,
    password,
    name: z.string().trim().min(1, 'validation.required').max(100),
    idNumber: idNumberField,
    locale: locale.default('zh-TW'),
  })
  .openapi('AccountSignUp');

export const signInRequest = z.object({ email, password }).openapi('AccountSignIn');
export const tokenRequest = z.object({ token }).openapi('AccountToken');
export const emailRequest = z.object({ email, locale: locale.optional() }).openapi('AccountEmail');
export const resetConfirmRequest = z.object({ token, password }).openapi('AccountPasswordResetConfirm');
export const deletionRequest = z
  .object({ password: password.optional().openapi({ description: 'Required when the account has a password' }) })
  .openapi('AccountDeletion');

export const accepted = z
  .object({ status: z.literal('accepted') })
  .openapi('AccountAccepted', { description: 'The same answer whether or not the address has an account' });

export const accountSession = z
  .object({
    kind: z.enum(['citizen', 'employer']),
    email: z.string().nullable().openapi({ description: 'The account holder\'s own address' }),
    emailVerified: z.boolean(),
    linkedToPerson: z.boolean().openapi({ description: 'A citizen account linked to a person record' }),
    employerId: z.uuid().nullable(),
    employerRole: z.enum(['admin', 'member']).nullable(),
    locale,
    csrfToken: z.string().openapi({ description: 'Send as X-CSRF-Token on every state-changing request' }),
  })
  .openapi('AccountSession');

export const accountDataExport = z
  .object({
    generatedAt: z.string(),
    account: z.object({
      kind: z.enum(['citizen', 'employer']),
      email: z.string().nullable(),
      emailVerifiedAt: z.string().nullable(),
      locale: z.string(),
      createdAt: z.string(),
      lastLoginAt: z.string().nullable(),
      signInWithIdentityService: z.boolean(),
      openSessions: z.number().int(),
    }),
    person: z.unknown().nullable().openapi({ description: 'The person record the account links to, in full' }),
    services: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: 'What each service holds about the person, by module (employment: job-seeker profile, applications, referrals)' }),
    notifications: z.array(z.object({ template: z.string(), recipient: z.string(), status: z.string(), createdAt: z.string() })),
    accessLog: z.array(z.object({ occurredAt: z.string(), action: z.string(), byStaff: z.boolean() })).openapi({
      description: 'Who did what with the account and the person record (staff named by role only: the trail itself)',
    }),
  })
  .openapi('AccountDataExport');

export const deletionResult = z
  .object({
    deleted: z.literal(true),
    kept: z.array(z.string()).openapi({ description: 'What is kept, and why, as stable codes (ADR 0017)' }),
  })
  .openapi('AccountDeletionResult');

export const employerSignUpRequest = z
  .object({ email, password, ubn: ubnField, employerName: z.string().trim().min(1, 'validation.required').max(200), locale: locale.default('zh-TW') })
  .openapi('EmployerAccountSignUp');
export const invitationRequest = z.object({ email, locale: locale.optional() }).openapi('EmployerInvitation');
export const colleagues = z
  .object({ items: z.array(z.object({ id: z.uuid(), email: z.string().nullable(), role: z.enum(['admin', 'member']), active: z.boolean() })) })
  .openapi('EmployerColleagues');

export type AccountSession = z.infer<typeof accountSession>;
export type AccountDataExport = z.infer<typeof accountDataExport>;
