import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { createTestDb } from '../../../test/create-test-db.ts';
import type { Db } from '../../db/client.ts';
import { createReferenceData, loadCityConfig } from '../reference-data/reference-data.ts';
import { createLogger } from '../../shared/logger.ts';
import { createCwaClient, type FetchLike } from './cwa.client.ts';
import { readFixture } from './heat.recorded.ts';
import { createJobsService, type JobsService } from '../../shared/jobs/jobs.service.ts';
import { createHeatRefresher, everyMinutesCron, heatRefreshJob, scheduleHeatRefresh } from './heat.refresh.ts';
import { createHeatService } from './heat.service.ts';

const referenceData = createReferenceData(loadCityConfig('taichung'));
const beitun = referenceData.findDistrict('北屯區')!;
// 13:05 in Taichung on the day of the recorded responses.
const now = new Date('2026-07-15T05:05:00Z');

const fixtures: Record<string, string> = {
  'O-A0001-001': 'o-a0001-001.json',
  'O-A0003-001': 'o-a0003-001.json',
  'F-D0047-073': 'f-d0047-073.json',
  'M-A0085-001': 'm-a0085-001.json',
};

type Mode = 'recorded' | 'http-500' | 'malformed';

/** A CWA stand-in answering with the recorded responses, or failing the way the real one can. */
function fakeCwa() {
  const state = { mode: 'recorded' as Mode, calls: 0 };
  const fetch: FetchLike = async (url) => {
    state.calls += 1;
    if (state.mode === 'http-500') return { ok: false, status: 500, text: async () => 'Internal Server Error' };
    if (state.mode === 'malformed') return { ok: true, status: 200, text: async () => '<html><body>維護中</body></html>' };
    const dataset = new URL(url).pathname.split('/').pop() ?? '';
    const name = fixtures[dataset];
    if (!name) return { ok: false, status: 404, text: async () => '' };
    return { ok: true, status: 200, text: async () => JSON.stringify(readFixture(name)) };
  };
  return { state, fetch };
}

