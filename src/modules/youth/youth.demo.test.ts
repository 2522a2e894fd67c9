import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDemoTestDb } from '../../../test/create-test-db.ts';

describe('youth demo data', () => {
  it('loads through the services: open slots, a session and a no-show, events with attendance and feedback, a summer job', async () => {
    const db = await createDemoTestDb();
    try {
      const bookings = await db.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM youth_bookings GROUP BY status ORDER BY status');
      assert.deepEqual(bookings.rows, [
        { status: 'attended', n: 1 },
        { status: 'booked', n: 1 },
        { status: 'no-show', n: 1 },
      ]);
      assert.equal((await db.query('SELECT 1 FROM youth_sessions')).rowCount, 1);
      assert.equal((await db.query('SELECT 1 FROM youth_slots')).rowCount, 7);
      assert.equal((await db.query('SELECT 1 FROM youth_event_registrations WHERE attended_on IS NOT NULL')).rowCount, 2);
      assert.equal((await db.query('SELECT 1 FROM youth_event_registrations WHERE feedback_rating IS NOT NULL')).rowCount, 1);
      assert.equal((await db.query('SELECT 1 FROM youth_summer_jobs')).rowCount, 1);
    } finally {
      await db.close();
    }
  });
});
