/**
 * Demo data for the programs pages, through the programs services: the plan's programs, a labor
 * university course with enrolments (one subsidised), and applications in each state.
 */
import type { Db } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createLaborUniversityService } from './labor-university.ts';
import { createCourseSessions } from './labor-university.sessions.ts';
import { programCatalog } from './programs.catalog.ts';
import { seedProgramCatalog } from './programs.seed.ts';
import { createProgramsService } from './programs.service.ts';
import { loadProgramPaymentsDemo } from './programs.payments.demo.ts';
import { loadStartupsDemo, loadStartupsOnlineDemo } from './startups.demo.ts';

/**
 * A demo step that cannot apply to this data (the person already enrolled or applied this period, or the
 * date is before the catalog's first version) is skipped; anything else is a real failure.
 */
function expected(error: unknown): undefined {
  if (['CONFLICT', 'DUPLICATE_APPLICATION', 'NOT_FOUND', 'PROGRAM_CLOSED'].includes((error as { code?: string }).code ?? '')) return undefined;
  throw error;
}

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
  const subsidised = await laborUniversity.enrol(maker, { courseId: course.id, personId: p1, specialGroup: 'new-immigrant', specialGroupConsent: true }, 'zh-TW', 'demo-data');
  // Its meetings, Tuesday evenings 19:00–21:00 in Taichung: one a week ago (attendance taken), two to come.
  const sessions = createCourseSessions({ db, clock });
  const day = 86_400_000;
  const evening = (offsetDays: number) => {
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: referenceData.city.bureau.timeZone }).format(new Date(clock().getTime() + offsetDays * day));
    return { startsAt: `${date}T19:00:00+08:00`, endsAt: `${date}T21:00:00+08:00` };
  };
  const held = await sessions.addSession(checker, course.id, evening(-7), 'demo-data');
  await sessions.addSession(checker, course.id, evening(7), 'demo-data');
  await sessions.addSession(checker, course.id, { ...evening(14), location: '北屯區勞工育樂中心（示範）' }, 'demo-data');
  await sessions.recordAttendance(maker, held.id, { present: [subsidised.id] }, 'demo-data');

  // The death consolation: one paid by two people within its 3 days, and one received 50 hours ago that
  // is past its escalation point (48 h), so that the staff page shows an escalation as soon as the job runs.
  await programs.preparePayment(maker, death.id, 'demo-data');
  const payment = (await db.query<{ id: string }>('SELECT id FROM program_payments WHERE application_id = $1', [death.id])).rows[0] as { id: string };
  await programs.approvePayment(checker, payment.id, 'demo-data');
  const p4 = people[4];
  if (p4) {
    const earlier = createProgramsService({ db, referenceData, clock: () => new Date(clock().getTime() - 50 * 3_600_000) });
    await earlier.apply(maker, 'death-consolation', { personId: p4, facts: {}, specialGroupConsent: false }, options).catch(expected);
  }
  // A version staff added with the supervisor's mailbox (demo address), so new applications mail it.
  const deathDefinition = programCatalog.find((d) => d.code === 'death-consolation');
  if (deathDefinition?.escalation) {
    try {
      await programs.saveDefinition(
        checker,
        { ...deathDefinition, effectiveFrom: programs.today(), escalation: { ...deathDefinition.escalation, notifyEmail: 'programs-supervisor@demo.example.tw' } },
        'demo-data',
      );
    } catch (error) {
      if ((error as { code?: string }).code !== 'CONFLICT') throw error;
    }
  }
  // Payment batches, the bank's answer and a recovery (ADR 0039).
  await loadProgramPaymentsDemo(db, referenceData, programs, { maker, checker }, clock);
  // 摘星青年 units, tenancies and visits, and a start-up loan (startups.demo.ts).
  await loadStartupsDemo(db, referenceData, clock);
}

/**
 * After the public accounts' demo: the demo citizen (林淑芬) applied online for the labor university's
 * subsidy with a course, uploaded her proof, and the demo employer applied for the childcare incentive,
 * so that "my applications" and the staff list show the online channel.
 */
export async function loadProgramsOnlineDemo(db: Db, referenceData: ReferenceData, clock: () => Date = () => new Date()) {
  const programs = createProgramsService({ db, referenceData, clock });
  const laborUniversity = createLaborUniversityService({ db, programs, clock });
  const accounts = await db.query<{ id: string; kind: 'citizen' | 'employer'; person_id: string | null; employer_id: string | null; employer_role: 'admin' | 'member' | null }>(
    `SELECT id, kind, person_id, employer_id, employer_role FROM public_accounts WHERE email IN ('citizen@demo.example.tw', 'employer@demo.example.tw')`,
  );
  const year = Number(programs.today().slice(0, 4));
  const course = (await db.query<{ id: string }>(`SELECT id FROM labor_university_courses WHERE year = $1 AND code = 'LU-DEMO-1'`, [year])).rows[0];
  for (const row of accounts.rows) {
    const account = { id: row.id, kind: row.kind, personId: row.person_id, employerId: row.employer_id, employerRole: row.employer_role, csrfToken: '', sessionTokenHash: '' };
    if (row.kind === 'citizen' && row.person_id && course) {
      const enrolled = await laborUniversity.enrolSelf(account, { courseId: course.id, specialGroup: 'sole-breadwinner', specialGroupConsent: true }, 'zh-TW', 'demo-data').catch(expected);
      if (enrolled?.applicationId) {
        const proof = Buffer.from('%PDF-1.4\n% demo proof of the special group (示範資料)\n%%EOF\n');
        await programs.storeDocument({ account }, enrolled.applicationId, { documentCode: 'group-proof', fileName: '獨力負擔家計證明.pdf', mediaType: null, content: proof }, 'demo-data', 'file');
      }
    }
    if (row.kind === 'citizen') await loadStartupsOnlineDemo(db, referenceData, account, clock);
    if (row.kind === 'employer' && row.employer_id) {
      await programs.apply(null, 'employer-childcare-incentive', { employerId: row.employer_id, facts: { employerSize: 120 }, specialGroupConsent: false }, { channel: 'employer', locale: 'zh-TW', requestId: 'demo-data', account }).catch(expected);
    }
  }
}
