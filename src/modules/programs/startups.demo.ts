/**
 * Demo data for the 摘星青年 and start-up loan screens, through their services. The units are demo rows
 * (flagged `demo`, shown so on the board): the plan does not say how many units a base has. The loan's
 * subsidy parameters are labelled demo figures in their source: the plan gives none.
 */
import type { Db } from '../../db/client.ts';
import type { AccountPrincipal, StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createProgramsService } from './programs.service.ts';
import { createStarYouthService, starYouthCode } from './star-youth.service.ts';
import { createStartupLoansService, startupLoanCode } from './startup-loans.service.ts';

const requestId = 'demo-data';

async function principal(db: Db, username: string): Promise<StaffPrincipal> {
  const row = (await db.query<{ id: string; display_name: string; roles: string[] }>('SELECT id, display_name, roles FROM staff_users WHERE username = $1', [username])).rows[0];
  if (!row) throw new Error(`demo account ${username} missing`);
  return { id: row.id, username, displayName: row.display_name, roles: row.roles, homeUnit: { kind: 'city', code: null }, csrfToken: '', sessionTokenHash: '' };
}

function skip(error: unknown): undefined {
  if (['CONFLICT', 'DUPLICATE_APPLICATION', 'NOT_FOUND', 'PROGRAM_CLOSED', 'NOT_ELIGIBLE', 'INVALID_TRANSITION', 'UNIT_TAKEN'].includes((error as { code?: string }).code ?? '')) return undefined;
  throw error;
}

const demoLoan = (startsOn: string) => ({
  lender: '臺灣銀行（示範）',
  principalTwd: 1_000_000,
  annualRatePercent: 1.72,
  startsOn,
  termMonths: 60,
  periods: 60,
  repayment: 'equal-payment' as const,
  gracePeriods: 12,
  subsidyBasis: 'share' as const,
  subsidySharePercent: 100,
  capPerYearTwd: 15_000,
  capYearBasis: 'loan-year' as const,
  maxYears: 2,
  // Demo figures, not the bureau's: staff enter the real ones from the bureau's rules with their source.
  subsidySource: '示範參數（非正式數字，請依勞工局公告輸入）',
});

