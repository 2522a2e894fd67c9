/**
 * The single-page app's index.html, compressed once at start in the encodings a browser asks for (issue 15
 * §7: the server used to ignore Accept-Encoding). The build's own .br and .gz copies are used when present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export type Encoded = { body: Uint8Array; encoding: 'br' | 'gzip' | null };

/** Whether an Accept-Encoding header accepts an encoding (a q of 0 refuses it). */
function accepts(header: string, encoding: string): boolean {
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    if (name?.trim().toLowerCase() !== encoding) return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

export function indexPage(webRoot: string): (acceptEncoding: string | undefined) => Encoded {
  const path = `${webRoot}/index.html`;
  const plain = readFileSync(path);
  const br = existsSync(`${path}.br`) ? readFileSync(`${path}.br`) : brotliCompressSync(plain);
  const gzip = existsSync(`${path}.gz`) ? readFileSync(`${path}.gz`) : gzipSync(plain, { level: 9 });
  return (acceptEncoding) => {
    const header = acceptEncoding ?? '';
    if (accepts(header, 'br')) return { body: br, encoding: 'br' };
    if (accepts(header, 'gzip')) return { body: gzip, encoding: 'gzip' };
    return { body: plain, encoding: null };
  };
}
