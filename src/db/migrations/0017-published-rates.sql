-- Issue 14 §3, ADR 0024: rates that change by announcement (the minimum wage, the pension contribution grade
-- table, the labour-insurance disability table), published by staff as effective-dated data with the
-- announcement as their source. A period is never updated or deleted; a correction is a new period.

-- One row per kind: adding a period locks its kind's row, so two admins publishing at once take turns and
-- the second sees the first's period (one 201, one 409) on PGlite and on a PostgreSQL server alike.
CREATE TABLE rate_kinds (
  kind text PRIMARY KEY
);
INSERT INTO rate_kinds (kind) VALUES ('minimum-wage'), ('contribution-grades'), ('disability-grades');

CREATE TABLE published_rates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL REFERENCES rate_kinds (kind),
  effective_from date NOT NULL,
  -- minimum-wage: { monthly, hourly }; contribution-grades: { grades: [{ grade, wage }] };
  -- disability-grades: { grades: [{ grade, days }] }. Checked by the rates contract before it is stored.
  payload jsonb NOT NULL,
  source_name text NOT NULL,
  source_number text NOT NULL,
  source_date date NOT NULL,
  source_url text NOT NULL,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  UNIQUE (kind, effective_from)
);

CREATE FUNCTION published_rates_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published_rates is append-only: a correction is a new period';
END;
$$;
CREATE TRIGGER published_rates_no_update BEFORE UPDATE OR DELETE ON published_rates
  FOR EACH ROW EXECUTE FUNCTION published_rates_append_only();
