import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bigrams, likeEscape, searchKey, searchTerms } from './content.search.ts';

describe('content search keys', () => {
  it('treats 台 and 臺 as one character', () => {
    assert.equal(searchKey('台中市'), searchKey('臺中市'));
    assert.equal(searchKey('新台幣'), '新臺幣');
  });

  it('folds full-width letters and digits and ignores case', () => {
    assert.equal(searchKey('ＡＢＣ１９５５'), 'abc1955');
    assert.equal(searchKey('Overtime'), 'overtime');
  });

  it('drops spaces and punctuation, Chinese and Western', () => {
    assert.equal(searchKey('資遣費，怎麼算？'), '資遣費怎麼算');
    assert.equal(searchKey('「特別 休假」・年資/天數'), '特別休假年資天數');
    assert.equal(searchKey('NT$29,500'), 'nt29500');
    assert.equal(searchKey('32-1'), '321');
  });

  it('keeps Thai and Vietnamese letters with their marks', () => {
    // NFKC splits SARA AM (ำ) into two code points: the same on both sides, so matching still holds.
    assert.equal(searchKey('ค่าจ้าง ขั้นต่ำ'), searchKey('ค่าจ้างขั้นต่ำ'));
    assert.ok(searchKey('ค่าจ้างขั้นต่ำ').startsWith('ค่าจ้าง'));
    assert.equal(searchKey('Lương tối thiểu'), 'lươngtốithiểu');
  });

  it('splits a query into keyed terms where the person typed spaces or punctuation', () => {
    assert.deepEqual(searchTerms('資遣費 計算'), ['資遣費', '計算']);
    assert.deepEqual(searchTerms('資遣，台中'), ['資遣', '臺中']);
    assert.deepEqual(searchTerms('  ，。 '), []);
    assert.deepEqual(searchTerms('加班 加班'), ['加班']);
  });

  it('makes overlapping character pairs for the fallback ranking', () => {
    assert.deepEqual(bigrams('加班費怎麼算'), ['加班', '班費', '費怎', '怎麼', '麼算']);
    assert.deepEqual(bigrams('資'), ['資']);
  });

  it('escapes LIKE wildcards', () => {
    assert.equal(likeEscape('a%b_c\\'), 'a\\%b\\_c\\\\');
  });
});
