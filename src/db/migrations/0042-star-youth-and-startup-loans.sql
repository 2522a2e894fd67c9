-- Issue 12 §2 items 7 and 8 (ADR 0040): 摘星青年 bases, units, tenancies and mentoring visits; the youth
-- start-up loan and its interest-subsidy claims. Both pay through the programs engine (program_payments).

-- The engine pays an approved amount in parts, one per period (a month of 摘星青年's 租金及獎勵金, a
-- period of a loan's interest subsidy): a payment names its period, and an application has at most one
-- payment per period. A payment without a period is the whole amount, once, as before.
ALTER TABLE program_payments ADD COLUMN period_label text CHECK (period_label IS NULL OR period_label ~ '^[a-z0-9-]{1,40}$');
DROP INDEX program_payments_one_key;
CREATE UNIQUE INDEX program_payments_one_per_period ON program_payments (application_id, coalesce(period_label, ''));

-- The three 青創基地 of plan 一-8, with their districts; the units in each are entered by staff.
CREATE TABLE star_youth_bases (
  code text PRIMARY KEY CHECK (code ~ '^[a-z0-9-]{2,40}$'),
  names jsonb NOT NULL,
  district_code text NOT NULL CHECK (district_code ~ '^\d{8}$'),
  source text NOT NULL,
  sort_order integer NOT NULL DEFAULT 0
);

CREATE TABLE star_youth_units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  base_code text NOT NULL REFERENCES star_youth_bases (code),
  code text NOT NULL CHECK (code ~ '^[A-Za-z0-9-]{1,20}$'),
  name text NOT NULL,
  area_m2 numeric(8, 2) CHECK (area_m2 IS NULL OR area_m2 > 0),
  -- vacant → occupied by an allocation, back to vacant when the tenancy ends; closed = not let at all.
  status text NOT NULL DEFAULT 'vacant' CHECK (status IN ('vacant', 'occupied', 'closed')),
  -- Rows the demo loader made (shown as demo on the board), never figures of the real bases.
  demo boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  UNIQUE (base_code, code)
);

-- 進駐: an approved 摘星青年 application placed in a unit, from its start to its planned end.
CREATE TABLE star_youth_tenancies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id uuid NOT NULL REFERENCES star_youth_units (id),
  application_id uuid NOT NULL REFERENCES program_applications (id),
  business_name text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  -- The day the tenant actually left (at or before ends_on, or later when extended); null while in.
  ended_on date,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  CHECK (ends_on >= starts_on),
  CHECK (ended_on IS NULL OR ended_on >= starts_on)
);
-- The backstop of the conditional UPDATE on the unit: never two tenants in one unit, never one
-- application in two units, at a time.
CREATE UNIQUE INDEX star_youth_tenancies_one_per_unit ON star_youth_tenancies (unit_id) WHERE ended_on IS NULL;
CREATE UNIQUE INDEX star_youth_tenancies_one_per_application ON star_youth_tenancies (application_id) WHERE ended_on IS NULL;

-- 輔導訪視: a visit to a tenant business by a mentor (不定期的實地訪視及專業顧問輔導, 一-8).
CREATE TABLE star_youth_visits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenancy_id uuid NOT NULL REFERENCES star_youth_tenancies (id),
  visited_on date NOT NULL,
  mentor text NOT NULL,
  topics text NOT NULL,
  findings text NOT NULL,
  follow_ups text,
  -- When the follow-ups are due: the next visit is due by then (the plan sets no interval).
  follow_up_due_on date,
  recorded_by uuid REFERENCES staff_users (id),
  recorded_at timestamptz NOT NULL,
  CHECK (follow_up_due_on IS NULL OR follow_up_due_on >= visited_on)
);
CREATE INDEX star_youth_visits_tenancy ON star_youth_visits (tenancy_id, visited_on);

