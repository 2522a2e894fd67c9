/** `npm start`: builds the web app when its sources changed, then runs the server (Node 24, see check-node.mjs). */
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['scripts/build-web.ts', '--if-stale'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawnSync(process.execPath, ['src/server.ts'], { stdio: 'inherit' });
process.exit(server.status ?? 0);
