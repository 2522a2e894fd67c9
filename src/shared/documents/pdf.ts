/**
 * @module documents
 * The bureau's A4 document base, shared by list exports (`renderTablePdf`) and written notices: Noto Sans TC
 * embedded as a subset (pdfkit keeps only the glyphs a document uses), the letterhead from the city file, the
 * date in ROC form for zh-TW, and "第 N 頁，共 M 頁" footers.
 *
 * Pages are written out as soon as the next one starts, so a long document streams with flat memory. The
 * total page count is not known until the end, so each footer is a small form XObject that every page
 * paints at once and whose text is filled in when the document ends.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { Locale } from '../i18n/locales.ts';
import { translate } from '../i18n/translate.ts';

const require = createRequire(import.meta.url);
// Noto Sans TC has no Thai glyphs, so Thai runs of a text are set in Noto Sans Thai (writeText below).
const fontFiles = {
  [`NotoSansTC-Regular`]: '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf',
  [`NotoSansTC-Bold`]: '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf',
  [`NotoSansThai-Regular`]: '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
  [`NotoSansThai-Bold`]: '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf',
} as const;
type FontName = keyof typeof fontFiles;
let fontCache: Map<FontName, Font> | undefined;
let preloading: Promise<void> | undefined;

/**
 * Parsed once per process and shared by every document: pdfkit parsed a font again for each one, and with
 * the files read on first use that was 140 ms in one step of the event loop (issue 16, finding 1). Each
 * document still embeds only the glyphs it uses.
 */
function fonts(): Map<FontName, Font> {
  fontCache ??= new Map(Object.entries(fontFiles).map(([name, file]) => [name as FontName, create(readFileSync(require.resolve(file)))]));
  return fontCache;
}

/**
 * Reads and parses the fonts ahead of the first document, a file a turn of the event loop, the files read
 * off the loop (the CJK files are 7 MB each). The server calls it once it listens; a document asked for
 * before it ends reads them itself.
 */
export function preloadPdfFonts(): Promise<void> {
  preloading ??= (async () => {
    const loaded = new Map<FontName, Font>();
    for (const [name, file] of Object.entries(fontFiles)) {
      const bytes = await readFile(require.resolve(file));
      const font = create(bytes);
      await new Promise<void>((resolve) => setImmediate(resolve));
      // The first layout reads the character map and the substitution tables (tens of ms for a CJK font),
      // which the font object then keeps: done here, in a turn of its own, not in the first document.
      font.layout(name.startsWith('NotoSansThai') ? 'ภาษาไทย 123' : '臺中市政府勞工局 Labor 123');
      loaded.set(name as FontName, font);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    fontCache ??= loaded;
    // A first document runs pdfkit's code cold (tens of ms more than the next): one thrown away here.
    const warm = createPdfDocument({ locale: 'zh-TW', letterhead: { name: '勞工局', nameEn: 'Labor' }, title: '暖機', date: '2026-01-01' });
    warm.doc.resume();
    warm.addPage();
    writeText(warm.doc, regularFont, '臺中市 ภาษาไทย Labor 123');
    warm.finish();
  })();
  return preloading;
}

export const regularFont = 'NotoSansTC-Regular';
export const boldFont = 'NotoSansTC-Bold';
const thaiFontOf: Record<string, FontName> = { [regularFont]: 'NotoSansThai-Regular', [boldFont]: 'NotoSansThai-Bold' };

// A Thai run keeps the spaces, digits and punctuation between Thai words, which Noto Sans Thai also has,
// so a Thai sentence is set in one font and spaced by it.
const thaiRun = /[\u0E00-\u0E7F]+(?:[\s\d.,:;!?()\-–/]+[\u0E00-\u0E7F]+)*/gu;

/** The text cut into runs of Thai and of everything else, in order. */
export function scriptRuns(text: string): { text: string; thai: boolean }[] {
  const runs: { text: string; thai: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(thaiRun)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), thai: false });
    runs.push({ text: match[0], thai: true });
    last = match.index + match[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last), thai: false });
  return runs;
}

