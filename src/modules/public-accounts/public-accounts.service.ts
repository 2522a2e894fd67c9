/**
 * @module public-accounts
 * Accounts of the public (ADR 0017): citizens (linked to one person) and employer staff (linked to one
 * employer). Sign-up by e-mail with verification, Argon2id passwords, reset by e-mail, lockout as for
 * staff, sessions of their own. Mails go through the notifications outbox in the transaction that causes
 * them. Tokens and session ids are stored as SHA-256 hashes; the e-mail address is never logged.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../access/passwords.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { PeopleService } from '../people/people.service.ts';
import type { AccountSession } from './public-accounts.contract.ts';
import { passwordProblem } from './password-policy.ts';

export type PublicAccountSettings = {
  sessionTtlMinutes: number;
  loginMaxFailures: number;
  loginLockoutMinutes: number;
  /** Where the web app is, for the links in mails (PUBLIC_BASE_URL). */
  publicBaseUrl: string;
  bureauName: Record<string, string>;
};

export type AccountRow = {
  id: string;
  kind: 'citizen' | 'employer';
  email: string | null;
  password_hash: string | null;
  email_verified_at: Date | null;
  person_id: string | null;
  employer_id: string | null;
  employer_role: 'admin' | 'member' | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  locale: string;
  failed_login_count: number;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Date;
};

type TokenPurpose = 'verify-email' | 'reset-password' | 'employer-invitation';

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');
const tokenHours: Record<TokenPurpose, number> = { 'verify-email': 24, 'reset-password': 1, 'employer-invitation': 72 };

/** The audit trail's actor for a public account: its id and kind, never its address. */
export const accountActor = (account: { id: string; kind: string }) => ({ id: account.id, username: `account:${account.kind}` });

export function checkPassword(password: string, email: string | null): void {
  const problem = passwordProblem(password, { email });
  if (problem) {
    throw new AppError('VALIDATION_FAILED', {
      fieldIssues: [{ field: 'password', code: 'custom', message: problem === 'too-short' ? 'validation.account_password_too_short' : `validation.password_${problem.replace(/-/g, '_')}` }],
    });
  }
}

