import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pdfPageTexts } from '../../../test/pdf-text.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

// The test clock: 2026-03-02 10:00 in Taichung.
const dali = '66000280';
const project = (overrides: Record<string, unknown> = {}) => ({
  name: '臺中市大里區國光路社會住宅新建工程',
  ownerName: '臺中市政府住宅發展工程處',
  contractorUbn: '22099131',
  contractorName: '台中營造股份有限公司',
  siteAddress: '大里區國光路二段 500 號',
  districtCode: dali,
  contractValueTwd: 850_000_000,
  startsOn: '2025-12-01',
  plannedEndOn: '2026-02-28',
  ...overrides,
});
const log = (month: string, incidents: unknown[] = []) => ({ month, workHours: 12_000, headcount: 60, incidents });

describe('zero-disaster certification: register, monthly logs, review, certificate, public search and open data', () => {
  let t: TestContext;
  let officer: Session;
  let clerk: Session;
  const register = async (body = project()) => {
    const created = await t.request('/api/v1/staff/safety/projects', { method: 'POST', session: officer, body });
    assert.equal(created.status, 201, created.text);
    return created.json.id as string;
  };
  const addLog = (id: string, body: unknown) => t.request(`/api/v1/staff/safety/projects/${id}/logs`, { method: 'POST', session: officer, body });
  const end = (id: string, endedOn: string) => t.request(`/api/v1/staff/safety/projects/${id}/end`, { method: 'POST', session: officer, body: { endedOn } });
  const review = (id: string) => t.request(`/api/v1/staff/safety/projects/${id}/review`, { method: 'POST', session: officer, body: { note: '查核月報及現場紀錄' } });

  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('safety', ['safety-officer']);
    clerk = await t.signIn('clerk', ['employment-officer']);
  });
  after(() => t.close());

  it('is denied to roles without the safety permissions', async () => {
    assert.equal((await t.request('/api/v1/staff/safety/projects', { session: clerk })).status, 403);
    assert.equal((await t.request('/api/v1/staff/safety/projects', { method: 'POST', session: clerk, body: project() })).status, 403);
    assert.equal((await t.request('/api/v1/staff/safety/projects')).status, 401);
  });

  it('answers bad input with 400 naming each field, in the caller’s language', async () => {
    const zh = await t.request('/api/v1/staff/safety/projects', { method: 'POST', session: officer, body: project({ contractorUbn: '12345678', plannedEndOn: '2025-11-01' }) });
    assert.equal(zh.status, 400);
    const fields = zh.json.errors.map((e: { field: string }) => e.field).sort();
    assert.deepEqual(fields, ['contractorUbn', 'plannedEndOn']);
    assert.match(zh.json.errors.find((e: { field: string }) => e.field === 'contractorUbn').message, /統一編號/);
    const en = await t.request('/api/v1/staff/safety/projects?lang=en', { method: 'POST', session: officer, body: project({ contractorUbn: '12345678' }) });
    assert.equal(en.status, 400);
    assert.doesNotMatch(en.json.errors[0].message, /[\u4e00-\u9fff]/, 'English, not Chinese');
    const id = await register();
    const outside = await addLog(id, log('2026-01', [{ occurredOn: '2026-02-03', kind: 'fall' }]));
    assert.equal(outside.status, 400);
    assert.equal(outside.json.errors[0].field, 'incidents.0.occurredOn');
    assert.equal((await addLog(id, log('2025-11'))).status, 400, 'before the works started');
    assert.equal((await addLog(id, log('2026-04'))).status, 400, 'a month still to come');
  });

  it('numbers projects one after another, even when two desks register at once', async () => {
    const numbers = await Promise.all([1, 2].map(async () => (await t.request('/api/v1/staff/safety/projects', { method: 'POST', session: officer, body: project() })).json.projectNumber as string));
    assert.equal(new Set(numbers).size, 2);
    assert.ok(numbers.every((n) => /^ZD-2026-\d{4}$/.test(n)));
  });

  it('takes one log per project and month: a second is 409 LOG_EXISTS, an amendment keeps the earlier version', async () => {
    const id = await register();
    assert.equal((await addLog(id, log('2025-12'))).status, 201);
    const twice = await addLog(id, log('2025-12'));
    assert.equal(twice.status, 409);
    assert.equal(twice.json.code, 'LOG_EXISTS');
    const amended = await t.request(`/api/v1/staff/safety/projects/${id}/logs/2025-12`, {
      method: 'PUT', session: officer, body: { workHours: 12_480, headcount: 62, incidents: [], reason: '補登外包工時' },
    });
    assert.equal(amended.status, 200, amended.text);
    assert.equal(amended.json.version, 2);
    const detail = (await t.request(`/api/v1/staff/safety/projects/${id}`, { session: officer })).json;
    assert.equal(detail.logs[0].workHours, 12_480);
    assert.deepEqual(detail.logs[0].revisions.map((r: { version: number; reason: string }) => [r.version, r.reason]), [[1, '補登外包工時']]);
    assert.equal(detail.logs[0].revisions[0].content.workHours, 12_000);
    const audit = await t.db.query<{ action: string }>(`SELECT action FROM audit_events WHERE record_id = $1 ORDER BY occurred_at, id`, [id]);
    assert.deepEqual(audit.rows.map((r) => r.action), ['safety.project.register', 'safety.log.add', 'safety.log.amend']);
  });

  it('certifies a project that logs every month with no major accident, after missing months are filled; prints the certificate', async () => {
    const id = await register();
    assert.equal((await addLog(id, log('2025-12'))).status, 201);
    // A minor injury (one worker off work, no hospital stay) does not stop certification.
    assert.equal((await addLog(id, log('2026-02', [{ occurredOn: '2026-02-10', kind: 'struck-by', disabledVictims: 1 }]))).status, 201);
    assert.equal((await end(id, '2026-02-27')).status, 200);
    const early = await review(id);
    assert.equal(early.status, 409);
    assert.equal(early.json.code, 'NOT_CERTIFIABLE');
    assert.match(early.json.detail ?? early.json.title, /2026-01/);
    assert.equal((await addLog(id, log('2026-01'))).status, 201);
    const reviewed = await review(id);
    assert.equal(reviewed.status, 200, reviewed.text);
    assert.equal(reviewed.json.status, 'certified');
    assert.match(reviewed.json.certificateNumber, /^ZDC-2026-\d{4}$/);
    assert.equal(reviewed.json.certifiedOn, '2026-03-02');
    assert.equal((await addLog(id, log('2026-02'))).status, 409, 'a certified project takes no more logs');
    const pdf = await t.request(`/api/v1/staff/safety/projects/${id}/certificate.pdf`, { session: officer });
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const bytes = new Uint8Array(await (await t.app.request(`/api/v1/staff/safety/projects/${id}/certificate.pdf`, { headers: { cookie: officer.cookie } })).arrayBuffer());
    const text = (await pdfPageTexts(bytes)).flat().join('');
    assert.match(text, /無災害工程認證證明/);
    assert.match(text, /民國 115 年 3 月 2 日/);
    assert.match(text, new RegExp(reviewed.json.certificateNumber));
  });

  it('refuses certification when a major occupational accident happened in the last month', async () => {
    const id = await register(project({ name: '太平區長龍路擋土牆改善工程', startsOn: '2026-01-05', plannedEndOn: '2026-02-20' }));
    assert.equal((await addLog(id, log('2026-01'))).status, 201);
    // One worker hospitalised: 職業安全衛生法 §37 II item 3.
    const major = await addLog(id, log('2026-02', [{ occurredOn: '2026-02-12', kind: 'fall', hospitalised: 1, description: '鋼構吊掛作業墜落' }]));
    assert.equal(major.status, 201);
    const detail = (await t.request(`/api/v1/staff/safety/projects/${id}`, { session: officer })).json;
    assert.deepEqual(detail.logs[1].incidents[0].majorReasons, ['item-3']);
    assert.equal((await end(id, '2026-02-20')).status, 200);
    const reviewed = await review(id);
    assert.equal(reviewed.json.status, 'not-certified');
    assert.equal(reviewed.json.certificateNumber, null);
    assert.equal((await t.request(`/api/v1/staff/safety/projects/${id}/certificate.pdf`, { session: officer })).status, 409);
  });

  it('the public search folds 台/臺, filters by district and certification, and shows no owner', async () => {
    await register(project({ name: '台中港區倉儲新建工程', siteAddress: '梧棲區臨港路四段 1 號', districtCode: '66000120', contractorName: '港區營造有限公司', contractorUbn: '04595257' }));
    const found = await t.request(`/api/v1/zero-disaster-projects?q=${encodeURIComponent('臺中港')}`);
    assert.equal(found.status, 200);
    assert.deepEqual(found.json.items.map((p: { name: string }) => p.name), ['台中港區倉儲新建工程']);
    assert.equal('ownerName' in found.json.items[0], false);
    const certified = (await t.request('/api/v1/zero-disaster-projects?certified=true')).json;
    assert.ok(certified.items.length >= 1 && certified.items.every((p: { certified: boolean }) => p.certified));
    const running = (await t.request('/api/v1/zero-disaster-projects?certified=false')).json;
    assert.ok(running.items.every((p: { certified: boolean }) => !p.certified));
    const all = (await t.request('/api/v1/zero-disaster-projects?pageSize=100')).json;
    assert.equal(all.items.some((p: { name: string }) => p.name === '太平區長龍路擋土牆改善工程'), false, 'a refused project is not published');
    const byDistrict = (await t.request('/api/v1/zero-disaster-projects?district=66000120')).json;
    assert.deepEqual(byDistrict.items.map((p: { districtCode: string }) => p.districtCode), ['66000120']);
    const bad = await t.request('/api/v1/zero-disaster-projects?certified=maybe&district=x&lang=en');
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.json.errors.map((e: { field: string }) => e.field).sort(), ['certified', 'district']);
  });

  it('publishes certified projects as open data: CSV with a BOM and JSON', async () => {
    const csv = await t.request('/api/v1/zero-disaster-projects.csv');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    const raw = new Uint8Array(await (await t.app.request('/api/v1/zero-disaster-projects.csv')).arrayBuffer());
    assert.deepEqual([...raw.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte order mark');
    assert.ok(csv.text.replace(/^\uFEFF/, '').startsWith('project_number,name,contractor,district_code,district,site_address,starts_on,ended_on,certificate_number,certified_on\r\n'));
    const lines = csv.text.trim().split('\r\n');
    assert.equal(lines.length, 2, 'the header and the one certified project');
    assert.match(lines[1] ?? '', /大里區/);
    const json = await t.request('/api/v1/zero-disaster-projects.json?year=2026');
    assert.equal(json.status, 200);
    assert.equal(json.json.length, 1);
    assert.equal(json.json[0].certified, true);
    assert.equal((await t.request('/api/v1/zero-disaster-projects.json?year=2025')).json.length, 0);
  });

  it('lists projects for staff on the list contract, with a CSV export', async () => {
    const page = await t.request('/api/v1/staff/safety/projects?status=certified', { session: officer });
    assert.equal(page.status, 200);
    assert.equal(page.json.total, 1);
    const exported = await t.request('/api/v1/staff/safety/projects?format=csv', { session: officer });
    assert.equal(exported.status, 200);
    assert.match(exported.text, /登錄編號/);
  });
});

