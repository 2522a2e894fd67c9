-- Performance indicators (衡量指標, ADR 0022): definitions as data, versioned by year; targets per year and
-- optionally per unit; figures entered by analysts with their source; closed periods frozen with their
-- numerators and denominators. Values themselves are computed from the modules' read models.

-- One version of an indicator's definition, in force from `from_year` until a later version replaces it, so a
-- changed formula never rewrites an earlier year.
CREATE TABLE indicator_definitions (
  code text NOT NULL CHECK (code ~ '^[0-9]{1,3}$'),
  from_year integer NOT NULL CHECK (from_year BETWEEN 2000 AND 2200),
  position integer NOT NULL,
  dimension text NOT NULL CHECK (dimension IN ('business', 'staffing', 'budget')),
  -- The plan's reference, e.g. 業務 一-01.
  plan_ref text NOT NULL,
  -- Percent of the year's score; a year's definitions add up to 100 (checked by the service on every change).
  weight numeric(5, 2) NOT NULL CHECK (weight > 0 AND weight <= 100),
  -- {"zh-TW": …, "en": …, "id": …, "vi": …, "th": …}
  name jsonb NOT NULL,
  -- The plan's measure (衡量標準), verbatim.
  formula text NOT NULL,
  numerator_description jsonb NOT NULL,
  -- NULL for a number without denominator (DHIS2 "Number" type), e.g. 1 = yes, 0 = no.
  denominator_description jsonb,
  factor numeric NOT NULL CHECK (factor > 0),
  unit text NOT NULL CHECK (unit IN ('percent', 'per-thousand', 'number')),
  decimals integer NOT NULL CHECK (decimals BETWEEN 0 AND 4),
  direction text NOT NULL CHECK (direction IN ('higher', 'lower')),
  -- 'entered': analysts enter the figures; 'module': a module's read model, named in `module`.
  source text NOT NULL CHECK (source IN ('module', 'entered')),
  module text,
  -- The role whose module supplies it, who may read it besides analysts and admins.
  officer_role text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (code, from_year),
  CHECK ((source = 'module') = (module IS NOT NULL))
);

-- A target for a year, for the whole city (unit_kind 'city', unit_code '') or one station, district or region.
-- A relative target is worked out from a baseline: baseline × (1 + annual_change_percent / 100) ^ (year − baseline_year).
CREATE TABLE indicator_targets (
  code text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  unit_kind text NOT NULL DEFAULT 'city' CHECK (unit_kind IN ('city', 'station', 'district', 'region')),
  unit_code text NOT NULL DEFAULT '',
  kind text NOT NULL CHECK (kind IN ('absolute', 'relative')),
  value numeric,
  baseline_value numeric,
  baseline_year integer,
  annual_change_percent numeric,
  -- Where the target comes from (the plan, a council decision…).
  source text NOT NULL,
  updated_by uuid REFERENCES staff_users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (code, year, unit_kind, unit_code),
  CHECK ((unit_kind = 'city') = (unit_code = '')),
  CHECK (kind <> 'absolute' OR value IS NOT NULL),
  CHECK (kind <> 'relative' OR (baseline_value IS NOT NULL AND baseline_year IS NOT NULL AND annual_change_percent IS NOT NULL))
);

-- A figure the platform cannot hold, entered by an analyst from a document. Never updated: a correction is a
-- new entry, and the latest entry for a period counts.
CREATE TABLE indicator_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL,
  -- 2026, 2026-Q1 or 2026-03: the period the figure covers (year-to-date figures carry the month they reach).
  period text NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
  period_start date NOT NULL,
  period_end date NOT NULL,
  numerator numeric,
  denominator numeric CHECK (denominator IS NULL OR denominator > 0),
  value numeric,
  source_document text NOT NULL CHECK (length(source_document) BETWEEN 1 AND 300),
  source_date date NOT NULL,
  entered_by uuid NOT NULL REFERENCES staff_users (id),
  entered_at timestamptz NOT NULL,
  CHECK (numerator IS NOT NULL OR value IS NOT NULL)
);
CREATE INDEX indicator_entries_code_idx ON indicator_entries (code, period_end, entered_at);

