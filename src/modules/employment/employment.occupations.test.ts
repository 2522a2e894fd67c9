import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFshCodeSystem } from '../../../scripts/occupations-from-fsh.ts';
import { coveredOccupationCodes, isOccupationCode, occupation, occupationCovers, occupations, occupationSource } from './employment.occupations.ts';

describe('the occupation classification held (職業標準分類, 6th revision)', () => {
  it('holds the 554 codes of TW Core CodeSystem occupation-mol-tw: 10 大類, 39 中類, 125 小類, 380 細類', () => {
    assert.equal(occupations.length, 554);
    assert.equal(occupationSource.count, 554);
    const perLevel = (level: string) => occupations.filter((o) => o.level === level).length;
    assert.deepEqual([perLevel('major'), perLevel('sub-major'), perLevel('minor'), perLevel('unit')], [10, 39, 125, 380]);
    assert.equal(occupationSource.codeSystem.url, 'https://twcore.mohw.gov.tw/ig/twcore/CodeSystem/occupation-mol-tw');
    assert.equal(occupationSource.codeSystem.version, '2010-05-01');
  });
  it('has unique, well-formed codes, each under an existing parent that is its prefix', () => {
    assert.equal(new Set(occupations.map((o) => o.code)).size, occupations.length);
    const depth = { major: 1, 'sub-major': 2, minor: 3, unit: 4 } as const;
    for (const o of occupations) {
      assert.match(o.code, /^\d{1,4}$/);
      assert.equal(o.code.length, depth[o.level], `${o.code} is at the level its length says`);
      assert.ok(o.name.trim().length > 0, `${o.code} has a name`);
      if (o.level === 'major') {
        assert.equal(o.parent, null);
        continue;
      }
      const parent = occupation(o.parent ?? '');
      assert.ok(parent, `the parent ${o.parent} of ${o.code} exists`);
      assert.equal(o.code.slice(0, -1), parent.code, `${parent.code} is the prefix of ${o.code}`);
    }
  });
  it('has a child under every code above the unit groups, so every branch ends in a 細類', () => {
    const parents = new Set(occupations.map((o) => o.parent));
    for (const o of occupations.filter((x) => x.level !== 'unit')) assert.ok(parents.has(o.code), `${o.code} has children`);
  });
  it('names the major groups in English and leaves the finer levels to their Chinese names', () => {
    assert.equal(occupation('8')?.nameEn, 'Plant and machine operators and assemblers');
    assert.equal(occupations.filter((o) => o.nameEn !== null).length, 10);
    assert.deepEqual(occupation('8111'), { code: '8111', name: '採礦及採石工作人員', nameEn: null, level: 'unit', parent: '811' });
    assert.equal(occupation('0100')?.name, '軍人');
  });
  it('accepts the codes of the classification and nothing else', () => {
    for (const code of ['0', '5', '53', '532', '5320', '9909']) assert.ok(isOccupationCode(code), code);
    for (const code of ['', '10', '8888', '00', '12345', 'x']) assert.equal(isOccupationCode(code), false, code);
  });
});

describe('scripts/occupations-from-fsh.ts', () => {
  const header = [
    'CodeSystem: TWMolOccupation',
    'Id: occupation-mol-tw',
    'Title: "職業標準分類"',
    '* ^url = "https://example.org/CodeSystem/occupation"',
    '* ^version = "2010-05-01"',
    '* ^copyright = "中華民國勞動部"',
  ];
  const concept = (chain: string, name: string) => [
    `* ${chain}  "${name}"`,
    `* ${chain}  ^property[0].code = #effectiveDate`,
    `* ${chain}  ^property[=].valueDateTime = "2010-05"`,
  ];
  const fsh = (...concepts: string[][]) => [...header, ...concepts.flat(), '', 'ValueSet: X', '* include codes from system TWMolOccupation'].join('\n');

  it('reads the concepts with their level and parent, skipping property lines, and keeps the header as the source', () => {
    const system = parseFshCodeSystem(fsh(concept('#8', '機械設備操作及組裝人員'), concept('#8 #81', '生產機械設備操作人員'), concept('#8 #81 #811', '採礦設備'), concept('#8 #81 #811 #8111', '採礦工')), 'test');
    assert.deepEqual(system.concepts, [
      { code: '8', name: '機械設備操作及組裝人員', level: 'major', parent: null },
      { code: '81', name: '生產機械設備操作人員', level: 'sub-major', parent: '8' },
      { code: '811', name: '採礦設備', level: 'minor', parent: '81' },
      { code: '8111', name: '採礦工', level: 'unit', parent: '811' },
    ]);
    assert.deepEqual(system.source, { id: 'occupation-mol-tw', title: '職業標準分類', url: 'https://example.org/CodeSystem/occupation', version: '2010-05-01', copyright: '中華民國勞動部', from: 'test' });
  });
  it('refuses a missing parent, a repeated code, a code that is not 1–4 digits, and a file without concepts', () => {
    assert.throws(() => parseFshCodeSystem(fsh(concept('#8', 'a'), concept('#8 #81 #811', 'b')), 't'), /depth 3|parent 81 of 811/);
    assert.throws(() => parseFshCodeSystem(fsh(concept('#8', 'a'), concept('#8', 'b')), 't'), /appears twice/);
    assert.throws(() => parseFshCodeSystem(fsh(concept('#8', 'a'), concept('#8 #9A', 'b')), 't'), /not 1–4 digits/);
    assert.throws(() => parseFshCodeSystem(fsh(concept('#8', 'a'), concept('#8 #71', 'b')), 't'), /parent 8 of 71/);
    assert.throws(() => parseFshCodeSystem(header.join('\n'), 't'), /no concept lines/);
  });

  it('lists for matching exactly the codes a wanted one covers: coarser levels, itself and every finer code', () => {
    assert.deepEqual(coveredOccupationCodes(['8111']).sort(), ['8', '81', '811', '8111']);
    assert.deepEqual(coveredOccupationCodes(['811']).sort(), ['8', '81', '811', '8111', '8112', '8113', '8114']);
    // The same set as occupationCovers over the whole classification, for every level.
    for (const wanted of ['8', '81', '811', '8111', '5', '5111']) {
      const expected = occupations.filter((o) => occupationCovers(wanted, o.code)).map((o) => o.code).sort();
      assert.deepEqual(coveredOccupationCodes([wanted]).sort(), expected, wanted);
    }
    assert.ok(!coveredOccupationCodes(['8111']).includes('8112'), 'a sibling is not covered');
    assert.deepEqual(coveredOccupationCodes([]), []);
  });
});