describe('on-site guidance, safety events and the figures', () => {
  let t: TestContext;
  let officer: Session;
  let analyst: Session;
  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('safety', ['safety-officer']);
    analyst = await t.signIn('analyst', ['analyst']);
  });
  after(() => t.close());

  it('assigns an expert, records hazards, and a follow-up checks each improvement until the request closes', async () => {
    const expert = await t.request('/api/v1/staff/safety/experts', { method: 'POST', session: officer, body: { name: '林安全', university: 'cmu', specialty: '營造作業安全' } });
    assert.equal(expert.status, 201, expert.text);
    const asked = await t.request('/api/v1/staff/safety/guidance', {
      method: 'POST', session: officer, body: { employerUbn: '22099131', employerName: '大里精密股份有限公司', districtCode: dali, siteAddress: '大里區仁化路 55 號', topic: '沖床作業防護' },
    });
    assert.equal(asked.status, 201, asked.text);
    const id = asked.json.id;
    const tooEarly = await t.request(`/api/v1/staff/safety/guidance/${id}/visits`, { method: 'POST', session: officer, body: { visitedOn: '2026-02-10' } });
    assert.equal(tooEarly.status, 409, 'no visit before an expert is assigned');
    assert.equal((await t.request(`/api/v1/staff/safety/guidance/${id}/assignment`, { method: 'POST', session: officer, body: { expertId: expert.json.id } })).status, 200);
    const first = await t.request(`/api/v1/staff/safety/guidance/${id}/visits`, {
      method: 'POST', session: officer,
      body: { visitedOn: '2026-02-10', notes: '現場訪視', hazards: [
        { hazard: '沖床無光電式安全裝置', improvement: '加裝光電式安全裝置', dueOn: '2026-02-28' },
        { hazard: '通道堆放物料', improvement: '清除通道並標示', dueOn: '2026-03-31' },
      ] },
    });
    assert.equal(first.status, 201, first.text);
    assert.deepEqual([first.json.kind, first.json.stillOpen], ['first', 2]);
    const overdue = (await t.request('/api/v1/staff/safety/improvements/overdue', { session: officer })).json;
    assert.deepEqual(overdue.items.map((o: { improvement: string; daysOverdue: number }) => [o.improvement, o.daysOverdue]), [['加裝光電式安全裝置', 2]]);
    const detail = (await t.request(`/api/v1/staff/safety/guidance/${id}`, { session: officer })).json;
    const [press, aisle] = detail.improvements as { id: string }[];
    const partial = await t.request(`/api/v1/staff/safety/guidance/${id}/visits`, {
      method: 'POST', session: officer, body: { visitedOn: '2026-03-02', checks: [{ improvementId: press!.id, result: 'done' }] },
    });
    assert.equal(partial.status, 400, 'every open improvement is checked');
    const noDue = await t.request(`/api/v1/staff/safety/guidance/${id}/visits`, {
      method: 'POST', session: officer, body: { visitedOn: '2026-03-02', checks: [{ improvementId: press!.id, result: 'done' }, { improvementId: aisle!.id, result: 'not-done' }] },
    });
    assert.equal(noDue.status, 400);
    assert.equal(noDue.json.errors[0].field, 'checks.1.nextDueOn');
    const followUp = await t.request(`/api/v1/staff/safety/guidance/${id}/visits`, {
      method: 'POST', session: officer,
      body: { visitedOn: '2026-03-02', checks: [{ improvementId: press!.id, result: 'done' }, { improvementId: aisle!.id, result: 'not-done', nextDueOn: '2026-04-15' }] },
    });
    assert.equal(followUp.status, 201, followUp.text);
    assert.deepEqual([followUp.json.kind, followUp.json.stillOpen], ['follow-up', 1]);
    assert.equal((await t.request('/api/v1/staff/safety/improvements/overdue', { session: officer })).json.total, 0);
    // The aisle was cleared the same afternoon; the expert came back to check.
    const closing = await t.request(`/api/v1/staff/safety/guidance/${id}/visits`, {
      method: 'POST', session: officer, body: { visitedOn: '2026-03-02', checks: [{ improvementId: aisle!.id, result: 'done' }] },
    });
    assert.equal(closing.json.stillOpen, 0);
    const closed = (await t.request(`/api/v1/staff/safety/guidance/${id}`, { session: officer })).json;
    assert.equal(closed.request.status, 'closed');
    assert.deepEqual(closed.improvements.find((i: { id: string }) => i.id === aisle!.id).checks.map((c: { result: string }) => c.result), ['not-done', 'done']);
  });

  it('never overbooks an event: two registrations racing for the last place, exactly one wins', async () => {
    const created = await t.request('/api/v1/staff/safety/events', {
      method: 'POST', session: officer,
      body: { kind: 'training', title: '營造業高處作業教育訓練', startsAt: '2026-03-20T09:00:00+08:00', endsAt: '2026-03-20T12:00:00+08:00', venue: '勞工局 3 樓', districtCode: dali, capacity: 1 },
    });
    assert.equal(created.status, 201, created.text);
    const id = created.json.id;
    const race = await Promise.all(
      ['王大明', '李小華'].map((attendeeName) => t.request(`/api/v1/staff/safety/events/${id}/registrations`, { method: 'POST', session: officer, body: { attendeeName, organisation: '大里營造' } })),
    );
    assert.deepEqual(race.map((r) => r.status).sort(), [201, 409]);
    assert.equal(race.find((r) => r.status === 409)?.json.code, 'NO_PLACES_LEFT');
    const detail = (await t.request(`/api/v1/staff/safety/events/${id}`, { session: officer })).json;
    assert.equal(detail.event.registered, 1);
    assert.match(detail.registrations[0].maskedName, /○/);
    const registrationId = detail.registrations[0].id;
    assert.equal((await t.request(`/api/v1/staff/safety/events/${id}/registrations/${registrationId}/attendance`, { method: 'POST', session: officer })).status, 200);
    assert.equal((await t.request(`/api/v1/staff/safety/events/${id}`, { session: officer })).json.event.attended, 1);
  });

  it('shows indicator 3 as the analyst entered it next to the city’s guidance figures', async () => {
    const before = (await t.request('/api/v1/staff/safety/figures?year=2026', { session: officer })).json;
    assert.equal(before.indicator3.value, null);
    assert.equal(before.visitsDone, 3);
    assert.equal(before.improvementsClosed, 2);
    const entered = await t.request('/api/v1/staff/indicators/3/entries', {
      method: 'POST', session: analyst, body: { period: '2026-01', numerator: 480, denominator: 100_000, source: '勞動部勞工保險局 職災給付統計 115 年 1 月', sourceDate: '2026-02-18' },
    });
    assert.equal(entered.status, 201, entered.text);
    const after = (await t.request('/api/v1/staff/safety/figures?year=2026', { session: officer })).json;
    assert.deepEqual([after.indicator3.value, after.indicator3.source], [4.8, 'entered']);
    assert.equal((await t.request('/api/v1/staff/safety/figures?year=1990', { session: officer })).status, 400);
  });
});

