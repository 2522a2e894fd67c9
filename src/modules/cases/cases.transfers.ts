/**
 * Transfers (Primero's transfer with acceptance): the case manager (or a supervisor) proposes another case
 * manager, of the same unit or of another station or region; the receiver accepts, and the case moves to
 * them and to their home unit, or rejects with a reason, and it stays. One pending transfer per case.
 * The receiver answers from their own list of incoming transfers: until they accept, the case is not theirs
 * and, in another unit, not visible to them.
 */
import type { z } from '@hono/zod-openapi';
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { caseRecord, incomingTransfer, managerOption, transferAnswerRequest, transferRequest } from './cases.contract.ts';
import { actorOf, handledCase, loadCase, type CasesContext } from './cases.core.ts';

type TransferRow = {
  id: string;
  case_id: string;
  from_name: string;
  to_name: string;
  to_unit_kind: string;
  to_unit_code: string | null;
  reason: string;
  status: 'pending' | 'accepted' | 'rejected';
  answer_reason: string | null;
  requested_at: Date;
};

const transferSelect = `SELECT t.id, t.case_id, f.display_name AS from_name, r.display_name AS to_name, t.to_unit_kind, t.to_unit_code, t.reason,
    t.status, t.answer_reason, t.requested_at
  FROM case_transfers t JOIN staff_users f ON f.id = t.from_manager_id JOIN staff_users r ON r.id = t.to_manager_id`;

export function createCaseTransfers({ db, clock }: CasesContext) {
  return {
    /** Active case managers anywhere in the city, with their units: whom a case can be transferred to. */
    async managers(): Promise<z.infer<typeof managerOption>[]> {
      const rows = await db.query<{ id: string; display_name: string; home_unit_kind: string; home_unit_code: string | null }>(
        `SELECT id, display_name, home_unit_kind, home_unit_code FROM staff_users
         WHERE is_active AND 'case-manager' = ANY(roles) ORDER BY home_unit_kind, home_unit_code, display_name, id`,
      );
      return rows.rows.map((r) => ({ id: r.id, name: r.display_name, unit: { kind: r.home_unit_kind, code: r.home_unit_code } }));
    },

    async request(staff: StaffPrincipal, caseId: string, input: z.infer<typeof transferRequest>, requestId: string): Promise<{ id: string }> {
      try {
        return await db.transaction(async (tx) => {
          const row = await handledCase(tx, staff, caseId);
          const receiver = (
            await tx.query<{ home_unit_kind: string; home_unit_code: string | null }>(
              `SELECT home_unit_kind, home_unit_code FROM staff_users WHERE id = $1 AND is_active AND 'case-manager' = ANY(roles)`,
              [input.toManagerId],
            )
          ).rows[0];
          // A receiver must be a case manager working from a unit (not the whole city), other than the current one.
          if (!receiver || receiver.home_unit_kind === 'city' || input.toManagerId === row.manager_id) {
            throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'toManagerId', code: 'custom', message: 'validation.case_transfer_receiver' }] });
          }
          const pending = await tx.query(`SELECT 1 FROM case_transfers WHERE case_id = $1 AND status = 'pending'`, [caseId]);
          if (pending.rowCount > 0) throw new AppError('CONFLICT');
          const inserted = await tx.query<{ id: string }>(
            `INSERT INTO case_transfers (case_id, from_manager_id, to_manager_id, to_unit_kind, to_unit_code, reason, status, requested_at)
             VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7) RETURNING id`,
            [caseId, row.manager_id, input.toManagerId, receiver.home_unit_kind, receiver.home_unit_code, input.reason, clock()],
          );
          const id = (inserted.rows[0] as { id: string }).id;
          await recordAudit(tx, {
            actor: actorOf(staff),
            action: 'case.transfer-request',
            recordType: 'case',
            recordId: caseId,
            requestId,
            details: { transferId: id, toUnit: { kind: receiver.home_unit_kind, code: receiver.home_unit_code } },
          });
          return { id };
        });
      } catch (error) {
        if ((error as { code?: unknown }).code === '23505') throw new AppError('CONFLICT');
        throw error;
      }
    },

    /** The receiver's answer. Anyone else, and an answered transfer, get 404 and 409 respectively. */
    async answer(staff: StaffPrincipal, transferId: string, input: z.infer<typeof transferAnswerRequest>, requestId: string) {
      return db.transaction(async (tx) => {
        const transfer = (
          await tx.query<{ case_id: string; to_manager_id: string; to_unit_kind: string; to_unit_code: string | null; status: string }>(
            'SELECT case_id, to_manager_id, to_unit_kind, to_unit_code, status FROM case_transfers WHERE id = $1 FOR UPDATE',
            [transferId],
          )
        ).rows[0];
        if (!transfer || transfer.to_manager_id !== staff.id) throw new AppError('NOT_FOUND');
        if (transfer.status !== 'pending') throw new AppError('INVALID_TRANSITION');
        const row = await loadCase(tx, transfer.case_id, true);
        if (row.status !== 'open') throw new AppError('INVALID_TRANSITION');
        const now = clock();
        await tx.query('UPDATE case_transfers SET status = $2, answer_reason = $3, answered_at = $4 WHERE id = $1', [
          transferId,
          input.accept ? 'accepted' : 'rejected',
          input.reason || null,
          now,
        ]);
        if (input.accept) {
          await tx.query('UPDATE cases SET manager_id = $2, unit_kind = $3, unit_code = $4, updated_at = $5 WHERE id = $1', [
            row.id,
            staff.id,
            transfer.to_unit_kind,
            transfer.to_unit_code,
            now,
          ]);
        }
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: input.accept ? 'case.transfer-accept' : 'case.transfer-reject',
          recordType: 'case',
          recordId: row.id,
          requestId,
          details: { transferId, fromUnit: { kind: row.unit_kind, code: row.unit_code } },
        });
        return { caseId: row.id, status: input.accept ? ('accepted' as const) : ('rejected' as const) };
      });
    },

    /** Transfers waiting for the caller's answer; the case number and kind only, nothing about the person. */
    async incoming(staff: StaffPrincipal): Promise<z.infer<typeof incomingTransfer>[]> {
      const rows = await db.query<TransferRow & { case_number: string; kind: 'employment' | 'injury' }>(
        `SELECT t.id, t.case_id, f.display_name AS from_name, t.reason, t.requested_at, c.case_number, c.kind
         FROM case_transfers t JOIN staff_users f ON f.id = t.from_manager_id JOIN cases c ON c.id = t.case_id
         WHERE t.to_manager_id = $1 AND t.status = 'pending' ORDER BY t.requested_at`,
        [staff.id],
      );
      return rows.rows.map((r) => ({
        id: r.id,
        caseId: r.case_id,
        caseNumber: r.case_number,
        kind: r.kind,
        fromManagerName: r.from_name,
        reason: r.reason,
        requestedAt: r.requested_at.toISOString(),
      }));
    },

    async ofCase(q: Queryable, caseId: string): Promise<z.infer<typeof caseRecord>['transfers']> {
      const rows = (await q.query<TransferRow>(`${transferSelect} WHERE t.case_id = $1 ORDER BY t.requested_at, t.id`, [caseId])).rows;
      return rows.map((r) => ({
        id: r.id,
        fromManagerName: r.from_name,
        toManagerName: r.to_name,
        toUnit: { kind: r.to_unit_kind, code: r.to_unit_code },
        reason: r.reason,
        status: r.status,
        answerReason: r.answer_reason,
        requestedAt: r.requested_at.toISOString(),
      }));
    },
  };
}
