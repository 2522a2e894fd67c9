import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

describe('unions: registry, evaluation, guidance and indicator 5', () => {
  let t: TestContext;
  let officer: Session;
  const ids: string[] = [];

  before(async () => {
    t = await createTestContext({ now: new Date('2026-03-02T02:00:00Z') });
    officer = await t.signIn('programs', ['programs-officer']);
    const unions = [
      { name: '臺中市甲企業工會', kind: 'enterprise', registrationNumber: '中市工001', foundedOn: '2010-05-01' },
      { name: '臺中市乙產業工會', kind: 'industrial', registrationNumber: '中市工002', foundedOn: '2015-01-10' },
      { name: '臺中市丙職業工會', kind: 'occupational', registrationNumber: '中市工003', foundedOn: '2000-03-03', chairName: '林理事長', termEndsOn: '2027-03-02', members: 1200 },
      { name: '臺中市丁職業工會', kind: 'occupational', registrationNumber: '中市工004', foundedOn: '2026-12-31' },
      // Founded after the year: not counted in 2026.
      { name: '臺中市戊企業工會', kind: 'enterprise', registrationNumber: '中市工005', foundedOn: '2027-01-01' },
    ];
    for (const union of unions) {
      const response = await t.request('/api/v1/staff/unions', { method: 'POST', session: officer, body: union });
      assert.equal(response.status, 201, response.text);
      ids.push(response.json.id);
    }
  });
  after(() => t.close());

  const indicator = async (year: number) => (await t.request(`/api/v1/staff/unions/indicator?year=${year}`, { session: officer })).json;

  it('refuses a second union with the same registration number', async () => {
    const response = await t.request('/api/v1/staff/unions', { method: 'POST', session: officer, body: { name: 'x', kind: 'enterprise', registrationNumber: '中市工001', foundedOn: '2020-01-01' } });
    assert.equal(response.status, 409);
  });

  it('counts unions registered during the year, founded on its last day included and the day after excluded', async () => {
    assert.deepEqual(await indicator(2026), { indicator: 5, year: 2026, registered: 4, evaluated: 0, guided: 0, reached: 0, value: 0 });
  });

  it('an evaluation and a guidance visit each move indicator 5; a union both evaluated and guided counts once', async () => {
    const evaluation = await t.request(`/api/v1/staff/unions/${ids[0]}/evaluations`, {
      method: 'POST', session: officer,
      body: { year: 2026, evaluatedOn: '2026-02-20', grade: '甲等', criteria: [{ criterion: '會務運作', weight: 60, score: 90 }, { criterion: '財務管理', weight: 40, score: 75 }] },
    });
    assert.equal(evaluation.status, 201, evaluation.text);
    assert.equal(evaluation.json.totalScore, 84);
    assert.equal((await indicator(2026)).value, 25);
    await t.request(`/api/v1/staff/unions/${ids[0]}/guidance-visits`, { method: 'POST', session: officer, body: { visitedOn: '2026-02-25', findings: '會議紀錄已改善' } });
    assert.equal((await indicator(2026)).reached, 1, 'the same union once');
    const visit = await t.request(`/api/v1/staff/unions/${ids[1]}/guidance-visits`, { method: 'POST', session: officer, body: { visitedOn: '2026-02-26', findings: '財務報表輔導' } });
    assert.equal(visit.status, 201);
    assert.deepEqual(await indicator(2026), { indicator: 5, year: 2026, registered: 4, evaluated: 1, guided: 2, reached: 2, value: 50 });
    const lastYear = await t.request(`/api/v1/staff/unions/${ids[2]}/guidance-visits`, { method: 'POST', session: officer, body: { visitedOn: '2025-12-31', findings: '去年底' } });
    assert.equal(lastYear.status, 201);
    assert.equal((await indicator(2026)).reached, 2, "last year's visit does not count this year");
  });

  it('keeps one evaluation per union and year, and refuses a date outside the year', async () => {
    const again = await t.request(`/api/v1/staff/unions/${ids[0]}/evaluations`, {
      method: 'POST', session: officer, body: { year: 2026, evaluatedOn: '2026-03-01', grade: '乙等', criteria: [{ criterion: '會務運作', weight: 1, score: 70 }] },
    });
    assert.equal(again.status, 409);
    const wrongYear = await t.request(`/api/v1/staff/unions/${ids[1]}/evaluations?lang=en`, {
      method: 'POST', session: officer, body: { year: 2026, evaluatedOn: '2025-12-31', grade: '乙等', criteria: [{ criterion: 'a', weight: 1, score: 70 }] },
    });
    assert.equal(wrongYear.status, 400);
    assert.match(wrongYear.text, /evaluation year/);
    const detail = await t.request(`/api/v1/staff/unions/${ids[0]}`, { session: officer });
    assert.equal(detail.json.evaluations.length, 1);
    assert.equal(detail.json.lastEvaluation.grade, '甲等');
  });

  it('answers the registry on the list contract: by name, filtered by kind, the nearest term end first', async () => {
    const page = await t.request('/api/v1/staff/unions?pageSize=10', { session: officer });
    assert.equal(page.status, 200, page.text);
    assert.deepEqual([page.json.total, page.json.pageSize], [5, 10]);
    const occupational = await t.request('/api/v1/staff/unions?kind=occupational&sort=termEndsOn', { session: officer });
    assert.deepEqual((occupational.json.items as { registrationNumber: string }[]).map((u) => u.registrationNumber), ['中市工003', '中市工004'], 'a term end first, none last');
    const evaluated = (page.json.items as { registrationNumber: string; lastEvaluation: unknown }[]).find((u) => u.registrationNumber === '中市工001');
    assert.deepEqual(evaluated?.lastEvaluation, { year: 2026, grade: '甲等' });
    const csv = await t.request('/api/v1/staff/unions?format=csv', { session: officer });
    assert.equal(csv.status, 200);
    assert.match(csv.text, /臺中市丙職業工會/);
  });
});
