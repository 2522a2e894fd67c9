-- Programs online (issue 12 §1, §2-6): applications by a signed-in citizen or employer, their own
-- uploads, decision notices, and the escalation of a deadline before it passes (ADR 0021, docs/programs.md).

-- When to escalate an open application to a supervisor, as data on the definition version:
-- { "afterHours": 48, "notifyEmail": "…" | null, "source": "…" }. Null: never escalated.
ALTER TABLE program_definitions ADD COLUMN escalation jsonb;

-- The public account that filed the application online (citizen or employer channel): "my applications",
-- and the address the decision notice goes to. Null for an application entered by staff.
ALTER TABLE program_applications ADD COLUMN account_id uuid;
CREATE INDEX program_applications_account_idx ON program_applications (account_id, submitted_at) WHERE account_id IS NOT NULL;

-- A document uploaded by the applicant online names the account instead of a staff member.
ALTER TABLE program_application_documents ADD COLUMN uploaded_by_account uuid;
ALTER TABLE program_application_documents
  ADD CONSTRAINT program_application_documents_uploader CHECK (uploaded_by IS NULL OR uploaded_by_account IS NULL);
