import type { z } from 'zod';
import type {
  accountSession,
  colleagues,
  deletionResult,
  employerSignUpRequest,
  signUpRequest,
} from '../../../../src/modules/public-accounts/public-accounts.contract.ts';
import { apiRequest } from '../../app/api-client.ts';

export type AccountSession = z.infer<typeof accountSession>;
export type SignUp = z.input<typeof signUpRequest>;
export type EmployerSignUp = z.input<typeof employerSignUpRequest>;
export type Colleagues = z.infer<typeof colleagues>;
export type DeletionResult = z.infer<typeof deletionResult>;

const base = '/api/v1/account';
export const accountDataJson = `${base}/data`;
export const accountDataPdf = `${base}/data.pdf`;
export const identityServiceStart = `${base}/oidc/start`;

export const signUp = (body: SignUp) => apiRequest<{ status: 'accepted' }>(`${base}/sign-up`, { method: 'POST', body });
export const employerSignUp = (body: EmployerSignUp) => apiRequest<{ status: 'accepted' }>(`${base}/employer/sign-up`, { method: 'POST', body });
export const verifyEmail = (token: string) => apiRequest<void>(`${base}/email-verification`, { method: 'POST', body: { token } });
export const resendVerification = (email: string, locale: string) =>
  apiRequest<{ status: 'accepted' }>(`${base}/email-verification/resend`, { method: 'POST', body: { email, locale } });
export const signIn = (body: { email: string; password: string }) => apiRequest<AccountSession>(`${base}/sign-in`, { method: 'POST', body });
export const signOut = (csrfToken: string) => apiRequest<void>(`${base}/sign-out`, { method: 'POST', csrfToken });
export const requestPasswordReset = (email: string, locale: string) =>
  apiRequest<{ status: 'accepted' }>(`${base}/password-reset`, { method: 'POST', body: { email, locale } });
export const confirmPasswordReset = (token: string, password: string) =>
  apiRequest<void>(`${base}/password-reset/confirm`, { method: 'POST', body: { token, password } });
export const acceptInvitation = (token: string, password: string) =>
  apiRequest<void>(`${base}/employer/invitations/accept`, { method: 'POST', body: { token, password } });
export const requestDeletion = (password: string | undefined, csrfToken: string) =>
  apiRequest<DeletionResult>(`${base}/deletion`, { method: 'POST', body: password ? { password } : {}, csrfToken });
export const inviteColleague = (email: string, locale: string, csrfToken: string) =>
  apiRequest<{ status: 'accepted' }>(`${base}/employer/invitations`, { method: 'POST', body: { email, locale }, csrfToken });
export const getColleagues = (signal: AbortSignal) => apiRequest<Colleagues>(`${base}/employer/accounts`, { signal });
export const getSignInOptions = (signal: AbortSignal) => apiRequest<{ identityService: boolean }>(`${base}/sign-in-options`, { signal });

/** The account session, or null when nobody is signed in (a 401 is the ordinary answer then). */
export async function getAccountSession(signal: AbortSignal): Promise<AccountSession | null> {
  try {
    return await apiRequest<AccountSession>(`${base}/session`, { signal });
  } catch (error) {
    if (error instanceof Error && 'status' in error && (error as { status: number }).status === 401) return null;
    throw error;
  }
}

/** The token of a mail's link: it travels in the fragment (ADR 0017), never to a server log. */
export function tokenFromFragment(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}
