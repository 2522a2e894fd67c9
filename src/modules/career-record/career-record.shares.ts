/**
 * @module career-record.shares
 * Sharing the 工作卡 with a prospective employer: a random link (only its SHA-256 stored) that expires
 * after the days the worker chose and can be revoked; a revoked or expired link answers 404, like one that
 * never existed. Every opening is logged (when, and the address as a hash) and shown to the worker. The
 * token rides in the link's fragment and is posted to the API, so it reaches no access log.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type CareerRecordService, hashToken, newToken, personOf } from './career-record.service.ts';

const accountActor = (account: AccountPrincipal) => ({ id: account.id, username: `account:${account.kind}` });

export function createCareerShares(deps: { db: Db; clock: () => Date; record: CareerRecordService; publicBaseUrl: string }) {
  const { db, clock } = deps;
  return {
    async create(account: AccountPrincipal | undefined, days: number, requestId: string) {
      const personId = personOf(account);
      const now = clock();
      const token = newToken();
      const expiresAt = new Date(now.getTime() + days * 86_400_000);
      const id = await db.transaction(async (tx) => {
        const row = (
          await tx.query<{ id: string }>('INSERT INTO career_shares (person_id, token_hash, expires_at, created_at) VALUES ($1, $2, $3, $4) RETURNING id', [
            personId,
            hashToken(token),
            expiresAt,
            now,
          ])
        ).rows[0] as { id: string };
        await recordAudit(tx, { actor: accountActor(account as AccountPrincipal), action: 'career-share.create', recordType: 'career-share', recordId: row.id, requestId, details: { days } });
        return row.id;
      });
      return { id, url: `${deps.publicBaseUrl.replace(/\/$/, '')}/career-card#token=${token}`, expiresAt: expiresAt.toISOString() };
    },

    async list(account: AccountPrincipal | undefined) {
      const personId = personOf(account);
      const { rows } = await db.query<{ id: string; created_at: Date; expires_at: Date; revoked_at: Date | null; openings: Date[] | null }>(
        `SELECT s.id, s.created_at, s.expires_at, s.revoked_at,
                (SELECT array_agg(o.opened_at ORDER BY o.opened_at) FROM career_share_openings o WHERE o.share_id = s.id) AS openings
           FROM career_shares s WHERE s.person_id = $1 ORDER BY s.created_at DESC, s.id`,
        [personId],
      );
      return {
        items: rows.map((r) => ({
          id: r.id,
          createdAt: r.created_at.toISOString(),
          expiresAt: r.expires_at.toISOString(),
          revokedAt: r.revoked_at?.toISOString() ?? null,
          openings: (r.openings ?? []).map((d) => new Date(d).toISOString()),
        })),
      };
    },

    async revoke(account: AccountPrincipal | undefined, id: string, requestId: string) {
      const personId = personOf(account);
      return db.transaction(async (tx) => {
        const updated = await tx.query('UPDATE career_shares SET revoked_at = $3 WHERE id = $1 AND person_id = $2 AND revoked_at IS NULL', [id, personId, clock()]);
        if (updated.rowCount === 0) throw new AppError('NOT_FOUND');
        await recordAudit(tx, { actor: accountActor(account as AccountPrincipal), action: 'career-share.revoke', recordType: 'career-share', recordId: id, requestId });
        return { id, revoked: true };
      });
    },

    /** The card as the holder of the link sees it: visible entries only, rejected ones left out; the opening logged. */
    async open(token: string, clientIp: string) {
      const now = clock();
      const share = (
        await db.query<{ id: string; person_id: string; expires_at: Date }>(
          'SELECT id, person_id, expires_at FROM career_shares WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2',
          [hashToken(token), now],
        )
      ).rows[0];
      if (!share) throw new AppError('NOT_FOUND');
      await db.query('INSERT INTO career_share_openings (share_id, opened_at, address_hash) VALUES ($1, $2, $3)', [
        share.id,
        now,
        createHash('sha256').update(`career-share:${clientIp}`).digest('hex'),
      ]);
      const entries = (await deps.record.entriesOf(share.person_id))
        .filter((e) => !e.hidden && e.verification !== 'rejected')
        .map(({ hidden: _hidden, ...rest }) => rest);
      return { name: await deps.record.nameOf(share.person_id), expiresAt: share.expires_at.toISOString(), entries };
    },
  };
}

export type CareerShares = ReturnType<typeof createCareerShares>;
