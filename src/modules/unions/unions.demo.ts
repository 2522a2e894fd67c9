/**
 * Demo unions through the service: one of each kind, two evaluated in 2026 and one guided; annual reports,
 * a term ending soon and one ended, the reminder settings, and the social dialogue register.
 */
import { addDays } from '#labor-rules';
import type { Db } from '../../db/client.ts';
import { createUnionReportsService } from './unions.reports.ts';
import { createUnionsService } from './unions.service.ts';

export async function loadUnionsDemo(db: Db, options: { clock: () => Date }): Promise<void> {
  const unions = createUnionsService({ db, clock: options.clock });
  const add = (name: string, kind: 'enterprise' | 'industrial' | 'occupational' | 'federation', number: string, foundedOn: string, members: number) =>
    unions.register(null, { name, kind, registrationNumber: number, foundedOn, members, termEndsOn: '2027-06-30' }, 'demo-data');
  const precision = await add('臺中精機股份有限公司企業工會', 'enterprise', '中市工字第 0101 號', '2003-04-12', 420);
  const logistics = await add('臺中市物流業產業工會', 'industrial', '中市工字第 0102 號', '2012-09-01', 860);
  const beauty = await add('臺中市美容美髮業職業工會', 'occupational', '中市工字第 0103 號', '1998-06-20', 1500);
  await add('臺中市營造業職業工會', 'occupational', '中市工字第 0104 號', '1995-02-14', 2300);
  await add('臺中市總工會', 'federation', '中市工字第 0105 號', '1990-05-01', 52000);
  const criteria = (organisation: number, finance: number, activity: number) => [
    { criterion: '組織運作', weight: 40, score: organisation },
    { criterion: '財務管理', weight: 30, score: finance },
    { criterion: '會員服務與活動', weight: 30, score: activity },
  ];
  await unions.evaluate(null, precision, { year: 2026, evaluatedOn: '2026-05-20', grade: '甲等', criteria: criteria(88, 82, 90) }, 'demo-data');
  await unions.evaluate(null, logistics, { year: 2026, evaluatedOn: '2026-05-22', grade: '乙等', criteria: criteria(75, 68, 80), findings: '財務報表科目分類不一致' }, 'demo-data');
  await unions.recordVisit(null, logistics, { visitedOn: '2026-07-08', findings: '協助建立收支分類帳與理監事會議紀錄格式' }, 'demo-data');

  // The reminder goes through the outbox only when the workers run; here, the settings and the terms it reads.
  const reports = createUnionReportsService({ db, clock: options.clock, timeZone: 'Asia/Taipei', notifications: { notify: async () => '' }, bureauName: () => '臺中市政府勞工局' });
  const today = reports.today();
  await db.query('UPDATE unions SET term_ends_on = $2 WHERE id = $1', [logistics, addDays(today, 20)]);
  await db.query('UPDATE unions SET term_ends_on = $2 WHERE id = $1', [beauty, addDays(today, -3)]);
  await reports.setReminderSettings(null, { leadDays: 60, recipientEmail: 'unions-officer@labor.example.gov.tw', locale: 'zh-TW' }, 'demo-data');
  await reports.fileReport(null, precision, {
    year: 2025, members: 418, filedOn: '2026-02-25',
    income: [{ category: '會費', amount: 502_000 }, { category: '政府補助', amount: 60_000 }],
    spending: [{ category: '人事費', amount: 320_000 }, { category: '會務活動', amount: 145_000 }, { category: '教育訓練', amount: 38_000 }],
  }, 'demo-data');
  await reports.fileReport(null, logistics, {
    year: 2025, members: 860, filedOn: '2026-03-10',
    income: [{ category: '會費', amount: 1_032_000 }], spending: [{ category: '人事費', amount: 610_000 }, { category: '勞資爭議協助', amount: 92_000 }],
  }, 'demo-data');
  await reports.recordDialogue(null, {
    kind: 'meeting', heldOn: addDays(today, -21), title: '勞資政三方對話座談會', issues: '基本工資調整之因應；大量解僱預警與就業服務',
    parties: [{ name: '臺中市工業會', side: 'employers' }, { name: '臺中市總工會', side: 'workers' }, { name: '臺中市政府勞工局', side: 'government' }],
    followUps: [{ action: '彙整中小企業因應措施並回復各團體', owner: '勞資關係科', dueOn: addDays(today, -7) }, { action: '辦理預警通報說明會', owner: '就業安全科', dueOn: addDays(today, 14) }],
  }, 'demo-data');
  await reports.recordDialogue(null, {
    kind: 'partnership_event', heldOn: addDays(today, -10), title: '勞資夥伴關係推廣講座', issues: '勞資會議實務與團體協約', attendance: 86,
    parties: [{ name: '臺中市政府勞工局', side: 'government' }, { name: '臺中精機股份有限公司企業工會', side: 'workers' }], followUps: [],
  }, 'demo-data');
}
