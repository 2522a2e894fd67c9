import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { big5, csvText, molHeader, taichungRows, utf8, withBom } from './violations.fixtures.ts';
import { mapHeader, parseViolationsFile, type ViolationRow } from './violations.rows.ts';

const pick = (row: ViolationRow) => ({
  line: row.line,
  authority: row.authority,
  announcedOn: row.announcedOn,
  decidedOn: row.decidedOn,
  decisionNumber: row.decisionNumber,
  companyName: row.companyName,
  responsiblePerson: row.responsiblePerson,
  employerKey: row.employerKey,
  law: row.law,
  articles: row.articles,
  violations: row.violations,
  fine: row.fine,
  fineKind: row.fineKind,
  disputed: row.disputed,
  note: row.note,
});

describe('parseViolationsFile: the five real Taichung rows', () => {
  const parsed = parseViolationsFile(withBom(csvText([molHeader, ...taichungRows])));

  it('reads every row, none refused', () => {
    assert.ok(parsed.ok);
    assert.equal(parsed.encoding, 'utf-8-bom');
    assert.equal(parsed.rowsRead, 5);
    assert.deepEqual(parsed.rejected, []);
  });

  it('reads each row as published', () => {
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.rows.map(pick), [
      {
        line: 2,
        authority: '臺中市',
        announcedOn: '2021-03-08',
        decidedOn: '2021-01-08',
        decisionNumber: '府授勞動字第1100001441號',
        companyName: '興隆成工業有限公司',
        responsiblePerson: '鄭潘田',
        employerKey: '興隆成工業有限公司',
        law: '勞動基準法',
        articles: ['勞動基準法第22條第2項', '勞動基準法第38條第4項'],
        violations: ['工資未全額給付予勞工', '未依規定給付特休未休之工資'],
        fine: 40000,
        fineKind: 'fine',
        disputed: false,
        note: null,
      },
      {
        line: 3,
        authority: '臺中市',
        announcedOn: '2021-03-08',
        decidedOn: '2021-01-11',
        decisionNumber: '府授勞動字第1100005340號',
        companyName: '家福股份有限公司',
        responsiblePerson: '王俊超',
        employerKey: '家福股份有限公司',
        law: '勞動基準法',
        articles: ['勞動基準法第30條第6項', '勞動基準法第32條第1項', '勞動基準法第49條第1項'],
        violations: ['未依規定逐日覈實記載勞工出勤情形至分鐘為止', '未經工會同意使勞工於正常工作時間外工作', '未經工會同意實施女性夜間工作'],
        fine: 80000,
        fineKind: 'fine',
        disputed: true,
        note: '行政救濟中',
      },
      {
        line: 4,
        authority: '臺中市',
        announcedOn: '2024-03-05',
        decidedOn: '2024-01-09',
        decisionNumber: '府授勞動字第1130006507號',
        companyName: '捷順交通股份有限公司',
        responsiblePerson: '郭修祥',
        employerKey: '捷順交通股份有限公司',
        law: '勞動基準法',
        articles: ['勞動基準法第22條第2項'],
        violations: ['未全額給付勞工工資'],
        fine: 30000,
        fineKind: 'fine',
        disputed: false,
        note: null,
      },
      {
        line: 5,
        authority: '臺中市',
        announcedOn: '2024-03-05',
        decidedOn: '2024-01-09',
        decisionNumber: '府授勞動字第11203164922號',
        companyName: '國泰人壽保險股份有限公司',
        responsiblePerson: '熊明河',
        employerKey: '國泰人壽保險股份有限公司',
        law: '性別平等工作法',
        articles: ['性別平等工作法第13條第2項'],
        violations: ['雇主於知悉性騷擾情事後，未採取立即有效之糾正及補救措施。'],
        fine: null,
        fineKind: 'fine',
        disputed: false,
        note: null,
      },
      {
        line: 6,
        authority: '臺中市',
        announcedOn: '2024-05-08',
        decidedOn: '2024-04-17',
        decisionNumber: '府受勞檢字第1130095514號',
        companyName: '宇祥營造股份有限公司',
        responsiblePerson: '林毓釗',
        employerKey: '宇祥營造股份有限公司',
        law: '職業安全衛生法',
        articles: ['職業安全衛生法第6條第1項'],
        violations: ['未符合規定之必要安全衛生設備及措施'],
        fine: null,
        fineKind: 'fine',
        disputed: false,
        note: null,
      },
    ]);
  });

  it('keys the whole published name for search, punctuation dropped', () => {
    assert.ok(parsed.ok);
    assert.equal(parsed.rows[1]?.searchKey, '家福股份有限公司王俊超');
    assert.ok(parsed.rows[1]?.searchGrams.includes('家福'));
    assert.ok(parsed.rows[1]?.articleKeys.includes('勞動基準法§30'));
  });

  it('gives the same row the same hash whatever the encoding, and different rows different hashes', () => {
    const again = parseViolationsFile(big5(csvText([molHeader, ...taichungRows], '\n')));
    assert.ok(parsed.ok && again.ok);
    assert.equal(again.encoding, 'big5');
    assert.deepEqual(
      again.rows.map((row) => row.rowHash),
      parsed.rows.map((row) => row.rowHash),
    );
    assert.equal(new Set(parsed.rows.map((row) => row.rowHash)).size, 5);
  });
});