-- A closed period's figures, frozen. A reissue adds the next version with its reason; the latest version is
-- the reported one, and earlier ones stay as the record of what was reported before.
CREATE TABLE indicator_period_values (
  period text NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
  version integer NOT NULL CHECK (version >= 1),
  code text NOT NULL,
  value numeric,
  numerator numeric,
  denominator numeric,
  target numeric,
  met boolean,
  source text NOT NULL CHECK (source IN ('computed', 'entered', 'missing')),
  closed_by uuid REFERENCES staff_users (id),
  closed_at timestamptz NOT NULL,
  reason text,
  PRIMARY KEY (period, version, code)
);

-- The plan's 2015 (民國 104) definitions and targets (臺中市政府勞工局 104 年度施政計畫, 第一部分 貳、衡量指標),
-- as the plan states them. The plan lists 14 measures whose weights add up to 100 %: 8 business (70 %),
-- 4 staffing (15 %) and 2 budget (15 %).
INSERT INTO indicator_definitions
  (code, from_year, position, dimension, plan_ref, weight, name, formula, numerator_description, denominator_description, factor, unit, decimals, direction, source, module, officer_role)
VALUES
  ('1', 2015, 1, 'business', '業務 一-01', 11,
   '{"zh-TW":"求職就業率","en":"Job-seeker placement rate","id":"Tingkat penempatan pencari kerja","vi":"Tỷ lệ người tìm việc có việc làm","th":"อัตราการได้งานของผู้หางาน"}',
   '(就業媒合成功人數/登記求職人數)*100%',
   '{"zh-TW":"就業媒合成功人數","en":"Job seekers placed","id":"Pencari kerja yang ditempatkan","vi":"Số người được giới thiệu thành công","th":"จำนวนผู้หางานที่จับคู่งานสำเร็จ"}',
   '{"zh-TW":"登記求職人數","en":"Registered job seekers","id":"Pencari kerja terdaftar","vi":"Số người đăng ký tìm việc","th":"จำนวนผู้ลงทะเบียนหางาน"}',
   100, 'percent', 2, 'higher', 'module', 'employment', 'employment-officer'),
  ('2', 2015, 2, 'business', '業務 二-01', 9,
   '{"zh-TW":"工時警示與勞動權益 APP 前置作業及建置系統使用率","en":"Working-hours alert and labor-rights app usage rate","id":"Tingkat penggunaan aplikasi peringatan jam kerja dan hak pekerja","vi":"Tỷ lệ sử dụng ứng dụng cảnh báo giờ làm và quyền lao động","th":"อัตราการใช้แอปเตือนชั่วโมงทำงานและสิทธิแรงงาน"}',
   '預警前置作業及 APP 系統使用次數/本局網頁瀏覽次數*100',
   '{"zh-TW":"預警前置作業及 APP 系統使用次數","en":"Uses of the alert and app tools","id":"Jumlah penggunaan alat","vi":"Số lần sử dụng công cụ","th":"จำนวนครั้งที่ใช้เครื่องมือ"}',
   '{"zh-TW":"本局網頁瀏覽次數","en":"Page views of the bureau''s website","id":"Jumlah tampilan halaman situs biro","vi":"Số lượt xem trang của cục","th":"จำนวนการเข้าชมหน้าเว็บของสำนักงาน"}',
   100, 'percent', 2, 'higher', 'module', 'usage', NULL),
  ('3', 2015, 3, 'business', '業務 三-01', 9,
   '{"zh-TW":"職業災害保險給付千人率","en":"Occupational injury insurance benefits per 1,000 insured","id":"Tunjangan asuransi kecelakaan kerja per 1.000 peserta","vi":"Tỷ lệ chi trả bảo hiểm tai nạn lao động trên 1.000 người","th":"อัตราการจ่ายประกันอุบัติเหตุจากการทำงานต่อผู้ประกันตน 1,000 คน"}',
   '依 103 年度本市職業災害保險給付千人率 5.089 為基準點，逐年降低 1%',
   '{"zh-TW":"職業災害保險給付人次","en":"Occupational injury benefits paid","id":"Tunjangan kecelakaan kerja yang dibayar","vi":"Số lượt chi trả bảo hiểm tai nạn lao động","th":"จำนวนครั้งที่จ่ายประโยชน์ทดแทนอุบัติเหตุจากการทำงาน"}',
   '{"zh-TW":"本市勞工保險投保人數","en":"Insured workers in the city","id":"Pekerja yang diasuransikan di kota","vi":"Số người tham gia bảo hiểm lao động của thành phố","th":"จำนวนผู้ประกันตนแรงงานในเมือง"}',
   1000, 'per-thousand', 3, 'lower', 'entered', NULL, NULL),
  ('4', 2015, 4, 'business', '業務 四-01', 9,
   '{"zh-TW":"服務青年人次佔本市青年人口比例","en":"Young people served as a share of the city''s youth population","id":"Pemuda yang dilayani dibanding populasi pemuda kota","vi":"Lượt thanh niên được phục vụ trên dân số thanh niên","th":"สัดส่วนเยาวชนที่ได้รับบริการต่อประชากรเยาวชนของเมือง"}',
   '服務青年人次/臺中市青年人口數*100%',
   '{"zh-TW":"服務青年人次","en":"Young people served (attendances)","id":"Kunjungan pemuda yang dilayani","vi":"Lượt thanh niên được phục vụ","th":"จำนวนครั้งที่ให้บริการเยาวชน"}',
   '{"zh-TW":"臺中市青年人口數","en":"Youth population of Taichung","id":"Populasi pemuda Taichung","vi":"Dân số thanh niên Đài Trung","th":"ประชากรเยาวชนของไถจง"}',
   100, 'percent', 3, 'higher', 'module', 'youth', 'programs-officer'),
  ('5', 2015, 5, 'business', '業務 五-01', 9,
   '{"zh-TW":"工會評鑑輔導涵蓋率","en":"Union evaluation and guidance coverage","id":"Cakupan evaluasi dan pembinaan serikat","vi":"Tỷ lệ công đoàn được đánh giá và hướng dẫn","th":"อัตราครอบคลุมการประเมินและให้คำแนะนำสหภาพแรงงาน"}',
   '本年度工會評鑑輔導家數/本市工會總數*100%',
   '{"zh-TW":"本年度工會評鑑輔導家數","en":"Unions evaluated or guided this year","id":"Serikat yang dievaluasi tahun ini","vi":"Số công đoàn được đánh giá năm nay","th":"จำนวนสหภาพที่ได้รับการประเมินปีนี้"}',
   '{"zh-TW":"本市工會總數","en":"Unions in the city","id":"Jumlah serikat di kota","vi":"Tổng số công đoàn của thành phố","th":"จำนวนสหภาพทั้งหมดในเมือง"}',
   100, 'percent', 2, 'higher', 'module', 'unions', 'programs-officer'),
  ('6', 2015, 6, 'business', '業務 六-01', 9,
   '{"zh-TW":"機關定額已進用身心障礙者人數佔定額應進用人數比率","en":"Persons with disabilities employed against the quota","id":"Penyandang disabilitas yang dipekerjakan terhadap kuota","vi":"Tỷ lệ người khuyết tật được tuyển so với định mức","th":"อัตราการจ้างคนพิการเทียบกับโควตา"}',
   '公私立機構定額已進用身心障礙者人數/公私立機構定額應進用身心障礙者人數*100%',
   '{"zh-TW":"公私立機構定額已進用身心障礙者人數","en":"Persons with disabilities employed by obliged bodies","id":"Penyandang disabilitas yang dipekerjakan","vi":"Số người khuyết tật đã được tuyển","th":"จำนวนคนพิการที่จ้างแล้ว"}',
   '{"zh-TW":"公私立機構定額應進用身心障礙者人數","en":"Persons with disabilities the quota requires","id":"Jumlah yang diwajibkan kuota","vi":"Số người khuyết tật phải tuyển theo định mức","th":"จำนวนคนพิการที่โควตากำหนด"}',
   100, 'percent', 1, 'higher', 'module', 'disability-quota', 'employment-officer'),
  ('7', 2015, 7, 'business', '業務 七-01', 9,
   '{"zh-TW":"申請弱勢勞工就讀勞工大學補助人次比率","en":"Share of labor-university enrolments with a disadvantaged-worker subsidy","id":"Porsi pendaftaran universitas buruh dengan subsidi pekerja rentan","vi":"Tỷ lệ lượt học đại học lao động có trợ cấp lao động yếu thế","th":"สัดส่วนผู้เรียนมหาวิทยาลัยแรงงานที่ขอเงินอุดหนุนแรงงานกลุ่มเปราะบาง"}',
   '(申請弱勢勞工就讀勞工大學補助人次/當年度勞工大學人次)*100%',
   '{"zh-TW":"申請弱勢勞工就讀勞工大學補助人次","en":"Enrolments with a disadvantaged-worker subsidy","id":"Pendaftaran dengan subsidi","vi":"Lượt học có trợ cấp","th":"จำนวนครั้งที่ขอเงินอุดหนุน"}',
   '{"zh-TW":"當年度勞工大學人次","en":"Labor-university enrolments this year","id":"Pendaftaran universitas buruh tahun ini","vi":"Lượt học đại học lao động trong năm","th":"จำนวนผู้เรียนมหาวิทยาลัยแรงงานปีนี้"}',
   100, 'percent', 2, 'higher', 'module', 'labor-university', 'programs-officer'),
  ('8', 2015, 8, 'business', '業務 八-01', 5,
   '{"zh-TW":"新入境外勞於3個月內之訪視率","en":"Newly arrived migrant workers visited within 3 months","id":"Pekerja migran baru yang dikunjungi dalam 3 bulan","vi":"Tỷ lệ lao động nước ngoài mới đến được thăm trong 3 tháng","th":"อัตราการเยี่ยมแรงงานต่างชาติที่เพิ่งเข้าเมืองภายใน 3 เดือน"}',
   '(於3個月內完成訪視新入境外勞人數/新入境外勞人數)*100%',
   '{"zh-TW":"於3個月內完成訪視新入境外勞人數","en":"New arrivals visited within 3 months","id":"Pendatang baru yang dikunjungi dalam 3 bulan","vi":"Số người mới đến được thăm trong 3 tháng","th":"จำนวนผู้มาใหม่ที่ได้รับการเยี่ยมภายใน 3 เดือน"}',
   '{"zh-TW":"新入境外勞人數","en":"Newly arrived migrant workers","id":"Pekerja migran yang baru tiba","vi":"Số lao động nước ngoài mới đến","th":"จำนวนแรงงานต่างชาติที่เพิ่งเข้าเมือง"}',
   100, 'percent', 2, 'higher', 'module', 'migrant-workers', 'migrant-officer'),
  ('9', 2015, 9, 'staffing', '人力 一-一', 5,
   '{"zh-TW":"依法足額進用身心障礙人員及原住民人數","en":"Statutory quotas of staff with disabilities and indigenous staff met","id":"Kuota pegawai penyandang disabilitas dan pribumi terpenuhi","vi":"Đủ định mức nhân viên khuyết tật và người bản địa","th":"จ้างบุคลากรคนพิการและชนพื้นเมืองครบตามกฎหมาย"}',
   '是否依法足額進用身心障礙及原住民人員 1代表是 0代表否',
   '{"zh-TW":"是否足額進用（1 代表是，0 代表否）","en":"Quotas met (1 yes, 0 no)","id":"Kuota terpenuhi (1 ya, 0 tidak)","vi":"Đủ định mức (1 có, 0 không)","th":"ครบโควตา (1 ใช่, 0 ไม่ใช่)"}',
   NULL, 1, 'number', 0, 'higher', 'entered', NULL, NULL),
  ('10', 2015, 10, 'staffing', '人力 一-二', 5,
   '{"zh-TW":"分發考試及格人員比例","en":"Vacancies filled through the civil-service examinations","id":"Lowongan yang diisi melalui ujian PNS","vi":"Tỷ lệ vị trí tuyển qua thi công chức","th":"สัดส่วนตำแหน่งที่บรรจุจากผู้สอบผ่าน"}',
   '機關提報考試職缺數÷機關年度總出缺數)×100%',
   '{"zh-TW":"機關提報考試職缺數","en":"Vacancies put to the examinations","id":"Lowongan yang diajukan ke ujian","vi":"Số vị trí đưa ra thi","th":"จำนวนตำแหน่งที่เสนอให้สอบ"}',
   '{"zh-TW":"機關年度總出缺數","en":"Vacancies in the year","id":"Jumlah lowongan tahun ini","vi":"Tổng số vị trí trống trong năm","th":"จำนวนตำแหน่งว่างทั้งปี"}',
   100, 'percent', 2, 'higher', 'entered', NULL, NULL),
  ('11', 2015, 11, 'staffing', '人力 二-一', 2,
   '{"zh-TW":"公務人員終身學習","en":"Civil servants'' lifelong learning","id":"Pembelajaran sepanjang hayat PNS","vi":"Học tập suốt đời của công chức","th":"การเรียนรู้ตลอดชีวิตของข้าราชการ"}',
   '本府所屬機關學校年度內學習時數達40小時(含與業務相關學習時數達20小時)之公務人員人數/本府所屬機關學校公務人員總數',
   '{"zh-TW":"年度學習時數達 40 小時（含業務相關 20 小時）之公務人員人數","en":"Civil servants with 40 learning hours (20 job-related)","id":"PNS dengan 40 jam belajar","vi":"Số công chức học đủ 40 giờ","th":"จำนวนข้าราชการที่เรียนครบ 40 ชั่วโมง"}',
   '{"zh-TW":"公務人員總數","en":"Civil servants","id":"Jumlah PNS","vi":"Tổng số công chức","th":"จำนวนข้าราชการทั้งหมด"}',
   100, 'percent', 2, 'higher', 'entered', NULL, NULL),
  ('12', 2015, 12, 'staffing', '人力 二-二', 3,
   '{"zh-TW":"員工通過語文檢定","en":"Staff who passed a language test","id":"Pegawai yang lulus tes bahasa","vi":"Nhân viên đạt chứng chỉ ngoại ngữ","th":"บุคลากรที่สอบผ่านการทดสอบภาษา"}',
   '員工已通過語文檢定總數(通過英檢人數)/現有員額(經過銓審之總人數)×100% (每年2%成長)',
   '{"zh-TW":"員工已通過語文檢定總數（通過英檢人數）","en":"Staff who passed a language (English) test","id":"Pegawai lulus tes bahasa (Inggris)","vi":"Số nhân viên đạt chứng chỉ (tiếng Anh)","th":"จำนวนบุคลากรที่สอบผ่าน (ภาษาอังกฤษ)"}',
   '{"zh-TW":"現有員額（經過銓審之總人數）","en":"Established staff","id":"Jumlah pegawai tetap","vi":"Tổng biên chế hiện có","th":"จำนวนอัตรากำลังที่มีอยู่"}',
   100, 'percent', 2, 'higher', 'entered', NULL, NULL),
  ('13', 2015, 13, 'budget', '經費 一-一', 7,
   '{"zh-TW":"經常門預算執行率","en":"Current budget execution rate","id":"Tingkat pelaksanaan anggaran rutin","vi":"Tỷ lệ thực hiện ngân sách thường xuyên","th":"อัตราการเบิกจ่ายงบประมาณรายจ่ายประจำ"}',
   '(經常門實支數+應付未付數+節餘數)/經常門預算數*100%',
   '{"zh-TW":"經常門實支數＋應付未付數＋節餘數","en":"Current spending + payables + savings","id":"Belanja rutin + utang + penghematan","vi":"Chi thực + phải trả + tiết kiệm","th":"รายจ่ายจริง + ค้างจ่าย + เงินเหลือจ่าย"}',
   '{"zh-TW":"經常門預算數","en":"Current budget","id":"Anggaran rutin","vi":"Dự toán chi thường xuyên","th":"งบประมาณรายจ่ายประจำ"}',
   100, 'percent', 2, 'higher', 'entered', NULL, NULL),
  ('14', 2015, 14, 'budget', '經費 一-二', 8,
   '{"zh-TW":"資本門預算執行率","en":"Capital budget execution rate","id":"Tingkat pelaksanaan anggaran modal","vi":"Tỷ lệ thực hiện ngân sách đầu tư","th":"อัตราการเบิกจ่ายงบลงทุน"}',
   '(資本門實支數+應付未付數+節餘數)/資本門預算數*100%',
   '{"zh-TW":"資本門實支數＋應付未付數＋節餘數","en":"Capital spending + payables + savings","id":"Belanja modal + utang + penghematan","vi":"Chi đầu tư thực + phải trả + tiết kiệm","th":"รายจ่ายลงทุนจริง + ค้างจ่าย + เงินเหลือจ่าย"}',
   '{"zh-TW":"資本門預算數","en":"Capital budget","id":"Anggaran modal","vi":"Dự toán chi đầu tư","th":"งบลงทุน"}',
   100, 'percent', 2, 'higher', 'entered', NULL, NULL);

