-- The worker's career record (勞工職涯工作卡, issue 9 section 2, ADR 0027). Entries the worker adds (verified
-- by an officer) and evaluations an employer gives through the worker's invitation live here; placements
-- come from the employment module at read time and are never copied: only the worker's choice to hide one
-- is stored. A share is a random link (only its SHA-256 kept) that expires and can be revoked; every
-- opening is logged.

CREATE TABLE career_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('work', 'training', 'certificate', 'award', 'evaluation')),
  -- worker: added by the worker; employer: an evaluation given through the worker's invitation.
  source text NOT NULL CHECK (source IN ('worker', 'employer')),
  title text NOT NULL,
  organisation text NOT NULL DEFAULT '',
  started_on date,
  ended_on date,
  -- 技術士 certificates: level 甲/乙/丙/單一級 and number; awards: the award's name (勞工藝級棒); evaluations: rating.
  certificate_level text CHECK (certificate_level IN ('甲', '乙', '丙', '單一級')),
  certificate_number text,
  rating integer CHECK (rating BETWEEN 1 AND 5),
  note text NOT NULL DEFAULT '',
  verification text NOT NULL DEFAULT 'unverified' CHECK (verification IN ('unverified', 'verified', 'rejected')),
  verified_by uuid REFERENCES staff_users (id),
  verified_at timestamptz,
  hidden boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on),
  CHECK (kind <> 'certificate' OR certificate_level IS NOT NULL)
);
CREATE INDEX career_entries_person_idx ON career_entries (person_id, started_on);
CREATE INDEX career_entries_verification_idx ON career_entries (verification, created_at);

-- The worker hides a platform entry (a placement of the employment module) by its source reference.
CREATE TABLE career_hidden_platform_entries (
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  source_ref text NOT NULL,
  hidden_at timestamptz NOT NULL,
  PRIMARY KEY (person_id, source_ref)
);

-- An employer evaluates only through an invitation the worker issued (the worker's consent), once.
CREATE TABLE career_evaluation_invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  employer_name text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL
);

CREATE TABLE career_shares (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX career_shares_person_idx ON career_shares (person_id, created_at);

-- Every opening of a share: when, and the opener's address as a hash (as rate-limit keys are).
CREATE TABLE career_share_openings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  share_id uuid NOT NULL REFERENCES career_shares (id) ON DELETE CASCADE,
  opened_at timestamptz NOT NULL,
  address_hash text NOT NULL
);
CREATE INDEX career_share_openings_share_idx ON career_share_openings (share_id, opened_at);
