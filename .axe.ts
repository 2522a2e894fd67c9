import { chromium } from 'playwright-core';
import { findAccessibilityViolations } from './e2e/accessibility.ts';
const base = 'http://127.0.0.1:4791';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const probe = await browser.newContext({ baseURL: base });
const login = async (role: string) => { await probe.request.post('/api/v1/auth/login', { data: { username: role, password: 'demo1234' } }); return probe.storageState(); };
const admin = await login('admin');
const me = (await (await probe.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
const list = (await (await probe.request.get('/api/v1/staff/complaints')).json()) as { items: { id: string }[] };
const inspectors = (await (await probe.request.get('/api/v1/staff/complaints/inspectors')).json()) as { items: { id: string }[] };
const cid = list.items[0]?.id ?? '';
await probe.request.post(`/api/v1/staff/complaints/${cid}/assignment`, { headers: { 'x-csrf-token': me.csrfToken }, data: { inspectorId: inspectors.items[0]?.id } });
const inspector = await login('labor-inspector');
const caseManager = await login('case-manager');
const visits: [string, typeof admin, string, ((p: import('playwright-core').Page) => Promise<void>)?][] = [
  ['notice document', inspector, `/staff/complaints/${cid}/notice`],
  ['complaint detail', inspector, `/staff/complaints/${cid}`],
  ['jobs (no server yet)', admin, '/staff/jobs'],
  ['accounts list', admin, '/staff/accounts'],
  ['new account with errors', admin, '/staff/accounts/new', async (p) => { await p.getByRole('button', { name: '建立帳號' }).click().catch(() => p.locator('button[type=submit]').click()); await p.locator('.error-summary').waitFor(); }],
  ['people list', caseManager, '/staff/people'],
  ['qa editor with errors', admin, '/staff/content/qa/new', async (p) => { await p.getByRole('button', { name: '存為草稿' }).click(); await p.locator('.error-summary').waitFor(); }],
  ['usage', admin, '/staff/usage'],
  ['heat staff', admin, '/staff/heat'],
];
for (const width of [390, 1280]) for (const [name, state, path, act] of visits) {
  const c = await browser.newContext({ baseURL: base, viewport: { width, height: 900 }, locale: 'zh-TW', storageState: state, bypassCSP: true });
  const p = await c.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(path);
  await p.locator('h1').waitFor();
  await p.waitForFunction(() => document.querySelectorAll('.loading').length === 0, undefined, { timeout: 10000 }).catch(() => undefined);
  if (act) await act(p);
  const v = await findAccessibilityViolations(p);
  console.log(width, name, v.length ? v.join('\n') : 'ok', errors.join(';'));
  if (name === 'jobs (no server yet)' && width === 1280) await p.screenshot({ path: '/tmp/shots/jobs.png' });
  await c.close();
}
await browser.close();