export async function loadStartupsDemo(db: Db, referenceData: ReferenceData, clock: () => Date = () => new Date()) {
  const programs = createProgramsService({ db, referenceData, clock });
  const starYouth = createStarYouthService({ db, clock, referenceData });
  const loans = createStartupLoansService({ db, clock, timeZone: referenceData.city.bureau.timeZone });
  const maker = await principal(db, 'programs-officer');
  const checker = await principal(db, 'admin');
  const today = programs.today();
  const monthStart = (offset: number) => {
    const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 + offset];
    const year = y + Math.floor(m / 12);
    return `${year}-${String((((m % 12) + 12) % 12) + 1).padStart(2, '0')}-01`;
  };
  const lastDay = (first: string) => new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

  // Three demo units a base (codes DEMO-…), one of them closed.
  const units: Record<string, string> = {};
  for (const [base, prefix] of [['zhaixing-villa', 'ZX'], ['guangfu-village', 'GF'], ['audit-village', 'SJ']] as const) {
    for (const n of [1, 2, 3]) {
      const code = `DEMO-${prefix}${n}`;
      const added = await starYouth.addUnit(checker, { baseCode: base, code, name: `示範單位 ${prefix}${n}`, areaM2: 18 + n * 4, status: n === 3 && base === 'guangfu-village' ? 'closed' : 'vacant' }, requestId, { demo: true }).catch(skip);
      if (added) units[code] = added.id;
    }
  }
  if (Object.keys(units).length === 0) return; // loaded before

  // Two young entrepreneurs approved for six months: one in a unit since two months ago (a month paid, the
  // next prepared, a visit with follow-ups due soon), one moved in this month and not visited yet.
  const born = (years: number) => `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
  const young = await db.query<{ id: string }>('SELECT id FROM people WHERE birth_date BETWEEN $1 AND $2 ORDER BY id_number LIMIT 6', [born(40), born(21)]);
  const options = { channel: 'staff' as const, locale: 'zh-TW' as const, requestId };
  const approved: string[] = [];
  for (const { id } of young.rows) {
    if (approved.length === 2) break;
    const filed = await programs.apply(maker, starYouthCode, { personId: id, facts: { months: 6 }, specialGroupConsent: false }, options).catch(skip);
    if (!filed) continue;
    const decided = await programs.decide(checker, filed.id, { decision: 'approve', reason: '創業計畫書審查通過（示範資料）' }, requestId).catch(skip);
    if (decided) approved.push(filed.id);
  }
  const [first, second] = approved;
  if (first && units['DEMO-ZX1']) {
    const startsOn = monthStart(-2);
    const tenancy = await starYouth.allocate(maker, { applicationId: first, unitId: units['DEMO-ZX1'], businessName: '木木手作文創（示範）', startsOn, endsOn: lastDay(monthStart(4)) }, requestId);
    const paid = await starYouth.payMonth(maker, tenancy.id, startsOn.slice(0, 7), requestId);
    await programs.approvePayment(checker, paid.id, requestId);
    await starYouth.payMonth(maker, tenancy.id, monthStart(-1).slice(0, 7), requestId);
    const soon = new Date(Date.parse(`${today}T00:00:00Z`) + 5 * 86_400_000).toISOString().slice(0, 10);
    await starYouth.recordVisit(maker, tenancy.id, { visitedOn: today, mentor: '陳明德 顧問（示範）', topics: '電商通路、定價', findings: '網路商店已上線，訂單穩定成長。', followUps: '提供近三個月營收報表', followUpDueOn: soon }, requestId);
  }
  if (second && units['DEMO-SJ1']) {
    await starYouth.allocate(maker, { applicationId: second, unitId: units['DEMO-SJ1'], businessName: '城西選物電商（示範）', startsOn: monthStart(0), endsOn: lastDay(monthStart(6)) }, requestId);
  }

  // A start-up loan from 14 months ago with demo subsidy parameters: two periods claimed, one of them paid.
  const borrower = young.rows.at(-1)?.id;
  if (borrower) {
    const filed = await programs.apply(maker, startupLoanCode, { personId: borrower, facts: {}, specialGroupConsent: false }, options).catch(skip);
    if (filed) {
      await loans.saveLoan(maker, filed.id, demoLoan(monthStart(-14)), requestId);
      const detail = await loans.detail(maker, filed.id);
      await programs.decide(checker, filed.id, { decision: 'approve', reason: '貸款核貸證明齊備（示範資料）', amountTwd: detail.totalSubsidyTwd ?? 1 }, requestId);
      const claimed = await loans.claim(maker, filed.id, 1, requestId);
      await programs.approvePayment(checker, claimed.paymentId, requestId);
      await loans.claim(maker, filed.id, 2, requestId);
    }
  }
}

/** After the public accounts' demo: the demo citizen's own start-up loan, so that her page shows its status. */
export async function loadStartupsOnlineDemo(db: Db, referenceData: ReferenceData, account: AccountPrincipal, clock: () => Date = () => new Date()) {
  if (account.kind !== 'citizen' || !account.personId) return;
  const programs = createProgramsService({ db, referenceData, clock });
  const loans = createStartupLoansService({ db, clock, timeZone: referenceData.city.bureau.timeZone });
  const filed = await programs.apply(null, startupLoanCode, { personId: account.personId, facts: {}, specialGroupConsent: false }, { channel: 'citizen', locale: 'zh-TW', requestId, account }).catch(skip);
  if (!filed) return;
  const today = programs.today();
  await loans.saveLoan(await principal(db, 'programs-officer'), filed.id, { ...demoLoan(`${Number(today.slice(0, 4)) - 1}${today.slice(4, 8)}01`), lender: '第一銀行（示範）', principalTwd: 500_000 }, requestId);
}
