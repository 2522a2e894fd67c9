/**
 * Demo data for a fresh embedded database: one staff account per role (username = role name), a second
 * employment officer at another station so that unit scope can be seen (ADR 0016), and a small,
 * realistic set of Taichung employers and people spread over the units. Identifiers are generated with
 * valid check digits but belong to no one.
 */
import { loadMassLayoffsDemo } from '../../modules/mass-layoffs/mass-layoffs.demo.ts';
import type { Db } from '../client.ts';
import type { HomeUnit } from '../../modules/access/access.contract.ts';
import { recordAudit } from '../../modules/audit/audit.service.ts';
import { hashPassword } from '../../modules/access/passwords.ts';
import type { StaffRole } from '../../modules/access/permissions.ts';
import { employerNameKey } from '../../modules/employers/employers.service.ts';
import { createReferenceData, type CityConfig } from '../../modules/reference-data/reference-data.ts';
import { loadRecordedHeatData } from '../../modules/weather-heat/heat.recorded.ts';
import { loadDemoRecords } from './demo-records.ts';
import { loadMediationDemo } from '../../modules/mediation/mediation.demo.ts';
import { loadQuotaDemo } from '../../modules/quota/quota.demo.ts';
import { loadUnionsDemo } from '../../modules/unions/unions.demo.ts';
import { loadIndicatorsDemo } from '../../modules/indicators/indicators.demo.ts';
import { loadMigrantWorkersDemo } from '../../modules/migrant-workers/migrant-workers.demo.ts';
import { loadMigrantCentreDemo } from '../../modules/migrant-workers/consultations.demo.ts';
import { loadProgramsDemo, loadProgramsOnlineDemo } from '../../modules/programs/programs.demo.ts';
import { loadVocationalTrainingDemo } from '../../modules/programs/vocational-training.demo.ts';
import { loadEmploymentDemo } from '../../modules/employment/employment.demo.ts';
import { casesDemoUsernames, loadCasesDemo } from '../../modules/cases/cases.demo.ts';
import { loadPublicAccountsDemo } from '../../modules/public-accounts/public-accounts.demo.ts';
import { loadYouthDemo } from '../../modules/youth/youth.demo.ts';
import { loadJobFairsDemo } from '../../modules/job-fairs/job-fairs.demo.ts';
import { loadCareerRecordDemo } from '../../modules/career-record/career-record.demo.ts';
import { loadSafetyDemo } from '../../modules/safety/safety.demo.ts';

const city: HomeUnit = { kind: 'city', code: null };
const dajiaStation: HomeUnit = { kind: 'station', code: 'dajia' };
const dongshiStation: HomeUnit = { kind: 'station', code: 'dongshi' };
const cityHallStation: HomeUnit = { kind: 'station', code: 'city-hall' };
const daliStation: HomeUnit = { kind: 'station', code: 'dali' };
const rehabilitationRegion2: HomeUnit = { kind: 'rehabilitation-region', code: 'region-2' };

/**
 * Where each demo account works: city-wide roles (scope.city) at the whole city, the others where their
 * work is done. The unit codes are the Taichung file's (config/cities/taichung.json).
 */
const staffAccounts: { username: string; displayName: string; role: StaffRole; homeUnit: HomeUnit }[] = [
  { username: 'admin', displayName: '系統管理員', role: 'admin', homeUnit: city },
  { username: 'employment-officer', displayName: '林就服員', role: 'employment-officer', homeUnit: dajiaStation },
  { username: 'employment-officer-dongshi', displayName: '何就服員', role: 'employment-officer', homeUnit: dongshiStation },
  // Vocational rehabilitation case managers work by region (職業重建服務分區).
  { username: 'case-manager', displayName: '陳個管師', role: 'case-manager', homeUnit: rehabilitationRegion2 },
  { username: 'labor-inspector', displayName: '張勞檢員', role: 'labor-inspector', homeUnit: city },
  { username: 'migrant-officer', displayName: '黃外勞查察員', role: 'migrant-officer', homeUnit: city },
  // The bureau's own mediation site (勞工局), where most labor-dispute mediations are held.
  { username: 'mediator', displayName: '吳調解委員', role: 'mediator', homeUnit: { kind: 'mediation-site', code: 'bureau' } },
  { username: 'programs-officer', displayName: '劉業務承辦', role: 'programs-officer', homeUnit: city },
  { username: 'analyst', displayName: '蔡統計分析師', role: 'analyst', homeUnit: city },
  // The consultation centre's interpreter (issue 15 §1): translates replies, reads no records.
  { username: 'interpreter', displayName: '阮通譯', role: 'interpreter', homeUnit: cityHallStation },
  // The bureau's occupational safety section (issue 12 §3): zero-disaster certification and guidance, city-wide.
  { username: 'safety-officer', displayName: '鄭職安承辦', role: 'safety-officer', homeUnit: city },
  // Assigns and oversees complaints (issue 15 §8a).
  { username: 'complaints-supervisor', displayName: '林檢查科長', role: 'complaints-supervisor', homeUnit: city },
];

