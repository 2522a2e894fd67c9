-- Issue 11 §1: conflicts of interest a mediator declares. A mediator is never appointed to a case where a
-- party is one they declared. Parties are named by UBN (an employer or a union); a worker's ID number is
-- not collected here (it would make this registry a list of people).
CREATE TABLE mediator_conflicts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  mediator_id uuid NOT NULL REFERENCES mediators (id),
  ubn text NOT NULL CHECK (ubn ~ '^[0-9]{8}$'),
  party_name text NOT NULL,
  reason text NOT NULL,
  declared_on date NOT NULL,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  UNIQUE (mediator_id, ubn)
);
