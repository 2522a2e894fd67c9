import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkWage, screenText, screenWageText } from './employment.screening.ts';

const screen = (requirements: string) => screenText({ title: '', description: '', requirements });
const terms = (requirements: string) => screen(requirements).map((hit) => `${hit.ground}:${hit.term}`);

describe('discrimination screening (就業服務法 Art. 5 I)', () => {
  it('flags sex conditions and passes sex-neutral wording', () => {
    assert.deepEqual(terms('限男性，需輪班'), ['sex:限男性']);
    assert.deepEqual(terms('女性優先'), ['sex:女性優先']);
    assert.deepEqual(terms('性別不拘，男女皆可'), []);
  });
  it('flags age limits and passes 年齡不拘', () => {
    // Two patterns find "限25歲" and "25歲以下": one hit stands for the overlapping words.
    assert.equal(screen('限25歲以下').length, 1);
    assert.deepEqual(terms('25歲以下'), ['age:25歲以下']);
    assert.deepEqual(terms('20~35歲'), ['age:20~35歲']);
    assert.deepEqual(terms('年齡不拘'), []);
    assert.deepEqual(terms('需有2年經驗'), []);
  });
  it('flags marriage, appearance, star sign, blood type and union membership', () => {
    assert.deepEqual(terms('未婚'), ['marriage:未婚']);
    assert.deepEqual(terms('五官端正'), ['appearance:五官端正']);
    assert.deepEqual(terms('身高160以上'), ['appearance:身高160']);
    assert.deepEqual(terms('星座不合者勿試'), ['star-sign:星座']);
    assert.deepEqual(terms('血型'), ['blood-type:血型']);
    assert.deepEqual(terms('未參加工會者'), ['union:未參加工會']);
    assert.deepEqual(terms('具堆高機證照，身體健康'), []);
  });
  it('gives each hit its article and its place in the field, for highlighting', () => {
    const [hit] = screenText({ title: '作業員（限男）', description: '', requirements: '' });
    assert.equal(hit?.article, '就業服務法第5條第1項');
    assert.equal(hit?.field, 'title');
    assert.equal('作業員（限男）'.slice(hit?.start, hit?.end), '限男');
  });
});

describe('wage rules', () => {
  // Minimum wage 2026: NT$29,500 a month, NT$196 an hour (labor-rules, MOL notice 2025-10-21).
  it('refuses a monthly wage below the minimum in force and accepts the minimum itself', () => {
    assert.deepEqual(checkWage({ type: 'monthly', min: 29_499 }, 'full-time', '2026-03-02').map((p) => p.code), ['below-minimum']);
    assert.deepEqual(checkWage({ type: 'monthly', min: 29_500 }, 'full-time', '2026-03-02'), []);
  });
  it('uses the rate of the posting date: 28,590 was lawful in 2025, not in 2026', () => {
    assert.deepEqual(checkWage({ type: 'monthly', min: 28_590 }, 'full-time', '2025-12-31'), []);
    assert.equal(checkWage({ type: 'monthly', min: 28_590 }, 'full-time', '2026-01-01').length, 1);
  });
  it('checks hourly wages against the hourly minimum', () => {
    assert.equal(checkWage({ type: 'hourly', min: 195 }, 'part-time', '2026-03-02').length, 1);
    assert.deepEqual(checkWage({ type: 'hourly', min: 196 }, 'part-time', '2026-03-02'), []);
  });
  it('allows 面議 only at NT$40,000 a month or more (Art. 5 II ⑥)', () => {
    assert.deepEqual(checkWage({ type: 'monthly', min: 39_999, negotiable: true }, 'full-time', '2026-03-02').map((p) => p.code), ['range-required']);
    assert.deepEqual(checkWage({ type: 'monthly', min: 40_000, negotiable: true }, 'full-time', '2026-03-02'), []);
    assert.equal(screenWageText({ title: '', description: '薪資面議', requirements: '' }, { type: 'monthly', min: 39_999 }).length, 1);
    assert.equal(screenWageText({ title: '', description: '薪資面議', requirements: '' }, { type: 'monthly', min: 40_000 }).length, 0);
  });
});