/**
 * `doc.text` in `font`, with any Thai runs set in the matching Noto Sans Thai weight. Mixed text is written
 * as pdfkit's continued runs, so it still wraps within `options.width`. Use it for every text a document
 * writes: names, addresses and translated words may be Thai.
 */
export function writeText(
  doc: PDFKit.PDFDocument,
  font: string,
  text: string,
  x?: number,
  y?: number,
  options: PDFKit.Mixins.TextOptions = {},
): PDFKit.PDFDocument {
  const runs = scriptRuns(text);
  if (runs.length === 1) {
    doc.font(runs[0]!.thai ? (thaiFontOf[font] ?? font) : font);
    return x === undefined ? doc.text(text, options) : doc.text(text, x, y, options);
  }
  runs.forEach((run, index) => {
    doc.font(run.thai ? (thaiFontOf[font] ?? font) : font);
    const continued = index < runs.length - 1;
    if (index === 0 && x !== undefined) doc.text(run.text, x, y, { ...options, continued });
    else doc.text(run.text, { ...options, continued });
  });
  return doc.font(font);
}

/** The sender printed at the top of every page: the bureau as the city file names it. */
export type Letterhead = { name: string; nameEn: string; address?: string | undefined; phone?: string | undefined };

/** A plain date `YYYY-MM-DD` as a document prints it: 民國 115 年 12 月 1 日 in zh-TW, the long local form elsewhere. */
export function formatDocumentDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // The ROC calendar counts years from 1912 (民國元年); documents of the bureau are dated that way.
  if (locale === 'zh-TW') return `民國 ${year - 1911} 年 ${month} 月 ${day} 日`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The calendar day of an instant in the bureau's time zone, as `YYYY-MM-DD`. */
export function plainDateIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

export type PdfDocumentOptions = {
  locale: Locale;
  letterhead: Letterhead;
  /** Document title, printed under the letterhead on the first page and kept in the PDF metadata. */
  title: string;
  /** Lines under the title on the first page (a list's filter, a case number). */
  subtitleLines?: readonly string[];
  /** The document's date, `YYYY-MM-DD` (from the injected clock). */
  date: string;
  landscape?: boolean;
};

export type PdfDocument = {
  doc: PDFKit.PDFDocument;
  /** Left edge and width of the writing area. */
  left: number;
  width: number;
  /** Lowest y that content may reach before a new page is needed (the footer sits below). */
  bottom: number;
  /** Starts a new page (letterhead repeated) and returns the y where content starts. */
  addPage(): number;
  /** Fills the footers and ends the document; the stream ends once everything is written. */
  finish(): void;
};

const margin = 48;
const footerHeight = 28;

/**
 * Opens an A4 document with the letterhead on every page and the title block on the first. The caller
 * writes from `doc.y`, calls `addPage()` when it needs a new page (or lets pdfkit flow text onto one) and
 * ends with `finish()`. Pipe `doc` (a readable stream) where the bytes should go before writing.
 */