export function createPublicAccountsService(deps: {
  db: Db;
  clock: () => Date;
  settings: PublicAccountSettings;
  people: PeopleService;
  notifications: Pick<NotificationsService, 'notify' | 'forgetRecipients'>;
}) {
  const { db, clock, settings } = deps;

  async function findByEmail(q: Queryable, email: string) {
    return (await q.query<AccountRow>('SELECT * FROM public_accounts WHERE lower(email) = lower($1)', [email])).rows[0];
  }

  /** A new single-use token of `purpose` for the account (earlier unused ones of that purpose end). */
  async function issueToken(tx: Queryable, accountId: string, purpose: TokenPurpose): Promise<string> {
    const now = clock();
    const token = newToken();
    await tx.query('DELETE FROM public_account_tokens WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL', [accountId, purpose]);
    await tx.query(
      'INSERT INTO public_account_tokens (token_hash, account_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [sha256(token), accountId, purpose, now, new Date(now.getTime() + tokenHours[purpose] * 3_600_000)],
    );
    return token;
  }

  /** Marks the token used and answers its account; a token unknown, used or expired is TOKEN_INVALID. */
  async function spendToken(tx: Queryable, token: string, purpose: TokenPurpose): Promise<AccountRow> {
    const now = clock();
    const row = (
      await tx.query<{ account_id: string }>(
        `UPDATE public_account_tokens SET used_at = $3
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 RETURNING account_id`,
        [sha256(token), purpose, now],
      )
    ).rows[0];
    if (!row) throw new AppError('TOKEN_INVALID');
    const account = (await tx.query<AccountRow>('SELECT * FROM public_accounts WHERE id = $1 FOR UPDATE', [row.account_id])).rows[0];
    if (!account) throw new AppError('TOKEN_INVALID');
    return account;
  }

  /**
   * The link goes in the fragment (#token=…): browsers do not send a fragment to any server, so the token
   * never reaches an access log, a proxy or a Referer header. The page posts it to the API.
   */
  const link = (page: string, token: string) => `${settings.publicBaseUrl.replace(/\/$/, '')}/${page}#token=${token}`;
  const bureau = (locale: string) => settings.bureauName[locale] ?? settings.bureauName['zh-TW'] ?? '';

  async function mail(tx: Queryable, account: Pick<AccountRow, 'id' | 'email' | 'locale'>, template: 'account-verify-email' | 'account-reset-password', token: string) {
    if (!account.email) return;
    const page = template === 'account-verify-email' ? 'account/verify' : 'account/reset-password';
    await deps.notifications.notify(tx, {
      recordType: 'public-account',
      recordId: account.id,
      channel: 'email',
      template,
      locale: account.locale,
      to: account.email,
      params: { bureau: bureau(account.locale), link: link(page, token) },
    });
  }

  async function openSession(tx: Queryable, account: AccountRow, requestId: string, how: string) {
    const now = clock();
    const token = newToken();
    const csrfToken = newToken();
    await tx.query('UPDATE public_accounts SET failed_login_count = 0, locked_until = NULL, last_login_at = $2 WHERE id = $1', [account.id, now]);
    await tx.query(
      'INSERT INTO public_sessions (token_hash, account_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [sha256(token), account.id, csrfToken, now, new Date(now.getTime() + settings.sessionTtlMinutes * 60_000)],
    );
    await recordAudit(tx, { actor: accountActor(account), action: 'account.sign-in', recordType: 'public-account', recordId: account.id, requestId, occurredAt: now, details: { how } });
    return { token, session: toSession(account, csrfToken) };
  }

  function toSession(row: AccountRow, csrfToken: string): AccountSession {
    return {
      kind: row.kind,
      email: row.email,
      emailVerified: row.email_verified_at !== null,
      linkedToPerson: row.person_id !== null,
      employerId: row.employer_id,
      employerRole: row.employer_role,
      locale: (['zh-TW', 'en', 'id', 'vi', 'th'].includes(row.locale) ? row.locale : 'zh-TW') as AccountSession['locale'],
      csrfToken,
    };
  }

  return {
    findByEmail,
    link,
    bureau,
    issueToken,
    spendToken,
    openSession,
    toSession,

    /**
     * Citizen sign-up. The answer is the same whether or not the address has an account (no account
     * enumeration): a known address receives a password-reset mail instead of a second account.
     */
    async signUp(input: { email: string; password: string; name: string; idNumber: string; locale: string }, requestId: string): Promise<void> {
      checkPassword(input.password, input.email);
      const passwordHash = await hashPassword(input.password);
      await db.transaction(async (tx) => {
        const existing = await findByEmail(tx, input.email);
        if (existing) {
          await mail(tx, existing, 'account-reset-password', await issueToken(tx, existing.id, 'reset-password'));
          await recordAudit(tx, { actor: null, action: 'account.sign-up-repeated', recordType: 'public-account', recordId: existing.id, requestId, occurredAt: clock() });
          return;
        }
        const person = await deps.people.createSelfRegistered(tx, { idNumber: input.idNumber, name: input.name, email: input.email, preferredLocale: input.locale }, requestId);
        const account = (
          await tx.query<AccountRow>(
            `INSERT INTO public_accounts (kind, email, password_hash, person_id, locale) VALUES ('citizen', $1, $2, $3, $4) RETURNING *`,
            [input.email, passwordHash, person?.id ?? null, input.locale],
          )
        ).rows[0] as AccountRow;
        await recordAudit(tx, {
          actor: accountActor(account),
          action: 'account.sign-up',
          recordType: 'public-account',
          recordId: account.id,
          requestId,
          occurredAt: clock(),
          // An ID number that is already a person is not linked (see people.createSelfRegistered).
          details: { kind: 'citizen', linkedToPerson: person !== undefined },
        });
        await mail(tx, account, 'account-verify-email', await issueToken(tx, account.id, 'verify-email'));
      });
    },

    async resendVerification(email: string, requestId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const account = await findByEmail(tx, email);
        if (!account || account.email_verified_at) return;
        await mail(tx, account, 'account-verify-email', await issueToken(tx, account.id, 'verify-email'));
        await recordAudit(tx, { actor: null, action: 'account.verification-resent', recordType: 'public-account', recordId: account.id, requestId, occurredAt: clock() });
      });
    },

    async verifyEmail(token: string, requestId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const account = await spendToken(tx, token, 'verify-email');
        await tx.query('UPDATE public_accounts SET email_verified_at = COALESCE(email_verified_at, $2), updated_at = $2 WHERE id = $1', [account.id, clock()]);
        await recordAudit(tx, { actor: accountActor(account), action: 'account.email-verified', recordType: 'public-account', recordId: account.id, requestId, occurredAt: clock() });
      });
    },

    /** As staff sign-in (access.service.ts): failures counted, a lock after loginMaxFailures, equal timing for unknown addresses. */
    async signIn(email: string, password: string, requestId: string) {
      const now = clock();
      const account = await findByEmail(db, email);
      if (!account || !account.password_hash) {
        await verifyPassword(await decoyPasswordHash(), password);
        throw new AppError('INVALID_CREDENTIALS');
      }
      if (account.locked_until && new Date(account.locked_until) > now) {
        const minutes = Math.ceil((new Date(account.locked_until).getTime() - now.getTime()) / 60_000);
        throw new AppError('ACCOUNT_LOCKED', { params: { minutes } });
      }
      if (!(await verifyPassword(account.password_hash, password))) {
        await db.transaction(async (tx) => {
          // Counted in the database (failed_login_count + 1), so two wrong tries at once both count.
          const counted = (
            await tx.query<{ failed_login_count: number }>(
              'UPDATE public_accounts SET failed_login_count = failed_login_count + 1 WHERE id = $1 RETURNING failed_login_count',
              [account.id],
            )
          ).rows[0];
          const failures = counted?.failed_login_count ?? 1;
          const lock = failures >= settings.loginMaxFailures;
          if (lock) {
            await tx.query('UPDATE public_accounts SET failed_login_count = 0, locked_until = $2 WHERE id = $1', [
              account.id,
              new Date(now.getTime() + settings.loginLockoutMinutes * 60_000),
            ]);
          }
          await recordAudit(tx, { actor: accountActor(account), action: lock ? 'account.locked' : 'account.sign-in-failed', recordType: 'public-account', recordId: account.id, requestId, occurredAt: now, details: { failures } });
        });
        throw new AppError('INVALID_CREDENTIALS');
      }
      if (!account.email_verified_at) throw new AppError('EMAIL_NOT_VERIFIED');
      return db.transaction((tx) => openSession(tx, account, requestId, 'password'));
    },

    async resolveSession(token: string): Promise<AccountPrincipal | undefined> {
      const tokenHash = sha256(token);
      const row = (
        await db.query<AccountRow & { csrf_token: string; expires_at: Date }>(
          `SELECT a.*, s.csrf_token, s.expires_at FROM public_sessions s JOIN public_accounts a ON a.id = s.account_id WHERE s.token_hash = $1`,
          [tokenHash],
        )
      ).rows[0];
      if (!row) return undefined;
      if (new Date(row.expires_at) <= clock()) {
        await db.query('DELETE FROM public_sessions WHERE token_hash = $1', [tokenHash]);
        return undefined;
      }
      return {
        id: row.id,
        kind: row.kind,
        personId: row.person_id,
        employerId: row.employer_id,
        employerRole: row.employer_role,
        csrfToken: row.csrf_token,
        sessionTokenHash: tokenHash,
      };
    },

    /** An account's address and language, for the notices other modules send it (e.g. a program decision). */
    async contact(accountId: string): Promise<{ email: string | null; locale: string } | undefined> {
      const row = (await db.query<{ email: string | null; locale: string }>('SELECT email, locale FROM public_accounts WHERE id = $1', [accountId])).rows[0];
      return row ? { email: row.email, locale: row.locale } : undefined;
    },

    async session(principal: AccountPrincipal): Promise<AccountSession> {
      const row = (await db.query<AccountRow>('SELECT * FROM public_accounts WHERE id = $1', [principal.id])).rows[0];
      if (!row) throw new AppError('UNAUTHENTICATED');
      return toSession(row, principal.csrfToken);
    },

    async signOut(principal: AccountPrincipal, requestId: string): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.query('DELETE FROM public_sessions WHERE token_hash = $1', [principal.sessionTokenHash]);
        await recordAudit(tx, { actor: accountActor(principal), action: 'account.sign-out', recordType: 'public-account', recordId: principal.id, requestId, occurredAt: clock() });
      });
    },

    async requestPasswordReset(email: string, requestId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const account = await findByEmail(tx, email);
        if (!account) return;
        await mail(tx, account, 'account-reset-password', await issueToken(tx, account.id, 'reset-password'));
        await recordAudit(tx, { actor: null, action: 'account.password-reset-requested', recordType: 'public-account', recordId: account.id, requestId, occurredAt: clock() });
      });
    },

    /** Sets the new password, ends every session and the lock; opening the mail also proves the address. */
    async resetPassword(token: string, password: string, requestId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const account = await spendToken(tx, token, 'reset-password');
        checkPassword(password, account.email);
        const passwordHash = await hashPassword(password);
        const now = clock();
        await tx.query(
          `UPDATE public_accounts SET password_hash = $2, failed_login_count = 0, locked_until = NULL,
             email_verified_at = COALESCE(email_verified_at, $3), updated_at = $3 WHERE id = $1`,
          [account.id, passwordHash, now],
        );
        await tx.query('DELETE FROM public_sessions WHERE account_id = $1', [account.id]);
        await recordAudit(tx, { actor: accountActor(account), action: 'account.password-reset', recordType: 'public-account', recordId: account.id, requestId, occurredAt: now });
      });
    },
  };
}

export type PublicAccountsService = ReturnType<typeof createPublicAccountsService>;