/** Completes a 9-character ID stem (letter + 8 digits) with the digit that makes the checksum hold. */
export function withCheckDigit(stem: string, letterCode: number): string {
  const weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1];
  const digits = [Math.floor(letterCode / 10), letterCode % 10, ...[...stem.slice(1)].map(Number)];
  const sum = digits.reduce((total, digit, index) => total + digit * (weights[index] ?? 0), 0);
  return `${stem}${(10 - (sum % 10)) % 10}`;
}

/** Completes a 7-digit stem into a UBN valid under the ÷5 rule (and the old ÷10 one where possible). */
export function withUbnCheckDigit(stem: string): string {
  const weights = [1, 2, 1, 2, 1, 2, 4, 1];
  for (let last = 0; last <= 9; last += 1) {
    const value = `${stem}${last}`;
    const sum = [...value].reduce((total, ch, i) => {
      const product = Number(ch) * (weights[i] ?? 0);
      return total + Math.floor(product / 10) + (product % 10);
    }, 0);
    if (sum % 10 === 0) return value;
  }
  return `${stem}0`;
}

const employers: { name: string; industry: string; district: string; address: string }[] = [
  { name: '臺中精機股份有限公司', industry: 'C', district: '西屯區', address: '工業區一路 1 號' },
  { name: '大甲農會', industry: 'S', district: '大甲區', address: '順天路 100 號' },
  { name: '台中港物流股份有限公司', industry: 'H', district: '梧棲區', address: '臨港路四段 20 號' },
  { name: '豐原長照服務社', industry: 'Q', district: '豐原區', address: '中正路 210 號' },
  { name: '大里精密鑄造有限公司', industry: 'C', district: '大里區', address: '仁化路 55 號' },
  { name: '逢甲餐飲企業社', industry: 'I', district: '西屯區', address: '文華路 100 號' },
  { name: '東勢果菜運銷合作社', industry: 'G', district: '東勢區', address: '豐勢路 300 號' },
  { name: '沙鹿營造股份有限公司', industry: 'F', district: '沙鹿區', address: '中山路 88 號' },
  { name: '太平紡織股份有限公司', industry: 'C', district: '太平區', address: '中興東路 12 號' },
  { name: '霧峰保全股份有限公司', industry: 'N', district: '霧峰區', address: '中正路 600 號' },
  { name: '南屯資訊科技股份有限公司', industry: 'J', district: '南屯區', address: '文心路一段 500 號' },
  { name: '北屯連鎖超市股份有限公司', industry: 'G', district: '北屯區', address: '崇德路二段 150 號' },
];

