/**
 * A citizen's own data (ADR 0017): everything held about them, as JSON and as a PDF on the bureau's
 * document base, and deletion on request. Deletion keeps what the law requires and erases the rest:
 * - kept: the audit trail (append-only; 個人資料保護法施行細則 Art. 12 II ⑨ asks for usage records and
 *   trails as proof of lawful handling), naming the account by id only;
 * - kept: consent records, without the person (the bureau must prove consent it relied on, 個資法 Art. 7 IV);
 * - kept: the messages sent, with the masked address only (the notifications module's record of a notice);
 * - erased: the account (address, password, sessions, tokens), the person's identity and contact details,
 *   sensitive attributes, and the address of any message not yet sent.
 */
import type { Db, Queryable } from '../../db/client.ts';
import { createPdfDocument, plainDateIn, type Letterhead } from '../../shared/documents/pdf.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal } from '../../shared/http/app-env.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { verifyPassword } from '../access/passwords.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { PeopleService } from '../people/people.service.ts';
import type { AccountDataExport } from './public-accounts.contract.ts';
import { accountActor, type AccountRow } from './public-accounts.service.ts';

export const keptOnDeletion = ['audit-trail', 'consent-records', 'sent-notices-masked'] as const;

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

/**
 * A module that holds data about a person (employment's job-seeker profile, …) adds it to the download and
 * erases what it must on deletion, in the caller's transaction; wired in createApp.
 */
export type SubjectDataProvider = {
  name: string;
  read: (tx: Queryable, personId: string) => Promise<unknown>;
  forget: (tx: Queryable, personId: string, requestId: string) => Promise<void>;
};

