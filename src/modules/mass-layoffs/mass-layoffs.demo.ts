/**
 * Demo mass-layoff data through the service: a rule set (the figures of 大量解僱勞工保護法 Arts. 2, 4, 5 as
 * quoted by secondary pages, marked so: the official text is to be read before a real one is entered) and
 * three plans of demo employers: one ahead with its committee meeting, one whose committee is overdue, one
 * below the thresholds.
 */
import { addDays } from '#labor-rules';
import type { Db } from '../../db/client.ts';
import type { RuleSetRequest } from './mass-layoffs.contract.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createMassLayoffsService } from './mass-layoffs.service.ts';

export const demoRuleSet: RuleSetRequest = {
  effectiveFrom: '2015-07-01',
  windowDays: 60,
  siteBands: [
    { item: 1, minHeadcount: 0, maxHeadcount: 30, withinWindow: { kind: 'count', count: 10 }, singleDayOver: null },
    { item: 2, minHeadcount: 30, maxHeadcount: 200, withinWindow: { kind: 'fraction', numerator: 1, denominator: 3 }, singleDayOver: 20 },
    { item: 3, minHeadcount: 200, maxHeadcount: 500, withinWindow: { kind: 'fraction', numerator: 1, denominator: 4 }, singleDayOver: 50 },
    { item: 4, minHeadcount: 500, maxHeadcount: null, withinWindow: { kind: 'fraction', numerator: 1, denominator: 5 }, singleDayOver: 80 },
  ],
  enterprise: { item: 5, withinWindowOver: 200, singleDayOver: 100 },
  noticeDays: 60,
  negotiationDays: 10,
  committeeDays: 10,
  source: '示範資料：民國104年7月1日修正條文，轉引自 e-sen.com.tw、sf-labourlawyer.com（非官方）；正式使用前請以全國法規資料庫 law.moj.gov.tw（N0020012）核對後另行登錄',
};

export async function loadMassLayoffsDemo(db: Db, options: { referenceData: ReferenceData; clock: () => Date }): Promise<void> {
  const employers = createEmployersService({ db, referenceData: options.referenceData });
  const service = createMassLayoffsService({ db, clock: options.clock, timeZone: options.referenceData.city.bureau.timeZone, employers });
  await service.createRuleSet(null, demoRuleSet, 'demo-data');
  const ids = (await db.query<{ id: string }>('SELECT id FROM employers ORDER BY ubn, id LIMIT 3')).rows.map((r) => r.id);
  const today = service.today();
  const base = {
    departments: '生產部', selectionCriteria: '依部門裁撤範圍，全數資遣；其餘依年資由淺至深', reasons: ['loss_or_contraction' as const],
    severanceMethod: '依勞動基準法第17條、勞工退休金條例第12條計算；就業服務站到場辦理就業促進說明會',
  };
  const ahead = await service.file({ kind: 'staff', staff: null }, ids[0]!, {
    ...base, siteName: '太平廠', siteHeadcount: 180, layoffOn: addDays(today, 55), noticeOn: addDays(today, -5), plannedDismissals: 64, singleDayMax: 40,
    categories: [{ category: '鑄造作業員', count: 52 }, { category: '品管人員', count: 12 }],
  }, 'demo-data');
  await service.convene(null, ahead.id, {
    convenedOn: today,
    members: [{ side: 'authority', name: '勞資關係科 王科長' }, { side: 'employer', name: '人資經理' }, { side: 'employer', name: '廠長' }, { side: 'workers', name: '企業工會理事長' }, { side: 'workers', name: '企業工會常務理事' }],
  }, 'demo-data');
  await service.recordMeeting(null, ahead.id, { heldOn: today, summary: '資方說明虧損情形；勞方要求優先內部轉調並加發資遣費' }, 'demo-data');
  await service.file({ kind: 'staff', staff: null }, ids[1]!, {
    ...base, siteName: '大甲門市', siteHeadcount: 25, layoffOn: addDays(today, 30), noticeOn: addDays(today, -30), plannedDismissals: 12, singleDayMax: 12,
    categories: [{ category: '門市人員', count: 12 }], reasons: ['closure_or_transfer'],
  }, 'demo-data');
  await service.file({ kind: 'staff', staff: null }, ids[2]!, {
    ...base, siteName: '西屯辦公室', siteHeadcount: 120, layoffOn: addDays(today, 70), noticeOn: today, plannedDismissals: 15, singleDayMax: 5,
    categories: [{ category: '行政人員', count: 15 }],
  }, 'demo-data');
}
