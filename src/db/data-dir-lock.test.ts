import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { acquireDataDirLock, DataDirInUseError } from './data-dir-lock.ts';

describe('embedded database folder lock', () => {
  const folder = mkdtempSync(join(tmpdir(), 'lap-lock-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses a folder held by a live process, naming it and the way out', () => {
    // The test runner's parent is alive for as long as this test runs.
    writeFileSync(join(folder, 'platform.lock'), String(process.ppid));
    assert.throws(
      () => acquireDataDirLock(folder),
      (error: unknown) =>
        error instanceof DataDirInUseError && error.message.includes(String(process.ppid)) && /DATA_DIR/.test(error.message),
    );
  });

  it('takes over a lock left by a process that died, and releases it', async () => {
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = child.pid;
    await new Promise((resolve) => child.on('exit', resolve));
    writeFileSync(join(folder, 'platform.lock'), String(deadPid));
    const lock = acquireDataDirLock(folder);
    lock.release();
    assert.equal(existsSync(join(folder, 'platform.lock')), false);
  });

  it('makes a second CLI command on the same folder stop with a clear message instead of hanging', async () => {
    const dataDir = join(folder, 'db');
    writeFileSync(join(folder, 'placeholder'), '');
    const holder = acquireDataDirLock(dataDir);
    try {
      const child = spawn(process.execPath, ['src/cli/migrate.ts'], {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      assert.equal(code, 1);
      assert.match(stderr, /is in use by process \d+/);
    } finally {
      holder.release();
    }
  });
});