const people: {
  name: string;
  letter: string;
  letterCode: number;
  sexDigit: string;
  birthDate: string;
  district: string;
  phone: string;
  locale: string;
  /** The unit that registered the person. */
  unit: HomeUnit;
  disability?: string;
  groups?: string[];
}[] = [
  { name: '王小明', letter: 'B', letterCode: 11, sexDigit: '1', birthDate: '1990-04-12', district: '北屯區', phone: '0912345678', locale: 'zh-TW', unit: cityHallStation },
  { name: '林美玲', letter: 'B', letterCode: 11, sexDigit: '2', birthDate: '1985-09-30', district: '西屯區', phone: '0922333444', locale: 'zh-TW', unit: cityHallStation, groups: ['sole-breadwinner'] },
  { name: '陳志豪', letter: 'L', letterCode: 20, sexDigit: '1', birthDate: '1968-01-05', district: '豐原區', phone: '0933555777', locale: 'zh-TW', unit: dongshiStation, groups: ['middle-aged', 'involuntary-unemployed'] },
  { name: '張雅婷', letter: 'B', letterCode: 11, sexDigit: '2', birthDate: '2001-07-21', district: '南屯區', phone: '0955111222', locale: 'zh-TW', unit: cityHallStation, groups: ['youth'] },
  { name: '黃建國', letter: 'L', letterCode: 20, sexDigit: '1', birthDate: '1975-11-11', district: '大里區', phone: '0988777666', locale: 'zh-TW', unit: daliStation, disability: 'moderate', groups: ['disabled'] },
  { name: '吳淑芬', letter: 'B', letterCode: 11, sexDigit: '2', birthDate: '1979-03-03', district: '太平區', phone: '0911222333', locale: 'zh-TW', unit: daliStation, groups: ['indigenous'] },
  { name: '劉家豪', letter: 'L', letterCode: 20, sexDigit: '1', birthDate: '1995-12-25', district: '沙鹿區', phone: '0966888999', locale: 'zh-TW', unit: dajiaStation },
  { name: '蔡宜君', letter: 'B', letterCode: 11, sexDigit: '2', birthDate: '1988-06-06', district: '大甲區', phone: '0977444555', locale: 'zh-TW', unit: rehabilitationRegion2, disability: 'severe', groups: ['disabled'] },
];

// Registered by the migrant-worker officers, who work city-wide.
const migrantWorkers: {
  name: string;
  letter: string;
  letterCode: number;
  sexDigit: string;
  birthDate: string;
  district: string;
  locale: string;
  unit: HomeUnit;
}[] = [
  { name: 'SITI NURHALIZA', letter: 'B', letterCode: 11, sexDigit: '9', birthDate: '1996-02-14', district: '西屯區', locale: 'id', unit: city },
  { name: 'NGUYEN VAN AN', letter: 'B', letterCode: 11, sexDigit: '8', birthDate: '1993-08-19', district: '大肚區', locale: 'vi', unit: city },
  { name: 'SOMCHAI SRISUK', letter: 'L', letterCode: 20, sexDigit: '8', birthDate: '1991-05-01', district: '梧棲區', locale: 'th', unit: city },
  { name: 'MARIA SANTOS', letter: 'B', letterCode: 11, sexDigit: '9', birthDate: '1989-10-10', district: '北屯區', locale: 'en', unit: city },
];

