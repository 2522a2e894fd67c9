/**
 * Builds the web app with Vite. With `--if-stale` it builds only when web/dist is missing or older
 * than a source file, so `npm start` is quick after the first time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, statSync } from 'node:fs';

const distIndex = 'web/dist/index.html';
const distRenderer = 'web/dist-ssr/prerender.js';
const sources = [
  ...globSync('web/**/*', { exclude: (name) => name.includes('dist') || name.includes('node_modules') }),
  ...globSync('packages/labor-rules/src/**/*.ts'),
  ...globSync('src/modules/*/*.contract.ts'),
  ...globSync('src/shared/i18n/locales.ts'),
];

function isStale(): boolean {
  if (!existsSync(distIndex) || !existsSync(distRenderer)) return true;
  const built = statSync(distIndex).mtimeMs;
  return sources.some((file) => statSync(file).isFile() && statSync(file).mtimeMs > built);
}

if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
console.log('Building the web app (vite build)…');
const vite = 'node_modules/vite/bin/vite.js';
for (const config of ['web/vite.config.ts', 'web/vite.ssr.config.ts']) {
  // The browser app, then the server's renderer of the public pages' first paint (web/src/prerender.tsx).
  const result = spawnSync(process.execPath, [vite, 'build', '--config', config, '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