INSERT INTO indicator_targets (code, year, kind, value, baseline_value, baseline_year, annual_change_percent, source) VALUES
  ('1', 2015, 'absolute', 40, NULL, NULL, NULL, '104 年度施政計畫 貳、衡量指標'),
  ('2', 2015, 'absolute', 5, NULL, NULL, NULL, '104 年度施政計畫 貳、衡量指標'),
  ('3', 2015, 'relative', NULL, 5.089, 2014, -1, '104 年度施政計畫 貳、衡量指標：依 103 年度千人率 5.089 為基準點，逐年降低 1%'),
  ('4', 2015, 'absolute', 1.527, NULL, NULL, NULL, '104 年度施政計畫 貳、衡量指標'),
  ('5', 2015, 'absolute', 34, NULL, NULL, NULL, '104 年度施政計畫 貳、衡量指標'),
  ('6', 2015, 'absolute', 164.1, NULL, NULL, NULL, '104 年度施政計畫 貳、衡量指標'),
  ('7', 2015, 'absolute', 14.5, NULL, NULL, NULL, '104 年度施政計畫 貳、衡量指標'),
  ('8', 2015, 'absolute', 61, NULL, NULL, NULL, '104 年度施政計畫 貳、衡量指標'),
  ('9', 2015, 'absolute', 1, NULL, NULL, NULL, '104 年度施政計畫 貳、衡量指標'),
  ('10', 2015, 'absolute', 40, NULL, NULL, NULL, '104 年度施政計畫 貳、衡量指標'),
  ('11', 2015, 'absolute', 80, NULL, NULL, NULL, '104 年度施政計畫 貳、衡量指標'),
  ('12', 2015, 'absolute', 45, NULL, NULL, NULL, '104 年度施政計畫 貳、衡量指標'),
  ('13', 2015, 'absolute', 80, NULL, NULL, NULL, '104 年度施政計畫 貳、衡量指標'),
  ('14', 2015, 'absolute', 80, NULL, NULL, NULL, '104 年度施政計畫 貳、衡量指標');
