import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findAccessibilityViolations } from './accessibility.ts';
import { demoPassword, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params: Record<string, string | number> = {}) => tr('zh-TW', key, params);
const wide = { width: 1366, height: 900 } as const;
const officer = 'safety-officer';

/** The first day of the month `offset` months from this month in Taichung, and its last day. */
function month(offset: number) {
  const today = new Date(Date.now() + 8 * 3_600_000);
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset + 1, 0));
  return { month: first.toISOString().slice(0, 7), first: first.toISOString().slice(0, 10), last: last.toISOString().slice(0, 10) };
}

describe('occupational safety (無災害工程認證, 臨場輔導, 宣導訓練)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('every new page reads well on a phone and a wide screen; axe finds nothing', async () => {
    for (const viewport of [phone, wide]) {
      const context = await newContext(app, { viewport, bypassCSP: true });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto('/zero-disaster');
      await page.getByRole('heading', { level: 1, name: zh('zero-disaster.title') }).waitFor();
      await page.getByRole('heading', { level: 3, name: '臺中市立圖書館沙鹿分館新建工程' }).waitFor();
      await page.screenshot({ path: `/tmp/safety-public-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);
      assert.deepEqual(errors, []);
      await context.close();

      const staff = await newContext(app, { role: officer, viewport, bypassCSP: true });
      const desk = await staff.newPage();
      const deskErrors = watchErrors(desk);
      const check = async (path: string, heading: string, name: string) => {
        await desk.goto(path);
        await desk.getByRole('heading', { level: 1, name: heading }).waitFor();
        await desk.waitForLoadState('networkidle');
        await desk.screenshot({ path: `/tmp/safety-${name}-${viewport.width}.png`, fullPage: true });
        assert.deepEqual(await findAccessibilityViolations(desk), [], `${path} at ${viewport.width}`);
      };
      await check('/staff/safety', zh('safety.home.title'), 'home');
      await desk.getByRole('heading', { level: 2, name: zh('safety.home.city_title') }).waitFor();
      await check('/staff/safety/projects', zh('safety.projects.title'), 'projects');
      await desk.getByRole('link', { name: '臺中市立圖書館沙鹿分館新建工程' }).click();
      await desk.getByRole('heading', { level: 2, name: zh('safety.rule.title') }).waitFor();
      await desk.getByRole('link', { name: zh('safety.certificate.download') }).waitFor();
      assert.deepEqual(await findAccessibilityViolations(desk), []);
      await desk.screenshot({ path: `/tmp/safety-project-${viewport.width}.png`, fullPage: true });
      await check('/staff/safety/projects/new', zh('safety.projects.new_title'), 'project-new');
      await check('/staff/safety/guidance', zh('safety.guidance.title'), 'guidance');
      await desk.getByRole('link', { name: '大里精密鑄造有限公司' }).click();
      await desk.getByRole('heading', { level: 2, name: zh('safety.visit.title') }).waitFor();
      assert.deepEqual(await findAccessibilityViolations(desk), []);
      await desk.screenshot({ path: `/tmp/safety-guidance-detail-${viewport.width}.png`, fullPage: true });
      await check('/staff/safety/guidance/new', zh('safety.guidance.new_title'), 'guidance-new');
      await check('/staff/safety/improvements/overdue', zh('safety.overdue.title'), 'overdue');
      await desk.getByRole('cell', { name: '設置隔熱屏障並提供防護具' }).waitFor();
      await check('/staff/safety/experts', zh('safety.experts.title'), 'experts');
      await check('/staff/safety/events', zh('safety.events.title'), 'events');
      await desk.getByRole('link', { name: '營造工地職災案例宣導會' }).click();
      await desk.getByRole('table', { name: zh('safety.events.registrations_caption') }).waitFor();
      assert.deepEqual(await findAccessibilityViolations(desk), []);
      await check('/staff/safety/events/new', zh('safety.events.new_title'), 'event-new');
      assert.deepEqual(deskErrors, []);
      await staff.close();
    }
  });

  test('a staff member registers a construction project, logs three months, ends it, it is certified, and it appears in the public search on a phone', async () => {
    const name = '瀏覽器測試：臺中市西屯區市政路新建工程';
    const [m1, m2, m3] = [month(-3), month(-2), month(-1)];
    const staff = await newContext(app, { role: officer, viewport: wide, bypassCSP: true });
    const desk = await staff.newPage();
    const errors = watchErrors(desk);
    await desk.goto('/staff/safety/projects/new');
    const field = (key: string) => desk.getByLabel(zh(key), { exact: true });
    await field('safety.fields.name').fill(name);
    await field('safety.fields.owner_name').fill('臺中市政府建設局');
    await field('safety.fields.contractor_ubn').fill('22099131');
    await field('safety.fields.contractor_name').fill('西屯營造股份有限公司');
    await field('safety.fields.district').selectOption({ label: '西屯區' });
    await field('safety.fields.site_address').fill('市政路 100 號');
    await field('safety.fields.contract_value').fill('45,000,000');
    await field('safety.fields.starts_on').fill(m1.first);
    await field('safety.fields.planned_end_on').fill(m3.last);
    await desk.getByRole('button', { name: zh('safety.projects.register') }).click();
    await desk.getByRole('heading', { level: 1, name }).waitFor();

    const logForm = desk.getByRole('region', { name: zh('safety.log.title') });
    const logField = (key: string) => logForm.getByLabel(zh(key), { exact: true });
    for (const [index, m] of [m1, m2, m3].entries()) {
      await logField('safety.fields.month').fill(m.month);
      await logField('safety.fields.work_hours').fill(String(8_000 + index * 500));
      await logField('safety.fields.headcount').fill('40');
      if (index === 1) {
        // A minor injury: one worker off work for a day, no hospital stay. Not a major accident.
        await logField('safety.fields.incident_kind').selectOption('struck-by');
        await logField('safety.fields.occurred_on').fill(`${m.month}-10`);
        await logField('safety.fields.disabled_victims').fill('1');
      }
      await desk.getByRole('button', { name: zh('safety.log.submit') }).click();
      await desk.getByRole('table', { name: zh('safety.log.caption') }).getByRole('cell', { name: m.month, exact: true }).waitFor();
    }
    // A second log of a month already logged is refused, and says why.
    await logField('safety.fields.month').fill(m2.month);
    await logField('safety.fields.work_hours').fill('1');
    await logField('safety.fields.headcount').fill('1');
    await desk.getByRole('button', { name: zh('safety.log.submit') }).click();
    await desk.getByText(/已經登錄過了/).waitFor();
    // The correction is an amendment: the earlier version is kept, the reason shown.
    await desk.getByRole('button', { name: zh('safety.amend.title'), exact: true }).click();
    const amend = desk.getByRole('region', { name: zh('safety.amend.title') });
    await amend.getByLabel(zh('safety.fields.month'), { exact: true }).selectOption(m2.month);
    await amend.getByLabel(zh('safety.fields.work_hours'), { exact: true }).fill('8600');
    await amend.getByLabel(zh('safety.fields.headcount'), { exact: true }).fill('42');
    await amend.getByLabel(zh('safety.amend.reason'), { exact: true }).fill('補登分包商工時');
    assert.deepEqual(await findAccessibilityViolations(desk), []);
    await amend.getByRole('button', { name: zh('safety.amend.submit'), exact: true }).click();
    await desk.getByRole('cell', { name: zh('safety.log.amended', { version: 2, reason: '補登分包商工時' }) }).waitFor();

    await field('safety.fields.ended_on').fill(m3.last);
    await desk.getByRole('button', { name: zh('safety.end.submit') }).click();
    await desk.getByText(zh('safety.rule.certifiable')).waitFor();
    await desk.getByRole('button', { name: zh('safety.review.submit') }).click();
    await desk.getByRole('link', { name: zh('safety.certificate.download') }).waitFor();
    await desk.getByText(zh('safety.status.certified'), { exact: true }).first().waitFor();
    assert.deepEqual(await findAccessibilityViolations(desk), []);
    await desk.screenshot({ path: '/tmp/safety-certified-1366.png', fullPage: true });
    const pdf = await staff.request.get(await desk.getByRole('link', { name: zh('safety.certificate.download') }).getAttribute('href') ?? '');
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.deepEqual(errors, []);
    await staff.close();

    const citizen = await newContext(app, { viewport: phone, bypassCSP: true });
    const page = await citizen.newPage();
    const phoneErrors = watchErrors(page);
    await page.goto('/zero-disaster');
    // 台 and 臺 alike: the name has 臺, the search is typed with 台.
    await page.getByLabel(zh('zero-disaster.fields.q'), { exact: true }).fill('台中市 市政路');
    await page.getByLabel(zh('zero-disaster.fields.status'), { exact: true }).selectOption('true');
    await page.getByRole('button', { name: zh('zero-disaster.search'), exact: true }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) });
    await card.waitFor();
    await card.getByText(zh('zero-disaster.certified'), { exact: true }).waitFor();
    await page.screenshot({ path: '/tmp/safety-public-found-390.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    const open = await (await citizen.request.get('/api/v1/zero-disaster-projects.json')).json() as { name: string }[];
    assert.ok(open.some((p) => p.name === name), 'the certified project is in the open data');
    assert.deepEqual(phoneErrors, []);
    await citizen.close();
  });

  test('the contractor\'s own account registers a project and logs a month on a phone; axe finds nothing at 390 and 1366', async () => {
    for (const viewport of [phone, wide]) {
      const employer = await newContext(app, { viewport, bypassCSP: true });
      const signedIn = await employer.request.post('/api/v1/account/sign-in', { data: { email: 'employer@demo.example.tw', password: demoPassword } });
      assert.equal(signedIn.status(), 200, await signedIn.text());
      const page = await employer.newPage();
      const errors = watchErrors(page);
      await page.goto('/account/employer/zero-disaster');
      await page.getByRole('heading', { level: 1, name: zh('zero-disaster.own.title') }).waitFor();
      await page.getByRole('heading', { level: 2, name: zh('zero-disaster.own.register') }).waitFor();
      assert.deepEqual(await findAccessibilityViolations(page), []);
      if (viewport === phone) {
        const name = '大里區仁化路廠房擴建工程';
        const field = (key: string) => page.getByLabel(zh(key), { exact: true });
        await field('safety.fields.name').fill(name);
        await field('safety.fields.owner_name').fill('大里精密鑄造有限公司');
        await field('safety.fields.district').selectOption({ label: '大里區' });
        await field('safety.fields.site_address').fill('仁化路 57 號');
        await field('safety.fields.contract_value').fill('12000000');
        await field('safety.fields.starts_on').fill(month(-1).first);
        await field('safety.fields.planned_end_on').fill(month(3).last);
        await page.getByRole('button', { name: zh('safety.projects.register') }).click();
        await page.getByRole('heading', { level: 3, name }).waitFor();
        await page.getByLabel(zh('zero-disaster.own.project'), { exact: true }).selectOption({ label: name });
        await field('safety.fields.month').fill(month(-1).month);
        await field('safety.fields.work_hours').fill('3200');
        await field('safety.fields.headcount').fill('16');
        assert.equal(await page.getByLabel(zh('safety.fields.is_designated'), { exact: true }).count(), 0, 'only staff classify designated accidents');
        await page.getByRole('button', { name: zh('safety.log.submit') }).click();
        await page.locator('.zd-card', { hasText: name }).locator('dd', { hasText: /^1$/ }).waitFor();
        assert.deepEqual(await findAccessibilityViolations(page), []);
      }
      await page.screenshot({ path: `/tmp/safety-own-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(errors, []);
      await employer.close();
    }
  });
});
