import assert from 'node:assert/strict';
import { buffer } from 'node:stream/consumers';
import { describe, it } from 'node:test';
import { pdfPageTexts } from '../../../test/pdf-text.ts';
import { createPdfDocument, formatDocumentDate, plainDateIn, preloadPdfFonts, renderTablePdf, scriptRuns } from './pdf.ts';

const letterhead = { name: '臺中市政府勞工局', nameEn: 'Labor Affairs Bureau, Taichung City Government', phone: '04-22289111' };

async function* numbered(count: number): AsyncIterable<string[]> {
  for (let i = 1; i <= count; i++) yield [`勞工 ${i}`, `臺中市西屯區臺灣大道三段 ${i} 號，`.repeat((i % 4) + 1)];
}

describe('PDF documents', () => {
  it('dates documents in the ROC calendar for zh-TW and in the local long form otherwise', () => {
    assert.equal(formatDocumentDate('2026-12-01', 'zh-TW'), '民國 115 年 12 月 1 日');
    assert.equal(formatDocumentDate('2026-12-01', 'en'), 'December 1, 2026');
    assert.equal(plainDateIn(new Date('2026-11-30T16:30:00Z'), 'Asia/Taipei'), '2026-12-01');
  });

  it('prints the letterhead, the title block and a page-of footer on every page', async () => {
    const pdf = createPdfDocument({ locale: 'en', letterhead, title: 'Written reply', subtitleLines: ['Case 115-0001'], date: '2026-12-01' });
    for (let i = 0; i < 3; i++) {
      pdf.doc.text('Paragraph '.repeat(40));
      pdf.addPage();
    }
    pdf.doc.text('Last page');
    pdf.finish();
    const pages = await pdfPageTexts(new Uint8Array(await buffer(pdf.doc)));
    assert.equal(pages.length, 4);
    pages.forEach((lines, index) => {
      const text = lines.join('\n');
      assert.match(text, new RegExp(`Page ${index + 1} of 4`));
      assert.match(text, /Labor Affairs Bureau, Taichung City Government/);
      assert.match(text, /04-22289111/);
    });
    assert.match(pages[0]?.join('\n') ?? '', /Written reply[\s\S]*Date: December 1, 2026[\s\S]*Case 115-0001/);
  });

  it('writes a table whose wrapped rows all come back, in order, with headers on each page', async () => {
    const doc = renderTablePdf({
      locale: 'zh-TW',
      letterhead,
      title: '勞工清單',
      date: '2026-12-01',
      columns: [{ header: '姓名' }, { header: '地址', weight: 3 }],
      rows: numbered(400),
    });
    const bytes = await buffer(doc);
    const pages = await pdfPageTexts(new Uint8Array(bytes));
    assert.ok(pages.length > 5);
    const all = pages.flat().join('\n');
    const found = [...all.matchAll(/勞工 (\d+) /g)].map((m) => Number(m[1]));
    assert.deepEqual(found, Array.from({ length: 400 }, (_, i) => i + 1));
    for (const [index, lines] of pages.entries()) {
      assert.ok(lines.some((line) => line.includes('姓名 地址')), `headers on page ${index + 1}`);
      assert.ok(lines.join('').includes(`第 ${index + 1} 頁，共 ${pages.length} 頁`));
    }
    assert.match(pages[0]?.join('\n') ?? '', /民國 115 年 12 月 1 日/);
    // Subset: the two 7 MB fonts shrink to the glyphs used.
    assert.ok(bytes.length < 400_000, `${bytes.length} bytes`);
  });

  it('gives the event loop a turn every few rows, not only at each page (issue 16, finding 1)', async () => {
    // The rows come as microtasks, as a keyset batch's do: without turns a page (30-70 ms) is one hold.
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    const doc = renderTablePdf({ locale: 'zh-TW', letterhead, title: '勞工清單', date: '2026-12-01', columns: [{ header: '姓名' }, { header: '地址', weight: 3 }], rows: numbered(120) });
    const pages = await pdfPageTexts(new Uint8Array(await buffer(doc)));
    clearInterval(timer);
    // 120 rows fill about three pages: turns at pages alone would give the timer about three ticks.
    assert.ok(pages.length <= 5, `${pages.length} pages`);
    assert.ok(ticks >= 10, `the timer ran ${ticks} times while 120 rows were laid out`);
  });

  it('shares the fonts read ahead by preloadPdfFonts with every document, which still embeds only its glyphs', async () => {
    await preloadPdfFonts();
    const sizes: number[] = [];
    for (const text of ['勞工', '勞工局臺中市西屯區臺灣大道三段']) {
      const pdf = createPdfDocument({ locale: 'zh-TW', letterhead, title: text, date: '2026-12-01' });
      pdf.addPage();
      pdf.finish();
      const bytes = await buffer(pdf.doc);
      assert.match((await pdfPageTexts(new Uint8Array(bytes)))[0]?.join('\n') ?? '', new RegExp(text));
      sizes.push(bytes.length);
    }
    // A subset per document: more characters, a larger file; no glyph of the first document carried over.
    assert.ok(sizes[0]! < sizes[1]!, sizes.join(' < '));
  });

  it('cuts text into Thai and other runs, keeping the spaces and digits between Thai words in the Thai run', () => {
    assert.deepEqual(scriptRuns('王小明 นายสมชาย ใจดี 12 คน (台中)'), [
      { text: '王小明 ', thai: false },
      { text: 'นายสมชาย ใจดี 12 คน', thai: true },
      { text: ' (台中)', thai: false },
    ]);
    assert.deepEqual(scriptRuns('只有中文'), [{ text: '只有中文', thai: false }]);
    assert.deepEqual(scriptRuns(''), [{ text: '', thai: false }]);
  });

  it('sets Thai words in Noto Sans Thai, so a Thai export reads back in Thai beside Chinese names', async () => {
    const doc = renderTablePdf({
      locale: 'th',
      letterhead,
      title: 'รายชื่อแรงงาน',
      date: '2026-12-01',
      columns: [{ header: 'ชื่อ' }, { header: 'ที่อยู่', weight: 3 }],
      rows: (async function* () {
        yield ['นายสมชาย ใจดี', '臺中市西屯區 ถนนไต้หวัน 3 ตอน'];
        yield ['王小明', '臺中市大甲區'];
      })(),
    });
    const bytes = new Uint8Array(await buffer(doc));
    const text = (await pdfPageTexts(bytes)).flat().join('\n');
    for (const expected of ['รายชื่อแรงงาน', 'ชื่อ', 'ที่อยู่', 'นายสมชาย', 'ใจดี', '王小明', '臺中市大甲區', 'หน้า 1 จาก 1']) {
      assert.ok(text.includes(expected), `${expected} in ${JSON.stringify(text)}`);
    }
  });
});
