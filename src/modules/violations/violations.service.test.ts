import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../../db/client.ts';
import { createTestDb } from '../../../test/create-test-db.ts';
import { employerNameKey } from '../employers/employers.service.ts';
import { csvText, molHeader, taichungRows, utf8 } from './violations.fixtures.ts';
import { createViolationsService, type ImportProgress } from './violations.service.ts';

/** A MOL-format file of `count` distinct, valid rows. */
function generatedFile(count: number): Uint8Array {
  const rows = Array.from({ length: count }, (_, i) => [
    '台中市',
    `2024${String(1 + (i % 12)).padStart(2, '0')}15`,
    '20240101',
    `府授勞動字第${1130000000 + i}號`,
    `測試${i}號有限公司/負責人${i}`,
    '勞動基準法第24條;勞動基準法第32條第2項',
    '延長工時工資未依法給付;延長工時超過上限',
    String(20000 + i),
    '',
  ]);
  return utf8(csvText([molHeader, ...rows]));
}

const count = async (db: Db, table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n;

describe('violations service: imports', () => {
  let db: Db;
  const clock = () => new Date('2026-03-02T02:00:00Z');
  before(async () => {
    db = await createTestDb();
  });
  after(() => db.close());

  it('keeps quotes, backslashes and commas in a row\'s texts as they were (the array literals are escaped only where needed)', async () => {
    const service = createViolationsService({ db, clock, authority: '臺中市' });
    const violation = '未依規定給付"加班費"\\含假日, 及例假';
    const plain = '延長工時工資未依法給付';
    const bytes = utf8(
      csvText([molHeader, ['台中市', '20240415', '20240401', '府授勞動字第1139999001號', '引號測試有限公司', '勞動基準法第24條;勞動基準法第39條', `${violation};${plain}`, '30000', '']]),
    );
    const result = await service.importFile({ bytes, fileName: 'quotes.csv', actor: null, channel: 'cli' });
    assert.ok(result.ok && result.imported === 1, JSON.stringify(result));
    const stored = await db.query<{ violations: string[] }>(`SELECT violations FROM violation_records WHERE decision_number = '府授勞動字第1139999001號'`);
    assert.deepEqual(stored.rows[0]?.violations, [violation, plain]);
  });

  it('writes in batches, reports progress, and counts rows repeated inside one file once', async () => {
    const service = createViolationsService({ db, clock, authority: '臺中市' });
    const progress: ImportProgress[] = [];
    const first = taichungRows[0] as string[];
    const bytes = utf8(csvText([molHeader, ...taichungRows, first]));
    const result = await service.importFile({ bytes, fileName: 'dup.csv', actor: null, channel: 'cli', batchSize: 2, onProgress: (p) => progress.push(p) });
    assert.ok(result.ok);
    assert.equal(result.imported, 5);
    assert.equal(result.unchanged, 1, 'the repeated row');
    assert.deepEqual(progress, [
      { done: 0, total: 6 },
      { done: 2, total: 6 },
      { done: 4, total: 6 },
      { done: 6, total: 6 },
    ]);
    await db.query('DELETE FROM violation_records');
  });

  it('leaves nothing behind when the import fails part-way', async () => {
    const service = createViolationsService({ db, clock, authority: '臺中市' });
    // A real failure in the database, on the 750th row: the third batch of 300.
    await db.exec(`
      CREATE FUNCTION fail_on_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.decision_number = '府授勞動字第1130000749號' THEN RAISE EXCEPTION 'disk full (simulated)'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER fail_on_row BEFORE INSERT ON violation_records FOR EACH ROW EXECUTE FUNCTION fail_on_row();
    `);
    const importsBefore = await count(db, 'violation_imports');
    const auditsBefore = (await db.query(`SELECT 1 FROM audit_events WHERE action = 'violations.import'`)).rowCount;
    const batches: number[] = [];
    await assert.rejects(
      service.importFile({
        bytes: generatedFile(1000),
        fileName: 'big.csv',
        actor: null,
        channel: 'cli',
        batchSize: 300,
        onProgress: (p) => batches.push(p.done),
      }),
      /disk full/,
    );
    assert.deepEqual(batches, [0, 300, 600], 'two batches were written before the failure');
    assert.equal(await count(db, 'violation_records'), 0);
    // The history keeps the attempt as abandoned (its rows were written in short transactions, then deleted).
    assert.equal(await count(db, 'violation_imports'), (importsBefore ?? 0) + 1);
    const attempt = await db.query<{ state: string }>('SELECT state FROM violation_imports ORDER BY id DESC LIMIT 1');
    assert.equal(attempt.rows[0]?.state, 'abandoned');
    assert.equal((await db.query(`SELECT 1 FROM audit_events WHERE action = 'violations.import'`)).rowCount, auditsBefore);
    await db.exec('DROP TRIGGER fail_on_row ON violation_records; DROP FUNCTION fail_on_row();');

    const retried = await service.importFile({ bytes: generatedFile(1000), fileName: 'big.csv', actor: null, channel: 'cli', batchSize: 300 });
    assert.ok(retried.ok);
    assert.equal(retried.imported, 1000);
    assert.equal(await count(db, 'violation_records'), 1000);
    await db.query('DELETE FROM violation_records');
  });

  it('links rows to an employer already on file by its name, without writing employers', async () => {
    const service = createViolationsService({ db, clock, authority: '臺中市' });
    const employer = await db.query<{ id: string }>(
      `INSERT INTO employers (name, name_key) VALUES ($1, $2) RETURNING id`,
      ['家福股份有限公司', employerNameKey('家福股份有限公司')],
    );
    const employerId = employer.rows[0]?.id as string;
    const before = await db.query('SELECT * FROM employers ORDER BY id');
    const result = await service.importFile({ bytes: utf8(csvText([molHeader, ...taichungRows])), fileName: 'x.csv', actor: null, channel: 'cli' });
    assert.ok(result.ok);
    const linked = await db.query<{ company_name: string }>('SELECT company_name FROM violation_records WHERE employer_id = $1', [employerId]);
    assert.deepEqual(linked.rows.map((r) => r.company_name), ['家福股份有限公司']);
    assert.deepEqual((await db.query('SELECT * FROM employers ORDER BY id')).rows, before.rows);
    assert.deepEqual([...(await service.countsByEmployer([employerId]))], [[employerId, 1]]);
    const page = await service.employer('家福股份有限公司');
    assert.equal(page.employerId, employerId);
  });

  it('refuses a file, writing nothing, when its header cannot be read', async () => {
    const service = createViolationsService({ db, clock, authority: '臺中市' });
    const imports = await count(db, 'violation_imports');
    const result = await service.importFile({ bytes: utf8('a,b\n1,2\n'), fileName: 'x.csv', actor: null, channel: 'cli' });
    assert.equal(result.ok, false);
    assert.equal(await count(db, 'violation_imports'), imports);
  });
});

describe('violations search: what people type (issue 15 §6)', () => {
  let db: Db;
  const clock = () => new Date('2026-03-02T02:00:00Z');
  before(async () => {
    db = await createTestDb();
    // An employer on the register with its 統一編號: the import links its record by name.
    await db.query('INSERT INTO employers (ubn, name, name_key) VALUES ($1, $2, $3)', ['24536806', '捷順交通股份有限公司', employerNameKey('捷順交通股份有限公司')]);
    const service = createViolationsService({ db, clock, authority: '臺中市' });
    const other = [['臺北市', '20240305', '20240109', '北市勞動字第1號', '臺中路商行(王大明)', '勞動基準法第24條', '延長工時工資未依法給付', '20000', '']];
    assert.ok((await service.importFile({ bytes: utf8(csvText([molHeader, ...taichungRows, ...other])), fileName: 'cities.csv', actor: null, channel: 'cli' })).ok);
  });
  after(() => db.close());

  it('reads a word of the city\'s name (台中, 臺中市) as the authority, and a name word narrows it', async () => {
    const service = createViolationsService({ db, clock, authority: '臺中市' });
    const names = async (q: string) => (await service.search({ q, page: 1, pageSize: 20 })).items.map((item) => item.companyName).sort();
    const taichung = taichungRows.map((row) => (row[4] as string).split(/[/(_]/)[0]).sort();
    // Read as the authority: the Taipei record with 臺中路 in its name is not the city's.
    assert.deepEqual(await names('台中'), taichung);
    assert.deepEqual(await names('臺中市'), taichung);
    assert.deepEqual(await names('台中 捷順'), ['捷順交通股份有限公司']);
    assert.deepEqual(await names('臺中路'), ['臺中路商行'], 'a word that is no part of the city\'s name is a name word');
    // One character is no authority search: 中 alone finds names.
    assert.deepEqual(await names('中'), ['臺中路商行']);
  });

  it('shows and finds the unified business number (統一編號) of a record linked to the employers register', async () => {
    const service = createViolationsService({ db, clock, authority: '臺中市' });
    const found = await service.search({ q: '24536806', page: 1, pageSize: 20 });
    assert.deepEqual(found.items.map((item) => [item.companyName, item.ubn]), [['捷順交通股份有限公司', '24536806']]);
    assert.equal((await service.search({ q: '24536807', page: 1, pageSize: 20 })).total, 0);
    const unlinked = (await service.search({ q: '家福', page: 1, pageSize: 20 })).items[0];
    assert.equal(unlinked?.ubn, null, 'a record not linked to the register has none');
    const exported = [];
    for await (const chunk of service.exportAll({ q: '捷順' })) exported.push(...chunk);
    assert.deepEqual(exported.map((item) => item.ubn), ['24536806'], 'the JSON download carries it too');
    assert.equal((await service.employer('捷順交通股份有限公司')).items[0]?.ubn, '24536806');
  });
});
