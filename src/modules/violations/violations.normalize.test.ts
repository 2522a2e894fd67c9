import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  articleKeys,
  articleQueryKey,
  canonicalLaw,
  charPairs,
  inferLaw,
  isDisputed,
  nameKey,
  parseDate,
  parseFine,
  searchTokens,
  splitEmployerName,
  splitList,
} from './violations.normalize.ts';

describe('names', () => {
  it('keys names with 台/臺 alike, full-width folded, punctuation and spaces dropped', () => {
    assert.equal(nameKey('家福股份有限公司_王俊超'), '家福股份有限公司王俊超');
    assert.equal(nameKey('家福股份有限公司/王俊超'), '家福股份有限公司王俊超');
    assert.equal(nameKey('捷順交通股份有限公司（郭修祥）'), '捷順交通股份有限公司郭修祥');
    assert.equal(nameKey('台灣 ＡＢＣ 有限公司'), '臺灣abc有限公司');
  });

  it('splits a search into words on spaces and punctuation', () => {
    assert.deepEqual(searchTokens('家福股份有限公司_王俊超'), ['家福股份有限公司', '王俊超']);
    assert.deepEqual(searchTokens('(郭修祥)'), ['郭修祥']);
    assert.deepEqual(searchTokens('  台中  精密 台中 '), ['臺中', '精密']);
    assert.deepEqual(searchTokens('、。()'), []);
  });

  it('lists distinct character pairs by code point', () => {
    assert.deepEqual(charPairs('臺中臺中'), ['臺中', '中臺']);
    assert.deepEqual(charPairs('𠀋a'), ['𠀋a']);
    assert.deepEqual(charPairs('家'), []);
  });

  const splits: [string, string, string | null][] = [
    ['興隆成工業有限公司/鄭潘田', '興隆成工業有限公司', '鄭潘田'],
    ['家福股份有限公司_王俊超', '家福股份有限公司', '王俊超'],
    ['捷順交通股份有限公司(郭修祥)', '捷順交通股份有限公司', '郭修祥'],
    ['國泰人壽保險股份有限公司（熊明河）', '國泰人壽保險股份有限公司', '熊明河'],
    ['王小明', '王小明', null],
    ['大同股份有限公司(台中分公司)', '大同股份有限公司(台中分公司)', null],
    ['小吃店(即王小明)', '小吃店(即王小明)', null],
    ['甲乙有限公司/丙丁有限公司', '甲乙有限公司/丙丁有限公司', null],
  ];
  for (const [cell, company, person] of splits) {
    it(`splits ${cell}`, () => assert.deepEqual(splitEmployerName(cell), { company, responsiblePerson: person }));
  }
});

describe('parseDate', () => {
  const cases: [string, string | null | 'invalid'][] = [
    ['20250702', '2025-07-02'],
    ['1150105', '2026-01-05'],
    ['991231', '2010-12-31'],
    ['2024/01/15', '2024-01-15'],
    ['2024-1-5', '2024-01-05'],
    ['113/01/09', '2024-01-09'],
    ['民國113年1月9日', '2024-01-09'],
    ['２０２４０１０９', '2024-01-09'],
    ['', null],
    ['  ', null],
    ['20240230', 'invalid'],
    ['1130230', 'invalid'],
    ['2024/13/01', 'invalid'],
    ['18991231', 'invalid'],
    ['yesterday', 'invalid'],
    ['2024010', 'invalid'],
  ];
  for (const [raw, expected] of cases) {
    it(`${JSON.stringify(raw)} → ${expected}`, () => {
      assert.deepEqual(parseDate(raw), expected === 'invalid' ? { ok: false } : { ok: true, value: expected });
    });
  }
});

describe('laws and articles', () => {
  it('names a law by its current official name', () => {
    assert.equal(canonicalLaw('勞基法'), '勞動基準法');
    assert.equal(canonicalLaw('性別工作平等法'), '性別平等工作法');
    assert.equal(canonicalLaw('laborPensionAct'), '勞工退休金條例');
    assert.equal(canonicalLaw('營造安全衛生設施標準'), '營造安全衛生設施標準');
  });

  const inferred: [string[], string | null][] = [
    [['勞動基準法第22條第2項', '勞動基準法第38條第4項'], '勞動基準法'],
    [['性別工作平等法第13條第2項'], '性別平等工作法'],
    [['營造安全衛生設施標準第19條第1項暨職業安全衛生法第6條第1項'], '職業安全衛生法'],
    [['勞工退休金條例第19條第1項'], '勞工退休金條例'],
    [['勞動基準法第24條', '勞工退休金條例第6條', '勞工退休金條例第14條'], '勞工退休金條例'],
    [['勞資爭議處理法第8條'], '勞資爭議處理法'],
    [['第24條'], null],
  ];
  for (const [articles, law] of inferred) {
    it(`infers ${law} from ${articles.join('; ')}`, () => assert.equal(inferLaw(articles), law));
  }

  it('keys cited articles with and without the law', () => {
    assert.deepEqual(articleKeys(['勞動基準法第22條第2項', '勞動基準法第38條第4項'], '勞動基準法'), [
      '勞動基準法§22',
      '§22',
      '勞動基準法§38',
      '§38',
    ]);
    assert.deepEqual(articleKeys(['營造安全衛生設施標準第19條暨職業安全衛生法第6條第1項'], '職業安全衛生法'), [
      '營造安全衛生設施標準§19',
      '職業安全衛生法§6',
      '§6',
    ]);
    assert.deepEqual(articleKeys(['勞動基準法第9條之1、第24條', '第30條第5項、第6項'], '勞動基準法'), [
      '勞動基準法§9-1',
      '§9-1',
      '勞動基準法§24',
      '§24',
      '勞動基準法§30',
      '§30',
    ]);
  });

  const queries: [string, string | null, string | undefined][] = [
    ['22', null, '§22'],
    ['第22條', null, '§22'],
    ['22', '勞動基準法', '勞動基準法§22'],
    ['22-1', null, '§22-1'],
    ['22之1', null, '§22-1'],
    ['第9條之1', null, '§9-1'],
    ['勞基法第22條', null, '勞動基準法§22'],
    ['第２２條', null, '§22'],
    ['條', null, undefined],
    ['abc', null, undefined],
  ];
  for (const [text, law, key] of queries) {
    it(`reads the article filter ${text} (${law}) as ${key}`, () => assert.equal(articleQueryKey(text, law), key));
  }

  it('splits multi-article cells on ; ； and line breaks', () => {
    assert.deepEqual(splitList('甲;乙；丙\r\n丁\n;  ;'), ['甲', '乙', '丙', '丁']);
  });
});

describe('fines and notes', () => {
  const fines: [string, number | null | undefined][] = [
    ['40000', 40000],
    ['40,000元', 40000],
    ['０', 0],
    ['', null],
    ['-5', undefined],
    ['四萬', undefined],
    ['99999999999', undefined],
  ];
  for (const [raw, value] of fines) it(`fine ${JSON.stringify(raw)} → ${value}`, () => assert.equal(parseFine(raw), value));

  it('reads 行政救濟中 and 訴願中 as disputed', () => {
    assert.equal(isDisputed('行政救濟中'), true);
    assert.equal(isDisputed('訴願中'), true);
    assert.equal(isDisputed(''), false);
    assert.equal(isDisputed('已繳清'), false);
  });
});
