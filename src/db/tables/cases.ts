import type { Generated } from 'kysely';

// Case management (issue 9 §1, migration 0019, ADR 0026).
export type CasesTable = {
  id: Generated<string>;
  case_number: string;
  kind: string;
  person_id: string;
  target_groups: Generated<string[]>;
  source: string;
  source_detail: string | null;
  status: string;
  unit_kind: string;
  unit_code: string | null;
  manager_id: string;
  opened_on: string;
  placed_on: string | null;
  placement_employer: string | null;
  closed_on: string | null;
  closure_reason: string | null;
  closure_note: string | null;
  created_at: Date;
  updated_at: Date;
};

export type CaseConsentsTable = {
  id: Generated<string>;
  case_id: string;
  purpose: string;
  scope: string[];
  given_on: string;
  expires_on: string;
  withdrawn_on: string | null;
  recorded_by: string;
  created_at: Date;
};

export type CasePlanItemsTable = {
  id: Generated<string>;
  seq: Generated<number>;
  case_id: string;
  kind: string;
  description: string;
  status: string;
  due_on: string | null;
  employment_referral_id: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  program_application_id: string | null;
};

export type CaseNotesTable = {
  id: Generated<string>;
  seq: Generated<number>;
  case_id: string;
  body: string;
  confidential: boolean;
  author_id: string;
  created_at: Date;
};

export type CaseTasksTable = {
  id: Generated<string>;
  case_id: string;
  title: string;
  followup_months: number | null;
  due_on: string;
  done_on: string | null;
  outcome: string | null;
  done_by: string | null;
  created_by: string;
  created_at: Date;
};

export type CaseTransfersTable = {
  id: Generated<string>;
  case_id: string;
  from_manager_id: string;
  to_manager_id: string;
  to_unit_kind: string;
  to_unit_code: string | null;
  reason: string;
  status: string;
  answer_reason: string | null;
  requested_at: Date;
  answered_at: Date | null;
};

export type CaseDisclosuresTable = {
  id: Generated<string>;
  case_id: string;
  kind: string;
  organisation: string;
  reason: string;
  note_id: string | null;
  consent_id: string | null;
  override_reason: string | null;
  override_by: string | null;
  created_by: string;
  created_at: Date;
};

export type CasesTables = {
  cases: CasesTable;
  case_consents: CaseConsentsTable;
  case_plan_items: CasePlanItemsTable;
  case_notes: CaseNotesTable;
  case_tasks: CaseTasksTable;
  case_transfers: CaseTransfersTable;
  case_disclosures: CaseDisclosuresTable;
};

export const casesColumns = {
  cases: [
    'id', 'case_number', 'kind', 'person_id', 'target_groups', 'source', 'source_detail', 'status', 'unit_kind', 'unit_code',
    'manager_id', 'opened_on', 'placed_on', 'placement_employer', 'closed_on', 'closure_reason', 'closure_note', 'created_at', 'updated_at',
  ],
  case_consents: ['id', 'case_id', 'purpose', 'scope', 'given_on', 'expires_on', 'withdrawn_on', 'recorded_by', 'created_at'],
  case_plan_items: ['id', 'seq', 'case_id', 'kind', 'description', 'status', 'due_on', 'employment_referral_id', 'created_by', 'created_at', 'updated_at', 'program_application_id'],
  case_notes: ['id', 'seq', 'case_id', 'body', 'confidential', 'author_id', 'created_at'],
  case_tasks: ['id', 'case_id', 'title', 'followup_months', 'due_on', 'done_on', 'outcome', 'done_by', 'created_by', 'created_at'],
  case_transfers: [
    'id', 'case_id', 'from_manager_id', 'to_manager_id', 'to_unit_kind', 'to_unit_code', 'reason', 'status', 'answer_reason', 'requested_at', 'answered_at',
  ],
  case_disclosures: [
    'id', 'case_id', 'kind', 'organisation', 'reason', 'note_id', 'consent_id', 'override_reason', 'override_by', 'created_by', 'created_at',
  ],
} as const;