describe('parseViolationsFile: a Big5 file in a local government layout', () => {
  // Taipei-style headers, ROC dates, the law named in the header, the person in a column of its own.
  const text = csvText([
    ['公告日期', '處分日期', '處分字號', '事業單位或事業主之名稱', '負責人姓名', '違反勞動基準法條款', '違反法規內容', '罰鍰金額'],
    ['1130305', '1130109', '府授勞動字第1130006507號', '台中精密機械股份有限公司', '陳大文', '第24條；第32條第2項', '延長工時工資未依法給付；延長工時超過上限', '50,000'],
    ['113/03/05', '113/01/10', '府授勞動字第1130006600號', '大里小吃店', '', '第38條第4項', '特休未休工資未給付', ''],
  ]);
  const parsed = parseViolationsFile(big5(text));

  it('decodes Big5 and reads ROC dates, the header law and the person column', () => {
    assert.ok(parsed.ok);
    assert.equal(parsed.encoding, 'big5');
    assert.deepEqual(parsed.rejected, []);
    assert.deepEqual(
      parsed.rows.map((row) => [row.announcedOn, row.decidedOn, row.companyName, row.responsiblePerson, row.law, row.articles, row.fine]),
      [
        ['2024-03-05', '2024-01-09', '台中精密機械股份有限公司', '陳大文', '勞動基準法', ['第24條', '第32條第2項'], 50000],
        ['2024-03-05', '2024-01-10', '大里小吃店', null, '勞動基準法', ['第38條第4項'], null],
      ],
    );
    assert.equal(parsed.rows[0]?.employerKey, '臺中精密機械股份有限公司');
    assert.equal(parsed.rows[0]?.searchKey, '臺中精密機械股份有限公司陳大文');
    assert.deepEqual(parsed.rows[0]?.articleKeys, ['勞動基準法§24', '§24', '勞動基準法§32', '§32']);
  });
});

