import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

// The test clock: 2026-03-02 in Taichung.
const dali = { kind: 'station', code: 'dali' } as const;
const daliDistrict = '66000280';

describe('occupation codes over HTTP: the list, and forms that take any code of the classification and no other', () => {
  let t: TestContext;
  let officer: Session;
  let employerId: string;
  let personId: string;

  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('dali-officer', ['employment-officer'], dali);
    const employer = await t.request('/api/v1/staff/employers', { method: 'POST', session: officer, body: { name: '大里礦石股份有限公司', districtCode: daliDistrict } });
    employerId = employer.json.id;
    const person = await t.request('/api/v1/staff/people', {
      method: 'POST', session: officer, body: { idNumber: 'A123456789', name: '陳志明', districtCode: daliDistrict, phone: '0912345678' },
    });
    personId = person.json.id;
  });
  after(() => t.close());

  it('GET /api/v1/occupations lists all 554 codes at four levels, each with level and parent, and the source', async () => {
    const response = await t.request('/api/v1/occupations');
    assert.equal(response.status, 200);
    const { source, items } = response.json as {
      source: { title: string; levels: string[]; count: number; codeSystem: { url: string; version: string } };
      items: { code: string; name: string; nameEn: string | null; level: string; parent: string | null }[];
    };
    assert.equal(items.length, 554);
    assert.equal(source.count, 554);
    assert.deepEqual(source.levels, ['major', 'sub-major', 'minor', 'unit']);
    assert.equal(source.codeSystem.version, '2010-05-01');
    assert.deepEqual(items.find((o) => o.code === '8'), { code: '8', name: '機械設備操作及組裝人員', nameEn: 'Plant and machine operators and assemblers', level: 'major', parent: null });
    assert.deepEqual(items.find((o) => o.code === '8343'), { code: '8343', name: '吊車、起重機及有關設備操作人員', nameEn: null, level: 'unit', parent: '834' });
  });

  it('a job seeker may want a unit group; a code outside the classification is a 400 naming the field', async () => {
    const body = (desiredOccupations: string[]) => ({ personId, desiredOccupations, districtCodes: [daliDistrict] });
    const wrong = await t.request('/api/v1/staff/job-seekers', { method: 'POST', session: officer, body: body(['8111', '8888']) });
    assert.equal(wrong.status, 400, wrong.text);
    assert.deepEqual(wrong.json.errors.map((e: { field: string }) => e.field), ['desiredOccupations.1']);
    assert.equal(wrong.json.errors[0].message, '請選擇職業標準分類代碼。');
    const right = await t.request('/api/v1/staff/job-seekers', { method: 'POST', session: officer, body: body(['8111', '83']) });
    assert.equal(right.status, 201, right.text);
    const record = await t.request(`/api/v1/staff/job-seekers/${right.json.id}`, { session: officer });
    assert.deepEqual(record.json.desiredOccupations, ['8111', '83']);
  });

  it('a vacancy takes a unit group as its occupation code; a code outside it is a 400 naming occupationCode', async () => {
    const body = (occupationCode: string) => ({
      employerId, occupationCode, title: '吊車操作員', districtCode: daliDistrict,
      wage: { type: 'monthly', min: 36_000 }, employmentType: 'full-time', expiresOn: '2026-05-31',
    });
    const wrong = await t.request('/api/v1/staff/vacancies', { method: 'POST', session: officer, body: body('8344') });
    assert.equal(wrong.status, 400, wrong.text);
    assert.deepEqual(wrong.json.errors.map((e: { field: string }) => e.field), ['occupationCode']);
    const english = await t.request('/api/v1/staff/vacancies', { method: 'POST', session: officer, headers: { 'accept-language': 'en' }, body: body('83431') });
    assert.equal(english.json.errors[0].message, 'Choose a code of the occupation classification.');
    const right = await t.request('/api/v1/staff/vacancies', { method: 'POST', session: officer, body: body('8343') });
    assert.equal(right.status, 201, right.text);
    const record = await t.request(`/api/v1/staff/vacancies/${right.json.id}`, { session: officer });
    assert.equal(record.json.occupationCode, '8343');
  });
});
