/**
 * `npm test` (unit and route tests) and `npm run test:e2e` (browser journeys).
 * Unit tests run in one process (`--test-isolation=none`) so that the migrated PGlite template is built
 * once and cloned per file; they use DATABASE_URL's server when it is set.
 * The whole browser suite runs in E2E_SHARDS processes side by side (2 by default), each with its own
 * demo server, Chromium and SMTP server: one process keeps about three quarters of one core busy, the
 * rest of its time waiting on the server and the browser. Each shard prints its log when all are done.
 */
import { spawn, spawnSync } from 'node:child_process';
import { globSync, readFileSync, statSync } from 'node:fs';

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
const env = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' };
const args = (group: readonly string[]) => ['--test', '--test-isolation=none', '--test-reporter=spec', ...extra, ...group];

/**
 * Seconds each browser spec file took in a full run (e2e/durations.json, refreshed by hand when files change
 * much). By file size the two shards took 915 and 680 s; by time they end together. A file not listed yet
 * counts as the average of those that are.
 */
function durations(): Map<string, number> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync('e2e/durations.json', 'utf8')) as Record<string, number>));
  } catch {
    return new Map();
  }
}

/** Spreads the files over `count` groups of about equal time, the longest file first. */
function shards(all: readonly string[], count: number): string[][] {
  const known = durations();
  const average = known.size ? [...known.values()].reduce((a, b) => a + b, 0) / known.size : 1;
  // Without any timings (a new checkout that deleted the file), size stands in for time.
  const weight = (file: string) => (known.size ? (known.get(file) ?? average) : statSync(file).size);
  const groups = Array.from({ length: count }, () => ({ files: [] as string[], weight: 0 }));
  for (const file of [...all].sort((a, b) => weight(b) - weight(a))) {
    const lightest = groups.reduce((best, group) => (group.weight < best.weight ? group : best));
    lightest.files.push(file);
    lightest.weight += weight(file);
  }
  return groups.filter((group) => group.files.length > 0).map((group) => group.files.sort());
}

function run(group: readonly string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args(group), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output: output.join('') }));
  });
}

const shardCount = suite === 'e2e' && !chosen.length ? Math.max(1, Number(process.env.E2E_SHARDS ?? 2)) : 1;
if (shardCount === 1) {
  const result = spawnSync(process.execPath, args(files), { stdio: 'inherit', env });
  process.exit(result.status ?? 1);
}
const groups = shards(files, shardCount);
const results = await Promise.all(groups.map((group) => run(group)));
results.forEach((result, index) => {
  console.log(`\n=== browser tests, shard ${index + 1} of ${groups.length} (${groups[index]!.length} files): exit ${result.code} ===`);
  process.stdout.write(result.output);
});
const failed = results.filter((result) => result.code !== 0).length;
if (failed) console.error(`${failed} of ${groups.length} browser test shards failed`);
process.exit(failed ? 1 : 0);
