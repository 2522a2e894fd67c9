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

export type UnionsTables = {
  unions: UnionsTable;
  union_evaluations: UnionEvaluationsTable;
  union_guidance_visits: UnionGuidanceVisitsTable;
};

export const unionsColumns = {
  unions: ['id', 'name', 'kind', 'registration_number', 'founded_on', 'dissolved_on', 'chair_name', 'term_ends_on', 'members', 'district_code', 'address', 'created_at', 'updated_at'],
  union_evaluations: ['id', 'union_id', 'year', 'evaluated_on', 'scores', 'total_score', 'grade', 'findings', 'created_by', 'created_at'],
  union_guidance_visits: ['id', 'union_id', 'visited_on', 'findings', 'created_by', 'created_at'],
} as const;
