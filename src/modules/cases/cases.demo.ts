/**
 * Demo data of the case-management screens, made through the module's own services: a case manager at the
 * 大里 station (`case-manager-dali`) and one at the 大肚 station (`case-manager-dadu`, for a transfer and for
 * seeing that another station's cases stay out of sight), an open domestic-violence case referred by the
 * social affairs bureau with consent, plan, notes (one confidential) and an overdue task, an injury case
 * without consent with a transfer waiting, and a closed case placed four months ago and stable.
 * Identifiers have valid check digits but belong to no one.
 */
import type { Db } from '../../db/client.ts';
import { hashPassword } from '../access/passwords.ts';
import { createAuditService } from '../audit/audit.service.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createEmploymentService } from '../employment/employment.service.ts';
import { createPeopleService } from '../people/people.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createViolationsService } from '../violations/violations.service.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { createCasesService } from './cases.service.ts';

/** The demo accounts this file adds (production refuses to start while they keep the demo password). */
export const casesDemoUsernames = ['case-manager-dali', 'case-manager-dadu'] as const;

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function loadCasesDemo(db: Db, options: { referenceData: ReferenceData; clock: () => Date; password: string }) {
  const { referenceData } = options;
  // The clock runs back for the closed case, so that its follow-ups fall due as they would have.
  let now = options.clock();
  const clock = () => now;
  const people = createPeopleService({ db, referenceData });
  const employers = createEmployersService({ db, referenceData });
  const violations = createViolationsService({ db, clock, authority: referenceData.city.name });
  const employment = createEmploymentService({ db, clock, referenceData, people, employers, violations });
  const cases = createCasesService({ db, clock, referenceData, people, employment, audit: createAuditService({ db }) });
  const passwordHash = await hashPassword(options.password);
  const account = async (username: string, displayName: string, code: string): Promise<StaffPrincipal> => {
    const inserted = await db.query<{ id: string }>(
      `INSERT INTO staff_users (username, display_name, password_hash, roles, home_unit_kind, home_unit_code)
       VALUES ($1, $2, $3, ARRAY['case-manager'], 'station', $4) RETURNING id`,
      [username, displayName, passwordHash, code],
    );
    const id = (inserted.rows[0] as { id: string }).id;
    return { id, username, displayName, roles: ['case-manager'], homeUnit: { kind: 'station', code }, csrfToken: '', sessionTokenHash: '' };
  };
  const dali = await account('case-manager-dali', '李個管師', 'dali');
  const dadu = await account('case-manager-dadu', '周個管師', 'dadu');
  const meta = 'demo-data';
  const today = cases.today();
  const person = (idNumber: string, name: string, districtCode: string) => people.create(dali, { idNumber, name, districtCode, preferredLocale: 'zh-TW' }, meta);

  // An employment case: a survivor of domestic violence referred by the social affairs bureau.
  const survivor = await person('B220912345', '陳怡君', '66000280');
  const open = await cases.create(
    dali,
    {
      personId: survivor.id,
      kind: 'employment',
      source: 'department',
      sourceDetail: '臺中市政府社會局',
      targetGroups: ['domestic-violence-sexual-assault'],
      consent: { purpose: '就業服務個案管理及轉介合作單位', scope: ['referral', 'share-notes'], givenOn: today, expiresOn: plusDays(today, 365) },
    },
    meta,
  );
  await cases.work.addPlanItem(dali, open.id, { kind: 'goal', description: '三個月內找到日間、可兼顧接送孩子的工作' }, meta);
  const aptitude = await cases.work.addPlanItem(dali, open.id, { kind: 'aptitude-test', description: '職業適性診斷（職業興趣量表）' }, meta);
  await cases.work.setPlanItemStatus(dali, open.id, aptitude.id, 'done', meta);
  await cases.work.addPlanItem(dali, open.id, { kind: 'resume-review', description: '履歷健診', dueOn: plusDays(today, 7) }, meta);
  await cases.work.addNote(dali, open.id, { body: '初談：曾任門市人員三年，希望日班工作。', confidential: false }, meta);
  await cases.work.addNote(dali, open.id, { body: '保護令有效中，聯絡時只打本人手機，勿留言。', confidential: true }, meta);
  await cases.work.addTask(dali, open.id, { title: '電訪確認履歷修改', dueOn: plusDays(today, -3) }, meta);
  await cases.work.addTask(dali, open.id, { title: '陪同參加徵才活動', dueOn: plusDays(today, 10) }, meta);

  // An injury case from a hospital, without consent yet, which its manager offers to the 大肚 station.
  const injured = await person('B120912352', '劉建宏', '66000280');
  const injury = await cases.create(dali, { personId: injured.id, kind: 'injury', source: 'hospital', sourceDetail: '中國醫藥大學附設醫院', targetGroups: [] }, meta);
  await cases.work.addPlanItem(dali, injury.id, { kind: 'legal-consultation', description: '職業災害補償與請假權益說明' }, meta);
  await cases.work.addPlanItem(dali, injury.id, { kind: 'return-to-work', description: '與雇主討論調整工作內容' }, meta);
  await cases.transfers.request(dali, injury.id, { toManagerId: dadu.id, reason: '個案已搬回大肚居住' }, meta);

  // A closed case: placed about four months ago, stable at the 3-month follow-up.
  const real = now;
  now = new Date(real.getTime() - 125 * 86_400_000);
  const placed = await person('B220912363', '吳美華', '66000280');
  const closed = await cases.create(dali, { personId: placed.id, kind: 'employment', source: 'walk-in', targetGroups: ['middle-aged-older'] }, meta);
  await cases.work.addPlanItem(dali, closed.id, { kind: 'counselling', description: '中高齡再就業諮詢' }, meta);
  await cases.work.recordPlacement(dali, closed.id, { startOn: cases.today(), employer: '北屯連鎖超市股份有限公司' }, meta);
  const tasks = (await db.query<{ id: string; followup_months: number }>('SELECT id, followup_months FROM case_tasks WHERE case_id = $1 ORDER BY due_on', [closed.id])).rows;
  now = real;
  for (const task of tasks.filter((t) => t.followup_months <= 3)) await cases.work.completeTask(dali, closed.id, task.id, 'employed', meta);
  await cases.work.close(dali, closed.id, { reason: 'employed-stable' }, meta);

  // The 大肚 station's own case, which 大里 does not see.
  const other = await people.create(dadu, { idNumber: 'B120912370', name: '林志豪', districtCode: '66000250', preferredLocale: 'zh-TW' }, meta);
  await cases.create(dadu, { personId: other.id, kind: 'employment', source: 'hotline-1955', targetGroups: ['low-income'] }, meta);
}
