import type { Generated } from 'kysely';

// The worker's career record (issue 9 section 2, migration 0022).
export type CareerEntriesTable = {
  id: Generated<string>;
  person_id: string;
  kind: string;
  source: string;
  title: string;
  organisation: Generated<string>;
  started_on: string | null;
  ended_on: string | null;
  certificate_level: string | null;
  certificate_number: string | null;
  rating: number | null;
  note: Generated<string>;
  verification: Generated<string>;
  verified_by: string | null;
  verified_at: Date | null;
  hidden: Generated<boolean>;
  created_at: Date;
  updated_at: Date;
};

export type CareerHiddenPlatformEntriesTable = { person_id: string; source_ref: string; hidden_at: Date };

export type CareerEvaluationInvitationsTable = {
  id: Generated<string>;
  person_id: string;
  token_hash: string;
  employer_name: string;
  expires_at: Date;
  used_at: Date | null;
  created_at: Date;
};

export type CareerSharesTable = {
  id: Generated<string>;
  person_id: string;
  token_hash: string;
  expires_at: Date;
  revoked_at: Date | null;
  created_at: Date;
};

export type CareerShareOpeningsTable = { id: Generated<string>; share_id: string; opened_at: Date; address_hash: string };

export type CareerRecordTables = {
  career_entries: CareerEntriesTable;
  career_hidden_platform_entries: CareerHiddenPlatformEntriesTable;
  career_evaluation_invitations: CareerEvaluationInvitationsTable;
  career_shares: CareerSharesTable;
  career_share_openings: CareerShareOpeningsTable;
};

export const careerRecordColumns = {
  career_entries: ['id', 'person_id', 'kind', 'source', 'title', 'organisation', 'started_on', 'ended_on', 'certificate_level', 'certificate_number', 'rating', 'note', 'verification', 'verified_by', 'verified_at', 'hidden', 'created_at', 'updated_at'],
  career_hidden_platform_entries: ['person_id', 'source_ref', 'hidden_at'],
  career_evaluation_invitations: ['id', 'person_id', 'token_hash', 'employer_name', 'expires_at', 'used_at', 'created_at'],
  career_shares: ['id', 'person_id', 'token_hash', 'expires_at', 'revoked_at', 'created_at'],
  career_share_openings: ['id', 'share_id', 'opened_at', 'address_hash'],
} as const;