export function createPdfDocument(options: PdfDocumentOptions): PdfDocument {
  const { locale, letterhead } = options;
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.landscape ? 'landscape' : 'portrait',
    margins: { top: margin, bottom: margin + footerHeight, left: margin, right: margin },
    autoFirstPage: false,
    bufferPages: false,
    info: { Title: options.title, Author: letterhead.name, Creator: letterhead.name },
    lang: locale === 'zh-TW' ? 'zh-Hant-TW' : locale,
    displayTitle: true,
  } as PDFKit.PDFDocumentOptions);
  for (const [name, font] of fonts()) doc.registerFont(name, font as unknown as PDFKit.Mixins.PDFFontSource);
  const footers: { form: PDFKit.PDFKitReference; page: number }[] = [];

  const drawLetterhead = () => {
    const left = margin;
    const width = doc.page.width - 2 * margin;
    const top = margin - 20;
    const primary = locale === 'zh-TW' ? letterhead.name : letterhead.nameEn;
    const secondary = locale === 'zh-TW' ? letterhead.nameEn : letterhead.name;
    writeText(doc.fontSize(12).fillColor('#000'), boldFont, primary, left, top, { width, lineBreak: false });
    writeText(doc.fontSize(8).fillColor('#444'), regularFont, secondary, left, top + 16, { width, lineBreak: false });
    const contact = [letterhead.address, letterhead.phone].filter(Boolean).join('  ');
    if (contact) writeText(doc, regularFont, contact, left, top + 16, { width, align: 'right', lineBreak: false });
    doc.moveTo(left, top + 30).lineTo(left + width, top + 30).lineWidth(0.6).strokeColor('#666').stroke();
    doc.fillColor('#000');
    return top + 38;
  };

  // pdfkit caches the glyph layout of every distinct word for the document's life, which grows without end
  // in a long list (each name is new). Emptied at each page, it still serves the measure-then-draw of a row.
  const forgetLayouts = () => {
    const families = (doc as unknown as { _fontFamilies: Record<string, { layoutCache?: object }> })._fontFamilies;
    for (const font of Object.values(families)) if (font.layoutCache) font.layoutCache = Object.create(null);
  };

  // The footer XObject of this page: painted now, its text written in finish() once the page count is known.
  const placeFooter = () => {
    const name = `Footer${footers.length + 1}`;
    const form = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, doc.page.width, footerHeight] });
    (doc.page as unknown as { xobjects: Record<string, PDFKit.PDFKitReference> }).xobjects[name] = form;
    // pdfkit's content stream is flipped (y grows downwards); unflip to place the form from the bottom edge.
    doc.addContent(`q 1 0 0 -1 0 ${doc.page.height} cm 1 0 0 1 0 ${margin - footerHeight + 4} cm /${name} Do Q`);
    footers.push({ form, page: footers.length + 1 });
  };

  const addPage = () => {
    doc.addPage();
    forgetLayouts();
    placeFooter();
    const y = drawLetterhead();
    doc.x = margin;
    doc.y = y;
    return y;
  };

  // Pages pdfkit adds on its own when text flows past the bottom get the same letterhead and footer.
  let adding = false;
  doc.on('pageAdded', () => {
    if (adding) return;
    adding = true;
    try {
      forgetLayouts();
      placeFooter();
      const y = drawLetterhead();
      doc.x = margin;
      doc.y = y;
    } finally {
      adding = false;
    }
  });
  const firstPage = () => {
    adding = true;
    try {
      return addPage();
    } finally {
      adding = false;
    }
  };

  let y = firstPage();
  const width = doc.page.width - 2 * margin;
  writeText(doc.fontSize(15), boldFont, options.title, margin, y + 4, { width });
  doc.fontSize(9).fillColor('#333');
  writeText(doc, regularFont, translate(locale, 'documents.date', { date: formatDocumentDate(options.date, locale) }), undefined, undefined, { width });
  for (const line of options.subtitleLines ?? []) writeText(doc, regularFont, line, undefined, undefined, { width });
  doc.fillColor('#000');
  y = doc.y + 8;
  doc.y = y;

  const finish = () => {
    // The footer is one run of a single font: Noto Sans Thai where the words are Thai (it has the digits).
    const sample = translate(locale, 'documents.page_of', { page: 1, pages: 1 });
    doc.font(scriptRuns(sample).some((run) => run.thai) ? thaiFontOf[regularFont]! : regularFont);
    const font = (doc as unknown as { _font: FooterFont })._font;
    const size = 8;
    for (const footer of footers) {
      const text = translate(locale, 'documents.page_of', { page: footer.page, pages: footers.length });
      const [glyphs] = font.encode(text);
      const x = (doc.page.width - font.widthOfString(text, size)) / 2;
      (footer.form.data as Record<string, unknown>)['Resources'] = { Font: { [font.id]: font.ref() } };
      footer.form.end(`BT 0.3 g /${font.id} ${size} Tf ${x.toFixed(2)} 8 Td <${glyphs.join('')}> Tj ET`);
    }
    doc.end();
  };

  return {
    doc,
    left: margin,
    width,
    get bottom() {
      return doc.page.height - margin - footerHeight;
    },
    addPage: () => {
      adding = true;
      try {
        return addPage();
      } finally {
        adding = false;
      }
    },
    finish,
  };
}

