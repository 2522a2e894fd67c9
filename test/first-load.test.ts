import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, test } from 'node:test';
import { firstLoadJs } from '../bench/first-load.ts';

const root = mkdtempSync(join(tmpdir(), 'first-load-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('the first load counts the entry and its static imports, transitively, and never a lazy chunk', () => {
  const assets = join(root, 'web', 'dist', 'assets');
  mkdirSync(join(root, 'web', 'dist', '.vite'), { recursive: true });
  mkdirSync(assets, { recursive: true });
  const files = { 'index.js': 'a'.repeat(500), 'shared.js': 'b'.repeat(300), 'deep.js': 'c'.repeat(200), 'lazy.js': 'd'.repeat(10_000) };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(assets, name), body);
  writeFileSync(
    join(root, 'web', 'dist', '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/lazy.tsx'], css: ['assets/index.css'] },
      '_shared.js': { file: 'assets/shared.js', imports: ['_deep.js'] },
      '_deep.js': { file: 'assets/deep.js', imports: ['_shared.js'] },
      'src/lazy.tsx': { file: 'assets/lazy.js', isDynamicEntry: true, imports: ['_shared.js'] },
    }),
  );
  const result = firstLoadJs(root);
  assert.deepEqual(result.files, ['assets/deep.js', 'assets/index.js', 'assets/shared.js']);
  const expected = ['index.js', 'shared.js', 'deep.js'].reduce((sum, name) => sum + gzipSync(files[name as keyof typeof files], { level: 9 }).length, 0);
  assert.equal(result.bytes, expected);
});
