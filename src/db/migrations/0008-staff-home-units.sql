-- Staff scope (ADR 0016): every staff account has a home unit, and every person the registering unit.
-- A unit is a kind and a code from the city file (config/cities/<city>.json): an employment service
-- station, a mediation site, a vocational rehabilitation region, or the whole city (code null). The codes
-- are configuration, so the database checks the kind and the shape, and the services check the code.

-- `unit_code` was free text with no kind and nothing read it. A code cannot be given a kind here without
-- guessing, so it is cleared, and kept in the audit trail for the administrator who assigns real units.
INSERT INTO audit_events (action, record_type, record_id, details)
SELECT 'staff-account.home-unit-reset', 'staff-user', id::text, jsonb_build_object('unitCode', unit_code)
FROM staff_users WHERE unit_code IS NOT NULL;

ALTER TABLE staff_users RENAME COLUMN unit_code TO home_unit_code;
UPDATE staff_users SET home_unit_code = NULL;
-- Existing accounts had no unit, which 0001 read as the whole city. Only roles with scope.city may work
-- from it; other roles are refused lists until an administrator gives them a unit (HOME_UNIT_REQUIRED).
ALTER TABLE staff_users ADD COLUMN home_unit_kind text NOT NULL DEFAULT 'city'
  CHECK (home_unit_kind IN ('city', 'station', 'mediation-site', 'rehabilitation-region'));
ALTER TABLE staff_users ALTER COLUMN home_unit_kind DROP DEFAULT;
ALTER TABLE staff_users ADD CONSTRAINT staff_users_home_unit_code_check
  CHECK ((home_unit_kind = 'city') = (home_unit_code IS NULL));

-- The unit that registered the person. People registered before units existed belong to the whole city:
-- accounts with scope.city see them, unit staff do not.
ALTER TABLE people ADD COLUMN unit_kind text NOT NULL DEFAULT 'city'
  CHECK (unit_kind IN ('city', 'station', 'mediation-site', 'rehabilitation-region'));
ALTER TABLE people ALTER COLUMN unit_kind DROP DEFAULT;
ALTER TABLE people ADD COLUMN unit_code text;
ALTER TABLE people ADD CONSTRAINT people_unit_code_check CHECK ((unit_kind = 'city') = (unit_code IS NULL));
-- Lists narrow to one unit and show the newest first.
CREATE INDEX people_unit_idx ON people (unit_kind, unit_code, created_at DESC);
