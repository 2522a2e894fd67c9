/**
 * Indicators 4 to 8 through the indicators API, their records made through each owning module's API:
 * 5 (unions), 6 (disability quota), 7 (labor university), 8 (migrant workers), and the mixed source of 4
 * (the module's numerator over an analyst's denominator) with a small provider registered here.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { seedProgramCatalog } from '../programs/programs.seed.ts';
import { createProgramsService } from '../programs/programs.service.ts';
import { visitBody, workerBody } from '../migrant-workers/migrant-workers.test-helpers.ts';
import { createIndicatorsService } from './indicators.service.ts';

type Item = { code: string; value: number | null; numerator: number | null; denominator: number | null; source: string; denominatorSource: string | null };

describe('indicators 4 to 8 from their modules', () => {
  let t: TestContext;
  let programs: Session;
  let migrant: Session;
  let registrar: Session;
  let analyst: Session;
  const item = async (code: string, year = 2026) => {
    const list = (await t.request(`/api/v1/indicators?year=${year}`)).json as { items: Item[] };
    return list.items.find((i) => i.code === code)!;
  };
  const figures = (i: Pick<Item, 'numerator' | 'denominator' | 'value'>) => [i.numerator, i.denominator, i.value];

  before(async () => {
    t = await createTestContext({ now: new Date('2026-03-02T02:00:00Z') });
    programs = await t.signIn('programs', ['programs-officer']);
    migrant = await t.signIn('migrant', ['migrant-officer']);
    registrar = await t.signIn('registrar', ['employment-officer']);
    analyst = await t.signIn('analyst', ['analyst']);
  });
  after(() => t.close());

  it('5: unions evaluated or guided ÷ unions registered in the year', async () => {
    const ids: string[] = [];
    for (const [i, foundedOn] of ['2010-05-01', '2015-01-10', '2000-03-03', '2020-01-01'].entries()) {
      const created = await t.request('/api/v1/staff/unions', { method: 'POST', session: programs, body: { name: `臺中市第${i}工會`, kind: 'enterprise', registrationNumber: `中市工10${i}`, foundedOn } });
      assert.equal(created.status, 201, created.text);
      ids.push(created.json.id);
    }
    const evaluation = await t.request(`/api/v1/staff/unions/${ids[0]}/evaluations`, {
      method: 'POST', session: programs, body: { year: 2026, evaluatedOn: '2026-02-20', grade: '甲等', criteria: [{ criterion: '會務運作', weight: 100, score: 90 }] },
    });
    assert.equal(evaluation.status, 201, evaluation.text);
    assert.equal((await t.request(`/api/v1/staff/unions/${ids[1]}/guidance-visits`, { method: 'POST', session: programs, body: { visitedOn: '2026-02-26', findings: '財務報表輔導' } })).status, 201);
    assert.equal((await t.request(`/api/v1/staff/unions/${ids[2]}/guidance-visits`, { method: 'POST', session: programs, body: { visitedOn: '2025-12-31', findings: '去年' } })).status, 201);
    const five = await item('5');
    assert.deepEqual([...figures(five), five.source], [2, 4, 50, 'computed']);
    assert.deepEqual(figures(await item('5', 2025)), [1, 4, 25], 'last year: the one guided then');
    // A yearly figure: no month drill, and the programs officer reads their own module's indicator.
    const byMonth = (await t.request('/api/v1/indicators/5?from=2026-01-01&to=2026-12-31&by=month', { session: programs })).json;
    assert.deepEqual([byMonth.numerator, byMonth.denominator, byMonth.drillable], [2, 4, false]);
  });

  it('6: disabled employees counted ÷ required, of the latest month assessed, by district and region', async () => {
    const employers = [
      { name: '臺中市立甲機關', employees: 34, sector: 'public', severe: 0, other: 0, district: '66000080' },
      { name: '乙股份有限公司', employees: 250, sector: 'private', severe: 0, other: 1, district: '66000080' },
      { name: '丙企業社', employees: 120, sector: 'private', severe: 2, other: 1, district: '66000110' },
    ];
    for (const e of employers) {
      const created = await t.request('/api/v1/staff/employers', { method: 'POST', session: programs, body: { name: e.name, districtCode: e.district } });
      assert.equal(created.status, 201, created.text);
      // The employers module's monthly headcounts (labour-insurance totals), which it has no write service for yet.
      await t.db.query('INSERT INTO employer_headcounts (employer_id, month, employees) VALUES ($1, $2, $3), ($1, $4, $3)', [created.json.id, '2026-02-01', e.employees, '2026-03-01']);
      for (const month of ['2026-02', '2026-03']) {
        const other = month === '2026-02' ? 0 : e.other;
        const recorded = await t.request(`/api/v1/staff/quota/employers/${created.json.id}/months/${month}`, {
          method: 'PUT', session: programs, body: { sector: e.sector, severe: e.severe, other, partTimeHalfWage: 0, source: `勞保投保資料 ${month}` },
        });
        assert.equal(recorded.status, 204, recorded.text);
      }
    }
    // Required: 1 (public, 34 × 3 %) + 2 (private 250 × 1 %) + 1 (private 120 × 1 %) = 4. Counted in March:
    // 0 + 1 + (2 severe × 2 + 1) = 6, so 150 %. February had the two "other" hires missing: 4 of 4.
    assert.deepEqual(figures(await item('6')), [6, 4, 150]);
    const february = (await t.request('/api/v1/indicators/6?from=2026-02-01&to=2026-02-28', { session: analyst })).json;
    assert.deepEqual([february.numerator, february.denominator, february.value], [4, 4, 100]);
    const byDistrict = (await t.request('/api/v1/indicators/6?from=2026-01-01&to=2026-12-31&by=district', { session: analyst })).json;
    assert.deepEqual(byDistrict.parts.map((p: { unit: string; numerator: number; denominator: number }) => [p.unit, p.numerator, p.denominator]), [['66000080', 1, 3], ['66000110', 5, 1]]);
    const byRegion = (await t.request('/api/v1/indicators/6?from=2026-01-01&to=2026-12-31&by=region', { session: analyst })).json;
    assert.equal(byRegion.parts.reduce((s: number, p: { numerator: number }) => s + p.numerator, 0), 6);
    assert.equal(byRegion.parts.reduce((s: number, p: { denominator: number }) => s + p.denominator, 0), 4);
  });

  it('7: subsidised enrolments ÷ enrolments of the year’s labor university courses', async () => {
    const catalog = createProgramsService({ db: t.db, referenceData: t.referenceData, clock: () => new Date('2026-03-02T02:00:00Z') });
    await seedProgramCatalog(catalog, { staff: null, year: 2026, requestId: 'test-seed' });
    const course = await t.request('/api/v1/staff/labor-university/courses', {
      method: 'POST', session: programs,
      body: { year: 2026, code: 'LU-101', title: '勞動法入門', location: '臺中市勞工教育中心', schedule: '週二 19:00–21:00', hours: 18, feeTwd: 1800, places: 10 },
    });
    assert.equal(course.status, 201, course.text);
    for (const [index, idNumber] of ['A123456789', 'F131104093', 'B123456780', 'C123456781'].entries()) {
      const person = await t.request('/api/v1/staff/people', { method: 'POST', session: registrar, body: { idNumber, name: `學員${index}`, birthDate: '1980-01-01' } });
      assert.equal(person.status, 201, person.text);
      const extra = index === 1 ? { specialGroup: 'new-immigrant', specialGroupConsent: true } : {};
      const enrolled = await t.request('/api/v1/staff/labor-university/enrolments', { method: 'POST', session: programs, body: { courseId: course.json.id, personId: person.json.id, ...extra } });
      assert.equal(enrolled.status, 201, enrolled.text);
    }
    assert.deepEqual(figures(await item('7')), [1, 4, 25]);
  });

  it('8: visited within 3 months ÷ new arrivals whose window has closed, by district', async () => {
    const arrivals = [
      { number: 'B812345609', arrival: '2025-10-05', visitedOn: '2025-12-01', district: '66000080' },
      { number: 'B812345618', arrival: '2025-10-31', visitedOn: '2026-01-31', district: '66000010' },
      { number: 'B812345627', arrival: '2025-11-01', visitedOn: '2026-02-02', district: '66000080' },
      { number: 'B912345601', arrival: '2025-11-15', district: '66000080' },
    ];
    for (const a of arrivals) {
      const created = await t.request('/api/v1/staff/migrant-workers', { method: 'POST', session: migrant, body: workerBody({ residentCertificateNumber: a.number, arrivalDate: a.arrival, districtCode: a.district }) });
      assert.equal(created.status, 201, created.text);
      if (a.visitedOn) {
        const taskId = (await t.request(`/api/v1/staff/visit-tasks?workerId=${created.json.id}`, { session: migrant })).json?.items?.[0]?.id
          ?? (await t.db.query<{ id: string }>('SELECT id FROM migrant_visit_tasks WHERE worker_id = $1', [created.json.id])).rows[0]?.id;
        const visit = await t.request(`/api/v1/staff/visit-tasks/${taskId}/visits`, { method: 'POST', session: migrant, body: visitBody({ visitedOn: a.visitedOn }) });
        assert.equal(visit.status, 201, visit.text);
      }
    }
    // 2025: four arrivals, all windows closed by 2 March 2026; visited in time: the first two (the third a day late).
    assert.deepEqual(figures(await item('8', 2025)), [2, 4, 50]);
    const byDistrict = (await t.request('/api/v1/indicators/8?from=2025-01-01&to=2025-12-31&by=district', { session: migrant })).json;
    assert.deepEqual(byDistrict.parts.map((p: { unit: string; numerator: number; denominator: number }) => [p.unit, p.numerator, p.denominator]), [['66000010', 1, 1], ['66000080', 1, 3]]);
    assert.deepEqual([byDistrict.numerator, byDistrict.denominator], [2, 4], 'the parts add up to the whole');
  });

  it('9 to 14: the staffing and budget figures an analyst entered, each with its value worked out', async () => {
    const entries: [string, object, [number | null, number | null, number | null]][] = [
      ['9', { value: 1 }, [null, null, 1]],
      ['10', { numerator: 18, denominator: 41 }, [18, 41, 43.9]],
      ['11', { numerator: 231, denominator: 312 }, [231, 312, 74.04]],
      ['12', { numerator: 142, denominator: 312 }, [142, 312, 45.51]],
      ['13', { numerator: 612_000_000, denominator: 905_000_000 }, [612_000_000, 905_000_000, 67.62]],
      ['14', { numerator: 81_000_000, denominator: 130_000_000 }, [81_000_000, 130_000_000, 62.31]],
    ];
    for (const [code, figure] of entries) {
      const entered = await t.request(`/api/v1/staff/indicators/${code}/entries`, { method: 'POST', session: analyst, body: { period: '2026-09', ...figure, source: '本局人事室／會計室 115 年 9 月報表', sourceDate: '2026-10-05' } });
      assert.equal(entered.status, 201, entered.text);
    }
    for (const [code, , expected] of entries) {
      const i = await item(code);
      assert.deepEqual([...figures(i), i.source], [...expected, 'entered'], code);
    }
  });

  it('4: the module’s young people served over the youth population an analyst entered, each side’s source shown', async () => {
    // Youth services is another module's work: a small provider stands in for it, numerator only.
    const service = createIndicatorsService({ db: t.db, clock: () => new Date('2026-03-02T02:00:00Z'), referenceData: t.referenceData });
    service.register('youth', { dimensions: [], compute: async ({ from, to }) => ({ numerator: from <= '2026-01-31' && to >= '2026-01-01' ? 3_000 : 0, denominator: null }) });
    let four = (await service.list(2026, 'zh-TW')).items.find((i) => i.code === '4')!;
    assert.deepEqual([four.numerator, four.denominator, four.value, four.source, four.denominatorSource], [3_000, null, null, 'computed', 'missing']);

    const enter = (body: object) => t.request('/api/v1/staff/indicators/4/entries', { method: 'POST', session: analyst, body: { period: '2026', source: '臺中市政府民政局 人口統計 114 年底 15–29 歲', sourceDate: '2026-01-10', ...body } });
    assert.equal((await enter({ numerator: 10 })).status, 409, 'the numerator comes from the records');
    const entered = await enter({ denominator: 480_000 });
    assert.equal(entered.status, 201, entered.text);
    // The app's own youth services hold no service yet: 0 young people served of the entered population.
    const app = await item('4');
    assert.deepEqual([app.numerator, app.denominator, app.value, app.source, app.denominatorSource], [0, 480_000, 0, 'computed', 'entered']);
    four = (await service.list(2026, 'zh-TW')).items.find((i) => i.code === '4')!;
    assert.deepEqual([four.numerator, four.denominator, four.value, four.source, four.denominatorSource], [3_000, 480_000, 0.625, 'computed', 'entered']);
    // A year's population applies to each of its months; a later correction counts.
    t.setNow(new Date('2026-03-02T02:05:00Z'));
    assert.equal((await enter({ denominator: 500_000, source: '民政局 更正' })).status, 201);
    const january = await service.detail('4', { from: '2026-01-01', to: '2026-01-31', by: 'month' }, { id: '', username: 'analyst', displayName: '', roles: ['analyst'], homeUnit: { kind: 'city', code: null }, csrfToken: '', sessionTokenHash: '' }, 'zh-TW');
    assert.deepEqual([january.numerator, january.denominator, january.value, january.denominatorSource], [3_000, 500_000, 0.6, 'entered']);
    const entries = (await t.request('/api/v1/staff/indicators/4/entries', { session: analyst })).json.items;
    assert.deepEqual(entries.map((e: { numerator: number | null; denominator: number; enteredBy: string }) => [e.numerator, e.denominator, e.enteredBy]), [[null, 500_000, 'analyst'], [null, 480_000, 'analyst']]);
    // Only a definition that says so takes an entered denominator: indicator 1's comes from the records.
    assert.equal((await t.request('/api/v1/staff/indicators/1/entries', { method: 'POST', session: analyst, body: { period: '2026', denominator: 5, source: 'x', sourceDate: '2026-01-01' } })).status, 409);
    // An entered indicator still needs its numerator: a denominator alone is refused.
    assert.equal((await t.request('/api/v1/staff/indicators/3/entries', { method: 'POST', session: analyst, body: { period: '2026', denominator: 5, source: 'x', sourceDate: '2026-01-01' } })).status, 400);
  });
});
