/**
 * Demo data of the job-fair screens, made through the module's own services: a regional joint fair held
 * ten days ago (employers approved with their vacancies, pre-registrations and walk-ins checked in,
 * interviews and hires, so its report has figures) and an expo in three weeks with employers signed up
 * (one waiting for approval) and the demo citizen pre-registered (their "my QR code" page). Past records
 * are made with the service's clock set back, as they were.
 */
import type { Db } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createEmploymentService } from '../employment/employment.service.ts';
import { createPeopleService } from '../people/people.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createViolationsService } from '../violations/violations.service.ts';
import { createJobFairsService } from './job-fairs.service.ts';

const dayMs = 86_400_000;
/** `hour`:00 in Taichung, `days` from the day of `from`. */
const at = (from: Date, days: number, hour: number) => {
  const day = new Date(from.getTime() + 8 * 3_600_000 + days * dayMs).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;
};

export async function loadJobFairsDemo(db: Db, options: { referenceData: ReferenceData; clock: () => Date }) {
  const { referenceData } = options;
  const realNow = options.clock();
  let now = new Date(realNow.getTime() - 30 * dayMs);
  const clock = () => now;
  const people = createPeopleService({ db, referenceData });
  const employers = createEmployersService({ db, referenceData });
  const violations = createViolationsService({ db, clock, authority: referenceData.city.name });
  const employment = createEmploymentService({ db, clock, referenceData, people, employers, violations });
  const jobFairs = createJobFairsService({ db, clock, timeZone: referenceData.city.bureau.timeZone, employment });
  const row = (await db.query<{ id: string; display_name: string }>(`SELECT id, display_name FROM staff_users WHERE username = 'employment-officer'`)).rows[0];
  if (!row) return;
  const officer: StaffPrincipal = {
    id: row.id,
    username: 'employment-officer',
    displayName: row.display_name,
    roles: ['employment-officer'],
    homeUnit: { kind: 'station', code: 'dajia' },
    csrfToken: '',
    sessionTokenHash: '',
  };
  const meta = 'demo-data';
  // The employers with published vacancies (the employment demo's), and those vacancies.
  const offers = new Map<string, string[]>();
  for (const v of (await db.query<{ id: string; employer_id: string }>(`SELECT id, employer_id FROM vacancies WHERE status = 'published' ORDER BY title, id`)).rows) {
    offers.set(v.employer_id, [...(offers.get(v.employer_id) ?? []), v.id]);
  }
  const offering = [...offers.entries()].slice(0, 4);
  if (offering.length === 0) return;

  // Ten days ago: a regional joint fair at 大里, created and published three weeks before it.
  const past = await jobFairs.fairs.create(
    officer,
    {
      kind: 'regional',
      title: '大里區聯合徵才活動',
      description: '區域聯合徵才：在地廠商現場面試，攜帶履歷即可參加。',
      startsAt: at(realNow, -10, 9),
      endsAt: at(realNow, -10, 16),
      venue: '大里區公所 1 樓大禮堂',
      districtCode: '66000280',
      capacity: 300,
    },
    meta,
  );
  await jobFairs.fairs.publish(officer, past.id, meta);
  for (const [employerId, vacancyIds] of offering) {
    await jobFairs.fairs.signUpByStaff(officer, past.id, employerId, vacancyIds, meta);
    await jobFairs.fairs.decide(officer, past.id, employerId, 'approved', meta);
  }
  // Demo people pre-register online three weeks before; on the day the others come to the door.
  const codes: string[] = [];
  const walkIns: string[] = [];
  for (const name of ['陳志明', '張家豪', '陳怡君', '黃俊傑', '吳佩珊', '蔡淑惠', '楊志明']) {
    const person = (await db.query<{ id: string }>('SELECT id FROM people WHERE name = $1 LIMIT 1', [name])).rows[0];
    if (person) codes.push((await jobFairs.attendance.preRegister({ personId: person.id }, past.id, name, { requestId: meta, locale: name === '陳怡君' ? 'vi' : 'zh-TW' })).code);
    else walkIns.push(name);
  }
  // The fair's day: all but one with a code check in, the walk-ins register, interviews and hires are recorded.
  now = new Date(Date.parse(at(realNow, -10, 10)));
  for (const code of codes.slice(0, Math.max(codes.length - 1, 0))) await jobFairs.attendance.checkIn(officer, past.id, code, meta);
  for (const name of walkIns) await jobFairs.attendance.registerAtDoor(officer, past.id, name, meta);
  const detail = await jobFairs.detail(past.id);
  const checked = detail.registrations.filter((r) => r.checkedInAt);
  const [first, second] = offering;
  for (const [index, registration] of checked.entries()) {
    const [employerId, vacancyIds] = index % 2 === 0 || !second ? (first as [string, string[]]) : second;
    await jobFairs.attendance.recordOutcome(officer, past.id, { registrationId: registration.id, employerId, vacancyId: vacancyIds[0], kind: 'interview' }, meta);
    if (index < 2) await jobFairs.attendance.recordOutcome(officer, past.id, { registrationId: registration.id, employerId, vacancyId: vacancyIds[0], kind: 'hire' }, meta);
  }

  // Today: an expo in three weeks, with employers signed up (the last one waiting) and the demo citizen registered.
  now = realNow;
  const expo = await jobFairs.fairs.create(
    officer,
    {
      kind: 'expo',
      title: '臺中市就業博覽會',
      description: '年度就業博覽會：40 至 50 家廠商、1,000 個以上職缺，另有履歷健診與職涯諮詢。',
      startsAt: at(realNow, 21, 9),
      endsAt: at(realNow, 21, 16),
      venue: '臺中國際展覽館',
      districtCode: '66000230',
      capacity: 3000,
    },
    meta,
  );
  await jobFairs.fairs.publish(officer, expo.id, meta);
  for (const [index, [employerId, vacancyIds]] of offering.entries()) {
    await jobFairs.fairs.signUpByStaff(officer, expo.id, employerId, vacancyIds, meta);
    if (index < offering.length - 1) await jobFairs.fairs.decide(officer, expo.id, employerId, 'approved', meta);
  }
  const citizen = (await db.query<{ person_id: string; name: string }>(
    `SELECT a.person_id, p.name FROM public_accounts a JOIN people p ON p.id = a.person_id WHERE a.email = 'citizen@demo.example.tw'`,
  )).rows[0];
  if (citizen) await jobFairs.attendance.preRegister({ personId: citizen.person_id }, expo.id, citizen.name, { requestId: meta, locale: 'zh-TW' });
}
