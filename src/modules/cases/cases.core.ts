/**
 * What every part of the cases module shares: the row, loading it, and who may do what with it.
 * A case belongs to a unit (ADR 0016): another unit's case is a 404. Within the unit, the case's own
 * manager works on it, and so does the supervising role (`cases.supervise`); other staff of the unit read it.
 */
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { assertUnitVisible } from '../../shared/scope.ts';
import type { HomeUnit } from '../access/access.contract.ts';
import { hasPermission } from '../access/permissions.ts';

export type CaseRow = {
  id: string;
  case_number: string;
  kind: 'employment' | 'injury';
  person_id: string;
  target_groups: string[];
  source: 'walk-in' | 'station' | 'department' | 'hospital' | 'hotline-1955';
  source_detail: string | null;
  status: 'open' | 'closed';
  unit_kind: HomeUnit['kind'];
  unit_code: string | null;
  manager_id: string;
  opened_on: string;
  placed_on: string | null;
  placement_employer: string | null;
  closed_on: string | null;
  closure_reason: 'employed-stable' | 'moved-away' | 'refused-services' | 'unreachable' | 'other' | null;
  closure_note: string | null;
};

export const caseColumns = `id, case_number, kind, person_id, target_groups, source, source_detail, status, unit_kind, unit_code,
  manager_id, opened_on::text AS opened_on, placed_on::text AS placed_on, placement_employer, closed_on::text AS closed_on,
  closure_reason, closure_note`;

export const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });
export const isSupervisor = (staff: StaffPrincipal) => hasPermission(staff.roles, 'cases.supervise');
export const unitOf = (row: CaseRow): HomeUnit => ({ kind: row.unit_kind, code: row.unit_code }) as HomeUnit;

/** Confidential notes: the case's manager and the supervising role, nobody else (ADR 0026). */
export const mayReadConfidential = (staff: StaffPrincipal, row: CaseRow) =>
  (row.manager_id === staff.id && hasPermission(staff.roles, 'cases.handle')) || isSupervisor(staff);

/** Work on the case (plan, notes, tasks, consent, referrals, transfers, closure): its manager or a supervisor. */
export const mayHandle = (staff: StaffPrincipal, row: CaseRow) =>
  hasPermission(staff.roles, 'cases.handle') && (row.manager_id === staff.id || isSupervisor(staff));

export async function loadCase(q: Queryable, id: string, lock = false): Promise<CaseRow> {
  const row = (await q.query<CaseRow>(`SELECT ${caseColumns} FROM cases WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])).rows[0];
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** A case of a unit the staff member sees (404 otherwise, before anything else is read). */
export async function visibleCase(q: Queryable, staff: StaffPrincipal, id: string, lock = false): Promise<CaseRow> {
  const row = await loadCase(q, id, lock);
  assertUnitVisible(staff, unitOf(row));
  return row;
}

/** A case the staff member may work on: visible, theirs or supervised, and (unless said) still open. */
export async function handledCase(q: Queryable, staff: StaffPrincipal, id: string, options: { open?: boolean } = {}): Promise<CaseRow> {
  const row = await visibleCase(q, staff, id, true);
  if (!mayHandle(staff, row)) throw new AppError('NOT_CASE_MANAGER');
  if ((options.open ?? true) && row.status !== 'open') throw new AppError('INVALID_TRANSITION');
  return row;
}

export type CasesContext = { db: Db; clock: () => Date; today: () => string };
