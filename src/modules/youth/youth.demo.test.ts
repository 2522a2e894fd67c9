import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTestDb } from '../../../test/create-test-db.ts';
import { loadDemoData } from '../../db/seed/demo-data.ts';
import { loadCityConfig } from '../reference-data/reference-data.ts';

describe('youth demo data', () => {
  it('loads through the services: open slots, a session and a no-show, events with attendance and feedback, a summer job', async () => {
    const db = await createTestDb();
    try {
      await loadDemoData(db, { city: loadCityConfig('taichung'), password: 'demo password 1' });
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
