-- Heat alerts (戶外熱指數查詢及相關應注意事項) and usage counting for indicator 2 (工時警示與勞動權益 APP 使用率).

-- Temperature and humidity at a time and place: a CWA station (source 'cwa'), a recorded CWA response
-- loaded as demo data ('recorded'), or a reading entered by staff ('staff'). Mapped to a district.
CREATE TABLE heat_observations (
  id bigserial PRIMARY KEY,
  source text NOT NULL CHECK (source IN ('cwa', 'recorded', 'staff')),
  district_code text NOT NULL,
  -- CWA StationId and StationName; null for staff readings.
  station_id text,
  station_name text,
  observed_at timestamptz NOT NULL,
  temperature_c double precision NOT NULL CHECK (temperature_c BETWEEN -50 AND 60),
  relative_humidity double precision NOT NULL CHECK (relative_humidity BETWEEN 0 AND 100),
  heat_index_c double precision NOT NULL,
  level smallint NOT NULL CHECK (level BETWEEN 0 AND 4),
  entered_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((source = 'staff') = (station_id IS NULL))
);
-- A station reports one value per time: fetching the same observation again changes nothing.
CREATE UNIQUE INDEX heat_observations_station_time_key ON heat_observations (station_id, observed_at)
  WHERE station_id IS NOT NULL;
CREATE INDEX heat_observations_district_idx ON heat_observations (district_code, observed_at DESC);

-- Township forecast (F-D0047-073) per district and hour, with the heat index computed from it.
CREATE TABLE heat_forecasts (
  district_code text NOT NULL,
  valid_at timestamptz NOT NULL,
  source text NOT NULL CHECK (source IN ('cwa', 'recorded')),
  temperature_c double precision NOT NULL,
  relative_humidity double precision NOT NULL,
  -- CWA's own 體感溫度, kept for comparison; not used for the level.
  apparent_temperature_c double precision,
  heat_index_c double precision NOT NULL,
  level smallint NOT NULL CHECK (level BETWEEN 0 AND 4),
  fetched_at timestamptz NOT NULL,
  PRIMARY KEY (district_code, valid_at)
);

-- CWA's heat-injury index and warning word (M-A0085-001), per district and 3-hour slot.
CREATE TABLE heat_injury_forecasts (
  district_code text NOT NULL,
  valid_at timestamptz NOT NULL,
  source text NOT NULL CHECK (source IN ('cwa', 'recorded')),
  heat_injury_index double precision,
  -- '' | 注意 | 警戒 | 危險 | 高危險, as CWA words it; null when absent.
  warning text,
  fetched_at timestamptz NOT NULL,
  PRIMARY KEY (district_code, valid_at)
);

-- Last attempt and last success per CWA dataset, so every process can tell whether the data is live.
CREATE TABLE heat_source_status (
  dataset text PRIMARY KEY,
  last_attempt_at timestamptz NOT NULL,
  last_success_at timestamptz,
  -- A short kind ('http-500', 'malformed', 'network'): never the URL, which carries the key.
  last_error text,
  records integer NOT NULL DEFAULT 0
);

-- A heat warning published by staff for some districts over a validity window. The message is a set of
-- fixed keys (translated into the five languages by the platform) plus optional free text per language.
CREATE TABLE heat_warnings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_codes text[] NOT NULL CHECK (cardinality(district_codes) > 0),
  level smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
  message_keys text[] NOT NULL DEFAULT '{}',
  -- {"zh-TW": "…", "en": "…"}: only the languages staff wrote.
  texts jsonb NOT NULL DEFAULT '{}'::jsonb,
  valid_from timestamptz NOT NULL,
  valid_until timestamptz NOT NULL,
  published_by uuid REFERENCES staff_users (id),
  published_at timestamptz NOT NULL,
  withdrawn_by uuid REFERENCES staff_users (id),
  withdrawn_at timestamptz,
  CHECK (valid_until > valid_from)
);
CREATE INDEX heat_warnings_validity_idx ON heat_warnings (valid_until DESC);

-- Page views and tool uses per Taiwan calendar day. Nothing personal: no IP, no user agent, no cookie,
-- no timestamp finer than the day; names are route patterns or tool ids from a fixed pattern.
CREATE TABLE usage_daily_counts (
  day date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('page-view', 'tool-use')),
  name text NOT NULL,
  count bigint NOT NULL DEFAULT 0 CHECK (count >= 0),
  PRIMARY KEY (day, kind, name)
);
