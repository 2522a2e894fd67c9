/**
 * Browser-test fixtures: one server on a fresh, demo-seeded PGlite and one Chromium, shared by every spec
 * file of the run (node --test --test-isolation=none loads them into one process), started by the first
 * file that asks and stopped, with its data folder removed, when the run ends.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { after } from 'node:test';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type ReceivedMail, startSmtpServer } from '../test/smtp-test-server.ts';

export const demoPassword = 'demo1234';
export const phone = { width: 390, height: 844 } as const;
export const desktop = { width: 1280, height: 800 } as const;

/** `mail`: what the app sent through the test's own SMTP server (the app's transport is SMTP_URL). */
export type TestApp = { baseUrl: string; browser: Browser; mail: ReceivedMail[] };

type Running = TestApp & { server: ChildProcess; dataDir: string; serverOutput: string[]; smtp: Awaited<ReturnType<typeof startSmtpServer>> };

let running: Promise<Running> | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

// A fresh demo database migrates and seeds before its first answer: a minute on a quiet machine, more when
// the machine is shared (E2E_START_TIMEOUT_MS raises it).
const startTimeoutMs = Number(process.env.E2E_START_TIMEOUT_MS ?? 180_000);

async function waitForHealth(baseUrl: string, server: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${output.join('')}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not become healthy within ${startTimeoutMs / 1000} s:\n${output.join('')}`);
}

async function start(): Promise<Running> {
  const dataDir = mkdtempSync(join(tmpdir(), 'labor-e2e-'));
  const port = await freePort();
  const smtp = await startSmtpServer();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_PASSWORD: demoPassword,
    // Many journeys sign in; the production default (10 per 5 minutes) is tested in the route tests.
    LOGIN_RATE_LIMIT: '500',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    SMTP_URL: smtp.url,
    MAIL_FROM: '臺中市政府勞工局 <no-reply@labor.example.gov.tw>',
  };
  delete env.DATABASE_URL;
  const server = spawn('node_modules/.bin/node', ['src/server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const serverOutput: string[] = [];
  server.stdout?.on('data', (chunk: Buffer) => serverOutput.push(chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => serverOutput.push(chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, server, serverOutput);
  } catch (error) {
    server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    await smtp.close();
    throw error;
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return { baseUrl, browser, server, dataDir, serverOutput, smtp, mail: smtp.received };
}

async function stop(app: Running): Promise<void> {
  await app.browser.close();
  const exited = new Promise((resolve) => app.server.once('exit', resolve));
  app.server.kill('SIGTERM');
  const forced = setTimeout(() => app.server.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(forced);
  rmSync(app.dataDir, { recursive: true, force: true });
  await app.smtp.close();
}

/** Starts the shared server and browser on first use; later spec files of the run join them. */
export function useApp(): Promise<TestApp> {
  running ??= start();
  return running;
}

// A root-level hook: with --test-isolation=none it runs once, after the last spec file.
after(async () => {
  if (!running) return;
  const app = await running.catch(() => undefined);
  running = undefined;
  if (app) await stop(app);
});

const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

/**
 * A fresh browser context, Chinese by default, optionally signed in as a demo role. Each role signs in
 * once per run and later contexts reuse its cookie: the server allows only 10 sign-ins per 5 minutes.
 */
export async function newContext(
  app: TestApp,
  options: {
    role?: string;
    viewport?: { width: number; height: number };
    locale?: string;
    /** Only for the axe scan: page.addScriptTag inlines axe, which the app's CSP rightly refuses. */
    bypassCSP?: boolean;
  } = {},
): Promise<BrowserContext> {
  const locale = options.locale ?? 'zh-TW';
  let storageState = options.role ? sessions.get(options.role) : undefined;
  if (options.role && !storageState) {
    const probe = await app.browser.newContext({ baseURL: app.baseUrl });
    const response = await probe.request.post('/api/v1/auth/login', {
      data: { username: options.role, password: demoPassword },
    });
    if (response.status() !== 200) throw new Error(`sign-in as ${options.role} failed: ${response.status()} ${await response.text()}`);
    storageState = await probe.storageState();
    sessions.set(options.role, storageState);
    await probe.close();
  }
  return app.browser.newContext({
    baseURL: app.baseUrl,
    viewport: options.viewport ?? phone,
    locale,
    bypassCSP: options.bypassCSP ?? false,
    ...(storageState ? { storageState } : {}),
  });
}

/** Collects uncaught page errors so a test can assert the app ran cleanly. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Cuts the context's network and waits until the page's own fetch sees it cut. Chromium applies the cut to
 * the service worker a moment later than to the page, and CI once fetched health through it in between.
 * Throws if the network still answers after 5 s, so a test offline is really offline.
 */
export async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  const deadline = Date.now() + 5_000;
  while (!(await page.evaluate(() => fetch('/api/v1/health', { cache: 'no-store' }).then(() => false, () => true)))) {
    if (Date.now() > deadline) throw new Error('the network still answers 5 s after it was cut');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
