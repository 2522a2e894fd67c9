/** The row of `program_applications` as the service and its parts read it. */
import type { JsonValue } from '../../db/database.ts';

export type ApplicationRow = {
  id: string;
  program_code: string;
  definition_id: string;
  person_id: string | null;
  employer_id: string | null;
  period: string;
  quota_year: number;
  channel: string;
  facts: JsonValue;
  eligibility: JsonValue;
  eligible: boolean;
  amount_twd: number | null;
  locale: string;
  status: string;
  submitted_at: Date;
  decision_due_at: Date | null;
  escalated_at: Date | null;
  created_by: string | null;
  decided_by: string | null;
  decision_reason: string | null;
};
