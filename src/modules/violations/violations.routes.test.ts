import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { big5, csvText, molHeader, taichungRows, utf8, withBom } from './violations.fixtures.ts';
import { createRateLimiter, databaseRateLimitStore } from '../../shared/http/rate-limit.ts';
import { createListResponder } from '../../shared/http/list-response.ts';
import { violationsRoutes } from './violations.routes.ts';
import { createViolationsService } from './violations.service.ts';

async function upload(t: TestContext, session: Session | undefined, bytes: Uint8Array, name = 'mol.csv', lang = 'en') {
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/csv' }), name);
  const headers: Record<string, string> = session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {};
  const response = await t.app.request(`/api/v1/violations/imports?lang=${lang}`, { method: 'POST', body: form, headers });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined, text };
}

const fixtureFile = () => withBom(csvText([molHeader, ...taichungRows]));

describe('violations: import through the API', () => {
  let t: TestContext;
  let inspector: Session;
  let admin: Session;
  let officer: Session;
  before(async () => {
    t = await createTestContext();
    inspector = await t.signIn('inspector', ['labor-inspector']);
    admin = await t.signIn('admin', ['admin']);
    officer = await t.signIn('officer', ['employment-officer']);
  });
  after(() => t.close());

  it('imports the five real Taichung rows, then nothing the second time', async () => {
    const first = await upload(t, inspector, fixtureFile());
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(
      { ...first.json, importId: undefined },
      { importId: undefined, encoding: 'utf-8-bom', rowsRead: 5, imported: 5, updated: 0, unchanged: 0, rejected: [], rejectedTotal: 0 },
    );
    const second = await upload(t, admin, fixtureFile());
    assert.equal(second.status, 200, second.text);
    assert.equal(second.json.imported, 0);
    assert.equal(second.json.unchanged, 5);
    const count = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM violation_records');
    assert.equal(count.rows[0]?.n, 5);
  });

  it('takes the same rows in Big5 as unchanged, and reports broken rows by line', async () => {
    const text = csvText([
      molHeader,
      taichungRows[0] as string[],
      ['台中市', '20240230', '20240109', '府授勞動字第1', '甲有限公司', '勞動基準法第22條', '工資', '1000', ''],
      ['台中市', '1130601', '1130502', '府授勞動字第1130100001號', '大甲精密工業有限公司(林大明)', '勞動基準法第24條', '延長工時工資未依法給付', '20000', '訴願中'],
    ]);
    const response = await upload(t, inspector, big5(text), 'big5.csv');
    assert.equal(response.status, 200, response.text);
    assert.equal(response.json.encoding, 'big5');
    assert.equal(response.json.imported, 1);
    assert.equal(response.json.unchanged, 1);
    assert.deepEqual(response.json.rejected, [{ line: 3, reason: 'announced-on-invalid' }]);
    const search = await t.request('/api/v1/violations?q=大甲精密');
    assert.equal(search.json.total, 1);
    assert.equal(search.json.items[0].announcedOn, '2024-06-01');
    assert.equal(search.json.items[0].disputed, true);
  });

  it('refuses a file it cannot read, naming the field and the missing columns', async () => {
    const response = await upload(t, inspector, utf8('name,date\nx,y\n'));
    assert.equal(response.status, 400);
    assert.equal(response.json.errors[0].field, 'file');
    assert.equal(response.json.errors[0].code, 'header-unrecognized');
    assert.match(response.json.errors[0].message, /missing columns: 公告日期, 事業單位名稱或負責人, 違法法規法條/);
    const missing = await t.request('/api/v1/violations/imports', { method: 'POST', session: inspector, body: {} });
    assert.equal(missing.status, 400);
    assert.equal(missing.json.errors[0].code, 'missing');
  });

  it('lets only inspectors and admins import, and audits every import', async () => {
    assert.equal((await upload(t, officer, fixtureFile())).status, 403);
    assert.equal((await upload(t, undefined, fixtureFile())).status, 401);
    const trail = await t.request('/api/v1/staff/audit-events?action=violations.import', { session: admin });
    assert.deepEqual(
      trail.json.items.map((e: { actorUsername: string; details: { imported: number } }) => [e.actorUsername, e.details.imported]),
      [
        ['inspector', 1],
        ['admin', 0],
        ['inspector', 5],
      ],
    );
    const history = await t.request('/api/v1/staff/violations/imports', { session: inspector });
    assert.equal(history.json.total, 3);
    assert.deepEqual(
      history.json.items.map((i: { fileName: string; imported: number; unchanged: number; rejected: number }) => [i.fileName, i.imported, i.unchanged, i.rejected]),
      [
        ['big5.csv', 1, 1, 1],
        ['mol.csv', 0, 5, 0],
        ['mol.csv', 5, 0, 0],
      ],
    );
  });

  it('bounds the size of an upload', async () => {
    const small = violationsRoutes({
      violations: createViolationsService({ db: t.db, clock: () => new Date('2026-03-02T02:00:00Z'), authority: '臺中市' }),
      now: () => 0,
      downloadLimiter: createRateLimiter({ limit: 20, windowMs: 60_000, store: databaseRateLimitStore(t.db) }),
      importLimitBytes: 1000,
      lists: createListResponder({ db: t.db, letterhead: t.referenceData.city.bureau, timeZone: 'Asia/Taipei', clock: () => new Date(0) }),
    });
    small.onError((error) => new Response(String((error as { code?: string }).code), { status: 413 }));
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(5000)]), 'big.csv');
    const response = await small.request('/api/v1/violations/imports', { method: 'POST', body: form, headers: { 'content-length': '5200' } });
    assert.equal(response.status, 413);
    assert.equal(await response.text(), 'PAYLOAD_TOO_LARGE');
  });
});

