/**
 * Demo data of the employment screens, made through the module's own services: an officer at the 大里
 * station (username `employment-officer-dali`), job seekers registered there, vacancies (published, one held
 * by the screening with 限男性 and an age limit), and a referral carried through to a hire.
 */
import type { Db } from '../../db/client.ts';
import { withCheckDigit } from '../../db/seed/demo-data.ts';
import { hashPassword } from '../access/passwords.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createPeopleService } from '../people/people.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createViolationsService } from '../violations/violations.service.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { loadPlacementDemo } from './employment.demo-placements.ts';
import { createEmploymentService } from './employment.service.ts';

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function loadEmploymentDemo(db: Db, options: { referenceData: ReferenceData; clock: () => Date; password: string }) {
  const { referenceData, clock } = options;
  const people = createPeopleService({ db, referenceData });
  const employers = createEmployersService({ db, referenceData });
  const violations = createViolationsService({ db, clock, authority: referenceData.city.name });
  const employment = createEmploymentService({ db, clock, referenceData, people, employers, violations });
  const today = employment.today();
  const account = await db.query<{ id: string }>(
    `INSERT INTO staff_users (username, display_name, password_hash, roles, home_unit_kind, home_unit_code)
     VALUES ('employment-officer-dali', '王就服員', $1, ARRAY['employment-officer'], 'station', 'dali') RETURNING id`,
    [await hashPassword(options.password)],
  );
  const officer: StaffPrincipal = {
    id: (account.rows[0] as { id: string }).id,
    username: 'employment-officer-dali',
    displayName: '王就服員',
    roles: ['employment-officer'],
    homeUnit: { kind: 'station', code: 'dali' },
    csrfToken: '',
    sessionTokenHash: '',
  };
  const meta = 'demo-data';
  const employerIds = new Map(
    (await db.query<{ id: string; name: string }>('SELECT id, name FROM employers')).rows.map((row) => [row.name, row.id]),
  );
  const employerId = (name: string) => {
    const id = employerIds.get(name);
    if (!id) throw new Error(`employment demo: employer ${name} is not in the demo data`);
    return id;
  };

  // 職業標準分類 codes: 8343 吊車、起重機及有關設備操作人員 (a forklift driver), 5220 商店銷售有關人員, 5320 個人健康照顧工作人員,
  // 7212 焊接及切割人員, 8152 紡織及針織機械操作人員; '8' is a whole major group, which covers every 8xxx vacancy.
  const seekers: { stem: string; name: string; district: string; occupations: string[]; wage: number; groups?: string[] }[] = [
    { stem: 'B12030', name: '陳志明', district: '66000280', occupations: ['8343'], wage: 32_000 },
    { stem: 'B22041', name: '林淑芬', district: '66000280', occupations: ['5320', '5220'], wage: 30_000, groups: ['middle-aged'] },
    { stem: 'B12052', name: '張家豪', district: '66000230', occupations: ['7212', '8'], wage: 34_000 },
  ];
  const seekerIds: string[] = [];
  for (const [index, s] of seekers.entries()) {
    const person = await people.create(officer, { idNumber: withCheckDigit(`${s.stem}${String(index).padStart(3, '0')}`, 11), name: s.name, districtCode: s.district, preferredLocale: 'zh-TW' }, meta);
    const created = await employment.jobSeekers.create(
      officer,
      {
        personId: person.id,
        desiredOccupations: s.occupations,
        districtCodes: [s.district, '66000280'],
        lowestWage: { type: 'monthly', amount: s.wage },
        employmentType: 'full-time',
        shifts: ['day'],
        skills: [],
        certificates: index === 0 ? [{ kind: '技術士', name: '堆高機操作', level: '單一級', number: '110-012345' }] : [],
        languages: ['zh', 'nan'],
        drivingLicences: index === 2 ? ['普通小型車'] : [],
        ...(s.groups ? { specialGroups: { groups: s.groups as ['middle-aged'], consent: { givenOn: today } } } : {}),
      },
      meta,
    );
    seekerIds.push(created.id);
  }

  const base = {
    description: '',
    requirements: '',
    shifts: ['day' as const],
    openings: 2,
    requiredCertificates: [],
    languages: [],
    expiresOn: plusDays(today, 45),
  };
  const published = [
    { employerId: employerId('大里精密鑄造有限公司'), occupationCode: '8343', title: '堆高機作業員', description: '廠內物料搬運與倉儲管理。', requirements: '具堆高機操作證照', districtCode: '66000280', wage: { type: 'monthly' as const, min: 33_000, max: 36_000 }, employmentType: 'full-time' as const, requiredCertificates: ['堆高機操作'] },
    { employerId: employerId('北屯連鎖超市股份有限公司'), occupationCode: '5220', title: '門市人員', description: '收銀、上架與顧客服務。', districtCode: '66000080', wage: { type: 'monthly' as const, min: 30_000, max: 32_000 }, employmentType: 'full-time' as const },
    { employerId: employerId('豐原長照服務社'), occupationCode: '5320', title: '照顧服務員', description: '居家照顧服務，需照顧服務員結業證明。', districtCode: '66000090', wage: { type: 'hourly' as const, min: 220, max: 260 }, employmentType: 'part-time' as const },
  ];
  const vacancyIds: string[] = [];
  for (const v of published) {
    const created = await employment.vacancies.create(officer, { ...base, ...v }, meta);
    await employment.vacancies.publish(officer, created.id, undefined, meta);
    vacancyIds.push(created.id);
  }
  // Held by the screening: 限男性 and an age limit (就業服務法 Art. 5 I), waiting for an officer.
  await employment.vacancies.create(
    officer,
    { ...base, employerId: employerId('太平紡織股份有限公司'), occupationCode: '8152', title: '機台技術員', requirements: '限男性，25歲以下，需配合輪班', districtCode: '66000260', wage: { type: 'monthly', min: 31_000, max: 34_000 }, employmentType: 'full-time', shifts: ['rotating'] },
    meta,
  );

  const referral = await employment.referrals.create(officer, { jobSeekerId: seekerIds[0] as string, vacancyId: vacancyIds[0] as string }, meta);
  await employment.referrals.progress(officer, referral.id, 'interviewed', meta);
  await employment.referrals.outcome(officer, referral.id, { outcome: 'hired', startDate: today, monthlyWage: 34_000 }, meta);
  await employment.referrals.create(officer, { jobSeekerId: seekerIds[2] as string, vacancyId: vacancyIds[0] as string }, meta);
  await loadPlacementDemo(db, { referenceData, password: options.password });
}
