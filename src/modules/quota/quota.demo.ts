/**
 * Demo quota data through the service: every demo employer's twelve months of 2026 (sector and disabled
 * employees), and the monthly amount for the shortfall payment with its source, so that the obligations
 * list and indicator 6 show figures.
 */
import type { Db } from '../../db/client.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createHeadcountImport } from './quota.import.ts';
import { createQuotaService } from './quota.service.ts';

export async function loadQuotaDemo(db: Db, options: { referenceData: ReferenceData; clock: () => Date }): Promise<void> {
  const employersService = createEmployersService({ db, referenceData: options.referenceData });
  const quota = createQuotaService({ db, clock: options.clock, employers: employersService });
  const employers = (await db.query<{ id: string; name: string }>('SELECT id, name FROM employers ORDER BY ubn, id')).rows;
  for (const [index, employer] of employers.entries()) {
    // A farmers' association and a cooperative are private bodies too (Art. 38 para. 2); none of the demo employers is public.
    for (let month = 1; month <= 12; month += 1) {
      await quota.recordMonth(null, {
        employerId: employer.id,
        month: `2026-${String(month).padStart(2, '0')}`,
        sector: 'private',
        severe: index % 3 === 0 ? 1 : 0,
        other: (index + month) % 4 === 0 ? 0 : index % 3,
        partTimeHalfWage: index % 5 === 1 ? 2 : 0,
        source: '示範資料（勞保投保資料格式）',
      }, 'demo-data');
    }
  }
  const system = (await db.query<{ id: string; username: string }>("SELECT id, username FROM staff_users WHERE username = 'admin'")).rows[0];
  if (system) {
    await quota.enterPaymentRate(
      { id: system.id, username: system.username, displayName: '', roles: ['admin'], homeUnit: { kind: 'city', code: null }, csrfToken: '', sessionTokenHash: '' },
      { effectiveFrom: '2026-01', monthlyAmount: 29500, source: '2026 年每月最低工資 29,500 元（中央社 2025-10-21 https://www.cna.com.tw/news/ahel/202510210328.aspx）；第 43 條所稱基本工資是否以最低工資計，待主管機關確認' },
      'demo-data',
    );
  }
  // March 2026 again through the labour-insurance import, as the bureau receives it, so that the
  // shortfall notices screen shows the notices an import issues (the figures are March's own).
  const march = (
    await db.query<{ employer_id: string; sector: string; disabled_severe: number; disabled_other: number; disabled_part_time_half_wage: number }>(
      "SELECT employer_id, sector, disabled_severe, disabled_other, disabled_part_time_half_wage FROM quota_employer_months WHERE month = '2026-03-01'",
    )
  ).rows;
  const headcounts = await employersService.headcountsOn('2026-03-01', march.map((m) => m.employer_id));
  const lines = march.flatMap((m) => {
    const h = headcounts.get(m.employer_id);
    return h?.ubn ? [`${h.ubn},2026-03,${m.sector},${h.employees},${m.disabled_severe},${m.disabled_other},${m.disabled_part_time_half_wage}`] : [];
  });
  if (lines.length) {
    const csv = ['ubn,month,sector,insured,severe,other,part_time_half_wage', ...lines].join('\n');
    await createHeadcountImport({ db, clock: options.clock, employers: employersService }).importFile(new TextEncoder().encode(csv), null, 'demo-data');
  }
}
