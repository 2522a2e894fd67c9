import { OpenAPIHono, z } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { rateLimit, type RateLimiter } from '../../shared/http/rate-limit.ts';
import { anyAccount, defineRoute, publicAccess } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import {
  accepted,
  colleagues,
  employerSignUpRequest,
  invitationRequest,
  accountDataExport,
  accountSession,
  deletionRequest,
  deletionResult,
  emailRequest,
  resetConfirmRequest,
  signInRequest,
  signUpRequest,
  tokenRequest,
} from './public-accounts.contract.ts';
import type { EmployerAccountsService } from './employer-accounts.ts';
import type { OidcSignIn } from './public-accounts.oidc.ts';
import type { AccountPrivacyService } from './public-accounts.privacy.ts';
import type { PublicAccountsService } from './public-accounts.service.ts';

/** Apart from the staff cookie `sid`: a staff session never opens citizen routes, nor the reverse. */
export const accountCookieName = 'account_sid';
const base = '/api/v1/account';
const tags = ['account'];

const signUp = defineRoute(publicAccess, {
  method: 'post', path: `${base}/sign-up`, tags,
  summary: 'Citizen sign-up by e-mail; a verification mail follows',
  description: 'Answers 202 whether or not the address already has an account (a known address gets a password-reset mail).',
  request: { body: jsonBody(signUpRequest) },
  responses: { 202: jsonContent(accepted, 'Mail on its way'), ...problemResponses(400, 429) },
});
const verify = defineRoute(publicAccess, {
  method: 'post', path: `${base}/email-verification`, tags,
  summary: 'Verify the address with the token from the mail',
  request: { body: jsonBody(tokenRequest) },
  responses: { 204: { description: 'Verified' }, ...problemResponses(400, 429) },
});
const resend = defineRoute(publicAccess, {
  method: 'post', path: `${base}/email-verification/resend`, tags,
  summary: 'Send the verification mail again',
  request: { body: jsonBody(emailRequest) },
  responses: { 202: jsonContent(accepted, 'Mail on its way if the address waits for verification'), ...problemResponses(400, 429) },
});
const signIn = defineRoute(publicAccess, {
  method: 'post', path: `${base}/sign-in`, tags,
  summary: 'Sign in with e-mail and password; sets the account session cookie',
  request: { body: jsonBody(signInRequest) },
  responses: { 200: jsonContent(accountSession, 'Signed in'), ...problemResponses(400, 401, 403, 423, 429) },
});
const me = defineRoute(anyAccount, {
  method: 'get', path: `${base}/session`, tags,
  summary: 'The signed-in account',
  responses: { 200: jsonContent(accountSession, 'The session'), ...problemResponses(401) },
});
const signOut = defineRoute(anyAccount, {
  method: 'post', path: `${base}/sign-out`, tags,
  summary: 'End the account session',
  responses: { 204: { description: 'Signed out' }, ...problemResponses(401, 403) },
});
const resetRequest = defineRoute(publicAccess, {
  method: 'post', path: `${base}/password-reset`, tags,
  summary: 'Ask for a password-reset mail',
  request: { body: jsonBody(emailRequest) },
  responses: { 202: jsonContent(accepted, 'Mail on its way if the address has an account'), ...problemResponses(400, 429) },
});
const resetConfirm = defineRoute(publicAccess, {
  method: 'post', path: `${base}/password-reset/confirm`, tags,
  summary: 'Set a new password with the token from the mail; ends every session',
  request: { body: jsonBody(resetConfirmRequest) },
  responses: { 204: { description: 'Password set' }, ...problemResponses(400, 429) },
});
const dataJson = defineRoute(anyAccount, {
  method: 'get', path: `${base}/data`, tags,
  summary: 'Everything held about the account holder (JSON); audited',
  responses: { 200: jsonContent(accountDataExport, 'The data'), ...problemResponses(401) },
});
const dataPdf = defineRoute(anyAccount, {
  method: 'get', path: `${base}/data.pdf`, tags,
  summary: 'Everything held about the account holder (PDF); audited',
  responses: { 200: { description: 'A4 PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, ...problemResponses(401) },
});
const deletion = defineRoute(anyAccount, {
  method: 'post', path: `${base}/deletion`, tags,
  summary: 'Delete the account; the person record is anonymised, what the law keeps is listed',
  request: { body: jsonBody(deletionRequest) },
  responses: { 200: jsonContent(deletionResult, 'Deleted'), ...problemResponses(400, 401, 403) },
});

const employerSignUp = defineRoute(publicAccess, {
  method: 'post', path: `${base}/employer/sign-up`, tags,
  summary: 'Employer sign-up with a validated UBN; the first account of an employer is its admin',
  request: { body: jsonBody(employerSignUpRequest) },
  responses: { 202: jsonContent(accepted, 'Mail on its way'), ...problemResponses(400, 409, 429) },
});
const invite = defineRoute(anyAccount, {
  method: 'post', path: `${base}/employer/invitations`, tags,
  summary: 'The employer admin invites a colleague by e-mail',
  request: { body: jsonBody(invitationRequest) },
  responses: { 202: jsonContent(accepted, 'Invitation on its way'), ...problemResponses(400, 401, 403, 409) },
});
const acceptInvitation = defineRoute(publicAccess, {
  method: 'post', path: `${base}/employer/invitations/accept`, tags,
  summary: 'Accept an invitation with the token from the mail and choose a password',
  request: { body: jsonBody(resetConfirmRequest) },
  responses: { 204: { description: 'Account ready' }, ...problemResponses(400, 429) },
});
const listColleagues = defineRoute(anyAccount, {
  method: 'get', path: `${base}/employer/accounts`, tags,
  summary: 'The accounts of the signed-in employer',
  responses: { 200: jsonContent(colleagues, 'Accounts'), ...problemResponses(401, 403) },
});

const oidcStart = defineRoute(publicAccess, {
  method: 'get', path: `${base}/oidc/start`, tags,
  summary: 'Sign in with the national identity service (OpenID Connect): redirects there',
  description: 'State, nonce and PKCE (S256). 404 when the service is not configured (OIDC_* variables).',
  responses: { 302: { description: 'To the identity service' }, ...problemResponses(404, 503) },
});
const oidcCallback = defineRoute(publicAccess, {
  method: 'get', path: `${base}/oidc/callback`, tags,
  summary: 'Where the identity service sends the browser back; opens the account session',
  description: 'Redirects to /account on success, to /account/sign-in?oidc=failed otherwise.',
  request: { query: z.object({ code: z.string().max(2000).optional(), state: z.string().max(200).optional(), error: z.string().max(200).optional() }) },
  responses: { 302: { description: 'To the web app' } },
});

const signInOptions = defineRoute(publicAccess, {
  method: 'get', path: `${base}/sign-in-options`, tags,
  summary: 'Which ways of signing in this instance offers (the web shows the identity-service button only when configured)',
  responses: { 200: jsonContent(z.object({ identityService: z.boolean() }).openapi('AccountSignInOptions'), 'The options') },
});

export const oidcStateCookie = 'account_oidc_state';

export function publicAccountsRoutes(deps: {
  oidc: OidcSignIn | undefined;
  accounts: PublicAccountsService;
  employerAccounts: EmployerAccountsService;
  privacy: AccountPrivacyService;
  signInLimiter: RateLimiter;
  /** Per address, on every route that sends a mail: mail is the costly, abusable part. */
  mailLimiter: RateLimiter;
  now: () => number;
  secureCookies: boolean;
  sessionTtlMinutes: number;
}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use(`${base}/sign-in`, rateLimit(deps.signInLimiter, deps.now, 'account-sign-in'));
  for (const path of ['employer/sign-up', 'employer/invitations/accept', 'sign-up', 'email-verification', 'email-verification/resend', 'password-reset', 'password-reset/confirm']) {
    app.use(`${base}/${path}`, rateLimit(deps.mailLimiter, deps.now, 'account-mail'));
  }
  const requireAccount = (account: AppEnv['Variables']['account']) => {
    if (!account) throw new AppError('UNAUTHENTICATED');
    return account;
  };

  app.openapi(signUp, async (c) => {
    await deps.accounts.signUp(c.req.valid('json'), c.get('requestId'));
    return c.json({ status: 'accepted' as const }, 202);
  });
  app.openapi(verify, async (c) => {
    await deps.accounts.verifyEmail(c.req.valid('json').token, c.get('requestId'));
    return c.body(null, 204);
  });
  app.openapi(resend, async (c) => {
    await deps.accounts.resendVerification(c.req.valid('json').email, c.get('requestId'));
    return c.json({ status: 'accepted' as const }, 202);
  });
  app.openapi(signIn, async (c) => {
    const { email, password } = c.req.valid('json');
    const { token, session } = await deps.accounts.signIn(email, password, c.get('requestId'));
    setCookie(c, accountCookieName, token, { httpOnly: true, sameSite: 'Strict', secure: deps.secureCookies, path: '/', maxAge: deps.sessionTtlMinutes * 60 });
    return c.json(session, 200);
  });
  app.openapi(me, async (c) => c.json(await deps.accounts.session(requireAccount(c.get('account'))), 200));
  app.openapi(signOut, async (c) => {
    await deps.accounts.signOut(requireAccount(c.get('account')), c.get('requestId'));
    deleteCookie(c, accountCookieName, { path: '/', secure: deps.secureCookies });
    return c.body(null, 204);
  });
  app.openapi(resetRequest, async (c) => {
    await deps.accounts.requestPasswordReset(c.req.valid('json').email, c.get('requestId'));
    return c.json({ status: 'accepted' as const }, 202);
  });
  app.openapi(resetConfirm, async (c) => {
    const { token, password } = c.req.valid('json');
    await deps.accounts.resetPassword(token, password, c.get('requestId'));
    return c.body(null, 204);
  });
  app.openapi(dataJson, async (c) => {
    c.header('cache-control', 'no-store');
    return c.json(await deps.privacy.exportData(requireAccount(c.get('account')), c.get('requestId')), 200);
  });
  app.openapi(dataPdf, async (c) => {
    const data = await deps.privacy.exportData(requireAccount(c.get('account')), c.get('requestId'));
    const doc = deps.privacy.renderPdf(data, c.get('locale'));
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    const bytes = await done;
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': 'application/pdf',
      'content-disposition': 'attachment; filename="my-data.pdf"',
      'cache-control': 'no-store',
    }) as never;
  });
  app.openapi(deletion, async (c) => {
    const result = await deps.privacy.deleteAccount(requireAccount(c.get('account')), c.req.valid('json').password, c.get('requestId'));
    deleteCookie(c, accountCookieName, { path: '/', secure: deps.secureCookies });
    return c.json(result, 200);
  });
  app.openapi(signInOptions, (c) => c.json({ identityService: deps.oidc !== undefined }, 200));
  app.openapi(oidcStart, async (c) => {
    if (!deps.oidc) throw new AppError('NOT_FOUND');
    let started;
    try {
      started = await deps.oidc.start();
    } catch (error) {
      c.get('log').warn({ err: { message: (error as Error).message } }, 'identity service discovery failed');
      throw new AppError('SERVICE_UNAVAILABLE');
    }
    // Lax, not Strict: the way back is a top-level navigation from the identity service's site.
    setCookie(c, oidcStateCookie, started.state, { httpOnly: true, sameSite: 'Lax', secure: deps.secureCookies, path: `${base}/oidc`, maxAge: 600 });
    return c.redirect(started.url, 302) as never;
  });
  app.openapi(oidcCallback, async (c) => {
    if (!deps.oidc) throw new AppError('NOT_FOUND');
    const cookieState = getCookie(c, oidcStateCookie);
    deleteCookie(c, oidcStateCookie, { path: `${base}/oidc`, secure: deps.secureCookies });
    try {
      const { token } = await deps.oidc.finish(new URL(c.req.url).search.slice(1), cookieState, c.get('requestId'));
      setCookie(c, accountCookieName, token, { httpOnly: true, sameSite: 'Strict', secure: deps.secureCookies, path: '/', maxAge: deps.sessionTtlMinutes * 60 });
      return c.redirect('/account', 302) as never;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // The provider's own words may quote the request: only the code's kind is logged.
      c.get('log').warn({ code: error.code }, 'identity service sign-in failed');
      return c.redirect('/account/sign-in?oidc=failed', 302) as never;
    }
  });
  app.openapi(employerSignUp, async (c) => {
    await deps.employerAccounts.signUp(c.req.valid('json'), c.get('requestId'));
    return c.json({ status: 'accepted' as const }, 202);
  });
  app.openapi(invite, async (c) => {
    await deps.employerAccounts.invite(requireAccount(c.get('account')), c.req.valid('json'), c.get('requestId'));
    return c.json({ status: 'accepted' as const }, 202);
  });
  app.openapi(acceptInvitation, async (c) => {
    const { token, password } = c.req.valid('json');
    await deps.employerAccounts.acceptInvitation(token, password, c.get('requestId'));
    return c.body(null, 204);
  });
  app.openapi(listColleagues, async (c) => c.json(await deps.employerAccounts.colleagues(requireAccount(c.get('account'))), 200));
  return app;
}
