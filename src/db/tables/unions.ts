import type { Generated } from 'kysely';

export type UnionsTable = {
  id: Generated<string>;
  name: string;
  kind: string;
  registration_number: string;
  founded_on: string;
  dissolved_on: string | null;
  chair_name: string | null;
  term_ends_on: string | null;
  members: number | null;
  district_code: string | null;
  address: string | null;
  created_at: Date;
  updated_at: Date;
};

export type UnionEvaluationsTable = {
  id: Generated<string>;
  union_id: string;
  year: number;
  evaluated_on: string;
  scores: unknown;
  total_score: string;
  grade: string;
  findings: string | null;
  created_by: string | null;
  created_at: Date;
};

export type UnionGuidanceVisitsTable = { id: Generated<string>; union_id: string; visited_on: string; findings: string; created_by: string | null; created_at: Date };

export type UnionAnnualReportsTable = {
  id: Generated<string>;
  union_id: string;
  year: number;
  members: number;
  income: unknown;
  spending: unknown;
  income_total: number;
  spending_total: number;
  filed_on: string;
  revision: Generated<number>;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
};

export type UnionElectionsTable = {
  id: Generated<string>;
  union_id: string;
  held_on: string;
  previous_term_ends_on: string | null;
  new_term_ends_on: string;
  chair_name: string | null;
  created_by: string | null;
  created_at: Date;
};

export type UnionReminderSettingsTable = {
  id: number;
  lead_days: number;
  recipient_email: string;
  locale: string;
  updated_by: string | null;
  updated_at: Date;
};

export type UnionElectionRemindersTable = {
  union_id: string;
  term_ends_on: string;
  notification_id: string | null;
  sent_at: Date;
};

export type SocialDialogueMeetingsTable = {
  id: Generated<string>;
  kind: string;
  held_on: string;
  title: string;
  parties: unknown;
  issues: string;
  attendance: number | null;
  created_by: string | null;
  created_at: Date;
};

export type SocialDialogueFollowupsTable = {
  id: Generated<string>;
  meeting_id: string;
  action: string;
  owner: string;
  due_on: string;
  done_on: string | null;
  created_at: Date;
};

export type UnionsTables = {
  unions: UnionsTable;
  union_evaluations: UnionEvaluationsTable;
  union_guidance_visits: UnionGuidanceVisitsTable;
  union_annual_reports: UnionAnnualReportsTable;
  union_elections: UnionElectionsTable;
  union_reminder_settings: UnionReminderSettingsTable;
  union_election_reminders: UnionElectionRemindersTable;
  social_dialogue_meetings: SocialDialogueMeetingsTable;
  social_dialogue_followups: SocialDialogueFollowupsTable;
};

export const unionsColumns = {
  unions: ['id', 'name', 'kind', 'registration_number', 'founded_on', 'dissolved_on', 'chair_name', 'term_ends_on', 'members', 'district_code', 'address', 'created_at', 'updated_at'],
  union_evaluations: ['id', 'union_id', 'year', 'evaluated_on', 'scores', 'total_score', 'grade', 'findings', 'created_by', 'created_at'],
  union_guidance_visits: ['id', 'union_id', 'visited_on', 'findings', 'created_by', 'created_at'],
  union_annual_reports: ['id', 'union_id', 'year', 'members', 'income', 'spending', 'income_total', 'spending_total', 'filed_on', 'revision', 'created_by', 'created_at', 'updated_at'],
  union_elections: ['id', 'union_id', 'held_on', 'previous_term_ends_on', 'new_term_ends_on', 'chair_name', 'created_by', 'created_at'],
  union_reminder_settings: ['id', 'lead_days', 'recipient_email', 'locale', 'updated_by', 'updated_at'],
  union_election_reminders: ['union_id', 'term_ends_on', 'notification_id', 'sent_at'],
  social_dialogue_meetings: ['id', 'kind', 'held_on', 'title', 'parties', 'issues', 'attendance', 'created_by', 'created_at'],
  social_dialogue_followups: ['id', 'meeting_id', 'action', 'owner', 'due_on', 'done_on', 'created_at'],
} as const;
