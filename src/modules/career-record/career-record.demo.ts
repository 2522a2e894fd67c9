/**
 * Demo data of the career record: a verified citizen account (`worker@example.tw`, the demo password) for
 * 陳志明, whom the employment demo placed at 大里精密鑄造, with a 技術士 certificate an officer verified, an
 * award waiting for verification, an employer's evaluation given through his invitation, and one share link.
 * The account is written as the public-accounts module would after sign-up and verification; the entries go
 * through this module's services.
 */
import type { Db } from '../../db/client.ts';
import type { AccountPrincipal, StaffPrincipal } from '../../shared/http/app-env.ts';
import { hashPassword } from '../access/passwords.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createEmploymentService } from '../employment/employment.service.ts';
import { createPeopleService } from '../people/people.service.ts';
import { createLaborUniversityService } from '../programs/labor-university.ts';
import { createProgramsService } from '../programs/programs.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createViolationsService } from '../violations/violations.service.ts';
import { createCareerRecordService, newToken } from './career-record.service.ts';
import { createCareerShares } from './career-record.shares.ts';

export const demoWorkerEmail = 'worker@example.tw';

export async function loadCareerRecordDemo(db: Db, options: { clock: () => Date; password: string; referenceData: ReferenceData }) {
  const { referenceData, clock } = options;
  // Placements are read through the employment module's service, as the app does.
  const employment = createEmploymentService({
    db,
    clock,
    referenceData,
    people: createPeopleService({ db, referenceData }),
    employers: createEmployersService({ db, referenceData }),
    violations: createViolationsService({ db, clock, authority: referenceData.city.name }),
  });
  const person = (await db.query<{ id: string }>(`SELECT id FROM people WHERE name = '陳志明' ORDER BY created_at LIMIT 1`)).rows[0];
  const officerRow = (await db.query<{ id: string }>(`SELECT id FROM staff_users WHERE username = 'employment-officer-dali'`)).rows[0];
  if (!person || !officerRow) return;
  const inserted = await db.query<{ id: string }>(
    `INSERT INTO public_accounts (kind, email, password_hash, email_verified_at, person_id, locale) VALUES ('citizen', $1, $2, $3, $4, 'zh-TW') RETURNING id`,
    [demoWorkerEmail, await hashPassword(options.password), options.clock(), person.id],
  );
  const account: AccountPrincipal = { id: (inserted.rows[0] as { id: string }).id, kind: 'citizen', personId: person.id, employerId: null, employerRole: null, csrfToken: '', sessionTokenHash: '' };
  const officer: StaffPrincipal = {
    id: officerRow.id,
    username: 'employment-officer-dali',
    displayName: '王就服員',
    roles: ['employment-officer'],
    homeUnit: { kind: 'station', code: 'dali' },
    csrfToken: '',
    sessionTokenHash: '',
  };
  const laborUniversity = createLaborUniversityService({ db, programs: createProgramsService({ db, referenceData, clock }), clock });
  const record = createCareerRecordService({ db, clock, employment, laborUniversity, timeZone: referenceData.city.bureau.timeZone, publicBaseUrl: 'http://localhost:3000' });
  const shares = createCareerShares({ db, clock: options.clock, record, publicBaseUrl: 'http://localhost:3000' });
  const meta = 'demo-data';
  const certificate = await record.addEntry(
    account,
    { kind: 'certificate', title: '技術士 堆高機操作', organisation: '勞動部勞動力發展署技能檢定中心', startedOn: '2021-06-18', certificate: { level: '單一級', number: '110-012345' }, note: '' },
    meta,
  );
  await record.verify(officer, certificate.id, 'verified', meta);
  await record.addEntry(account, { kind: 'training', title: '物流倉儲管理班', organisation: '勞動部勞動力發展署中彰投分署', startedOn: '2022-03-01', endedOn: '2022-05-31', note: '' }, meta);
  await record.addEntry(account, { kind: 'award', title: '勞工藝級棒 銅牌（堆高機）', organisation: '臺中市政府勞工局', startedOn: '2024-10-20', note: '' }, meta);
  const invitation = await record.inviteEvaluation(account, '大里精密鑄造有限公司', meta);
  const token = /#token=([\w-]+)/.exec(invitation.url)?.[1] ?? newToken();
  await record.evaluate({ token, rating: 5, text: '操作安全、出勤穩定，樂於協助新進同仁。' }, meta);
  await shares.create(account, 14, meta);
}
