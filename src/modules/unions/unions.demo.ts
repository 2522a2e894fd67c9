/** Demo unions through the service: one of each kind, two evaluated in 2026 and one guided. */
import type { Db } from '../../db/client.ts';
import { createUnionsService } from './unions.service.ts';

export async function loadUnionsDemo(db: Db, options: { clock: () => Date }): Promise<void> {
  const unions = createUnionsService({ db, clock: options.clock });
  const add = (name: string, kind: 'enterprise' | 'industrial' | 'occupational' | 'federation', number: string, foundedOn: string, members: number) =>
    unions.register(null, { name, kind, registrationNumber: number, foundedOn, members, termEndsOn: '2027-06-30' }, 'demo-data');
  const precision = await add('臺中精機股份有限公司企業工會', 'enterprise', '中市工字第 0101 號', '2003-04-12', 420);
  const logistics = await add('臺中市物流業產業工會', 'industrial', '中市工字第 0102 號', '2012-09-01', 860);
  await add('臺中市美容美髮業職業工會', 'occupational', '中市工字第 0103 號', '1998-06-20', 1500);
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
}