export function createAccountPrivacyService(deps: {
  db: Db;
  clock: () => Date;
  people: PeopleService;
  subjectData?: readonly SubjectDataProvider[];
  notifications: Pick<NotificationsService, 'forgetRecipients'>;
  letterhead: Letterhead;
  timeZone: string;
}) {
  const { db, clock } = deps;

  return {
    /** Everything held about the account holder; the download itself is audited with it. */
    async exportData(principal: AccountPrincipal, requestId: string): Promise<AccountDataExport> {
      return db.transaction(async (tx) => {
        const account = (await tx.query<AccountRow>('SELECT * FROM public_accounts WHERE id = $1', [principal.id])).rows[0];
        if (!account) throw new AppError('UNAUTHENTICATED');
        const sessions = (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM public_sessions WHERE account_id = $1', [account.id])).rows[0]?.n ?? 0;
        const person = account.person_id ? await deps.people.exportForSubject(tx, account.person_id) : null;
        const services: Record<string, unknown> = {};
        if (account.person_id) for (const provider of deps.subjectData ?? []) services[provider.name] = await provider.read(tx, account.person_id);
        const notices = (
          await tx.query<{ template: string; recipient_masked: string; status: string; created_at: Date }>(
            `SELECT template, recipient_masked, status, created_at FROM notifications WHERE record_type = 'public-account' AND record_id = $1 ORDER BY created_at`,
            [account.id],
          )
        ).rows;
        const trail = (
          await tx.query<{ occurred_at: Date; action: string; actor_username: string | null }>(
            `SELECT occurred_at, action, actor_username FROM audit_events
             WHERE (record_type = 'public-account' AND record_id = $1) OR (record_type = 'person' AND record_id = $2)
             ORDER BY occurred_at, id`,
            [account.id, account.person_id ?? ''],
          )
        ).rows;
        await recordAudit(tx, { actor: accountActor(account), action: 'account.data-exported', recordType: 'public-account', recordId: account.id, requestId, occurredAt: clock() });
        return {
          generatedAt: clock().toISOString(),
          account: {
            kind: account.kind,
            email: account.email,
            emailVerifiedAt: iso(account.email_verified_at),
            locale: account.locale,
            createdAt: new Date(account.created_at).toISOString(),
            lastLoginAt: iso(account.last_login_at),
            signInWithIdentityService: account.oidc_subject !== null,
            openSessions: sessions,
          },
          person,
          services,
          notifications: notices.map((n) => ({ template: n.template, recipient: n.recipient_masked, status: n.status, createdAt: new Date(n.created_at).toISOString() })),
          accessLog: trail.map((e) => ({
            occurredAt: new Date(e.occurred_at).toISOString(),
            action: e.action,
            byStaff: e.actor_username !== null && !e.actor_username.startsWith('account:'),
          })),
        };
      });
    },

    /** The same data as a PDF: one labelled line per field, in the holder's language. */
    renderPdf(data: AccountDataExport, locale: Locale): PDFKit.PDFDocument {
      const t = (key: string) => translate(locale, key);
      const pdf = createPdfDocument({ locale, letterhead: deps.letterhead, title: t('account.pdf.title'), date: plainDateIn(clock(), deps.timeZone) });
      const { doc } = pdf;
      pdf.addPage();
      const section = (title: string, rows: [string, unknown][]) => {
        doc.moveDown(0.6).font('NotoSansTC-Bold').fontSize(12).fillColor('#000').text(title, pdf.left, undefined, { width: pdf.width });
        doc.font('NotoSansTC-Regular').fontSize(10);
        for (const [label, value] of rows) {
          const text = value === null || value === undefined || value === '' ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
          doc.text(`${label}: ${text}`, pdf.left, undefined, { width: pdf.width });
        }
      };
      section(t('account.pdf.account'), Object.entries(data.account));
      section(t('account.pdf.person'), data.person ? Object.entries(data.person as Record<string, unknown>) : []);
      for (const [name, value] of Object.entries(data.services ?? {})) {
        section(`${t('account.pdf.services')}: ${name}`, value && typeof value === 'object' ? Object.entries(value as Record<string, unknown>) : [[name, value]]);
      }
      section(
        t('account.pdf.notifications'),
        data.notifications.map((n) => [n.createdAt, `${n.template} ${n.recipient} ${n.status}`]),
      );
      section(
        t('account.pdf.access-log'),
        data.accessLog.map((e) => [e.occurredAt, `${e.action}${e.byStaff ? ` (${t('account.pdf.by-staff')})` : ''}`]),
      );
      pdf.finish();
      return doc;
    },

    /**
     * Deletes the account and erases the person's identity in one transaction (a half-deleted account
     * cannot happen). An account with a password confirms with it, so a forgotten open session alone
     * cannot delete anyone.
     */
    async deleteAccount(principal: AccountPrincipal, password: string | undefined, requestId: string) {
      const account = (await db.query<AccountRow>('SELECT * FROM public_accounts WHERE id = $1', [principal.id])).rows[0];
      if (!account) throw new AppError('UNAUTHENTICATED');
      if (account.password_hash && !(password && (await verifyPassword(account.password_hash, password)))) {
        throw new AppError('INVALID_CREDENTIALS');
      }
      return db.transaction(async (tx) => {
        await deps.notifications.forgetRecipients(tx, 'public-account', account.id);
        await tx.query('DELETE FROM public_accounts WHERE id = $1', [account.id]);
        if (account.person_id) {
          for (const provider of deps.subjectData ?? []) await provider.forget(tx, account.person_id, requestId);
          await deps.people.anonymise(tx, account.person_id, requestId);
        }
        await recordAudit(tx, {
          actor: accountActor(account),
          action: 'account.deleted',
          recordType: 'public-account',
          recordId: account.id,
          requestId,
          occurredAt: clock(),
          details: { kind: account.kind, personAnonymised: account.person_id !== null, kept: keptOnDeletion },
        });
        return { deleted: true as const, kept: [...keptOnDeletion] };
      });
    },
  };
}

export type AccountPrivacyService = ReturnType<typeof createAccountPrivacyService>;
