/// <reference lib="dom" />
// Parts of this file run inside the browser page (page.evaluate), so they use the DOM types.
// Issue 15 §3–§5, seen on a 390 px phone: the home page's urgent help, the calculators' error summary
// (every field at once, named and linked, focused), focus on the result after 計算, and severance rows.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findAccessibilityViolations } from './accessibility.ts';
import { goOffline, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';
import { CalculatorPage, HoursLogPage } from './pages/calculator-page.ts';
import { ComplaintFormPage } from './pages/complaint-pages.ts';
import { HomePage } from './pages/home-page.ts';

const shots = process.env.SCREENSHOT_DIR;

describe('the public app on a phone (issue 15)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('home: urgent help comes first, 1955 is a tel: link, and employer tools stand apart', async () => {
    const context = await newContext(app, { viewport: phone, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await HomePage.verifyOnPage(page);
    const headings = await page.locator('main h2').allInnerTexts();
    assert.equal(headings[0], tr('zh-TW', 'home.urgent.title'), headings.join(' | '));
    const call = page.getByRole('link', { name: tr('zh-TW', 'home.urgent.call') });
    assert.equal(await call.getAttribute('href'), 'tel:1955');
    const complaint = page.getByRole('link', { name: tr('zh-TW', 'home.urgent.complaint') });
    assert.equal(await complaint.getAttribute('href'), '/complaints');
    // On a phone the complaint link and the hotline are on the first screen.
    for (const link of [complaint, call]) {
      const box = await link.boundingBox();
      assert.ok(box && box.y + box.height <= phone.height, `${await link.innerText()} is above the fold`);
    }
    const employers = page.getByRole('region', { name: tr('zh-TW', 'home.groups.employers.title') });
    await employers.getByRole('link', { name: new RegExp(tr('zh-TW', 'home.services.disability-quota.title')) }).waitFor();
    const workers = page.getByRole('region', { name: tr('zh-TW', 'home.groups.workers.title') });
    assert.equal(await workers.getByRole('link', { name: new RegExp(tr('zh-TW', 'home.services.disability-quota.title')) }).count(), 0);
    assert.deepEqual(await findAccessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('first paint: with no JavaScript yet, / in Vietnamese already shows the bureau, urgent help and 1955 (issue 15 §7)', async () => {
    // The server renders the public layout and the home page's content into the HTML: what a phone on a
    // slow line paints before the code arrives. JavaScript off stands for "not arrived yet".
    const context = await app.browser.newContext({ baseURL: app.baseUrl, viewport: phone, locale: 'vi', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    await page.getByText('Cục Lao động thành phố Đài Trung').first().waitFor();
    await page.getByRole('heading', { level: 1, name: tr('vi', 'home.title') }).waitFor();
    assert.equal(await page.getByRole('link', { name: tr('vi', 'home.urgent.call') }).getAttribute('href'), 'tel:1955');
    assert.equal(await page.getByRole('link', { name: tr('vi', 'home.urgent.complaint') }).getAttribute('href'), '/complaints');
    // Another public page paints the layout and a loading line; the back office paints nothing of the public site.
    await page.goto('/qa');
    await page.getByRole('status').filter({ hasText: tr('vi', 'common.loading') }).waitFor();
    await page.getByText('Cục Lao động thành phố Đài Trung').first().waitFor();
    await page.goto('/staff');
    assert.equal(await page.locator('#root').innerHTML(), '');
    await context.close();
  });

  test('a page whose code cannot be fetched says so in Vietnamese inside the layout, with 1955, and reloads into the page', async () => {
    // React Router's own error page is an English developer message with no h1. The chunk of /qa is refused
    // (a dropped line on a phone); the app shows its own page; a reload with the line back opens /qa. Service workers are off so that every request of the page passes through page.route.
    const context = await app.browser.newContext({ baseURL: app.baseUrl, viewport: phone, locale: 'vi', bypassCSP: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    let refused = 0;
    let lineDown = true;
    await page.route(/\/assets\/qa-page-[^/]+\.js$/, (route) => {
      if (!lineDown) return route.continue();
      refused += 1;
      return route.abort('connectionreset');
    });
    await page.goto('/qa');
    await page.getByRole('heading', { level: 1, name: tr('vi', 'common.page_error.title') }).waitFor();
    assert.ok(refused > 0, 'the page chunk was asked for');
    assert.equal(await page.getByRole('link', { name: '1955' }).getAttribute('href'), 'tel:1955');
    // The layout stays: the bureau's name in Vietnamese is still on the page.
    await page.getByText('Cục Lao động thành phố Đài Trung').first().waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), []);
    if (shots) await page.screenshot({ path: `${shots}/page-error-vi-390.png`, fullPage: true });
    lineDown = false;
    await page.getByRole('button', { name: tr('vi', 'common.page_error.reload') }).click();
    await page.getByRole('heading', { level: 1, name: tr('vi', 'content.qa.title') }).waitFor();
    await context.close();
  });

  test('the back office whose code cannot be fetched shows the same page at 1366 px, in its own main landmark', async () => {
    const context = await app.browser.newContext({ baseURL: app.baseUrl, viewport: { width: 1366, height: 800 }, locale: 'zh-TW', bypassCSP: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route(/\/assets\/staff-app-[^/]+\.js$/, (route) => route.abort('connectionreset'));
    await page.goto('/staff');
    await page.getByRole('main').getByRole('heading', { level: 1, name: tr('zh-TW', 'common.page_error.title') }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), []);
    if (shots) await page.screenshot({ path: `${shots}/page-error-staff-zh-1366.png` });
    await context.close();
  });

  test('a Vietnamese page whose code and words each fail to arrive once still opens, whole and in Vietnamese', async () => {
    // Seen in CI: one translation chunk aborted, and the page stayed on its loading line for good. Every file
    // the page fetches after the HTML (its code, each namespace of words) is refused once; the app asks again.
    const context = await app.browser.newContext({ baseURL: app.baseUrl, viewport: phone, locale: 'vi', serviceWorkers: 'block' });
    const page = await context.newPage();
    const html = await (await context.request.get('/heat')).text();
    const refused = new Set<string>();
    await page.route(/\/assets\/[^/]+\.js$/, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (html.includes(path) || refused.has(path)) return route.continue();
      refused.add(path);
      return route.abort('connectionreset');
    });
    await page.goto('/heat');
    await page.getByRole('heading', { level: 1, name: tr('vi', 'heat.title') }).waitFor();
    assert.ok(refused.size > 3, `refused once: ${[...refused].join(', ')}`);
    assert.equal(await page.locator('[data-page-error]').count(), 0);
    await context.close();
  });

  test('calculator: an empty submit lists every field, named and linked, with focus on the summary', async () => {
    const context = await newContext(app, { viewport: phone });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const calculator = await CalculatorPage.open(page, 'severance', '/calculators/severance');
    await calculator.calculate.click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') === true);
    const items = await summary.getByRole('link').allInnerTexts();
    for (const key of ['calculators.common.average_monthly_wage', 'calculators.common.hire_date', 'calculators.severance.termination_date']) {
      assert.ok(items.some((text) => text.startsWith(tr('zh-TW', key))), `${key} in ${items.join(' | ')}`);
    }
    assert.equal(items.length, 3, items.join(' | '));
    // A link takes the worker to its field.
    await summary.getByRole('link').nth(1).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-hire');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('calculator: after 計算 focus is on the result heading, in view; a hire after 2005-07-01 has no old-system row', async () => {
    const context = await newContext(app, { viewport: phone });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const calculator = await CalculatorPage.open(page, 'severance', '/calculators/severance');
    await calculator.fill({
      'calculators.common.average_monthly_wage': '74947',
      'calculators.common.hire_date': '2018-07-03',
      'calculators.severance.termination_date': '2026-10-31',
    });
    await calculator.calculate.click();
    await calculator.steps().first().waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), tr('zh-TW', 'calculators.common.result'));
    const top = await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1);
    assert.ok(top > -2 && top < phone.height / 2, `the result heading is at the top of the screen (${top})`);
    assert.match(await calculator.figure('calculators.severance.amount').innerText(), /312,176/);
    assert.equal(await calculator.figure('calculators.severance.old_part').count(), 0, 'no old-system row of $0');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('complaint form in Vietnamese: the summary names and links each field, and takes focus', async () => {
    const context = await newContext(app, { viewport: phone, locale: 'vi' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const form = await ComplaintFormPage.open(page, 'vi');
    await page.getByRole('button', { name: tr('vi', 'complaints.form.submit') }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') === true);
    const links = await summary.getByRole('link').allInnerTexts();
    for (const key of ['complaints.form.employer_name', 'complaints.form.district', 'complaints.form.description']) {
      assert.ok(links.some((text) => text.startsWith(tr('vi', key))), `${key} named in ${links.join(' | ')}`);
    }
    await summary.getByRole('link', { name: new RegExp(`^${tr('vi', 'complaints.form.description')}`) }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'description');
    assert.equal(await form.field('description').getAttribute('aria-invalid'), 'true');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('complaint typed offline in Vietnamese at 390 px: kept on the device through a reload, sent on the worker\'s press when back online (§8)', async () => {
    const context = await newContext(app, { viewport: phone, locale: 'vi', bypassCSP: true });
    const page = await context.newPage();
    await page.goto('/complaints');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const form = await ComplaintFormPage.open(page, 'vi');
    const description = 'Chủ không trả lương tháng 11. Bản nháp ngoại tuyến.';
    await form.fill({ employerName: '臺中離線草稿有限公司', district: '北屯區 Beitun Dist.', law: 'laborStandardsAct', description });
    await context.setOffline(true);
    await page.getByRole('button', { name: tr('vi', 'complaints.form.submit') }).click();
    const offer = page.getByRole('region', { name: tr('vi', 'complaints.draft.offline_title') });
    await offer.getByRole('button', { name: tr('vi', 'complaints.draft.keep') }).click();
    const keptTitle = page.getByRole('heading', { level: 2, name: new RegExp(`^${tr('vi', 'complaints.draft.kept_title', { time: 'TIME' }).split('(TIME')[0]!.trim()}`) });
    await keptTitle.waitFor();
    // A reload with no network: the complaint comes back into the form, kept, and says it waits for the network.
    await page.reload();
    await keptTitle.waitFor();
    assert.equal(await form.field('description').inputValue(), description);
    assert.equal(await form.field('employer_name').inputValue(), '臺中離線草稿有限公司');
    await page.getByText(tr('vi', 'complaints.draft.offline_now')).waitFor();
    if (shots) await page.screenshot({ path: `${shots}/complaint-kept-vi-390.png` });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    // Back online: the page says so, and nothing is sent until the worker presses the button.
    await context.setOffline(false);
    await page.getByText(tr('vi', 'complaints.draft.online_again', { submit: tr('vi', 'complaints.form.submit') })).waitFor();
    const receipt = await form.submit();
    assert.match(receipt.trackingCode, /^TC-/);
    // Sent: the device no longer keeps it.
    await page.goto('/complaints');
    await ComplaintFormPage.open(page, 'vi');
    assert.equal(await form.field('description').inputValue(), '');
    assert.equal(await keptTitle.count(), 0);
    // Kept again and deleted by the worker: gone, and the form is empty.
    await form.fill({ employerName: '臺中刪除草稿有限公司', district: '北屯區 Beitun Dist.', law: 'laborStandardsAct', description: 'Xóa bản nháp.' });
    await context.setOffline(true);
    await page.getByRole('button', { name: tr('vi', 'complaints.form.submit') }).click();
    await offer.getByRole('button', { name: tr('vi', 'complaints.draft.keep') }).click();
    await page.getByRole('button', { name: tr('vi', 'complaints.draft.delete') }).click();
    await page.getByText(tr('vi', 'complaints.draft.deleted')).waitFor();
    assert.equal(await form.field('description').inputValue(), '');
    await page.reload();
    await ComplaintFormPage.open(page, 'vi').catch(() => undefined);
    assert.equal(await keptTitle.count(), 0);
    await context.setOffline(false);
    await context.close();
  });

  test('staff account creation at 1366 px: human messages, never the validator\'s text', async () => {
    const context = await newContext(app, { role: 'admin', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto('/staff/accounts/new');
    await page.getByRole('heading', { level: 1, name: tr('zh-TW', 'accounts.new.title') }).waitFor();
    await page.getByLabel(tr('zh-TW', 'accounts.fields.username'), { exact: true }).fill('ab');
    await page.getByRole('button', { name: tr('zh-TW', 'accounts.new.submit') }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') === true);
    const text = await summary.innerText();
    assert.ok(text.includes(`${tr('zh-TW', 'accounts.fields.username')}`), text);
    assert.ok(text.includes(tr('zh-TW', 'common.validation.too_short', { min: 3 })), text);
    assert.doesNotMatch(text, /預期|>=|string|\/\^/, 'no raw validator text');
    // No role chosen: "choose at least one", not "wrong format".
    assert.ok(text.includes(tr('zh-TW', 'common.form.error_item', { field: tr('zh-TW', 'accounts.fields.roles'), message: tr('zh-TW', 'common.validation.too_few', { min: 1 }) })), text);
    await page.getByLabel(tr('zh-TW', 'accounts.fields.username'), { exact: true }).fill('a b!');
    await page.getByRole('button', { name: tr('zh-TW', 'accounts.new.submit') }).click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') === true);
    assert.doesNotMatch(await summary.innerText(), /預期|>=|string|\/\^/, 'no regular expression either');
    await context.close();
  });

  test('hours log at 390 px: wide time boxes, days as cards that fit, and undo after 刪除', async () => {
    const context = await newContext(app, { viewport: phone, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const log = await HoursLogPage.open(page);
    const start = page.getByLabel(tr('zh-TW', 'calculators.overtime.start'), { exact: true });
    // "08:00 AM" and the picker need about 9 rem; three boxes in a row left each 110 px and hid the hour.
    assert.ok((await start.evaluate((input) => input.clientWidth)) >= 150, 'the start box is wide enough for its hour');
    // Two wrong fields: both in the summary, named and linked, and the summary has focus.
    await start.fill('');
    await page.getByLabel(tr('zh-TW', 'hours-log.form.break_minutes'), { exact: true }).fill('abc');
    await page.getByRole('button', { name: tr('zh-TW', 'hours-log.form.add'), exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') === true);
    const problems = await page.locator('.error-summary').getByRole('link').allInnerTexts();
    assert.equal(problems.length, 2, problems.join(' | '));
    assert.ok(problems[0]?.startsWith(tr('zh-TW', 'calculators.overtime.start')), problems.join(' | '));
    assert.ok(problems[1]?.startsWith(tr('zh-TW', 'hours-log.form.break_minutes')), problems.join(' | '));
    await log.addDay({ date: '2026-03-02', start: '08:00', end: '19:00', breakMinutes: '60', note: '主管要求加班' });
    const month = log.month(2026, 3);
    await month.waitFor();
    const card = month.locator('.log-day-card');
    await card.first().waitFor();
    assert.equal(await month.getByRole('table', { name: tr('zh-TW', 'hours-log.days_caption') }).count(), 0, 'no seven-column table on a phone');
    const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('main *')].map((element) => element.getBoundingClientRect().right)));
    assert.ok(widest <= 390, `nothing runs off the screen (${widest})`);
    assert.match(await card.first().innerText(), /08:00–19:00/);

    await month.getByRole('button', { name: tr('zh-TW', 'hours-log.remove_day', { date: '民國115年3月2日' }) }).click();
    const undo = page.getByRole('button', { name: tr('zh-TW', 'hours-log.undo_day', { date: '民國115年3月2日' }) });
    await undo.waitFor();
    // Focus moves to the undo button once it is drawn, a moment after it appears (CI once read the body first).
    const undoText = tr('zh-TW', 'hours-log.undo');
    await page
      .waitForFunction((text) => document.activeElement?.textContent === text, undoText, { timeout: 5_000 })
      .catch(async () => assert.fail(`focus on the way back, not on ${await page.evaluate(() => document.activeElement?.tagName)}`));
    await undo.click();
    await log.month(2026, 3).locator('.log-day-card').first().waitFor();
    assert.match(await log.month(2026, 3).locator('.log-day-card').first().innerText(), /主管要求加班/);
    assert.deepEqual(await findAccessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('heat page in Thai at 390 px: the districts fit the screen, and it says what a worker should do', async () => {
    const context = await newContext(app, { viewport: phone, locale: 'th', bypassCSP: true });
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('lang', 'th'));
    const errors = watchErrors(page);
    await page.goto('/heat');
    await page.getByRole('heading', { level: 1, name: tr('th', 'heat.title') }).waitFor();
    const overview = page.getByRole('list', { name: tr('th', 'heat.overview.caption') });
    await overview.locator('.heat-level').first().waitFor();
    // The 683 px table clipped the level badges; every badge is now whole, inside the 390 px screen.
    const rights = await overview.locator('.heat-level').evaluateAll((badges) => badges.map((badge) => badge.getBoundingClientRect().right));
    assert.ok(rights.length > 0 && rights.every((right) => right <= 390 - 16), rights.join(', '));
    const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('main *')].map((element) => element.getBoundingClientRect().right)));
    assert.ok(widest <= 390, `nothing runs off the screen (${widest})`);
    const worker = page.getByRole('region', { name: tr('th', 'heat.worker.title') });
    await worker.getByText(tr('th', 'heat.worker.water')).waitFor();
    assert.equal(await worker.getByRole('link', { name: tr('th', 'heat.worker.complain') }).getAttribute('href'), '/complaints');
    assert.equal(await worker.getByRole('link', { name: tr('th', 'home.urgent.call') }).getAttribute('href'), 'tel:1955');
    assert.deepEqual(await findAccessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('violations search at 390 px: a compact form whose filters fold away, so "no results" is in sight', async () => {
    const context = await newContext(app, { viewport: phone, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/violations');
    await page.getByRole('heading', { level: 1, name: tr('zh-TW', 'violations.title') }).waitFor();
    const law = page.getByLabel(tr('zh-TW', 'violations.fields.law'), { exact: true });
    assert.equal(await law.isVisible(), false, 'the law filter is folded away');
    await page.getByRole('searchbox', { name: tr('zh-TW', 'violations.filters.name') }).fill('查無此公司測試');
    await page.getByRole('button', { name: tr('zh-TW', 'violations.filters.submit') }).click();
    const none = page.getByRole('status').filter({ hasText: tr('zh-TW', 'violations.empty') });
    await none.waitFor();
    const box = await none.boundingBox();
    assert.ok(box && box.y + box.height <= phone.height, `"no results" is on the first screen (${box?.y})`);
    const formHeight = await page.getByRole('search').evaluate((form) => form.getBoundingClientRect().height);
    assert.ok(formHeight < 300, `the form is compact (${formHeight} px)`);
    // Unfolded, the filters are there; a filter in use keeps them open, and the fold says how many are set.
    await page.getByText(tr('zh-TW', 'violations.filters.more')).click();
    await law.selectOption({ label: tr('zh-TW', 'violations.laws.laborStandardsAct') });
    await page.getByRole('button', { name: tr('zh-TW', 'violations.filters.submit') }).click();
    await page.reload();
    await page.getByText(tr('zh-TW', 'violations.filters.more_active', { count: 1 })).waitFor();
    assert.equal(await law.isVisible(), true);
    assert.deepEqual(await findAccessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('violations search at 390 px: 台中 finds the city\'s records, a download is named after the search and the day, and the UBN shows and finds (§6)', async () => {
    const context = await newContext(app, { viewport: phone, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/violations');
    await page.getByRole('heading', { level: 1, name: tr('zh-TW', 'violations.title') }).waitFor();
    const all = (await (await context.request.get('/api/v1/violations')).json()) as { total: number };
    assert.ok(all.total > 0, 'the demo data has records');
    await page.getByRole('searchbox', { name: tr('zh-TW', 'violations.filters.name') }).fill('台中');
    await page.getByRole('button', { name: tr('zh-TW', 'violations.filters.submit') }).click();
    // Every demo record is the city's (臺中市): 台中, written the everyday way, finds them all.
    await page.waitForFunction((count) => document.querySelectorAll('.violation-list > li').length === Math.min(count, 20), all.total);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: tr('zh-TW', 'violations.download_csv') }).click();
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei' }).format(new Date());
    assert.equal((await download).suggestedFilename(), `violations-臺中-${day}.csv`);
    // A record linked to the employers register shows its 統一編號, and the number finds it.
    const linked = ((await (await context.request.get('/api/v1/violations')).json()) as { items: { ubn: string | null; companyName: string }[] }).items.find((item) => item.ubn);
    assert.ok(linked?.ubn, 'the demo data links a record to a registered employer');
    await page.getByRole('searchbox', { name: tr('zh-TW', 'violations.filters.name') }).fill(linked.ubn);
    await page.getByRole('button', { name: tr('zh-TW', 'violations.filters.submit') }).click();
    await page.waitForFunction(() => document.querySelectorAll('.violation-list > li').length === 1);
    const card = page.locator('.violation-list > li').first();
    await card.getByRole('heading', { name: linked.companyName }).waitFor();
    assert.match(await card.innerText(), new RegExp(`${tr('zh-TW', 'violations.fields.ubn')}\\s+${linked.ubn}`));
    if (shots) await page.screenshot({ path: `${shots}/violations-ubn-390.png`, fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('offline reading at 390 px: a Q&A answer, the heat page and a violations employer page read once online open again offline (§8)', async () => {
    const context = await newContext(app, { viewport: phone });
    const page = await context.newPage();
    const qa = ((await (await context.request.get('/api/v1/qa?lang=zh-TW')).json()) as { items: { id: string; question: string }[] }).items[0];
    const record = ((await (await context.request.get('/api/v1/violations')).json()) as { items: { employerKey: string; companyName: string }[] }).items[0];
    assert.ok(qa && record, 'the demo data has a Q&A item and a violation record');
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Read once online, through the service worker.
    const pages = [
      { path: `/qa/${qa.id}`, shows: page.getByRole('heading', { level: 1, name: qa.question }) },
      { path: '/heat?district=66000060', shows: page.locator('#heat-now') },
      { path: `/violations/employers/${encodeURIComponent(record.employerKey)}`, shows: page.getByRole('heading', { level: 1, name: record.companyName }) },
    ];
    for (const { path, shows } of pages) {
      await page.goto(path);
      await shows.first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    await goOffline(context, page);
    for (const { path, shows } of pages) {
      await page.goto(path);
      await shows.first().waitFor();
    }
    // The heat page says when its last known reading was taken.
    await page.goto('/heat?district=66000060');
    await page.locator('#heat-now').waitFor();
    assert.match(await page.locator('.heat-report').innerText(), /民國\d+年\d+月\d+日|\d{1,2}:\d{2}/);
    await context.setOffline(false);
    await context.close();
  });

  test('one way to write dates and money: 民國 dates typed and shown, whole dollars with the exact figure on request', async () => {
    const context = await newContext(app, { viewport: phone });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // The official severance case typed with 民國 dates (107/07/03 is 2018-07-03; 115/10/31 is 2026-10-31).
    const severance = await CalculatorPage.open(page, 'severance', '/calculators/severance');
    await severance.fill({
      'calculators.common.average_monthly_wage': '74947',
      'calculators.common.hire_date': '107/07/03',
      'calculators.severance.termination_date': '115/10/31',
    });
    await severance.calculate.click();
    await severance.steps().first().waitFor();
    assert.match(await severance.figure('calculators.severance.amount').innerText(), /312,176/);
    assert.equal(new URL(page.url()).searchParams.get('end'), '2026-10-31', 'the link carries the calendar day');

    // 37,000 ÷ 30 ÷ 8 = 154.17 (the rule keeps cents): the steps say 154 元, and 民國 dates, as the figures do.
    await page.goto('/calculators/overtime-pay?basis=monthly&wage=37000&days=2026-03-02,workday,10');
    const overtime = new CalculatorPage(page, 'zh-TW');
    await overtime.steps().first().waitFor();
    const steps = (await overtime.steps().allInnerTexts()).join('\n');
    assert.match(steps, /37,000 元/);
    assert.match(steps, /154 元/);
    assert.doesNotMatch(steps, /154\.17|\d\.\d{3,}\s?元/, 'no fractions of a dollar by default');
    assert.match(steps, /民國115年3月2日/);
    // The headline figure too: whole dollars, the cents beside it.
    assert.match(await overtime.figure('calculators.overtime.hourly_rate').innerText(), /^\$154\s*\(.*154\.17\)$/);
    assert.doesNotMatch(steps, /2026-03-02/);
    await page.getByLabel(tr('zh-TW', 'calculators.common.show_exact')).check();
    assert.match((await overtime.steps().allInnerTexts()).join('\n'), /154\.17 元/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('staff tables at 1366 px write every date one way: 民國115年12月1日, with the time where there is one', async () => {
    const publicContext = await newContext(app, { viewport: phone });
    const form = await ComplaintFormPage.open(await publicContext.newPage());
    await form.fill({ employerName: '臺中日期測試有限公司', district: '北屯區', law: 'laborStandardsAct', description: '日期格式測試：加班費沒有給。' });
    const receipt = await form.submit();
    await publicContext.close();

    const context = await newContext(app, { role: 'admin', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto('/staff/complaints');
    const row = page.getByRole('row').filter({ hasText: receipt.trackingCode });
    await row.waitFor();
    const cells = await row.getByRole('cell').allInnerTexts();
    // Every date-looking token of the row (the deadlines share a cell with their names); the tracking code
    // (TC-9412E9FZ) is not one, though it has four digits.
    const text = cells.filter((cell) => cell !== receipt.trackingCode).join(' \n ');
    const dates = text.match(/民國\S*|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,3}\/\d{1,2}\/\d{1,2}/g) ?? [];
    assert.ok(dates.length >= 3, cells.join(' | '));
    // Received (an instant) and the two deadlines (days): the same long form, never 民國115/12/1.
    for (const date of dates) assert.match(date, /^民國\d{2,3}年\d{1,2}月\d{1,2}日$/, date);
    await context.close();
  });
});
