import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findAccessibilityViolations } from './accessibility.ts';
import { demoPassword, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params?: Record<string, string | number>) => tr('zh-TW', key, params);
const staffViewport = { width: 1366, height: 768 } as const;

describe('vocational training (ADR 0041): classes, selection, the trainees to place, and a job seeker applying online', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('at 1366 px a programs officer selects an applicant of the open class, and the station sees its completed trainee; axe finds nothing', async () => {
    const officer = await newContext(app, { role: 'programs-officer', viewport: staffViewport, bypassCSP: true });
    const page = await officer.newPage();
    const errors = watchErrors(page);
    await page.goto('/staff/programs/training');
    await page.getByRole('heading', { level: 1, name: zh('training.title') }).waitFor();
    await page.getByRole('link', { name: '中餐烹調技術班（示範）' }).waitFor();
    await page.getByRole('heading', { level: 2, name: zh('training.add.title') }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'classes and the add form');
    await page.getByRole('link', { name: '中餐烹調技術班（示範）' }).click();
    await page.getByRole('table').waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'class');
    const first = page.getByRole('button', { name: /^處理 / }).first();
    await first.click();
    await page.getByLabel(zh('training.class.step'), { exact: true }).selectOption('selected');
    await page.getByRole('button', { name: zh('training.class.move_submit') }).click();
    await page.getByText(zh('training.class.moved'), { exact: true }).waitFor();
    await page.getByRole('cell', { name: zh('training.statuses.selected'), exact: true }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'class after a selection');
    assert.deepEqual(errors, []);
    await officer.close();

    // The 大甲 station's officer: the trainee who completed the demo class, to place.
    const station = await newContext(app, { role: 'employment-officer', viewport: staffViewport, bypassCSP: true });
    const prompts = await station.newPage();
    await prompts.goto('/staff/programs/training/placement-prompts');
    await prompts.getByRole('heading', { level: 1, name: zh('training.prompts.title') }).waitFor();
    await prompts.getByRole('cell', { name: /電腦輔助機械製圖班（示範）/ }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(prompts), [], 'trainees to place');
    await station.close();
  });

  test('on a 390 px phone the demo citizen, a registered job seeker, applies for the open class; axe finds nothing', async () => {
    const citizen = await newContext(app, { viewport: phone, bypassCSP: true });
    const signedIn = await citizen.request.post('/api/v1/account/sign-in', { data: { email: 'citizen@demo.example.tw', password: demoPassword } });
    assert.equal(signedIn.status(), 200, await signedIn.text());
    const page = await citizen.newPage();
    const errors = watchErrors(page);
    await page.goto('/training');
    await page.getByRole('heading', { level: 1, name: zh('training.public.title') }).waitFor();
    const apply = page.getByRole('button', { name: zh('training.public.apply', { title: '中餐烹調技術班（示範）' }) });
    await apply.waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'open classes');
    await apply.click();
    await page.getByText(zh('training.public.applied', { title: '中餐烹調技術班（示範）' })).waitFor();
    await page.getByRole('heading', { level: 2, name: zh('training.public.mine_title') }).waitFor();
    await page.getByText(/VT-DEMO-02 中餐烹調技術班（示範）：已報名/).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), [], 'after applying');
    assert.deepEqual(errors, []);
    await citizen.close();
  });
});
