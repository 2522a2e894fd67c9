/**
 * HTTP for 摘星青年 (bases, units, tenancies, mentoring visits, monthly payments) and the youth start-up
 * loan's interest subsidy (loan, period table, claims): ADR 0040, docs/programs.md. The applications and
 * their decisions are the programs engine's routes.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../shared/errors.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { jsonBody, jsonContent, problemResponses } from '../../shared/http/openapi.ts';
import { anyAccount, defineRoute, requires } from '../../shared/http/route.ts';
import { validationHook } from '../../shared/http/validation.ts';
import { board, monthPaymentInput, myTenancy, tenancyDetail, tenancyEnd, tenancyInput, unitInput, unitStatusInput, visitDue, visitInput } from './star-youth.contract.ts';
import type { StarYouthService } from './star-youth.service.ts';
import { claimInput, loanDetail, loanInput, loanQuery, loanSummary, myLoan } from './startup-loans.contract.ts';
import { listResponses } from '../../shared/http/list-openapi.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import type { StartupLoansService } from './startup-loans.service.ts';

const tags = ['programs'];
const idParam = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });
const star = '/api/v1/staff/star-youth';
const loans = '/api/v1/staff/startup-loans';

const getBoard = defineRoute(requires('programs.read'), {
  method: 'get', path: `${star}/board`, tags, summary: '摘星青年: the bases, their units and tenants (masked), the places, and approved applicants waiting for a unit',
  responses: { 200: jsonContent(board, 'Board'), ...problemResponses(401, 403) },
});
const addUnit = defineRoute(requires('programs.apply'), {
  method: 'post', path: `${star}/units`, tags, summary: 'Add a unit to a base',
  request: { body: jsonBody(unitInput) },
  responses: { 201: jsonContent(created, 'Added'), ...problemResponses(400, 401, 403, 409) },
});
const setUnitStatus = defineRoute(requires('programs.apply'), {
  method: 'put', path: `${star}/units/{id}/status`, tags, summary: 'Open (vacant) or close a unit nobody is in',
  request: { params: idParam, body: jsonBody(unitStatusInput) },
  responses: { 204: { description: 'Set' }, ...problemResponses(400, 401, 403, 404, 409) },
});
const allocate = defineRoute(requires('programs.apply'), {
  method: 'post', path: `${star}/tenancies`, tags, summary: '進駐: place an approved applicant in a vacant unit (409 UNIT_TAKEN when someone took it first)',
  request: { body: jsonBody(tenancyInput) },
  responses: { 201: jsonContent(created, 'Allocated'), ...problemResponses(400, 401, 403, 404, 409) },
});
const getTenancy = defineRoute(requires('programs.read'), {
  method: 'get', path: `${star}/tenancies/{id}`, tags, summary: 'A tenancy with its mentoring visits and its months with their payments (tenant masked)',
  request: { params: idParam },
  responses: { 200: jsonContent(tenancyDetail, 'Tenancy'), ...problemResponses(401, 403, 404) },
});
const endTenancy = defineRoute(requires('programs.apply'), {
  method: 'post', path: `${star}/tenancies/{id}/end`, tags, summary: 'The tenant leaves: the tenancy ends and the unit is vacant again',
  request: { params: idParam, body: jsonBody(tenancyEnd) },
  responses: { 204: { description: 'Ended' }, ...problemResponses(400, 401, 403, 404, 409) },
});
const addVisit = defineRoute(requires('programs.apply'), {
  method: 'post', path: `${star}/tenancies/{id}/visits`, tags, summary: '輔導訪視: record a mentoring visit, its findings and when its follow-ups are due',
  request: { params: idParam, body: jsonBody(visitInput) },
  responses: { 201: jsonContent(created, 'Recorded'), ...problemResponses(400, 401, 403, 404) },
});
const visitsDue = defineRoute(requires('programs.read'), {
  method: 'get', path: `${star}/visits-due`, tags, summary: 'Tenants due a visit within 14 days (follow-ups due, or never visited), soonest first',
  responses: { 200: jsonContent(z.array(visitDue), 'Visits due'), ...problemResponses(401, 403) },
});
const payMonth = defineRoute(requires('programs.apply'), {
  method: 'post', path: `${star}/tenancies/{id}/payments`, tags, summary: 'Prepare the payment of one month of the tenancy (the per-month entitlement, a part of the approved amount)',
  request: { params: idParam, body: jsonBody(monthPaymentInput) },
  responses: { 201: jsonContent(created, 'Prepared'), ...problemResponses(400, 401, 403, 404, 409) },
});
const listLoans = defineRoute(requires('programs.read'), {
  method: 'get', path: loans, tags, summary: 'Start-up loan interest subsidy applications with their loan (applicants masked)',
  request: { query: loanQuery },
  responses: { ...listResponses(loanSummary, 'Loans'), ...problemResponses(400, 401, 403, 422) },
});
const getLoan = defineRoute(requires('programs.read'), {
  method: 'get', path: `${loans}/{id}`, tags, summary: 'The loan of an application, its period table with the subsidy of each period, and the claims',
  request: { params: idParam },
  responses: { 200: jsonContent(loanDetail, 'Loan'), ...problemResponses(401, 403, 404) },
});
const saveLoan = defineRoute(requires('programs.apply'), {
  method: 'put', path: `${loans}/{id}`, tags, summary: 'Enter the loan and the subsidy parameters with their source',
  request: { params: idParam, body: jsonBody(loanInput) },
  responses: { 200: jsonContent(created, 'Saved'), ...problemResponses(400, 401, 403, 404, 409) },
});
const claim = defineRoute(requires('programs.apply'), {
  method: 'post', path: `${loans}/{id}/claims`, tags, summary: 'Record the claim of a period that is over: its subsidy becomes a payment of the engine',
  request: { params: idParam, body: jsonBody(claimInput) },
  responses: { 201: jsonContent(z.object({ id: z.uuid(), paymentId: z.uuid(), amountTwd: z.int() }), 'Claimed'), ...problemResponses(400, 401, 403, 404, 409) },
});
const mine = defineRoute(anyAccount, {
  method: 'get', path: '/api/v1/me/program-applications/{id}/arrangements', tags: ['account'],
  summary: 'My unit (摘星青年) or my loan (start-up loan subsidy) on one of my applications',
  request: { params: idParam },
  responses: { 200: jsonContent(z.object({ tenancy: myTenancy.nullable(), loan: myLoan.nullable() }), 'Arrangements'), ...problemResponses(401, 404) },
});

export function startupsRoutes({ starYouth, startupLoans, lists }: { starYouth: StarYouthService; startupLoans: StartupLoansService; lists: ListResponder }) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const staffOf = (c: { get(key: 'staff'): AppEnv['Variables']['staff'] }) => {
    const staff = c.get('staff');
    if (!staff) throw new AppError('UNAUTHENTICATED');
    return staff;
  };
  app.openapi(getBoard, async (c) => c.json(await starYouth.board(c.get('locale')), 200));
  app.openapi(addUnit, async (c) => c.json(await starYouth.addUnit(staffOf(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(setUnitStatus, async (c) => {
    await starYouth.setUnitStatus(staffOf(c), c.req.valid('param').id, c.req.valid('json').status, c.get('requestId'));
    return c.body(null, 204);
  });
  app.openapi(allocate, async (c) => c.json(await starYouth.allocate(staffOf(c), c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(getTenancy, async (c) => c.json(await starYouth.tenancy(staffOf(c), c.req.valid('param').id, c.get('locale')), 200));
  app.openapi(endTenancy, async (c) => {
    await starYouth.endTenancy(staffOf(c), c.req.valid('param').id, c.req.valid('json').endedOn, c.get('requestId'));
    return c.body(null, 204);
  });
  app.openapi(addVisit, async (c) => c.json(await starYouth.recordVisit(staffOf(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 201));
  app.openapi(visitsDue, async (c) => c.json(await starYouth.visitsDue(c.get('locale')), 200));
  app.openapi(payMonth, async (c) => c.json(await starYouth.payMonth(staffOf(c), c.req.valid('param').id, c.req.valid('json').month, c.get('requestId')), 201));
  app.openapi(listLoans, async (c) => {
    const query = c.req.valid('query');
    return lists.answer(c, {
      list: startupLoans.list(),
      params: query,
      filters: {},
      toItem: startupLoans.toSummary,
      export: {
        name: 'startup-loans',
        title: 'lists.startupLoans',
        personalData: true,
        columns: [
          { header: 'columns.startupLoans.applicant', value: (l) => l.applicant },
          { header: 'columns.startupLoans.status', value: (l) => l.status },
          { header: 'columns.startupLoans.lender', value: (l) => l.lender ?? '', weight: 2 },
          { header: 'columns.startupLoans.principalTwd', value: (l) => (l.principalTwd === null ? '' : String(l.principalTwd)) },
          { header: 'columns.startupLoans.claimedTwd', value: (l) => String(l.claimedTwd) },
        ],
      },
    }) as never;
  });
  app.openapi(getLoan, async (c) => c.json(await startupLoans.detail(staffOf(c), c.req.valid('param').id), 200));
  app.openapi(saveLoan, async (c) => c.json(await startupLoans.saveLoan(staffOf(c), c.req.valid('param').id, c.req.valid('json'), c.get('requestId')), 200));
  app.openapi(claim, async (c) => c.json(await startupLoans.claim(staffOf(c), c.req.valid('param').id, c.req.valid('json').period, c.get('requestId')), 201));
  app.openapi(mine, async (c) => {
    const account = c.get('account');
    if (!account) throw new AppError('UNAUTHENTICATED');
    const id = c.req.valid('param').id;
    return c.json({ tenancy: await starYouth.mine(account, id, c.get('locale')), loan: await startupLoans.mine(account, id) }, 200);
  });
  return app;
}
