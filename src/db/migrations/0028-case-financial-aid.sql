-- Issue 9 §1: a case plan's financial aid (經濟扶助) points at the person's application in the programs
-- module, whose status the case then shows (read through that module's service, never its tables).
ALTER TABLE case_plan_items ADD COLUMN program_application_id uuid;
