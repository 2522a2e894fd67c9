-- Issue 16, finding 2: sign-in failures count per account AND client address, so that failures from one
-- address lock that address out of that account only, never the owner signing in from elsewhere. The
-- address is stored as a hash (as rate-limit keys are): no client address is kept.
CREATE TABLE login_failures (
  user_id uuid NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  address_hash text NOT NULL,
  failures integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, address_hash)
);
CREATE INDEX login_failures_updated_at_idx ON login_failures (updated_at);
