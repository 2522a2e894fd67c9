/**
 * The gzipped JavaScript that the first load of `/` downloads: the entry chunk of web/index.html and every
 * chunk it imports statically, transitively (Vite's manifest `imports`; `dynamicImports` are lazy pages and
 * language catalogs, fetched later, and not counted). Reads web/dist, building it first when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

type ManifestEntry = { file: string; isEntry?: boolean; imports?: string[] };

export const firstLoadBudgetBytes = 150 * 1024;

export function firstLoadJs(root = process.cwd(), options: { build?: boolean } = {}): { bytes: number; files: string[] } {
  const dist = join(root, 'web', 'dist');
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (options.build || !existsSync(manifestPath)) {
    execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestEntry>;
  const entry = manifest['index.html'] ?? Object.values(manifest).find((item) => item.isEntry);
  if (!entry) throw new Error('the Vite manifest has no entry for index.html');
  const seen = new Set<string>();
  const visit = (item: ManifestEntry) => {
    if (seen.has(item.file)) return;
    seen.add(item.file);
    for (const key of item.imports ?? []) {
      const imported = manifest[key];
      if (imported) visit(imported);
    }
  };
  visit(entry);
  const files = [...seen].filter((file) => file.endsWith('.js')).sort();
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
  return { bytes, files };
}

if (import.meta.main) {
  const { bytes, files } = firstLoadJs(process.cwd(), { build: process.argv.includes('--build') });
  console.log(`first load of / : ${(bytes / 1024).toFixed(1)} KB gzipped JS (budget ${firstLoadBudgetBytes / 1024} KB) in ${files.length} files`);
  for (const file of files) console.log(`  ${file}`);
}
