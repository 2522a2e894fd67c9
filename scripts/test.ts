/**
 * `npm test` (unit and route tests) and `npm run test:e2e` (browser journeys).
 * Unit tests run in one process (`--test-isolation=none`) so that the migrated PGlite template is built
 * once and cloned per file; they use DATABASE_URL's server when it is set.
 */
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';

const suite = process.argv[2] ?? 'unit';
const patterns =
  suite === 'e2e' ? ['e2e/**/*.spec.ts'] : ['packages/*/src/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'];
const chosen = process.argv.slice(3).filter((arg) => arg.endsWith('.ts'));
const files = chosen.length ? chosen : patterns.flatMap((pattern) => globSync(pattern)).sort();
if (files.length === 0) {
  console.error(`no ${suite} test files found`);
  process.exit(1);
}
if (suite === 'e2e') {
  const build = spawnSync(process.execPath, ['scripts/build-web.ts', '--if-stale'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const extra = process.argv.slice(3).filter((arg) => !arg.endsWith('.ts'));
const args = ['--test', '--test-isolation=none', '--test-reporter=spec', ...extra, ...files];
const result = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
});
process.exit(result.status ?? 1);
