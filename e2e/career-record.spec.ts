import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findAccessibilityViolations } from './accessibility.ts';
import { demoPassword, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params: Record<string, string | number> = {}) => tr('zh-TW', key, params);
const wide = { width: 1366, height: 900 } as const;

describe('career record (勞工職涯工作卡)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('a worker shares their 工作卡 and revokes the link, after which it answers 404; axe finds nothing', async () => {
    for (const viewport of [phone, wide]) {
      const context = await newContext(app, { viewport, bypassCSP: true });
      const signedIn = await context.request.post('/api/v1/account/sign-in', { data: { email: 'worker@example.tw', password: demoPassword } });
      assert.equal(signedIn.status(), 200, await signedIn.text());
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto('/me/career-record');
      await page.getByRole('heading', { level: 1, name: zh('career.page.title') }).waitFor();
      await page.getByRole('table', { name: zh('career.page.entries_caption') }).waitFor();
      await page.getByText('技術士 堆高機操作').first().waitFor();
      assert.deepEqual(await findAccessibilityViolations(page), []);

      await page.getByLabel(zh('career.share.days'), { exact: true }).selectOption('7');
      await page.getByRole('button', { name: zh('career.share.create') }).click();
      const link = page.getByLabel(zh('career.share.link'), { exact: true });
      await link.waitFor();
      const url = await link.inputValue();
      const token = /#token=([\w-]+)/.exec(url)?.[1] ?? '';
      assert.ok(token.length > 20, url);
      await page.screenshot({ path: `/tmp/career-record-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);

      // The employer opens the link: no account, the token in the fragment.
      const employer = await newContext(app, { viewport, bypassCSP: true });
      const card = await employer.newPage();
      await card.goto(`/career-card#token=${token}`);
      await card.getByRole('heading', { level: 2, name: zh('career.card.holder', { name: '陳志明' }) }).waitFor();
      await card.getByText('堆高機作業員').first().waitFor();
      await card.screenshot({ path: `/tmp/career-card-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(card), []);

      // The worker sees the opening, and revokes the link.
      await page.reload();
      const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: zh('career.share.revoke') }) }).first();
      await row.waitFor();
      assert.doesNotMatch((await row.innerText()) ?? '', new RegExp(zh('career.share.never')));
      await row.getByRole('button', { name: zh('career.share.revoke') }).click();
      await page.getByText(zh('career.share.revoked'), { exact: true }).first().waitFor();

      const gone = await employer.request.post('/api/v1/career-cards/open', { data: { token } });
      assert.equal(gone.status(), 404);
      await card.reload();
      await card.getByText(zh('career.card.gone')).waitFor();
      assert.deepEqual(await findAccessibilityViolations(card), []);
      assert.deepEqual(errors, []);
      await employer.close();
      await context.close();
    }
  });

  test('an officer verifies an entry a worker added; axe finds nothing', async () => {
    for (const viewport of [wide, phone]) {
      const context = await newContext(app, { role: 'employment-officer-dali', viewport, bypassCSP: true });
      const page = await context.newPage();
      await page.goto('/staff/career-entries');
      await page.getByRole('heading', { level: 1, name: zh('career.verify.title') }).waitFor();
      await page.getByRole('table').waitFor();
      await page.screenshot({ path: `/tmp/career-verify-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);
      if (viewport === wide) {
        const confirm = page.getByRole('button', { name: zh('career.verify.verified', { title: '物流倉儲管理班' }) });
        await confirm.click();
        await confirm.waitFor({ state: 'detached' });
      }
      await context.close();
    }
  });

  test('the worker adds a 技術士 certificate and invites an employer, who evaluates once through the link', async () => {
    const context = await newContext(app, { viewport: wide, bypassCSP: true });
    await context.request.post('/api/v1/account/sign-in', { data: { email: 'worker@example.tw', password: demoPassword } });
    const page = await context.newPage();
    await page.goto('/me/career-record');
    await page.getByRole('heading', { level: 2, name: zh('career.add.title') }).waitFor();
    await page.getByLabel(zh('career.fields.kind'), { exact: true }).selectOption('certificate');
    await page.getByLabel(zh('career.add.entry_title'), { exact: true }).fill('技術士 電腦軟體應用');
    await page.getByLabel(zh('career.add.level'), { exact: true }).selectOption('乙');
    await page.getByLabel(zh('career.add.number'), { exact: true }).fill('112-098765');
    await page.getByLabel(zh('career.add.started_on'), { exact: true }).fill('2023-08-01');
    await page.getByRole('button', { name: zh('career.add.submit'), exact: true }).click();
    await page.getByText('技術士 電腦軟體應用').first().waitFor();

    await page.getByLabel(zh('career.invite.employer'), { exact: true }).fill('北屯連鎖超市股份有限公司');
    await page.getByRole('button', { name: zh('career.invite.submit') }).click();
    const url = await page.getByLabel(zh('career.invite.link'), { exact: true }).inputValue();
    const token = /#token=([\w-]+)/.exec(url)?.[1] ?? '';
    assert.deepEqual(await findAccessibilityViolations(page), []);

    const employer = await newContext(app, { viewport: phone, bypassCSP: true });
    const form = await employer.newPage();
    await form.goto(`/career-evaluation#token=${token}`);
    await form.getByRole('heading', { level: 1, name: zh('career.evaluation.title') }).waitFor();
    assert.deepEqual(await findAccessibilityViolations(form), []);
    await form.getByLabel(zh('career.evaluation.rating'), { exact: true }).selectOption('4');
    await form.getByLabel(zh('career.evaluation.text'), { exact: true }).fill('工作認真，顧客回饋良好。');
    await form.getByRole('button', { name: zh('career.evaluation.submit') }).click();
    await form.getByText(zh('career.evaluation.done')).waitFor();
    const again = await employer.request.post('/api/v1/career-evaluations', { data: { token, rating: 1 } });
    assert.equal(again.status(), 404, 'the link works once');

    await page.reload();
    await page.getByText('工作認真，顧客回饋良好。').waitFor();
    await employer.close();
    await context.close();
  });
});