describe('employer self-service: the contractor registers its own projects, logs them and asks for guidance', () => {
  let t: TestContext;
  let officer: Session;
  let account: { cookie: string; csrfToken: string };
  const as = () => ({ cookie: account.cookie, 'x-csrf-token': account.csrfToken });
  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('safety', ['safety-officer']);
    const password = 'Lanterns along the Han River 2026';
    const email = 'safety@dali-building.example.tw';
    assert.equal((await t.request('/api/v1/account/employer/sign-up', { method: 'POST', body: { email, password, ubn: '22099131', employerName: '大里建設股份有限公司' } })).status, 202);
    const link = (await t.db.query<{ params: { link: string } }>('SELECT params FROM notifications WHERE recipient = $1', [email])).rows[0]?.params.link ?? '';
    const token = /#token=([\w-]+)/.exec(link)?.[1] ?? '';
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token } })).status, 204);
    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email, password } });
    assert.equal(signedIn.status, 200, signedIn.text);
    account = { cookie: (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken: signedIn.json.csrfToken };
  });
  after(() => t.close());

  it('registers a project with the account’s employer as contractor, logs a month, and sees only its own', async () => {
    const body = { name: '大里區塗城路廠房新建工程', ownerName: '大里建設股份有限公司', siteAddress: '塗城路 10 號', districtCode: dali, contractValueTwd: 30_000_000, startsOn: '2026-01-01', plannedEndOn: '2026-06-30' };
    const created = await t.request('/api/v1/me/zero-disaster-projects', { method: 'POST', headers: as(), body });
    assert.equal(created.status, 201, created.text);
    const mine = (await t.request('/api/v1/me/zero-disaster-projects', { headers: as() })).json.items;
    assert.deepEqual(mine.map((p: { contractorUbn: string; contractorName: string; channel: string }) => [p.contractorUbn, p.contractorName, p.channel]), [['22099131', '大里建設股份有限公司', 'employer']]);
    assert.equal((await t.request(`/api/v1/me/zero-disaster-projects/${created.json.id}/logs`, { method: 'POST', headers: as(), body: log('2026-01') })).status, 201);
    const designated = await t.request(`/api/v1/me/zero-disaster-projects/${created.json.id}/logs`, {
      method: 'POST', headers: as(), body: log('2026-02', [{ occurredOn: '2026-02-03', kind: 'other', isDesignated: true }]),
    });
    assert.equal(designated.status, 403, 'only staff classify an accident as designated (§37 II item 4)');
    const someoneElses = await t.request('/api/v1/staff/safety/projects', { method: 'POST', session: officer, body: project({ contractorUbn: '04595257', contractorName: '港區營造有限公司' }) });
    assert.equal((await t.request(`/api/v1/me/zero-disaster-projects/${someoneElses.json.id}`, { headers: as() })).status, 404);
    assert.equal((await t.request(`/api/v1/me/zero-disaster-projects/${someoneElses.json.id}/logs`, { method: 'POST', headers: as(), body: log('2026-01') })).status, 404);
    assert.equal((await t.request('/api/v1/staff/safety/projects', { headers: as() })).status, 401, 'an employer account is no staff session');
  });

  it('asks for on-site guidance and follows it', async () => {
    const asked = await t.request('/api/v1/me/safety-guidance', { method: 'POST', headers: as(), body: { districtCode: dali, siteAddress: '塗城路 10 號', topic: '施工架及開口防護' } });
    assert.equal(asked.status, 201, asked.text);
    const mine = (await t.request('/api/v1/me/safety-guidance', { headers: as() })).json.items;
    assert.deepEqual(mine.map((g: { employerName: string; status: string }) => [g.employerName, g.status]), [['大里建設股份有限公司', 'requested']]);
    assert.equal((await t.request(`/api/v1/me/safety-guidance/${asked.json.id}`, { headers: as() })).status, 200);
    const staffList = (await t.request('/api/v1/staff/safety/guidance', { session: officer })).json;
    assert.equal(staffList.items[0].channel, 'employer');
  });
});