export async function loadDemoData(db: Db, options: { city: CityConfig; password: string }): Promise<string[]> {
  const districtCode = (name: string) => options.city.districts.find((d) => d.name === name)?.townCode ?? null;
  const passwordHash = await hashPassword(options.password);
  const referenceData = createReferenceData(options.city);
  // The demo units are Taichung's; another city's file must name them too, or the seed stops here.
  const demoUnits = [...staffAccounts.map((account) => account.homeUnit), ...[...people, ...migrantWorkers].map((person) => person.unit)];
  for (const unit of demoUnits) {
    if (!referenceData.isUnit(unit)) throw new Error(`demo data: the city file has no ${unit.kind} ${unit.code}`);
  }
  await db.transaction(async (tx) => {
    for (const account of staffAccounts) {
      await tx.query(
        `INSERT INTO staff_users (username, display_name, password_hash, roles, home_unit_kind, home_unit_code, work_email)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        // Work addresses for the roles the mediation deadline reminders reach (ADR 0042); example.gov.tw is never delivered.
        [account.username, account.displayName, passwordHash, [account.role], account.homeUnit.kind, account.homeUnit.code,
          account.role === 'admin' || account.role === 'mediator' ? `${account.username}@labor.example.gov.tw` : null],
      );
    }
    let serial = 0;
    for (const employer of employers) {
      serial += 1;
      const ubn = withUbnCheckDigit(String(5300000 + serial * 1117).padStart(7, '0'));
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO employers (ubn, name, name_key, industry_code, district_code, address)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [ubn, employer.name, employerNameKey(employer.name), employer.industry, districtCode(employer.district), employer.address],
      );
      const id = (inserted.rows[0] as { id: string }).id;
      // Twelve months of headcounts, for the disability quota and the indicators.
      const base = 40 + serial * 23;
      for (let month = 1; month <= 12; month += 1) {
        await tx.query('INSERT INTO employer_headcounts (employer_id, month, employees) VALUES ($1, $2, $3)', [
          id,
          `2026-${String(month).padStart(2, '0')}-01`,
          base + ((month * serial) % 7),
        ]);
      }
    }
    let personSerial = 0;
    for (const person of [...people, ...migrantWorkers]) {
      personSerial += 1;
      const stem = `${person.letter}${person.sexDigit}${String(23456 + personSerial * 3137).padStart(7, '0')}`;
      const idNumber = withCheckDigit(stem, person.letterCode);
      const idKind = person.sexDigit === '8' || person.sexDigit === '9' ? 'resident-certificate' : 'national-id';
      const phone = 'phone' in person ? person.phone : null;
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO people (id_number, id_kind, name, birth_date, phone, district_code, preferred_locale, unit_kind, unit_code)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          idNumber,
          idKind,
          person.name,
          person.birthDate,
          phone,
          districtCode(person.district),
          person.locale,
          person.unit.kind,
          person.unit.code,
        ],
      );
      const id = (inserted.rows[0] as { id: string }).id;
      const disability = 'disability' in person ? person.disability : undefined;
      const groups = 'groups' in person ? person.groups : undefined;
      if (disability || groups) {
        await tx.query(
          'INSERT INTO person_sensitive_attributes (person_id, disability_level, special_groups) VALUES ($1, $2, $3)',
          [id, disability ?? null, groups ?? []],
        );
      }
    }
    const usernames = staffAccounts.map((account) => account.username);
    await recordAudit(tx, { actor: null, action: 'demo-data.load', recordType: 'database', details: { usernames } });
  });
  // Recorded CWA responses, so that the heat page shows data without a CWA key.
  await loadRecordedHeatData({ db, referenceData, clock: () => new Date() });
  await loadDemoRecords(db, { referenceData, clock: () => new Date() });
  await loadMediationDemo(db, { referenceData, clock: () => new Date() });
  await loadQuotaDemo(db, { referenceData, clock: () => new Date() });
  await loadUnionsDemo(db, { clock: () => new Date() });
  await loadMassLayoffsDemo(db, { referenceData, clock: () => new Date() });
  await loadIndicatorsDemo(db, { timeZone: referenceData.city.bureau.timeZone });
  await loadMigrantWorkersDemo(db, { referenceData, clock: () => new Date() });
  await loadMigrantCentreDemo(db, { referenceData, clock: () => new Date() });
  await loadProgramsDemo(db, referenceData);
  await loadEmploymentDemo(db, { referenceData, clock: () => new Date(), password: options.password });
  await loadCasesDemo(db, { referenceData, clock: () => new Date(), password: options.password });
  // After employment: the demo citizen is its job seeker 林淑芬, the demo employer has its referrals.
  await loadPublicAccountsDemo(db, { password: options.password });
  // After public accounts: the demo citizen's and employer's online program applications.
  await loadProgramsOnlineDemo(db, referenceData);
  // After employment: training classes with its job seekers, and the youth incentive read from a placement.
  await loadVocationalTrainingDemo(db, { referenceData, clock: () => new Date() });
  await loadYouthDemo(db, { referenceData, clock: () => new Date() });
  // After employment and public accounts: its employers offer the published vacancies; the demo citizen registers.
  await loadJobFairsDemo(db, { referenceData, clock: () => new Date() });
  await loadCareerRecordDemo(db, { clock: () => new Date(), password: options.password, referenceData });
  await loadSafetyDemo(db, { referenceData, clock: () => new Date() });
  return staffAccounts.map((account) => account.username);
}

/** The usernames of the demo staff accounts: production refuses to start while one still has the demo password. */
export const demoUsernames: readonly string[] = [...staffAccounts.map((account) => account.username), ...casesDemoUsernames];
