import type { Generated } from 'kysely';

export type MassLayoffRuleSetsTable = {
  id: Generated<string>;
  effective_from: string;
  rules: unknown;
  source: string;
  created_by: string | null;
  created_at: Date;
};

export type MassLayoffPlansTable = {
  id: Generated<string>;
  employer_id: string;
  site_name: string;
  site_headcount: number;
  layoff_on: string;
  notice_on: string;
  planned_dismissals: number;
  single_day_max: number;
  enterprise_dismissals: number | null;
  enterprise_single_day_max: number | null;
  categories: unknown;
  reasons: string[];
  departments: string;
  selection_criteria: string;
  severance_method: string;
  exempt_event: string | null;
  rule_set_id: string;
  rules: unknown;
  assessment: unknown;
  is_mass: boolean;
  notice_status: string;
  negotiation_due_on: string;
  committee_due_on: string;
  agreed_on: string | null;
  committee_convened_on: string | null;
  outcome: string | null;
  closed_on: string | null;
  filed_by: string;
  account_id: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
};

export type MassLayoffCommitteeMembersTable = {
  id: Generated<string>;
  plan_id: string;
  side: string;
  name: string;
  title: string | null;
  created_at: Date;
};

export type MassLayoffCommitteeMeetingsTable = {
  id: Generated<string>;
  plan_id: string;
  held_on: string;
  summary: string;
  created_by: string | null;
  created_at: Date;
};

export type MassLayoffsTables = {
  mass_layoff_rule_sets: MassLayoffRuleSetsTable;
  mass_layoff_plans: MassLayoffPlansTable;
  mass_layoff_committee_members: MassLayoffCommitteeMembersTable;
  mass_layoff_committee_meetings: MassLayoffCommitteeMeetingsTable;
};

export const massLayoffsColumns = {
  mass_layoff_rule_sets: ['id', 'effective_from', 'rules', 'source', 'created_by', 'created_at'],
  mass_layoff_plans: ['id', 'employer_id', 'site_name', 'site_headcount', 'layoff_on', 'notice_on', 'planned_dismissals', 'single_day_max', 'enterprise_dismissals', 'enterprise_single_day_max', 'categories', 'reasons', 'departments', 'selection_criteria', 'severance_method', 'exempt_event', 'rule_set_id', 'rules', 'assessment', 'is_mass', 'notice_status', 'negotiation_due_on', 'committee_due_on', 'agreed_on', 'committee_convened_on', 'outcome', 'closed_on', 'filed_by', 'account_id', 'created_by', 'created_at', 'updated_at'],
  mass_layoff_committee_members: ['id', 'plan_id', 'side', 'name', 'title', 'created_at'],
  mass_layoff_committee_meetings: ['id', 'plan_id', 'held_on', 'summary', 'created_by', 'created_at'],
} as const;
