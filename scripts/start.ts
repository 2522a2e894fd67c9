/** `npm start`: builds the web app when its sources changed, then runs the server on Node 24. */
import { spawnSync } from 'node:child_process';

const [major] = process.versions.node.split('.').map(Number);
if ((major ?? 0) < 24) {
  console.error(
    `Node ${process.versions.node} is running this script; the platform needs Node 24. ` +
      'Run it through npm (npm start), which uses the Node 24 that npm ci installed in node_modules.',
  );
  process.exit(1);
}
const build = spawnSync(process.execPath, ['scripts/build-web.ts', '--if-stale'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawnSync(process.execPath, ['src/server.ts'], { stdio: 'inherit' });
process.exit(server.status ?? 0);