-- 青年創業貸款: the applicant's loan, and the subsidy parameters staff entered with their source (the plan
-- gives none of them, 一-7).
CREATE TABLE startup_loans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL UNIQUE REFERENCES program_applications (id),
  lender text NOT NULL,
  principal_twd bigint NOT NULL CHECK (principal_twd > 0),
  annual_rate_percent numeric(7, 4) NOT NULL CHECK (annual_rate_percent >= 0 AND annual_rate_percent <= 100),
  starts_on date NOT NULL,
  term_months integer NOT NULL CHECK (term_months BETWEEN 1 AND 600),
  periods integer NOT NULL CHECK (periods BETWEEN 1 AND 600),
  repayment text NOT NULL CHECK (repayment IN ('equal-payment', 'equal-principal', 'bullet')),
  grace_periods integer NOT NULL DEFAULT 0 CHECK (grace_periods >= 0),
  subsidy_basis text NOT NULL CHECK (subsidy_basis IN ('rate', 'share')),
  subsidy_rate_percent numeric(7, 4) CHECK (subsidy_rate_percent IS NULL OR subsidy_rate_percent >= 0),
  subsidy_share_percent numeric(7, 4) CHECK (subsidy_share_percent IS NULL OR (subsidy_share_percent >= 0 AND subsidy_share_percent <= 100)),
  cap_per_period_twd bigint CHECK (cap_per_period_twd IS NULL OR cap_per_period_twd >= 0),
  cap_per_year_twd bigint CHECK (cap_per_year_twd IS NULL OR cap_per_year_twd >= 0),
  cap_year_basis text NOT NULL DEFAULT 'loan-year' CHECK (cap_year_basis IN ('loan-year', 'calendar-year')),
  max_years integer CHECK (max_years IS NULL OR max_years >= 1),
  subsidy_source text NOT NULL,
  updated_by uuid REFERENCES staff_users (id),
  updated_at timestamptz NOT NULL,
  CHECK (term_months % periods = 0),
  CHECK (grace_periods < periods),
  CHECK ((subsidy_basis = 'rate') = (subsidy_rate_percent IS NOT NULL)),
  CHECK ((subsidy_basis = 'share') = (subsidy_share_percent IS NOT NULL))
);

-- One claim per loan period, with the amount computed on the parameters then in force, and its payment.
CREATE TABLE startup_loan_claims (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  loan_id uuid NOT NULL REFERENCES startup_loans (id),
  period integer NOT NULL CHECK (period >= 1),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  interest_twd bigint NOT NULL CHECK (interest_twd >= 0),
  amount_twd bigint NOT NULL CHECK (amount_twd > 0),
  payment_id uuid NOT NULL REFERENCES program_payments (id),
  recorded_by uuid REFERENCES staff_users (id),
  recorded_at timestamptz NOT NULL,
  UNIQUE (loan_id, period)
);

-- The bases the plan names (一-8), with their districts. Their units are not in the plan: staff enter them.
INSERT INTO star_youth_bases (code, names, district_code, source, sort_order) VALUES
  ('zhaixing-villa', '{"zh-TW": "摘星山莊", "en": "Zhaixing Villa", "id": "Vila Zhaixing", "vi": "Sơn trang Trích Tinh", "th": "คฤหาสน์จ๋ายซิง"}', '66000170', '臺中市政府勞工局 104 年度施政計畫 第二部分 一-8：摘星山莊(潭子區)', 1),
  ('guangfu-village', '{"zh-TW": "光復新村", "en": "Guangfu New Village", "id": "Desa Baru Guangfu", "vi": "Làng mới Quang Phục", "th": "หมู่บ้านใหม่กวงฟู่"}', '66000260', '臺中市政府勞工局 104 年度施政計畫 第二部分 一-8：光復新村(霧峰區)', 2),
  ('audit-village', '{"zh-TW": "審計新村", "en": "Audit New Village", "id": "Desa Baru Audit", "vi": "Làng mới Thẩm Kế", "th": "หมู่บ้านใหม่เสิ่นจี้"}', '66000040', '臺中市政府勞工局 104 年度施政計畫 第二部分 一-8：審計新村(西區)', 3);
