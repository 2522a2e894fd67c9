import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { computeIndicator8 } from './migrant-workers.indicator.ts';
import { visitBody, workerBody } from './migrant-workers.test-helpers.ts';

describe('migrant workers: indicator 8 (visited within 3 months ÷ new arrivals)', () => {
  let t: TestContext;
  let officer: Session;
  let analyst: Session;
  before(async () => {
    t = await createTestContext({ now: new Date('2026-03-02T02:00:00Z') });
    officer = await t.signIn('migrant', ['migrant-officer']);
    analyst = await t.signIn('analyst', ['analyst']);
    const arrivals: { number: string; arrival: string; nationality: string; district?: string; visitedOn?: string; left?: string }[] = [
      { number: 'B812345609', arrival: '2025-10-05', nationality: 'VN', visitedOn: '2025-12-01' },
      // On the due date itself, recorded months later: dated within the window, so it counts.
      { number: 'B812345618', arrival: '2025-10-31', nationality: 'TH', visitedOn: '2026-01-31' },
      // One day after the due date: in the denominator only.
      { number: 'B812345627', arrival: '2025-11-01', nationality: 'VN', visitedOn: '2026-02-02' },
      // Left Taiwan on the due date without a visit: excluded.
      { number: 'B912345601', arrival: '2025-11-15', nationality: 'ID', left: '2026-02-15' },
      // Left the day after the due date: the window was missed, so it stays in the denominator.
      { number: 'B912345610', arrival: '2025-11-16', nationality: 'ID', left: '2026-02-17' },
      // Due 2026-03-20, after the as-of day: pending.
      { number: 'B912345629', arrival: '2025-12-20', nationality: 'VN' },
      { number: 'L912345609', arrival: '2025-12-21', nationality: 'TH', district: '66000010', visitedOn: '2026-02-01' },
      // Outside the period on either side.
      { number: 'L912345618', arrival: '2025-09-30', nationality: 'VN', visitedOn: '2025-10-10' },
      { number: 'L912345627', arrival: '2026-01-01', nationality: 'VN', visitedOn: '2026-01-10' },
    ];
    for (const item of arrivals) {
      const created = await t.request('/api/v1/staff/migrant-workers', {
        method: 'POST',
        session: officer,
        body: workerBody({ residentCertificateNumber: item.number, arrivalDate: item.arrival, nationality: item.nationality, districtCode: item.district ?? '66000080' }),
      });
      assert.equal(created.status, 201, created.text);
      const taskId = (await t.db.query<{ id: string }>('SELECT id FROM migrant_visit_tasks WHERE worker_id = $1', [created.json.id])).rows[0]?.id;
      if (item.visitedOn) {
        const visit = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits`, { method: 'POST', session: officer, body: visitBody({ visitedOn: item.visitedOn }) });
        assert.equal(visit.status, 201, visit.text);
      }
      if (item.left) {
        const left = await t.request(`/api/v1/staff/migrant-workers/${created.json.id}/status`, { method: 'POST', session: officer, body: { status: 'left-taiwan', since: item.left } });
        assert.equal(left.status, 204, left.text);
      }
    }
  });
  after(() => t.close());

  it('counts the period of arrival, excluding departures before the due date and open windows', async () => {
    const response = await t.request('/api/v1/staff/migrant-workers/indicator-8?from=2025-10-01&to=2025-12-31', { session: analyst });
    assert.equal(response.status, 200, response.text);
    const { breakdown: _none, ...figures } = response.json;
    assert.deepEqual(figures, {
      from: '2025-10-01',
      to: '2025-12-31',
      asOf: '2026-03-02',
      target: 61,
      arrivals: 7,
      excluded: 1,
      pending: 1,
      denominator: 5,
      visitedWithinWindow: 3,
      rate: 60,
    });
  });

  it('drills down by nationality and district, and is a function the indicators module can call', async () => {
    const byNationality = await computeIndicator8(t.db, { from: '2025-10-01', to: '2025-12-31', asOf: '2026-03-02', by: 'nationality' });
    assert.deepEqual(
      byNationality.breakdown?.map((row) => [row.key, row.arrivals, row.excluded, row.pending, row.denominator, row.visitedWithinWindow, row.rate]),
      [
        ['ID', 2, 1, 0, 1, 0, 0],
        ['TH', 2, 0, 0, 2, 2, 100],
        ['VN', 3, 0, 1, 2, 1, 50],
      ],
    );
    const byDistrict = await computeIndicator8(t.db, { from: '2025-10-01', to: '2025-12-31', asOf: '2026-03-02', by: 'district' });
    assert.deepEqual(byDistrict.breakdown?.map((row) => [row.key, row.denominator, row.visitedWithinWindow]), [
      ['66000010', 1, 1],
      ['66000080', 4, 2],
    ]);
    // Once the last window has closed, the pending arrival joins the denominator unvisited.
    const later = await computeIndicator8(t.db, { from: '2025-10-01', to: '2025-12-31', asOf: '2026-03-21' });
    assert.deepEqual([later.pending, later.denominator, later.rate], [0, 6, 50]);
    const empty = await computeIndicator8(t.db, { from: '2024-01-01', to: '2024-12-31', asOf: '2026-03-02', by: 'officer' });
    assert.deepEqual([empty.arrivals, empty.rate, empty.breakdown], [0, null, []]);
    const byOfficer = await computeIndicator8(t.db, { from: '2025-10-01', to: '2025-12-31', asOf: '2026-03-02', by: 'officer' });
    assert.deepEqual(byOfficer.breakdown?.map((row) => [row.key, row.visitedWithinWindow]), [['-', 0], ['migrant', 3]]);
  });

  it('refuses a period that ends before it starts, and people without the permission', async () => {
    const response = await t.request('/api/v1/staff/migrant-workers/indicator-8?from=2025-12-31&to=2025-10-01&lang=en', { session: analyst });
    assert.equal(response.status, 400);
    const inspector = await t.signIn('inspector', ['labor-inspector']);
    assert.equal((await t.request('/api/v1/staff/migrant-workers/indicator-8?from=2025-10-01&to=2025-12-31', { session: inspector })).status, 403);
  });
});
