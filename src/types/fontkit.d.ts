// fontkit ships no types; pdfkit uses it to read fonts, and we call only `create` (src/shared/documents/pdf.ts).
declare module 'fontkit' {
  /** A parsed font; pdfkit takes one wherever it takes a font file. */
  export type Font = { layout: (...args: unknown[]) => unknown; postscriptName: string };
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
