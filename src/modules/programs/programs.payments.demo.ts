/**
 * Demo data for the payment pages (ADR 0039), through the services: three skills awards approved with
 * their payee accounts (demo numbers); two of them in a batch gathered by the programs officer, approved
 * and exported by the admin, the bank's answer recorded (one paid, one returned); the third pending; and
 * an open recovery on the paid one.
 */
import type { Db } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createProgramPaymentsService } from './programs.payments.ts';
import { createProgramRecoveries } from './programs.recoveries.ts';
import type { ProgramsService } from './programs.service.ts';

export async function loadProgramPaymentsDemo(
  db: Db,
  referenceData: ReferenceData,
  programs: ProgramsService,
  staff: { maker: StaffPrincipal; checker: StaffPrincipal },
  clock: () => Date = () => new Date(),
) {
  if (((await db.query('SELECT 1 FROM program_payment_batches LIMIT 1')).rowCount ?? 0) > 0) return;
  const people = (await db.query<{ id: string; name: string }>('SELECT id, name FROM people ORDER BY id_number OFFSET 2 LIMIT 4')).rows.filter((_, index) => index !== 2);
  if (people.length < 3) return;
  const { maker, checker } = staff;
  const timeZone = referenceData.city.bureau.timeZone;
  const payments = createProgramPaymentsService({ db, clock, timeZone });
  const recoveries = createProgramRecoveries({ db, clock, referenceData });
  const options = { channel: 'staff' as const, locale: 'zh-TW' as const, requestId: 'demo-data' };
  const ids: string[] = [];
  for (const [index, person] of people.entries()) {
    try {
      const filed = await programs.apply(maker, 'skills-award', { personId: person.id, facts: { employmentState: 'employed', certificates: ['technician-b'] }, specialGroupConsent: false }, options);
      await programs.decide(checker, filed.id, { decision: 'approve', reason: '乙級技術士證照（示範資料）', amountTwd: 8_000 }, 'demo-data');
      await payments.setPayee(maker, filed.id, { payeeName: person.name, bankCode: '0040012', accountNumber: `00012345678${index}` }, 'demo-data');
      ids.push(filed.id);
    } catch (error) {
      if (['DUPLICATE_APPLICATION', 'NOT_ELIGIBLE', 'NOT_FOUND', 'PROGRAM_CLOSED', 'PROGRAM_FULL'].includes((error as { code?: string }).code ?? '')) continue;
      throw error;
    }
  }
  const [paid, returned] = ids;
  if (!paid || !returned) return;
  const batch = await payments.createBatch(maker, [paid, returned], 'demo-data');
  await payments.approve(checker, batch.id, 'demo-data');
  await payments.exportFile(checker, batch.id, 'demo-data');
  await payments.recordResults(maker, batch.id, [{ line: 1, result: 'paid' }, { line: 2, result: 'returned', reason: '戶名與帳號不符（示範資料）' }], 'demo-data');
  const due = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(clock().getTime() + 30 * 86_400_000));
  await recoveries.open(
    maker,
    { applicationId: paid, amountTwd: 3_000, reason: '重複請領部分獎勵（示範資料）', legalBasis: '（示範資料）承辦人輸入：撤銷原核定處分之函文及所依條文', dueOn: due },
    'demo-data',
  );
}
