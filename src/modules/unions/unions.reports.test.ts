import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSmtpServer, waitFor } from '../../../test/smtp-test-server.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createSmtpChannel } from '../notifications/notifications.channels.ts';
import { electionReminderJob } from './unions.jobs.ts';

// The test clock: 2026-03-02 10:00 in Taichung.
describe('unions: annual reports, elections, the election reminder job and the social dialogue register', () => {
  let t: TestContext;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let officer: Session;
  let analyst: Session;
  const ids: string[] = [];

  before(async () => {
    smtp = await startSmtpServer();
    t = await createTestContext({ jobs: true, notificationChannels: { email: createSmtpChannel({ url: smtp.url, from: '臺中市政府勞工局 <no-reply@labor.example.gov.tw>' }) } });
    officer = await t.signIn('unions-officer', ['programs-officer']);
    analyst = await t.signIn('analyst', ['analyst']);
    const unions = [
      // Term ends in 30 days, in 31 days, ended yesterday, and none recorded.
      { name: '臺中市甲企業工會', kind: 'enterprise', registrationNumber: '中市工101', foundedOn: '2010-05-01', termEndsOn: '2026-04-01' },
      { name: '臺中市乙產業工會', kind: 'industrial', registrationNumber: '中市工102', foundedOn: '2015-01-10', termEndsOn: '2026-04-02' },
      { name: '臺中市丙職業工會', kind: 'occupational', registrationNumber: '中市工103', foundedOn: '2000-03-03', termEndsOn: '2026-03-01' },
      { name: '臺中市丁職業工會', kind: 'occupational', registrationNumber: '中市工104', foundedOn: '2001-03-03' },
    ];
    for (const union of unions) {
      const response = await t.request('/api/v1/staff/unions', { method: 'POST', session: officer, body: union });
      assert.equal(response.status, 201, response.text);
      ids.push(response.json.id);
    }
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  const report = { year: 2025, members: 412, filedOn: '2026-02-20', income: [{ category: '會費', amount: 824_000 }, { category: '政府補助', amount: 50_000 }], spending: [{ category: '人事費', amount: 600_000 }, { category: '會務活動', amount: 180_500 }] };

  it("files a union's annual report with its totals, once a year; a second is 409 and an amendment counts its revision", async () => {
    const filed = await t.request(`/api/v1/staff/unions/${ids[0]}/annual-reports`, { method: 'POST', session: officer, body: report });
    assert.equal(filed.status, 201, filed.text);
    assert.deepEqual([filed.json.incomeTotal, filed.json.spendingTotal, filed.json.revision], [874_000, 780_500, 1]);
    assert.equal((await t.request(`/api/v1/staff/unions/${ids[0]}/annual-reports`, { method: 'POST', session: officer, body: report })).status, 409);
    const { year: _year, ...fields } = report;
    const amended = await t.request(`/api/v1/staff/unions/${ids[0]}/annual-reports/2025`, { method: 'PUT', session: officer, body: { ...fields, members: 415, reason: '會員名冊更正' } });
    assert.equal(amended.status, 200, amended.text);
    assert.equal(amended.json.revision, 2);
    const list = await t.request(`/api/v1/staff/unions/${ids[0]}/annual-reports`, { session: analyst });
    assert.deepEqual(list.json.items.map((r: { year: number; members: number }) => [r.year, r.members]), [[2025, 415]]);
    assert.equal((await t.request(`/api/v1/staff/unions/${ids[0]}/annual-reports`, { method: 'POST', session: analyst, body: { ...report, year: 2024 } })).status, 403);
  });

  it('answers 400 in the caller\'s language for a repeated category, a negative amount and a missing year', async () => {
    const response = await t.request(`/api/v1/staff/unions/${ids[1]}/annual-reports?lang=th`, {
      method: 'POST', session: officer, body: { members: 10, filedOn: '2026-02-01', income: [{ category: '會費', amount: 1 }, { category: '會費', amount: 2 }], spending: [{ category: '人事費', amount: -1 }] },
    });
    assert.equal(response.status, 400);
    const fields = (response.json.errors as { field: string }[]).map((e) => e.field).sort();
    assert.deepEqual(fields, ['income', 'spending.0.amount', 'year']);
    assert.match(JSON.stringify(response.json.errors), /แต่ละหมวดกรอกได้เพียงครั้งเดียว/);
  });

  it('without settings no reminder goes out; the job then writes to the unions officer once for each term ending within the lead days', async () => {
    assert.equal((await t.request('/api/v1/staff/unions/reminder-settings', { session: officer })).json.settings, null);
    await t.jobs!.send(electionReminderJob);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(smtp.received.length, 0);

    const bad = await t.request('/api/v1/staff/unions/reminder-settings?lang=en', { method: 'PUT', session: officer, body: { leadDays: 0, recipientEmail: 'not-an-address', locale: 'zh-TW' } });
    assert.equal(bad.status, 400);
    assert.deepEqual((bad.json.errors as { field: string }[]).map((e) => e.field).sort(), ['leadDays', 'recipientEmail']);
    const saved = await t.request('/api/v1/staff/unions/reminder-settings', { method: 'PUT', session: officer, body: { leadDays: 30, recipientEmail: 'unions@labor.example.gov.tw', locale: 'zh-TW' } });
    assert.equal(saved.status, 204, saved.text);

    await t.jobs!.send(electionReminderJob);
    const mail = await waitFor(() => smtp.received[0]);
    assert.deepEqual(mail.to, ['unions@labor.example.gov.tw']);
    assert.match(mail.subject, /臺中市甲企業工會/);
    assert.match(mail.text, /民國 115 年 4 月 1 日 屆滿/);
    // 2026-04-02 is 31 days ahead: outside the 30 days. A second run sends nothing new.
    await t.jobs!.send(electionReminderJob);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sent = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE template = 'union-election-reminder'`);
    assert.equal(sent.rows[0]?.n, 1);
  });

  it('lists elections due: the term within the lead days and the term ended with no election; an election recorded takes it off', async () => {
    const due = await t.request('/api/v1/staff/unions/elections-due', { session: officer });
    assert.equal(due.status, 200, due.text);
    assert.deepEqual(due.json.items.map((u: { registrationNumber: string; daysLeft: number; ended: boolean }) => `${u.registrationNumber} ${u.daysLeft} ${u.ended}`), ['中市工103 -1 true', '中市工101 30 false']);
    const invalid = await t.request(`/api/v1/staff/unions/${ids[2]}/elections`, { method: 'POST', session: officer, body: { heldOn: '2026-03-02', newTermEndsOn: '2026-03-02' } });
    assert.equal(invalid.status, 400);
    const held = await t.request(`/api/v1/staff/unions/${ids[2]}/elections`, { method: 'POST', session: officer, body: { heldOn: '2026-03-02', newTermEndsOn: '2030-03-01', chairName: '陳理事長' } });
    assert.equal(held.status, 201, held.text);
    const after = await t.request('/api/v1/staff/unions/elections-due', { session: officer });
    assert.deepEqual(after.json.items.map((u: { registrationNumber: string }) => u.registrationNumber), ['中市工101']);
    const union = await t.request(`/api/v1/staff/unions/${ids[2]}`, { session: officer });
    assert.deepEqual([union.json.termEndsOn, union.json.chairName], ['2030-03-01', '陳理事長']);
  });

  it('records a social dialogue meeting with follow-ups; the overdue list shows it from the day after a due date until it is done', async () => {
    const bad = await t.request('/api/v1/staff/social-dialogue', { method: 'POST', session: officer, body: { kind: 'meeting', heldOn: '2026-02-10', title: 'x', parties: [], issues: 'x', followUps: [{ action: 'a', owner: 'b', dueOn: '2026-02-09' }] } });
    assert.equal(bad.status, 400);
    const recorded = await t.request('/api/v1/staff/social-dialogue', {
      method: 'POST', session: officer,
      body: {
        kind: 'meeting', heldOn: '2026-02-10', title: '勞資政三方座談會', issues: '基本工資調整後之中小企業因應；職場安全',
        parties: [{ name: '臺中市工業會', side: 'employers' }, { name: '臺中市總工會', side: 'workers' }],
        followUps: [{ action: '彙整中小企業補助方案', owner: '勞動條件科', dueOn: '2026-03-01' }, { action: '安排職安宣導', owner: '職安科', dueOn: '2026-03-02' }],
      },
    });
    assert.equal(recorded.status, 201, recorded.text);
    await t.request('/api/v1/staff/social-dialogue', { method: 'POST', session: officer, body: { kind: 'partnership_event', heldOn: '2026-02-20', title: '勞資夥伴關係推廣講座', issues: '勞資會議實務', parties: [{ name: '臺中市勞工局', side: 'government' }], attendance: 85 } });
    const all = await t.request('/api/v1/staff/social-dialogue', { session: officer });
    assert.equal(all.json.total, 2);
    const overdue = await t.request('/api/v1/staff/social-dialogue?overdue=true', { session: officer });
    assert.equal(overdue.json.total, 1);
    const followUps = overdue.json.items[0].followUps as { id: string; dueOn: string; overdue: boolean }[];
    assert.deepEqual(followUps.map((f) => `${f.dueOn} ${f.overdue}`), ['2026-03-01 true', '2026-03-02 false'], 'due today is not yet overdue');
    assert.equal((await t.request(`/api/v1/staff/social-dialogue/follow-ups/${followUps[0]!.id}/done`, { method: 'POST', session: officer, body: { doneOn: '2026-03-02' } })).status, 204);
    assert.equal((await t.request(`/api/v1/staff/social-dialogue/follow-ups/${followUps[0]!.id}/done`, { method: 'POST', session: officer, body: { doneOn: '2026-03-02' } })).status, 409);
    assert.equal((await t.request('/api/v1/staff/social-dialogue?overdue=true', { session: officer })).json.total, 0);
    const events = await t.request('/api/v1/staff/social-dialogue?kind=partnership_event&format=csv', { session: officer });
    assert.match(events.text, /勞資夥伴關係推廣講座/);
  });
});