/** The parts of pdfkit's embedded font the footers use (not in its type definitions). */
type FooterFont = {
  id: string;
  encode(text: string): [string[], unknown[]];
  widthOfString(text: string, size: number): number;
  ref(): PDFKit.PDFKitReference;
};

export type TableColumn = {
  header: string;
  /** Relative width; the columns share the writing width in these proportions. */
  weight?: number;
  align?: 'left' | 'right';
};

export type TablePdfOptions = PdfDocumentOptions & {
  columns: readonly TableColumn[];
  /** The table's rows as display text, read as the document is written (a database cursor). */
  rows: AsyncIterable<readonly string[]>;
};

/**
 * A list as an A4 table: the column headers repeat on every page, long cells wrap within their column and
 * a row never splits across pages. Returns the document stream at once; rows are read as it is consumed.
 * Landscape is chosen for wide tables unless the caller says otherwise.
 */
/** Rows laid out between two turns of the event loop (about 2 ms a row with wrapped CJK cells). */
const rowsPerTurn = 10;

export function renderTablePdf(options: TablePdfOptions): PDFKit.PDFDocument {
  const landscape = options.landscape ?? options.columns.length > 5;
  const pdf = createPdfDocument({ ...options, landscape });
  const { doc } = pdf;
  const fontSize = 8;
  const padding = 3;
  const total = options.columns.reduce((sum, column) => sum + (column.weight ?? 1), 0);
  const widths = options.columns.map((column) => (pdf.width * (column.weight ?? 1)) / total);

  const rowHeight = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    let height = 0;
    cells.forEach((cell, index) => {
      height = Math.max(height, doc.heightOfString(cell || ' ', { width: (widths[index] ?? 0) - 2 * padding }));
    });
    return height + 2 * padding;
  };
  const drawRow = (cells: readonly string[], y: number, font: string, shaded: boolean) => {
    const height = rowHeight(cells, font);
    if (shaded) doc.rect(pdf.left, y, pdf.width, height).fillColor('#eeeeee').fill();
    doc.fillColor('#000').font(font).fontSize(fontSize);
    let x = pdf.left;
    cells.forEach((cell, index) => {
      const width = widths[index] ?? 0;
      writeText(doc, font, cell, x + padding, y + padding, { width: width - 2 * padding, align: options.columns[index]?.align ?? 'left' });
      x += width;
    });
    doc.moveTo(pdf.left, y + height).lineTo(pdf.left + pdf.width, y + height).lineWidth(0.3).strokeColor('#bbbbbb').stroke();
    return y + height;
  };
  const headers = options.columns.map((column) => column.header);

  void (async () => {
    try {
      let y = drawRow(headers, doc.y, boldFont, true);
      let sinceTurn = 0;
      for await (const cells of options.rows) {
        // Rows that arrive from one batch of a keyset walk come as microtasks: without a macrotask turn
        // a batch would be laid out in one hold of the event loop (issue 16, finding 1). A page of CJK rows
        // took 30-70 ms to lay out, so the turn comes every few rows, not only at each page.
        sinceTurn += 1;
        if (sinceTurn >= rowsPerTurn) {
          sinceTurn = 0;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        const height = rowHeight(cells, regularFont);
        if (y + height > pdf.bottom) {
          y = pdf.addPage();
          y = drawRow(headers, y, boldFont, true);
        }
        y = drawRow(cells, y, regularFont, false);
      }
      pdf.finish();
    } catch (error) {
      doc.destroy(error as Error);
    }
  })();
  return doc;
}