describe('violations: public search', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
    const inspector = await t.signIn('inspector', ['labor-inspector']);
    const response = await upload(t, inspector, fixtureFile());
    assert.equal(response.status, 200, response.text);
  });
  after(() => t.close());

  const names = async (query: string) => {
    const response = await t.request(`/api/v1/violations?${query}`);
    assert.equal(response.status, 200, response.text);
    return response.json.items.map((item: { companyName: string }) => item.companyName);
  };

  it('answers the contract, newest first', async () => {
    const response = await t.request('/api/v1/violations');
    assert.equal(response.json.total, 5);
    assert.deepEqual(response.json.items[0], {
      id: response.json.items[0].id,
      source: 'mol-import',
      employerName: '宇祥營造股份有限公司(林毓釗)',
      companyName: '宇祥營造股份有限公司',
      responsiblePerson: '林毓釗',
      employerKey: '宇祥營造股份有限公司',
      authority: '臺中市',
      ubn: null,
      announcedOn: '2024-05-08',
      decidedOn: '2024-04-17',
      decisionNumber: '府受勞檢字第1130095514號',
      law: '職業安全衛生法',
      lawId: 'occupationalSafetyAndHealthAct',
      articles: ['職業安全衛生法第6條第1項'],
      violations: ['未符合規定之必要安全衛生設備及措施'],
      fine: null,
      fineKind: 'fine',
      disputed: false,
      note: null,
      revisedOn: null,
    });
    assert.deepEqual(
      response.json.items.map((i: { announcedOn: string }) => i.announcedOn),
      ['2024-05-08', '2024-03-05', '2024-03-05', '2021-03-08', '2021-03-08'],
    );
  });

  it('finds partial Chinese names', async () => {
    assert.deepEqual(await names('q=家福'), ['家福股份有限公司']);
    assert.deepEqual(await names('q=人壽'), ['國泰人壽保險股份有限公司']);
    assert.deepEqual(await names('q=' + encodeURIComponent('營')), ['宇祥營造股份有限公司']);
    assert.deepEqual(await names('q=不存在的公司'), []);
  });

  it('treats 台 and 臺 alike', async () => {
    const inspector = await t.login('inspector');
    const text = csvText([molHeader, ['台中市', '20240601', '20240502', '府授勞動字第9號', '臺灣精密股份有限公司/王大同', '勞動基準法第24條', '延長工時工資未依法給付', '20000', '']]);
    assert.equal((await upload(t, inspector, utf8(text))).json.imported, 1);
    assert.deepEqual(await names('q=台灣精密'), ['臺灣精密股份有限公司']);
    assert.deepEqual(await names('q=臺灣精密'), ['臺灣精密股份有限公司']);
    assert.equal((await t.request('/api/v1/violations?q=台灣精密')).json.items[0].authority, '臺中市');
  });

  it('finds names written with punctuation, and the responsible person', async () => {
    assert.deepEqual(await names(`q=${encodeURIComponent('家福股份有限公司_王俊超')}`), ['家福股份有限公司']);
    assert.deepEqual(await names(`q=${encodeURIComponent('家福股份有限公司/王俊超')}`), ['家福股份有限公司']);
    assert.deepEqual(await names(`q=${encodeURIComponent('(郭修祥)')}`), ['捷順交通股份有限公司']);
    assert.deepEqual(await names(`q=${encodeURIComponent('捷順交通（郭修祥）')}`), ['捷順交通股份有限公司']);
    assert.deepEqual(await names(`q=${encodeURIComponent('郭修祥 家福')}`), []);
    assert.deepEqual(await names(`q=${encodeURIComponent('、、')}`).then((list) => list.length), 6);
  });

  it('filters by law (any spelling), article and date range', async () => {
    assert.deepEqual(await names('law=性別工作平等法'), ['國泰人壽保險股份有限公司']);
    assert.deepEqual(await names('law=occupationalSafetyAndHealthAct'), ['宇祥營造股份有限公司']);
    assert.deepEqual(await names(`law=${encodeURIComponent('勞基法')}&article=22`), ['捷順交通股份有限公司', '興隆成工業有限公司']);
    assert.deepEqual(await names(`article=${encodeURIComponent('第30條')}`), ['家福股份有限公司']);
    assert.deepEqual(await names('from=2024-03-05&to=2024-03-05'), ['國泰人壽保險股份有限公司', '捷順交通股份有限公司']);
    assert.deepEqual(await names('from=2024-01-01&q=家福'), []);
  });

  it('pages the results', async () => {
    const first = await t.request('/api/v1/violations?pageSize=2&page=1');
    const third = await t.request('/api/v1/violations?pageSize=2&page=3');
    assert.equal(first.json.total, 6);
    assert.equal(first.json.items.length, 2);
    assert.equal(third.json.items.length, 2);
    assert.equal(third.json.page, 3);
  });

  it('refuses bad filters with a 400 naming the field', async () => {
    const article = await t.request('/api/v1/violations?article=abc&lang=en');
    assert.equal(article.status, 400);
    assert.equal(article.json.errors[0].field, 'article');
    assert.match(article.json.errors[0].message, /article number/);
    const range = await t.request('/api/v1/violations?from=2024-05-01&to=2024-01-01');
    assert.equal(range.status, 400);
    assert.equal(range.json.errors[0].field, 'to');
    assert.equal((await t.request('/api/v1/violations?from=2024-02-30')).status, 400);
  });

  it('shows one employer page with every record, by key or by name as written', async () => {
    const page = await t.request(`/api/v1/violations/employers/${encodeURIComponent('家福股份有限公司')}`);
    assert.equal(page.status, 200);
    assert.equal(page.json.total, 1);
    assert.deepEqual(page.json.names, ['家福股份有限公司']);
    assert.equal(page.json.items[0].disputed, true);
    const written = await t.request(`/api/v1/violations/employers/${encodeURIComponent('臺灣 精密股份有限公司')}`);
    assert.equal(written.json.total, 1);
    assert.equal((await t.request(`/api/v1/violations/employers/${encodeURIComponent('無此公司')}`)).status, 404);
  });

  it('downloads any result as CSV (BOM, MOL columns) that imports back as the same rows', async () => {
    const response = await t.app.request(`/api/v1/violations.csv?q=${encodeURIComponent('股份')}`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(response.headers.get('content-disposition') ?? '', /attachment/);
    // Named after the filter and the day (issue 15 §6), in UTF-8 with an ASCII fallback (RFC 6266, RFC 8187).
    const named = await t.app.request(`/api/v1/violations.csv?q=${encodeURIComponent('台中 股份')}&law=laborStandardsAct`);
    const disposition = named.headers.get('content-disposition') ?? '';
    const day = '2026-03-02'; // the test clock's day in Taipei (10:00)
    assert.ok(disposition.includes(`filename*=UTF-8''${encodeURIComponent(`violations-臺中_股份_勞動基準法-${day}.csv`)}`), disposition);
    assert.ok(disposition.startsWith(`attachment; filename="violations-${day}.csv"; `), disposition);
    const json = await t.app.request('/api/v1/violations.json');
    assert.ok((json.headers.get('content-disposition') ?? '').includes(`filename="violations-${day}.json"`));
    await named.arrayBuffer();
    await json.arrayBuffer();
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    assert.equal(text.split('\r\n').filter(Boolean).length, 1 + 5);
    assert.match(text, /^\uFEFF主管機關,公告日期,處分日期,處分字號,事業單位名稱或負責人,違法法規法條,違反法規內容,罰鍰金額,備註說明/);
    assert.match(text, /家福股份有限公司_王俊超,勞動基準法第30條第6項;勞動基準法第32條第1項;勞動基準法第49條第1項/);
    const inspector = await t.login('inspector');
    const back = await upload(t, inspector, bytes, 'export.csv');
    assert.equal(back.json.imported, 0, back.text);
    assert.equal(back.json.unchanged, 5);
    const viaFormat = await t.app.request('/api/v1/violations?format=csv&law=' + encodeURIComponent('性別平等工作法'));
    assert.equal((await viaFormat.text()).split('\r\n').filter(Boolean).length, 2);
  });

  it('downloads any result as JSON', async () => {
    const response = await t.app.request('/api/v1/violations.json?law=laborStandardsAct');
    assert.equal(response.status, 200);
    const items = JSON.parse(await response.text());
    assert.equal(items.length, 4);
    assert.equal(items[0].companyName, '臺灣精密股份有限公司');
    const none = JSON.parse(await (await t.app.request('/api/v1/violations.json?q=無此公司')).text());
    assert.deepEqual(none, []);
  });
});

