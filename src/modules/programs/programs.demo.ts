/**
 * Demo data for the programs pages, through the programs services: the plan's programs, a labor
 * university course with enrolments (one subsidised), and applications in each state.
 */
import type { Db } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createLaborUniversityService } from './labor-university.ts';
import { seedProgramCatalog } from './programs.seed.ts';
import { createProgramsService } from './programs.service.ts';

export async function loadProgramsDemo(db: Db, referenceData: ReferenceData, clock: () => Date = () => new Date()) {
  const programs = createProgramsService({ db, referenceData, clock });
  const laborUniversity = createLaborUniversityService({ db, programs, clock });
  const year = Number(programs.today().slice(0, 4));
  const principal = async (username: string): Promise<StaffPrincipal> => {
    const row = (await db.query<{ id: string; display_name: string; roles: string[] }>('SELECT id, display_name, roles FROM staff_users WHERE username = $1', [username])).rows[0];
    if (!row) throw new Error(`demo account ${username} missing`);
    return { id: row.id, username, displayName: row.display_name, roles: row.roles, homeUnit: { kind: 'city', code: null }, csrfToken: '', sessionTokenHash: '' };
  };
  const maker = await principal('programs-officer');
  const checker = await principal('admin');
  await seedProgramCatalog(programs, { staff: checker, year, requestId: 'demo-data' });
  const people = (await db.query<{ id: string }>('SELECT id FROM people ORDER BY id_number LIMIT 6')).rows.map((row) => row.id);
  if (people.length < 4) return;
  const [p0, p1, p2, p3] = people as [string, string, string, string];
  const options = { channel: 'staff' as const, locale: 'zh-TW' as const, requestId: 'demo-data' };
  const star = await programs.apply(maker, 'star-youth', { personId: p0, facts: { months: 1 }, specialGroupConsent: false }, options);
  await programs.apply(maker, 'skills-award', { personId: p1, facts: { employmentState: 'employed', certificates: ['technician-b'] }, specialGroupConsent: false }, options);
  const death = await programs.apply(maker, 'death-consolation', { personId: p2, facts: {}, specialGroupConsent: false }, options);
  await programs.decide(checker, death.id, { decision: 'approve', reason: '文件齊備（示範資料）', amountTwd: 10_000 }, 'demo-data');
  await programs.apply(maker, 'youth-stable-employment', { personId: p3, facts: { employmentState: 'unemployed' }, specialGroupConsent: false }, options);
  void star;
  const course = await laborUniversity.addCourse(
    checker,
    { year, code: 'LU-DEMO-1', title: '勞動法令入門（示範課程）', location: '臺中市勞工教育中心（示範）', schedule: '週二 19:00–21:00', hours: 18, feeTwd: 1800, places: 40 },
    'demo-data',
  );
  await laborUniversity.enrol(maker, { courseId: course.id, personId: p0, specialGroupConsent: false }, 'zh-TW', 'demo-data');
  await laborUniversity.enrol(maker, { courseId: course.id, personId: p1, specialGroup: 'new-immigrant', specialGroupConsent: true }, 'zh-TW', 'demo-data');
}
