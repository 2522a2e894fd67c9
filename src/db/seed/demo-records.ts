/**
 * Demo records that go through the modules' own services, so they obey the same rules and audit as real
 * ones: the five real Taichung rows of the Ministry of Labor's violation list, one inspection result of the
 * bureau's own for a demo employer, and three complaints, one filed in Vietnamese whose reply waits for the
 * interpreter (issue 15 §1).
 */
import type { Db } from '../client.ts';
import { createComplaintsService } from '../../modules/complaints/complaints.service.ts';
import type { ReferenceData } from '../../modules/reference-data/reference-data.ts';
import { createTranslationsService } from '../../modules/translations/translations.service.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
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
  const translations = createTranslationsService({ db, clock: options.clock });
  const complaints = createComplaintsService({ db, referenceData: options.referenceData, clock: options.clock, translations });
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
  await vietnameseComplaint(db, complaints);
  await bureauInspection(db, violations);
}

/**
 * One of the bureau's own inspection results, published, for a (fictional) demo employer on the register:
 * its record shows and finds the employer's 統一編號 (issue 15 §6). The fine is LSA Art. 79 I's minimum
 * for an Art. 24 breach (NT$20,000); the decision number is marked as demo data.
 */
async function bureauInspection(db: Db, violations: ReturnType<typeof createViolationsService>): Promise<void> {
  const row = (await db.query<{ id: string; roles: string[] }>("SELECT id, roles FROM staff_users WHERE username = 'labor-inspector'")).rows[0];
  if (!row) return;
  const inspector: StaffPrincipal = { id: row.id, username: 'labor-inspector', displayName: 'labor-inspector', roles: row.roles, homeUnit: { kind: 'city', code: null }, csrfToken: '', sessionTokenHash: '' };
  const draft = await violations.createInspection(
    inspector,
    {
      employerName: '大里精密鑄造有限公司',
      decidedOn: '2026-10-15',
      decisionNumber: '中市勞檢字第DEMO0001號（示範資料）',
      law: '勞動基準法',
      articles: ['勞動基準法第24條'],
      violations: ['延長工作時間之工資未依規定加給'],
      fine: 20000,
      disputed: false,
      note: '示範資料',
    },
    'demo-data',
  );
  await violations.publishInspection(inspector, draft.id, '2026-11-02', 'demo-data');
}

/** Filed in Vietnamese, assigned, investigated and answered in Chinese: the translation task is open. */
async function vietnameseComplaint(db: Db, complaints: ReturnType<typeof createComplaintsService>): Promise<void> {
  const principal = async (username: string): Promise<StaffPrincipal | undefined> => {
    const row = (await db.query<{ id: string; roles: string[] }>('SELECT id, roles FROM staff_users WHERE username = $1', [username])).rows[0];
    return row && { id: row.id, username, displayName: username, roles: row.roles, homeUnit: { kind: 'city', code: null }, csrfToken: '', sessionTokenHash: '' };
  };
  const admin = await principal('admin');
  const inspector = await principal('labor-inspector');
  if (!admin || !inspector) return;
  const meta = { requestId: 'demo-data', locale: 'vi' as const };
  const filed = await complaints.file(
    {
      employerName: '潭子電子零件股份有限公司',
      districtCode: '潭子區',
      law: 'laborStandardsAct',
      description: 'Chúng tôi làm ca 12 tiếng mỗi ngày, công ty không trả tiền làm thêm giờ.',
      anonymous: true,
    },
    [],
    meta,
  );
  const id = (await db.query<{ id: string }>('SELECT id FROM complaints WHERE tracking_code = $1', [filed.trackingCode])).rows[0]?.id ?? '';
  await complaints.assign(admin, id, inspector.id, meta);
  await complaints.transition(inspector, id, { action: 'investigate' }, meta);
  await complaints.transition(
    inspector,
    id,
    {
      action: 'reply',
      outcome: 'violation-fined',
      message: '經查該公司未依勞動基準法第24條給付延長工作時間工資，本局已依同法第79條處以罰鍰，並要求限期補發。',
    },
    meta,
  );
}