describe("violations: the bureau's own inspection results", () => {
  let t: TestContext;
  let inspector: Session;
  let admin: Session;
  let draftId: number;
  before(async () => {
    t = await createTestContext({ now: new Date('2026-03-02T17:00:00Z') });
    inspector = await t.signIn('inspector', ['labor-inspector']);
    admin = await t.signIn('admin', ['admin']);
  });
  after(() => t.close());

  const draft = {
    employerName: '台中好味食品有限公司',
    responsiblePerson: '張三',
    decidedOn: '2026-02-20',
    decisionNumber: '府授勞動字第1150040001號',
    law: '勞基法',
    articles: ['勞動基準法第32條第2項', '勞動基準法第24條'],
    violations: ['延長工時超過法定上限', '延長工時工資未依法給付'],
    fine: 50000,
  };

  it('records a draft that the public does not see', async () => {
    const created = await t.request('/api/v1/staff/violations/inspections', { method: 'POST', session: inspector, body: draft });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.status, 'draft');
    assert.equal(created.json.law, '勞動基準法');
    assert.equal(created.json.authority, '臺中市');
    assert.equal(created.json.announcedOn, null);
    draftId = created.json.id;
    assert.equal((await t.request('/api/v1/violations?q=好味')).json.total, 0);
    const list = await t.request('/api/v1/staff/violations/inspections?status=draft', { session: inspector });
    assert.equal(list.json.total, 1);
  });

  it('refuses an admin (import only) and bad input', async () => {
    const forbidden = await t.request('/api/v1/staff/violations/inspections', { method: 'POST', session: admin, body: draft });
    assert.equal(forbidden.status, 403);
    const bad = await t.request('/api/v1/staff/violations/inspections', {
      method: 'POST',
      session: inspector,
      body: { ...draft, articles: [], fine: -1, decidedOn: '2026-02-30' },
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.json.errors.map((e: { field: string }) => e.field).sort(), ['articles', 'decidedOn', 'fine']);
  });

  it('corrects a draft, then publishes it on the Taiwan date, once', async () => {
    const updated = await t.request(`/api/v1/staff/violations/inspections/${draftId}`, {
      method: 'PUT',
      session: inspector,
      body: { ...draft, fine: 60000, disputed: true },
    });
    assert.equal(updated.status, 200, updated.text);
    assert.equal(updated.json.fine, 60000);
    const published = await t.request(`/api/v1/staff/violations/inspections/${draftId}/publish`, { method: 'POST', session: inspector, body: {} });
    assert.equal(published.status, 200, published.text);
    // 17:00 UTC on 2 March is 01:00 on 3 March in Taiwan.
    assert.equal(published.json.announcedOn, '2026-03-03');
    const again = await t.request(`/api/v1/staff/violations/inspections/${draftId}/publish`, { method: 'POST', session: inspector, body: {} });
    assert.equal(again.status, 409);
    const search = await t.request(`/api/v1/violations?q=${encodeURIComponent('台中好味')}&article=24`);
    assert.equal(search.json.total, 1);
    assert.equal(search.json.items[0].source, 'bureau-inspection');
    assert.equal(search.json.items[0].disputed, true);
    assert.equal((await t.request('/api/v1/staff/violations/inspections/999999', { session: inspector })).status, 404);
    assert.equal((await t.request('/api/v1/staff/violations/inspections/999999/publish', { method: 'POST', session: inspector, body: {} })).status, 404);
  });

  it('audits create, update and publish', async () => {
    const trail = await t.request(`/api/v1/staff/audit-events?recordType=violation-record&recordId=${draftId}`, { session: admin });
    assert.deepEqual(trail.json.items.map((e: { action: string }) => e.action).sort(), [
      'violations.inspection.create',
      'violations.inspection.publish',
      'violations.inspection.update',
    ]);
    const update = trail.json.items.find((e: { action: string }) => e.action === 'violations.inspection.update');
    assert.deepEqual(update.details.changed, ['fine', 'disputed']);
  });
});
