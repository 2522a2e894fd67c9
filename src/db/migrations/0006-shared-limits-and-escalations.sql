-- Several server instances on one database (ADR 0015) and the first scheduled jobs (ADR 0013).
-- pg-boss keeps its own tables in the `pgboss` schema, which it creates and migrates itself at start.

-- Rate-limit counters shared by every instance: one fixed window per key, counted by an atomic upsert.
-- The key is a SHA-256 of scope and client address, so no address is stored.
CREATE TABLE rate_limit_windows (
  key_hash text PRIMARY KEY,
  window_started_at timestamptz NOT NULL,
  window_ends_at timestamptz NOT NULL,
  hits integer NOT NULL
);
-- The nightly housekeeping job deletes ended windows.
CREATE INDEX rate_limit_windows_ends_idx ON rate_limit_windows (window_ends_at);

-- A complaint deadline found missed by the escalation job: one row per complaint and deadline, so a
-- second run (or a second instance) records nothing twice. Notification delivery builds on these rows.
CREATE TABLE complaint_escalations (
  complaint_id uuid NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
  deadline text NOT NULL CHECK (deadline IN ('notice', 'reply')),
  due_on date NOT NULL,
  escalated_at timestamptz NOT NULL,
  PRIMARY KEY (complaint_id, deadline)
);
