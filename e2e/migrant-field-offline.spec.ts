/// <reference lib="dom" />
// The migrant field app offline (issue 10 §2, ADR 0033), at tablet width: a visit recorded with no network,
// with a photo, kept sealed on the device through a reload, synced once when the network returns; a task
// reassigned meanwhile comes back as a conflict that keeps the draft; sign-out wipes the device copy.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { addDays } from '../src/modules/migrant-workers/migrant-workers.dates.ts';
import { localDay } from '../src/modules/migrant-workers/migrant-workers.visits.ts';
import { isResidentCertificateNumber } from '../src/modules/people/identifiers.ts';
import { findAccessibilityViolations } from './accessibility.ts';
import { demoPassword, newContext, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params?: Record<string, string | number>) => tr('zh-TW', key, params);
const shots = process.env.SCREENSHOT_DIR;
const tablet = { width: 820, height: 1180 } as const;
const today = localDay(new Date(), 'Asia/Taipei');

/** A valid 2021-format resident certificate number: the check digit is found by trying each. */
function certificateNumber(seed: number): string {
  const stem = `M9${String(seed).padStart(7, '0')}`;
  for (let digit = 0; digit < 10; digit += 1) if (isResidentCertificateNumber(`${stem}${digit}`)) return `${stem}${digit}`;
  throw new Error(`no check digit for ${stem}`);
}

async function csrfOf(request: APIRequestContext): Promise<string> {
  return ((await (await request.get('/api/v1/auth/me')).json()) as { csrfToken: string }).csrfToken;
}

/** Registers an arrival 80 days ago in 北屯 (the demo officer's district): a task due within 14 days. */
async function arrival(request: APIRequestContext, seed: number): Promise<string> {
  const csrf = await csrfOf(request);
  const created = await request.post('/api/v1/staff/migrant-workers', {
    headers: { 'x-csrf-token': csrf },
    data: {
      residentCertificateNumber: certificateNumber(seed),
      name: `FIELD TEST ${seed}`,
      nationality: 'VN',
      passportNumber: `FT${seed}`,
      jobCategory: 'manufacturing',
      arrivalDate: addDays(today, -80),
      districtCode: '66000080',
    },
  });
  assert.equal(created.status(), 201, await created.text());
  const workerId = ((await created.json()) as { id: string }).id;
  const tasks = (await (await request.get('/api/v1/staff/visit-tasks?status=due&mine=true&pageSize=100')).json()) as { items: { id: string; workerId: string }[] };
  const task = tasks.items.find((item) => item.workerId === workerId);
  assert.ok(task, 'the new arrival is among my tasks due soon');
  return task.id;
}

/** A context signed in with its own session (sign-out here must not end the session other specs share). */
async function ownSession(app: TestApp): Promise<BrowserContext> {
  const context = await app.browser.newContext({ baseURL: app.baseUrl, viewport: tablet, locale: 'zh-TW', bypassCSP: true });
  const login = await context.request.post('/api/v1/auth/login', { data: { username: 'migrant-officer', password: demoPassword } });
  assert.equal(login.status(), 200, await login.text());
  return context;
}

async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
}

/** Opens the task list online (which keeps the officer's tasks for offline use), then the task's visit form. */
async function openTask(page: Page, taskId: string): Promise<void> {
  await page.goto('/staff/migrant-workers/tasks');
  await settle(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByTestId('field-offline-ready').waitFor();
  const keyFetched = page.waitForResponse((response) => response.url().includes('/api/v1/staff/migrant-field-keys') && response.status() === 200);
  await page.locator(`a[href="/staff/migrant-workers/tasks/${taskId}"]`).click();
  await page.waitForURL(new RegExp(`/staff/migrant-workers/tasks/${taskId}$`));
  await settle(page);
  await keyFetched;
}

/** A small real JPEG, drawn by the browser. */
async function jpegFrom(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 48;
    const context = canvas.getContext('2d');
    if (context) {
      context.fillStyle = '#0b4f71';
      context.fillRect(0, 0, 64, 48);
      context.fillStyle = '#f3f6f8';
      context.fillRect(8, 8, 24, 16);
    }
    return canvas.toDataURL('image/jpeg', 0.9);
  });
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