function capturingLogger() {
  const lines: { level: number; msg: string; dataset?: string; error?: string }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('heat refresh: fetch, cache, and serve the last data when CWA is away', () => {
  let db: Db;
  let jobs: JobsService;
  before(async () => {
    db = await createTestDb();
    jobs = createJobsService({ db, logger: createLogger('silent'), timeZone: referenceData.city.bureau.timeZone });
    await jobs.start();
  });
  after(async () => {
    await jobs.stop();
    await db.close();
  });

  it('without a key logs once that heat data is offline, fetches nothing and schedules nothing', async () => {
    const { state, fetch } = fakeCwa();
    const { lines, logger } = capturingLogger();
    const service = createHeatService({ db, referenceData, clock: () => now });
    await scheduleHeatRefresh({ jobs, client: createCwaClient({ apiKey: undefined, fetch }), service, intervalMinutes: 5, logger });
    await settle();
    assert.equal(state.calls, 0);
    assert.deepEqual((await db.query(`SELECT name FROM pgboss.schedule WHERE name = $1`, [heatRefreshJob])).rows, []);
    assert.deepEqual(await jobs.list(), []);
    assert.equal(lines.length, 1);
    assert.equal(lines[0]?.level, 40);
    assert.match(lines[0]?.msg ?? '', /CWA_API_KEY is not set: heat data is offline/);
  });

  it('stores what CWA sends, keeps it through HTTP 500s and broken JSON, and logs each change of state once', async () => {
    const { state, fetch } = fakeCwa();
    const { lines, logger } = capturingLogger();
    let clock = now;
    const service = createHeatService({ db, referenceData, clock: () => clock });
    const refresher = createHeatRefresher({ client: createCwaClient({ apiKey: 'CWA-TEST-KEY-0001', fetch }), service, logger });

    const first = await refresher.refresh();
    assert.deepEqual(first.failed, []);
    assert.deepEqual(
      first.stored.map((s) => s.dataset),
      ['O-A0001-001', 'O-A0003-001', 'F-D0047-073', 'M-A0085-001'],
    );
    assert.equal(first.stored[0]?.records, 10, '10 Taichung stations with both values; 基隆, "X", -99 and the broken one skipped');
    assert.equal(first.stored[2]?.records, 29 * 16 - 2, 'two forecast hours lack a value');
    const live = await service.report(beitun, 'zh-TW');
    assert.equal(live.source, 'cwa');
    assert.equal(live.temperatureC, 33.6);
    assert.deepEqual(live.station, { id: 'C0FZ01', name: '大坑' });
    assert.equal(lines.length, 0, 'nothing to say while all is well');

    state.mode = 'http-500';
    clock = new Date(now.getTime() + 30 * 60_000);
    const failed = await refresher.refresh();
    assert.deepEqual(failed.stored, []);
    assert.deepEqual(new Set(failed.failed.map((f) => f.error)), new Set(['http-500']));
    await refresher.refresh();
    const kept = await service.report(beitun, 'zh-TW');
    assert.equal(kept.temperatureC, 33.6, 'the last data is still served');
    assert.equal(kept.observedAt, live.observedAt);
    assert.equal(kept.stale, false);
    const offline = lines.filter((line) => /heat data offline/.test(line.msg));
    assert.equal(offline.length, 4, 'one warning per dataset, not one per attempt');
    assert.ok(offline.every((line) => line.error === 'http-500' && line.level === 40));
    assert.doesNotMatch(JSON.stringify(lines), /CWA-TEST-KEY-0001/, 'the key never reaches the log');

    const status = await service.sourceStatus();
    const observations = status.items.find((s) => s.dataset === 'O-A0001-001');
    assert.equal(observations?.lastError, 'http-500');
    assert.equal(observations?.lastSuccessAt, now.toISOString());
    assert.equal(observations?.records, 10, 'the count of the last success is kept');

    state.mode = 'malformed';
    lines.length = 0;
    await refresher.refresh();
    assert.equal(lines.length, 4);
    assert.ok(lines.every((line) => /not the expected JSON: ignored/.test(line.msg) && line.error === 'malformed'));
    assert.equal((await service.report(beitun, 'zh-TW')).temperatureC, 33.6);

    state.mode = 'recorded';
    lines.length = 0;
    const back = await refresher.refresh();
    assert.equal(back.failed.length, 0);
    assert.equal(lines.filter((line) => /back/.test(line.msg)).length, 4);
    assert.equal((await service.sourceStatus()).items.find((s) => s.dataset === 'M-A0085-001')?.lastError, null);
  });

  it('fetching the same responses again adds nothing', async () => {
    const { fetch } = fakeCwa();
    const service = createHeatService({ db, referenceData, clock: () => now });
    const refresher = createHeatRefresher({ client: createCwaClient({ apiKey: 'CWA-TEST-KEY-0001', fetch }), service, logger: capturingLogger().logger });
    const count = async () =>
      (await db.query<{ n: number }>('SELECT (SELECT count(*) FROM heat_observations) + (SELECT count(*) FROM heat_forecasts) AS n')).rows[0]?.n;
    const before = await count();
    await refresher.refresh();
    assert.equal(await count(), before);
  });

  it('with a key refreshes at once as a job, and schedules the refresh on the interval in the bureau’s time zone', async () => {
    const { state, fetch } = fakeCwa();
    const service = createHeatService({ db, referenceData, clock: () => now });
    await scheduleHeatRefresh({
      jobs,
      client: createCwaClient({ apiKey: 'CWA-TEST-KEY-0001', fetch }),
      service,
      intervalMinutes: 30,
      logger: capturingLogger().logger,
    });
    const deadline = Date.now() + 10_000;
    while (!(await jobs.list({ state: 'completed' })).some((job) => job.name === heatRefreshJob)) {
      if (Date.now() > deadline) throw new Error('the first refresh did not run');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(state.calls, 4, 'the four datasets, once');
    const { rows } = await db.query<{ cron: string; timezone: string }>(`SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`, [
      heatRefreshJob,
    ]);
    assert.deepEqual(rows, [{ cron: '*/30 * * * *', timezone: 'Asia/Taipei' }]);

    // Only one refresh waits at a time: a second instance starting (or a slow CWA) adds none.
    const later = { startAfter: new Date(Date.now() + 60_000) };
    assert.ok(await jobs.send(heatRefreshJob, {}, later));
    assert.equal(await jobs.send(heatRefreshJob, {}, later), null);

    // Started again without a key, the schedule goes.
    await scheduleHeatRefresh({ jobs, client: createCwaClient({ apiKey: undefined, fetch }), service, intervalMinutes: 30, logger: capturingLogger().logger });
    assert.deepEqual((await db.query(`SELECT name FROM pgboss.schedule WHERE name = $1`, [heatRefreshJob])).rows, []);
  });

  it('turns the interval into a cron expression', () => {
    assert.equal(everyMinutesCron(5), '*/5 * * * *');
    assert.equal(everyMinutesCron(30), '*/30 * * * *');
    assert.equal(everyMinutesCron(60), '0 */1 * * *');
    assert.equal(everyMinutesCron(6 * 60), '0 */6 * * *');
    assert.equal(everyMinutesCron(24 * 60), '0 0 * * *');
  });
});
