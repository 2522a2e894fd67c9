/**
 * Demo records that go through the modules' own services, so they obey the same rules and audit as real
 * ones: the five real Taichung rows of the Ministry of Labor's violation list, and two complaints.
 */
import type { Db } from '../client.ts';
import { createComplaintsService } from '../../modules/complaints/complaints.service.ts';
import type { ReferenceData } from '../../modules/reference-data/reference-data.ts';
import { createViolationsService } from '../../modules/violations/violations.service.ts';
import { csvText, molHeader, taichungRows } from '../../modules/violations/violations.fixtures.ts';

export async function loadDemoRecords(db: Db, options: { referenceData: ReferenceData; clock: () => Date }): Promise<void> {
  const violations = createViolationsService({ db, clock: options.clock, authority: options.referenceData.city.name });
  await violations.importFile({
    bytes: new TextEncoder().encode(csvText([molHeader, ...taichungRows])),
    fileName: 'mol-taichung-sample.csv',
    actor: null,
    channel: 'cli',
    requestId: 'demo-data',
  });
  const complaints = createComplaintsService({ db, referenceData: options.referenceData, clock: options.clock });
  const meta = { requestId: 'demo-data', locale: 'zh-TW' as const };
  await complaints.file(
    {
      employerName: '大里精密鑄造有限公司',
      districtCode: '大里區',
      law: 'laborStandardsAct',
      description: '上個月加班約 40 小時，薪資單上沒有任何加班費，主管說責任制不給加班費。',
      anonymous: true,
    },
    [],
    meta,
  );
  await complaints.file(
    {
      employerName: '逢甲餐飲企業社',
      districtCode: '66000060',
      law: 'minimumWageAct',
      description: 'Part-time kitchen work paid NT$170 an hour since January, below the minimum wage.',
      anonymous: false,
      name: 'DEMO COMPLAINANT',
      email: 'complainant@example.org',
    },
    [],
    meta,
  );
}