async function fillVisit(page: Page, place: string, photo?: Buffer): Promise<void> {
  await page.getByLabel(zh('migrant-workers.visit.visited_on'), { exact: true }).fill(today);
  await page.getByLabel(zh('migrant-workers.visit.place'), { exact: true }).fill(place);
  await page.getByLabel(zh('migrant-workers.visit.interpreter'), { exact: true }).selectOption('vi');
  if (photo) {
    await page.getByLabel(zh('migrant-workers.field.photos'), { exact: true }).setInputFiles({ name: 'dormitory.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByTestId('chosen-photos').waitFor();
  }
  await page.getByRole('button', { name: zh('migrant-workers.visit.submit') }).click();
  await page.getByText(zh('migrant-workers.field.saved_title')).waitFor();
}

const waiting = (page: Page, count: number) => page.locator(`[data-testid="field-sync-status"][data-waiting="${count}"]`).waitFor();

/** Hands the task to another migrant officer (made for the test) through the API, as a supervisor. */
async function reassign(app: TestApp, taskId: string, seed: number): Promise<void> {
  const admin = await newContext(app, { role: 'admin' });
  const csrf = await csrfOf(admin.request);
  const account = await admin.request.post('/api/v1/staff/accounts', {
    headers: { 'x-csrf-token': csrf },
    data: { username: `field-officer-${seed}`, displayName: `外勞訪查員 ${seed}`, password: 'Field-officer-2026!', roles: ['migrant-officer'], homeUnit: { kind: 'city', code: null } },
  });
  assert.equal(account.status(), 201, await account.text());
  const officerId = ((await account.json()) as { id: string }).id;
  const moved = await admin.request.post(`/api/v1/staff/visit-tasks/${taskId}/assignment`, { headers: { 'x-csrf-token': csrf }, data: { officerId } });
  assert.equal(moved.status(), 204, await moved.text());
  await admin.close();
}

const visitsOf = async (request: APIRequestContext, taskId: string) =>
  ((await (await request.get(`/api/v1/staff/visit-tasks/${taskId}/visits`)).json()) as { items: { id: string; place: string; photos: { id: string }[] }[] }).items;

describe('the migrant field app offline (外勞訪視離線作業)', () => {
  let app: TestApp;
  const seed = 1000 + (Date.now() % 9000) * 7;
  before(async () => {
    app = await useApp();
    if (shots) mkdirSync(shots, { recursive: true });
  });

  test('a visit with a photo recorded offline stays sealed through a reload and syncs once when the network returns', async () => {
    const context = await newContext(app, { role: 'migrant-officer', viewport: tablet, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const taskId = await arrival(context.request, seed);
    await openTask(page, taskId);
    const photo = await jpegFrom(page);

    await context.setOffline(true);
    await fillVisit(page, '北屯區工廠宿舍（離線）', photo);
    await waiting(page, 1);
    assert.deepEqual(await findAccessibilityViolations(page), []);
    if (shots) await page.screenshot({ path: `${shots}/migrant-field-saved-offline-tablet.png`, fullPage: true });
    // At rest the device holds ciphertext: the place typed in is nowhere in IndexedDB as text.
    const atRest = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('migrant-field');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('visits').objectStore('visits').getAll();
            all.onsuccess = () => {
              const rows = all.result as { sealed: ArrayBuffer; state: string }[];
              resolve(JSON.stringify(rows.map((row) => ({ state: row.state, text: new TextDecoder().decode(row.sealed) }))));
              open.result.close();
            };
          };
        }),
    );
    assert.match(atRest, /"state":"queued"/);
    assert.doesNotMatch(atRest, /北屯區工廠宿舍/);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: zh('migrant-workers.field.offline_title') }).waitFor();
    await waiting(page, 1);
    await page.getByRole('table').waitFor();
    assert.ok((await page.getByRole('table').locator('tbody tr').count()) >= 1, 'my tasks, from the device copy');
    assert.deepEqual(await findAccessibilityViolations(page), []);
    if (shots) await page.screenshot({ path: `${shots}/migrant-field-offline-start-tablet.png`, fullPage: true });
    assert.equal((await visitsOf(context.request, taskId)).length, 0, 'nothing reached the server yet');

    await context.setOffline(false);
    // The session comes back, the visit page opens again and the queue syncs.
    await page.getByRole('button', { name: zh('migrant-workers.field.show_records') }).waitFor();
    await waiting(page, 0);
    await page.getByText(zh('migrant-workers.field.all_synced')).first().waitFor();
    const stored = await visitsOf(context.request, taskId);
    assert.equal(stored.length, 1, 'stored exactly once');
    assert.equal(stored[0]?.place, '北屯區工廠宿舍（離線）');
    assert.equal(stored[0]?.photos.length, 1);

    // The officer sees the visit and its photo on the task (an audited view).
    await page.getByRole('button', { name: zh('migrant-workers.field.show_records') }).click();
    await page.getByTestId('visit-record').waitFor();
    const shown = page.locator('.field-photos img').first();
    // The photo loads lazily, once in view, and its element is there before its bytes (an audited fetch):
    // bring it into view and wait for the load to finish, then check it is the 64-pixel photo recorded
    // offline. CI once read it a moment too early (complete: false).
    await shown.scrollIntoViewIfNeeded();
    await shown.evaluate(
      (img: HTMLImageElement) =>
        new Promise<void>((settled) => {
          if (img.complete) return settled();
          img.addEventListener('load', () => settled(), { once: true });
          img.addEventListener('error', () => settled(), { once: true });
        }),
    );
    assert.equal(await shown.evaluate((img: HTMLImageElement) => img.naturalWidth), 64, 'the synced photo loads, 64 px wide');
    assert.deepEqual(await findAccessibilityViolations(page), []);
    if (shots) {
      await page.screenshot({ path: `${shots}/migrant-field-synced-tablet.png`, fullPage: true });
      for (const [name, size] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]] as const) {
        await page.setViewportSize(size);
        await page.screenshot({ path: `${shots}/migrant-field-synced-${name}.png`, fullPage: true });
        await page.goto('/staff/migrant-workers/tasks');
        await page.getByTestId('field-offline-ready').waitFor();
        await page.screenshot({ path: `${shots}/migrant-field-tasks-${name}.png`, fullPage: true });
        await page.goBack();
        await page.getByRole('button', { name: zh('migrant-workers.field.show_records') }).click();
        await page.locator('.field-photos img').first().waitFor();
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a task reassigned while the officer was offline is a conflict: the draft is kept, then sent against the task as it is now', async () => {
    const context = await ownSession(app);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const taskId = await arrival(context.request, seed + 1);
    await openTask(page, taskId);

    await context.setOffline(true);
    await fillVisit(page, '大里區農場');
    await reassign(app, taskId, seed + 1);
    await context.setOffline(false);
    const conflict = page.getByTestId('field-conflict');
    await conflict.waitFor();
    assert.match(await conflict.innerText(), new RegExp(zh('migrant-workers.field.send_anyway')));
    assert.match(await conflict.innerText(), /改派/);
    assert.equal((await visitsOf(context.request, taskId)).length, 0, 'nothing stored on a conflict');
    assert.deepEqual(await findAccessibilityViolations(page), []);
    if (shots) await page.screenshot({ path: `${shots}/migrant-field-conflict-tablet.png`, fullPage: true });

    // Kept on the device across a reload, until the officer decides.
    await page.reload();
    await settle(page);
    await page.getByTestId('field-conflict').waitFor();
    await page.getByRole('button', { name: zh('migrant-workers.field.send_anyway') }).click();
    await page.getByText(zh('migrant-workers.field.all_synced')).first().waitFor();
    assert.equal(await page.getByTestId('field-conflict').count(), 0);
    const stored = await visitsOf(context.request, taskId);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]?.place, '大里區農場');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('sign-out wipes the device copy: the sealed visits, the cached tasks and the keys', async () => {
    const context = await ownSession(app);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const taskId = await arrival(context.request, seed + 2);
    await openTask(page, taskId);
    await context.setOffline(true);
    await fillVisit(page, '沙鹿區家庭');
    await reassign(app, taskId, seed + 2);
    await context.setOffline(false);
    await page.getByTestId('field-conflict').waitFor();
    await page.getByRole('button', { name: zh('migrant-workers.field.keep') }).click();
    await page.getByText(zh('migrant-workers.field.kept_draft')).waitFor();
    const before = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((db) => db.name),
      fieldCache: await caches.has('field-v1'),
    }));
    assert.ok(before.databases.includes('migrant-field'));
    assert.equal(before.fieldCache, true);

    // Sign-out asks first, since a kept draft would be lost.
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await page.getByRole('button', { name: zh('staff-auth.logout') }).click();
    await page.waitForURL(/\/staff\/login/);
    assert.equal(asked, zh('migrant-workers.field.logout_confirm', { count: 1 }));
    const after = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((db) => db.name),
      fieldCache: await caches.has('field-v1'),
    }));
    assert.deepEqual(after, { databases: [], fieldCache: false });
    assert.equal((await context.request.get('/api/v1/staff/migrant-field-keys')).status(), 401, 'no key for an ended session');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
