/**
 * What leaves the bureau: a referral of the case to another organisation (轉介), or a note shared with one.
 * Both pass the consent gate (cases.consent.ts): a consent of the act's scope that holds today, or else a
 * supervisor's override with its reason; otherwise 409 CONSENT_REQUIRED. Each act names what it relied on.
 */
import type { z } from '@hono/zod-openapi';
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { consentFor, type ConsentRow, type ConsentScope } from './cases.consent.ts';
import type { caseRecord, referralRequest } from './cases.contract.ts';
import { actorOf, handledCase, isSupervisor, mayReadConfidential, type CasesContext } from './cases.core.ts';

type DisclosureRow = {
  id: string;
  kind: ConsentScope;
  organisation: string;
  reason: string;
  consent_id: string | null;
  override_reason: string | null;
  created_at: Date;
};

export function createCaseDisclosures({ db, clock, today }: CasesContext) {
  /** The gate: the consent relied on, or the override; throws CONSENT_REQUIRED (409) or FORBIDDEN (403). */
  async function basis(tx: Queryable, staff: StaffPrincipal, caseId: string, scope: ConsentScope, overrideReason: string | undefined) {
    const consents = (
      await tx.query<ConsentRow>(
        `SELECT id, purpose, scope, given_on::text AS given_on, expires_on::text AS expires_on, withdrawn_on::text AS withdrawn_on
         FROM case_consents WHERE case_id = $1`,
        [caseId],
      )
    ).rows;
    const consent = consentFor(consents, scope, today());
    if (consent) return { consentId: consent.id, overrideReason: null, overrideBy: null };
    if (overrideReason === undefined) throw new AppError('CONSENT_REQUIRED', { params: { scope } });
    // Only the supervising role may act without consent, and only with the ground written down.
    if (!isSupervisor(staff)) throw new AppError('FORBIDDEN');
    return { consentId: null, overrideReason, overrideBy: staff.id };
  }

  async function disclose(
    staff: StaffPrincipal,
    caseId: string,
    kind: ConsentScope,
    input: z.infer<typeof referralRequest>,
    noteId: string | null,
    requestId: string,
  ): Promise<{ id: string }> {
    return db.transaction(async (tx) => {
      const row = await handledCase(tx, staff, caseId);
      if (noteId) {
        const note = (await tx.query<{ confidential: boolean }>('SELECT confidential FROM case_notes WHERE id = $1 AND case_id = $2', [noteId, caseId])).rows[0];
        if (!note || (note.confidential && !mayReadConfidential(staff, row))) throw new AppError('NOT_FOUND');
      }
      const gate = await basis(tx, staff, caseId, kind, input.overrideReason);
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO case_disclosures (case_id, kind, organisation, reason, note_id, consent_id, override_reason, override_by, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [caseId, kind, input.organisation, input.reason, noteId, gate.consentId, gate.overrideReason, gate.overrideBy, staff.id, clock()],
      );
      const id = (inserted.rows[0] as { id: string }).id;
      await recordAudit(tx, {
        actor: actorOf(staff),
        action: kind === 'referral' ? 'case.refer' : 'case.share-note',
        recordType: 'case',
        recordId: caseId,
        requestId,
        // The ground, never the note's text.
        details: { disclosureId: id, basis: gate.consentId ? 'consent' : 'override', consentId: gate.consentId },
      });
      return { id };
    });
  }

  return {
    /** Refers the case to another organisation (POST …/referrals). */
    refer: (staff: StaffPrincipal, caseId: string, input: z.infer<typeof referralRequest>, requestId: string) =>
      disclose(staff, caseId, 'referral', input, null, requestId),

    /** Shares one note with another organisation (POST …/notes/{noteId}/shares). */
    shareNote: (staff: StaffPrincipal, caseId: string, noteId: string, input: z.infer<typeof referralRequest>, requestId: string) =>
      disclose(staff, caseId, 'share-notes', input, noteId, requestId),

    async ofCase(q: Queryable, caseId: string): Promise<z.infer<typeof caseRecord>['disclosures']> {
      const rows = (
        await q.query<DisclosureRow>(
          `SELECT id, kind, organisation, reason, consent_id, override_reason, created_at FROM case_disclosures WHERE case_id = $1 ORDER BY created_at, id`,
          [caseId],
        )
      ).rows;
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        organisation: r.organisation,
        reason: r.reason,
        basis: r.consent_id ? 'consent' : 'override',
        overrideReason: r.override_reason,
        createdAt: r.created_at.toISOString(),
      }));
    },
  };
}
