/// <reference lib="dom" />
// Parts of this file run inside the browser page (page.evaluate), so they use the DOM types.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { calculatorPaths } from './public-paths.ts';

/** Every page of the app, each opened as a role that may see it (undefined: signed out). */
type PageVisit = { name: string; path: string; role?: string };

const publicPaths = [
  '/',
  '/settings',
  ...calculatorPaths,
  '/qa',
  '/news',
  '/violations',
  '/complaints',
  '/no-such-page',
];

async function firstAccountId(context: BrowserContext): Promise<string> {
  const body = (await (await context.request.get('/api/v1/staff/accounts')).json()) as { items: { id: string; username: string }[] };
  const account = body.items.find((item) => item.username === 'mediator');
  if (!account) throw new Error('the demo accounts are missing');
  return account.id;
}

async function firstPersonId(context: BrowserContext): Promise<string> {
  const me = (await (await context.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  const response = await context.request.post('/api/v1/staff/people/search', {
    data: { q: '', page: 1 },
    headers: { 'x-csrf-token': me.csrfToken },
  });
  const body = (await response.json()) as { items: { id: string }[] };
  const person = body.items[0];
  if (!person) throw new Error('the demo people are missing');
  return person.id;
}

/** Waits until the page has its heading and has finished loading its data. */
async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  let app: TestApp;
  let visits: PageVisit[];

  before(async () => {
    app = await useApp();
    const admin = await newContext(app, { role: 'admin' });
    const caseManager = await newContext(app, { role: 'case-manager' });
    const accountId = await firstAccountId(admin);
    const personId = await firstPersonId(caseManager);
    await admin.close();
    await caseManager.close();
    visits = [
      ...publicPaths.map((path) => ({ name: `public ${path}`, path })),
      { name: 'staff sign-in', path: '/staff/login' },
      { name: 'staff dashboard', path: '/staff', role: 'admin' },
      { name: 'accounts list', path: '/staff/accounts', role: 'admin' },
      { name: 'new account', path: '/staff/accounts/new', role: 'admin' },
      { name: 'edit account', path: `/staff/accounts/${accountId}`, role: 'admin' },
      { name: 'audit search', path: '/staff/audit', role: 'admin' },
      { name: 'staff page not found', path: '/staff/no-such-page', role: 'admin' },
      { name: 'people search', path: '/staff/people', role: 'case-manager' },
      { name: 'register a person', path: '/staff/people/new', role: 'case-manager' },
      { name: 'person record', path: `/staff/people/${personId}`, role: 'case-manager' },
      { name: 'employers', path: '/staff/employers', role: 'employment-officer' },
      { name: 'forbidden', path: '/staff/accounts', role: 'analyst' },
    ];
  });

  for (const [label, viewport] of [
    ['phone 390×844', phone],
    ['desktop 1280×800', desktop],
  ] as const) {
    test(`every page has no violations at ${label}, no horizontal scroll, and a page title`, async () => {
      const failures: string[] = [];
      const contexts = new Map<string, BrowserContext>();
      for (const visit of visits) {
        const key = visit.role ?? '';
        let context = contexts.get(key);
        if (!context) {
          context = await newContext(app, { viewport, bypassCSP: true, ...(visit.role ? { role: visit.role } : {}) });
          contexts.set(key, context);
        }
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(visit.path);
        await settle(page);
        const violations = await findAccessibilityViolations(page);
        if (violations.length) failures.push(`${visit.name} (${visit.path}):\n  ${violations.join('\n  ')}`);
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
        if (widths.scroll > widths.view) failures.push(`${visit.name}: scrolls sideways (${widths.scroll}px > ${widths.view}px)`);
        if ((await page.getByRole('heading', { level: 1 }).count()) !== 1) failures.push(`${visit.name}: not exactly one h1`);
        if (!(await page.title()).includes('|')) failures.push(`${visit.name}: no page-specific document title`);
        if (errors.length) failures.push(`${visit.name}: page errors ${errors.join('; ')}`);
        await page.close();
      }
      for (const context of contexts.values()) await context.close();
      assert.equal(failures.length, 0, `\n${failures.join('\n\n')}`);
    });
  }

  test('the narrowest phone (320 px) scrolls only inside tables', async () => {
    const context = await newContext(app, { viewport: { width: 320, height: 640 }, role: 'employment-officer' });
    const page = await context.newPage();
    for (const path of ['/', '/staff', '/staff/employers', '/settings']) {
      await page.goto(path);
      await settle(page);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scroll <= 320, `${path} is ${scroll}px wide`);
    }
    await context.close();
  });
});