describe('parseViolationsFile: broken rows', () => {
  const lines = [
    molHeader.join(','),
    ...taichungRows.slice(0, 1).map((row) => row.join(',')), // line 2: good
    '台中市,2021/03/08,20210108,府授勞動字第1,甲有限公司,勞動基準法第22條,工資,1000', // 3: one field short
    '台中市,20210230,20210108,府授勞動字第2,乙有限公司,勞動基準法第22條,工資,1000,', // 4: no such date
    '台中市,,20210108,府授勞動字第3,丙有限公司,勞動基準法第22條,工資,1000,', // 5: announced date missing
    '台中市,20210308,2021-99-01,府授勞動字第4,丁有限公司,勞動基準法第22條,工資,1000,', // 6: bad decision date
    '台中市,20210308,20210108,府授勞動字第5,,勞動基準法第22條,工資,1000,', // 7: no employer
    '台中市,20210308,20210108,府授勞動字第6,戊有限公司,,工資,1000,', // 8: no article
    '台中市,20210308,20210108,府授勞動字第7,己有限公司,第22條,工資,1000,', // 9: no law anywhere
    '台中市,20210308,20210108,府授勞動字第8,庚有限公司,勞動基準法第22條,工資,四萬,', // 10: fine not a number
    '台中市,20210308,20210108,府授勞動字第9,辛有限公司,勞動基準法第22條,工資,1000,,,', // 11: trailing commas: fine
    '', // 12: blank, skipped
    '台中市,20210308,20210108,府授勞動字第10,壬有限公司,勞動基準法第22條,工資,1000,,x', // 13: an extra value
    '台中市,20210308,20210108,府授勞動字第11,"癸有限公司,勞動基準法第22條,工資,1000,', // 14: quote never closed
    '台中市,20210308,20210108,府授勞動字第12,子有限公司,勞動基準法第22條,工資,1000,', // swallowed by line 14
  ];
  const parsed = parseViolationsFile(utf8(lines.join('\n')));

  it('imports the good rows and names each bad one by line and reason', () => {
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.rows.map((row) => [row.line, row.companyName]),
      [
        [2, '興隆成工業有限公司'],
        [11, '辛有限公司'],
      ],
    );
    assert.deepEqual(parsed.rejected, [
      { line: 3, reason: 'field-count' },
      { line: 4, reason: 'announced-on-invalid' },
      { line: 5, reason: 'announced-on-missing' },
      { line: 6, reason: 'decided-on-invalid' },
      { line: 7, reason: 'employer-missing' },
      { line: 8, reason: 'articles-missing' },
      { line: 9, reason: 'law-unknown' },
      { line: 10, reason: 'fine-invalid' },
      { line: 13, reason: 'field-count' },
      { line: 14, reason: 'unterminated-quote' },
    ]);
    assert.equal(parsed.rowsRead, 12);
  });

  it('refuses a file whose header it cannot read, and an empty one', () => {
    assert.deepEqual(parseViolationsFile(utf8('name,date\nx,y\n')), {
      ok: false,
      reason: 'header-unrecognized',
      missing: ['announcedOn', 'employerName', 'articles'],
    });
    assert.deepEqual(parseViolationsFile(utf8('\n\n')), { ok: false, reason: 'empty' });
    assert.deepEqual(parseViolationsFile(new Uint8Array([0xff, 0xff, 0xff])), { ok: false, reason: 'encoding-unknown' });
  });
});

describe('mapHeader', () => {
  it('reads the 勞退 fine column as a fine or surcharge', () => {
    const mapped = mapHeader(['主管機關', '公告日期', '處分日期', '處分字號', '事業單位名稱或負責人', '違法法規法條', '違反法規內容', '處分金額或滯納金', '備註說明']);
    assert.ok(mapped.ok);
    assert.equal(mapped.header.fineKind, 'fine-or-surcharge');
    assert.equal(mapped.header.columns.fine, 7);
  });

  it('accepts older spellings, full-width brackets and a BOM left on the first name', () => {
    const mapped = mapHeader(['\uFEFF公布日期', '裁處日期', '裁處書字號', '雇主名稱', '違反法條', '違法內容', '罰鍰金額（元）', '備註', '縣市別']);
    assert.ok(mapped.ok);
    assert.deepEqual(mapped.header.columns, {
      announcedOn: 0,
      decidedOn: 1,
      decisionNumber: 2,
      employerName: 3,
      articles: 4,
      violations: 5,
      fine: 6,
      note: 7,
      authority: 8,
    });
    assert.equal(mapped.header.lawFromHeader, null);
  });
});
