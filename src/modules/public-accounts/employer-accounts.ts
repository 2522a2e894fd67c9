/**
 * Employer accounts (ADR 0017): an employer registers with a validated UBN (統一編號) and links to the
 * employer record (employers module), which is registered when the bureau does not know it yet. The first
 * account of an employer is its admin; the admin invites colleagues by e-mail, who set their password
 * from the invitation. Self-registration proves the address, not authority over the company: proof
 * through the company certificate (工商憑證) is left to a later session (ADR 0017).
 */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal } from '../../shared/http/app-env.ts';
import { hashPassword } from '../access/passwords.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { accountActor, checkPassword, type AccountRow, type PublicAccountsService } from './public-accounts.service.ts';

export function createEmployerAccountsService(deps: {
  db: Db;
  clock: () => Date;
  accounts: PublicAccountsService;
  employers: EmployersService;
  notifications: Pick<NotificationsService, 'notify'>;
}) {
  const { db, clock, accounts } = deps;
  return {
    async signUp(input: { email: string; password: string; ubn: string; employerName: string; locale: string }, requestId: string): Promise<void> {
      checkPassword(input.password, input.email);
      const passwordHash = await hashPassword(input.password);
      await db.transaction(async (tx) => {
        const existing = await accounts.findByEmail(tx, input.email);
        if (existing) {
          const token = await accounts.issueToken(tx, existing.id, 'reset-password');
          if (existing.email) {
            await deps.notifications.notify(tx, {
              recordType: 'public-account', recordId: existing.id, channel: 'email', template: 'account-reset-password', locale: existing.locale, to: existing.email,
              params: { bureau: accounts.bureau(existing.locale), link: accounts.link('account/reset-password', token) },
            });
          }
          return;
        }
        const employer = await deps.employers.findOrRegisterByUbn(tx, { ubn: input.ubn, name: input.employerName }, requestId);
        // One admin per employer, checked under a lock on the employer row so two sign-ups cannot both win.
        await tx.query('SELECT 1 FROM employers WHERE id = $1 FOR UPDATE', [employer.id]);
        const admin = await tx.query(`SELECT 1 FROM public_accounts WHERE employer_id = $1 AND employer_role = 'admin'`, [employer.id]);
        if (admin.rowCount > 0) throw new AppError('EMPLOYER_HAS_ADMIN');
        const account = (
          await tx.query<AccountRow>(
            `INSERT INTO public_accounts (kind, email, password_hash, employer_id, employer_role, locale) VALUES ('employer', $1, $2, $3, 'admin', $4) RETURNING *`,
            [input.email, passwordHash, employer.id, input.locale],
          )
        ).rows[0] as AccountRow;
        await recordAudit(tx, { actor: accountActor(account), action: 'account.sign-up', recordType: 'public-account', recordId: account.id, requestId, occurredAt: clock(), details: { kind: 'employer', employerId: employer.id, role: 'admin' } });
        const token = await accounts.issueToken(tx, account.id, 'verify-email');
        await deps.notifications.notify(tx, {
          recordType: 'public-account', recordId: account.id, channel: 'email', template: 'account-verify-email', locale: account.locale, to: input.email,
          params: { bureau: accounts.bureau(account.locale), link: accounts.link('account/verify', token) },
        });
      });
    },

    /** The admin invites a colleague: a member account without a password until the invitation is accepted. */
    async invite(principal: AccountPrincipal, input: { email: string; locale?: string | undefined }, requestId: string): Promise<void> {
      if (principal.kind !== 'employer' || principal.employerRole !== 'admin' || !principal.employerId) throw new AppError('FORBIDDEN');
      const employerId = principal.employerId;
      await db.transaction(async (tx) => {
        if (await accounts.findByEmail(tx, input.email)) throw new AppError('CONFLICT');
        const employer = (await tx.query<{ name: string }>('SELECT name FROM employers WHERE id = $1', [employerId])).rows[0];
        const locale = input.locale ?? 'zh-TW';
        const account = (
          await tx.query<AccountRow>(
            `INSERT INTO public_accounts (kind, email, employer_id, employer_role, locale) VALUES ('employer', $1, $2, 'member', $3) RETURNING *`,
            [input.email, employerId, locale],
          )
        ).rows[0] as AccountRow;
        const token = await accounts.issueToken(tx, account.id, 'employer-invitation');
        await deps.notifications.notify(tx, {
          recordType: 'public-account', recordId: account.id, channel: 'email', template: 'employer-invitation', locale, to: input.email,
          params: { bureau: accounts.bureau(locale), employerName: employer?.name ?? '', link: accounts.link('account/invitation', token) },
        });
        await recordAudit(tx, { actor: accountActor(principal), action: 'account.employer-invited', recordType: 'public-account', recordId: account.id, requestId, occurredAt: clock(), details: { employerId } });
      });
    },

    /** Accepting sets the password and proves the address in one step. */
    async acceptInvitation(token: string, password: string, requestId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const account = await accounts.spendToken(tx, token, 'employer-invitation');
        checkPassword(password, account.email);
        const now = clock();
        await tx.query('UPDATE public_accounts SET password_hash = $2, email_verified_at = $3, updated_at = $3 WHERE id = $1', [account.id, await hashPassword(password), now]);
        await recordAudit(tx, { actor: accountActor(account), action: 'account.invitation-accepted', recordType: 'public-account', recordId: account.id, requestId, occurredAt: now });
      });
    },

    /** The employer's accounts, for its admin: addresses are colleagues' own business contact. */
    async colleagues(principal: AccountPrincipal) {
      if (principal.kind !== 'employer' || !principal.employerId) throw new AppError('FORBIDDEN');
      const rows = (
        await db.query<{ id: string; email: string | null; employer_role: 'admin' | 'member'; email_verified_at: Date | null }>(
          `SELECT id, email, employer_role, email_verified_at FROM public_accounts WHERE employer_id = $1 ORDER BY employer_role, lower(email)`,
          [principal.employerId],
        )
      ).rows;
      return { items: rows.map((r) => ({ id: r.id, email: r.email, role: r.employer_role, active: r.email_verified_at !== null })) };
    },
  };
}

export type EmployerAccountsService = ReturnType<typeof createEmployerAccountsService>;
