/**
 * Draws the PWA icons (a balance scale, for labor rights, on the bureau blue) as PNG files with no image
 * library: the pixels are computed here and compressed with zlib. Run once; the PNGs are committed.
 *   node_modules/.bin/node web/scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const blue = [11, 79, 113] as const;
const white = [255, 255, 255] as const;
const gold = [255, 196, 61] as const;

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Colour at (x, y) in unit coordinates (0..1), for an icon whose artwork fills `scale` of the canvas. */
function shade(x: number, y: number, scale: number, isRounded: boolean): readonly number[] {
  if (isRounded) {
    const r = 0.18;
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    if (Math.hypot(x - cx, y - cy) > r) return [0, 0, 0, 0];
  }
  const u = (x - 0.5) / scale + 0.5;
  const v = (y - 0.5) / scale + 0.5;
  const inRect = (x0: number, y0: number, x1: number, y1: number) => u >= x0 && u <= x1 && v >= y0 && v <= y1;
  const pan = (cx: number) => v >= 0.52 && v <= 0.6 && Math.hypot((u - cx) / 0.15, (v - 0.52) / 0.08) <= 1;
  const string = (cx: number) => Math.abs(Math.abs(u - cx) - (0.52 - v) * 0.6) < 0.012 && v >= 0.3 && v <= 0.52;
  if (inRect(0.47, 0.22, 0.53, 0.78)) return [...white, 255];
  if (inRect(0.2, 0.27, 0.8, 0.32)) return [...white, 255];
  if (inRect(0.34, 0.76, 0.66, 0.82)) return [...white, 255];
  if (pan(0.27) || pan(0.73)) return [...gold, 255];
  if (string(0.27) || string(0.73)) return [...white, 255];
  if (Math.hypot(u - 0.5, v - 0.22) < 0.05) return [...gold, 255];
  return [...blue, 255];
}

function png(size: number, scale: number, isRounded: boolean): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 2×2 supersampling keeps the diagonal strings from looking jagged.
      const samples = [0.25, 0.75].flatMap((dx) =>
        [0.25, 0.75].map((dy) => shade((x + dx) / size, (y + dy) / size, scale, isRounded)),
      );
      for (let channel = 0; channel < 4; channel++) {
        const mean = samples.reduce((sum, s) => sum + (s[channel] ?? 0), 0) / samples.length;
        raw[y * (size * 4 + 1) + 1 + x * 4 + channel] = Math.round(mean);
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const out = new URL('../public/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), png(192, 0.9, true));
writeFileSync(new URL('icon-512.png', out), png(512, 0.9, true));
// Maskable icons are cropped to a circle of 80 % of the canvas: keep the artwork inside it, fill the rest.
writeFileSync(new URL('icon-maskable-512.png', out), png(512, 0.62, false));
writeFileSync(new URL('icon-maskable-192.png', out), png(192, 0.62, false));
console.log('icons written to web/public/icons/');
