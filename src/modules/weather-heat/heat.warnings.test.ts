import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { warningMessages } from './heat.messages.ts';

const now = new Date('2026-07-15T01:00:00Z'); // 09:00 in Taichung

describe('heat warnings: published by staff, shown publicly while valid, withdrawn, audited', () => {
  let t: TestContext;
  let inspector: Session;
  let admin: Session;
  let officer: Session;
  let warningId: string;
  before(async () => {
    t = await createTestContext({ now });
    inspector = await t.signIn('inspector', ['labor-inspector']);
    admin = await t.signIn('admin', ['admin']);
    officer = await t.signIn('officer', ['employment-officer']);
  });
  after(() => t.close());

  const publish = (body: unknown, session = inspector) =>
    t.request('/api/v1/staff/heat/warnings?lang=en', { method: 'POST', session, body });
  const publicWarnings = async (district: string, lang = 'zh-TW') =>
    (await t.request(`/api/v1/heat?district=${encodeURIComponent(district)}&lang=${lang}`)).json.warnings;

  it('lets only labor inspectors and admins publish', async () => {
    const response = await publish({ districts: ['北屯區'], level: 2, messageKeys: ['extremeHeat'], validUntil: '2026-07-15T18:00:00+08:00' }, officer);
    assert.equal(response.status, 403);
  });

  it('publishes for several districts and shows the warning there, in the reader’s language', async () => {
    const response = await publish({
      districts: ['北屯區', '台中市西屯區'],
      level: 3,
      messageKeys: ['extremeHeat', 'avoidMiddayOutdoorWork'],
      texts: { 'zh-TW': '大坑一帶工地請特別注意。', th: 'ไซต์ก่อสร้างแถวต้าเคิงโปรดระวังเป็นพิเศษ', en: '  ' },
      validUntil: '2026-07-15T18:00:00+08:00',
    });
    assert.equal(response.status, 201, response.text);
    warningId = response.json.id;
    assert.equal(response.json.status, 'active');
    assert.deepEqual(response.json.districts.map((d: { code: string }) => d.code), ['66000080', '66000060']);
    assert.equal(response.json.validFrom, now.toISOString(), 'valid from now when not given');
    assert.deepEqual(Object.keys(response.json.texts).sort(), ['th', 'zh-TW'], 'blank texts are dropped');
    assert.equal(response.json.publishedBy, 'inspector');

    const zh = await publicWarnings('北屯區');
    assert.equal(zh.length, 1);
    assert.deepEqual(zh[0].messages, [warningMessages['zh-TW'].extremeHeat, warningMessages['zh-TW'].avoidMiddayOutdoorWork]);
    assert.equal(zh[0].text, '大坑一帶工地請特別注意。');
    assert.equal(zh[0].textLocale, 'zh-TW');
    const th = await publicWarnings('西屯區', 'th');
    assert.equal(th[0].messages[0], warningMessages.th.extremeHeat);
    assert.equal(th[0].textLocale, 'th');
    const vi = await publicWarnings('北屯區', 'vi');
    assert.equal(vi[0].messages[0], warningMessages.vi.extremeHeat);
    assert.equal(vi[0].textLocale, 'zh-TW', 'no Vietnamese text: the Chinese one, marked as such');
    assert.deepEqual(await publicWarnings('南屯區'), [], 'not for other districts');

    const cityWide = await t.request('/api/v1/heat/warnings');
    assert.equal(cityWide.json.items.length, 1);
    const overview = await t.request('/api/v1/heat/districts');
    const levels = Object.fromEntries(overview.json.items.map((d: { district: string; warningLevel: number | null }) => [d.district, d.warningLevel]));
    assert.equal(levels['北屯區'], 3);
    assert.equal(levels['西屯區'], 3);
    assert.equal(levels['南屯區'], null);
  });

  it('keeps a scheduled warning off the public page until it starts, and an expired one after it ends', async () => {
    const scheduled = await publish({
      districts: ['南屯區'],
      level: 2,
      messageKeys: ['watchForHeatIllness'],
      validFrom: '2026-07-16T08:00:00+08:00',
      validUntil: '2026-07-16T18:00:00+08:00',
    });
    assert.equal(scheduled.status, 201, scheduled.text);
    assert.equal(scheduled.json.status, 'scheduled');
    assert.deepEqual(await publicWarnings('南屯區'), []);

    t.setNow(new Date('2026-07-16T02:00:00Z')); // 10:00 the next day
    assert.equal((await publicWarnings('南屯區')).length, 1);
    assert.deepEqual(await publicWarnings('北屯區'), [], 'yesterday’s warning has ended');
    // Sessions last an hour: a fresh one for this moment, so that the others stay valid back at `now`.
    const later = await t.signIn('admin-next-day', ['admin']);
    const expired = await t.request('/api/v1/staff/heat/warnings?status=expired', { session: later });
    assert.deepEqual(expired.json.items.map((w: { id: string }) => w.id), [warningId]);
    t.setNow(now);
  });

  it('withdraws a warning once, audited, and it leaves the public page at once', async () => {
    const withdrawn = await t.request(`/api/v1/staff/heat/warnings/${warningId}/withdraw`, { method: 'POST', session: admin });
    assert.equal(withdrawn.status, 200, withdrawn.text);
    assert.equal(withdrawn.json.status, 'withdrawn');
    assert.equal(withdrawn.json.withdrawnBy, 'admin');
    assert.equal(withdrawn.json.publishedBy, 'inspector');
    assert.deepEqual(await publicWarnings('北屯區'), []);
    const again = await t.request(`/api/v1/staff/heat/warnings/${warningId}/withdraw`, { method: 'POST', session: admin });
    assert.equal(again.status, 409);
    const unknown = await t.request('/api/v1/staff/heat/warnings/00000000-0000-4000-8000-000000000000/withdraw', { method: 'POST', session: admin });
    assert.equal(unknown.status, 404);
    const trail = await t.db.query<{ action: string; actor_username: string }>(
      "SELECT action, actor_username FROM audit_events WHERE record_type = 'heat-warning' AND record_id = $1 ORDER BY id",
      [warningId],
    );
    assert.deepEqual(trail.rows.map((r) => [r.action, r.actor_username]), [
      ['heat.warning.publish', 'inspector'],
      ['heat.warning.withdraw', 'admin'],
    ]);
    const list = await t.request('/api/v1/staff/heat/warnings?status=withdrawn', { session: inspector });
    assert.deepEqual(list.json.items.map((w: { id: string }) => w.id), [warningId]);
  });

  it('refuses a warning without a message, ending in the past, too long, or for an unknown district', async () => {
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM heat_warnings');
    const cases: [Record<string, unknown>, string][] = [
      [{ districts: ['北屯區'], level: 2, texts: { en: ' ' }, validUntil: '2026-07-15T18:00:00+08:00' }, 'messageKeys'],
      [{ districts: ['北屯區'], level: 2, messageKeys: ['extremeHeat'], validUntil: '2026-07-15T08:00:00+08:00' }, 'validUntil'],
      [{ districts: ['北屯區'], level: 2, messageKeys: ['extremeHeat'], validFrom: '2026-07-15T12:00:00+08:00', validUntil: '2026-07-15T10:00:00+08:00' }, 'validUntil'],
      [{ districts: ['北屯區'], level: 2, messageKeys: ['extremeHeat'], validUntil: '2026-08-15T18:00:00+08:00' }, 'validUntil'],
      [{ districts: ['北屯區', '信義區'], level: 2, messageKeys: ['extremeHeat'], validUntil: '2026-07-15T18:00:00+08:00' }, 'districts.1'],
      [{ districts: [], level: 2, messageKeys: ['extremeHeat'], validUntil: '2026-07-15T18:00:00+08:00' }, 'districts'],
      [{ districts: ['北屯區'], level: 5, messageKeys: ['extremeHeat'], validUntil: '2026-07-15T18:00:00+08:00' }, 'level'],
      [{ districts: ['北屯區'], level: 2, messageKeys: ['callYourMother'], validUntil: '2026-07-15T18:00:00+08:00' }, 'messageKeys.0'],
      [{ districts: ['北屯區'], level: 2, messageKeys: ['extremeHeat'], texts: { fr: 'Chaud' }, validUntil: '2026-07-15T18:00:00+08:00' }, 'texts'],
    ];
    for (const [body, field] of cases) {
      const response = await publish(body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(response.json.errors[0].field, field, JSON.stringify(body));
      assert.doesNotMatch(response.json.errors[0].message, /^validation\./, JSON.stringify(body));
    }
    const afterCount = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM heat_warnings');
    assert.equal(afterCount.rows[0]?.n, before.rows[0]?.n);
  });
});

describe('heat warning sentences for the staff form', () => {
  it('lists the fixed sentences in the caller language, for heat.manage only', async () => {
    const t = await createTestContext({ now });
    try {
      const inspector = await t.signIn('inspector', ['labor-inspector']);
      const analyst = await t.signIn('analyst', ['analyst']);
      const list = await t.request('/api/v1/staff/heat/warning-messages?lang=id', { session: inspector });
      assert.equal(list.status, 200);
      assert.deepEqual(list.json.items[0], { key: 'extremeHeat', text: warningMessages.id.extremeHeat });
      assert.equal(list.json.items.length, 5);
      assert.equal((await t.request('/api/v1/staff/heat/warning-messages', { session: analyst })).status, 403);
    } finally {
      await t.close();
    }
  });
});
