import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { findAccessibilityViolations } from './accessibility.ts';
import { desktop, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params: Record<string, string | number> = {}) => tr('zh-TW', key, params);
const officer = 'employment-officer-dali'; // the demo officer at the 大里 station

describe('employment services', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('a vacancy with 限男性 and an age limit is held with both terms highlighted, and published only with a reason; axe finds nothing', async () => {
    for (const viewport of [phone, desktop]) {
      const context = await newContext(app, { role: officer, viewport, bypassCSP: true });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto('/staff/vacancies/new');
      await page.getByRole('heading', { level: 1, name: zh('employment.new.title') }).waitFor();
      await page.getByLabel(zh('employment.fields.employer')).selectOption({ label: '太平紡織股份有限公司' });
      await page.getByLabel(zh('employment.fields.occupation')).selectOption('8193');
      await page.getByLabel(zh('employment.fields.title')).fill('包裝技術員');
      await page.getByLabel(zh('employment.fields.requirements')).fill('限男性，25歲以下');
      await page.getByLabel(zh('employment.fields.district')).selectOption({ label: '太平區' });
      await page.getByLabel(zh('employment.fields.wage_min')).fill('31000');
      await page.getByLabel(zh('employment.fields.expires_on')).fill('2099-12-31');
      await page.getByRole('button', { name: zh('employment.new.submit') }).click();

      await page.getByRole('heading', { level: 2, name: zh('employment.screening.title') }).waitFor();
      assert.equal(await page.getByText(zh('employment.status.held'), { exact: true }).count(), 1);
      const marked = await page.locator('dd mark.screening-hit').allTextContents();
      assert.deepEqual(marked, ['限男性', '25歲以下']);
      assert.equal(await page.locator('.screening-list li').count(), 2);
      assert.match((await page.locator('.screening-list').textContent()) ?? '', /就業服務法第5條第1項/);
      await page.screenshot({ path: `/tmp/employment-held-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);

      await page.getByRole('button', { name: zh('employment.screening.publish_over') }).click();
      await page.getByRole('alert').waitFor();
      await page.getByLabel(zh('employment.screening.reason_label')).fill('工作須搬運重物之說明已改寫前的測試');
      await page.getByRole('button', { name: zh('employment.screening.publish_over') }).click();
      await page.getByText(zh('employment.status.published'), { exact: true }).waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test('an officer at 大里 refers a job seeker; the employer answers through the card link; the hire counts for the station', async () => {
    const context = await newContext(app, { role: officer, viewport: desktop });
    const api = context.request;
    const me = (await (await api.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': me.csrfToken };
    const person = await api.post('/api/v1/staff/people', { headers, data: { idNumber: 'B123456780', name: '黃小萍', districtCode: '66000280' } });
    assert.equal(person.status(), 201, await person.text());
    const seeker = await api.post('/api/v1/staff/job-seekers', {
      headers,
      data: { personId: (await person.json()).id, desiredOccupations: ['8'], districtCodes: ['66000280'] },
    });
    assert.equal(seeker.status(), 201, await seeker.text());
    const seekerId = (await seeker.json()).id as string;
    const matches = (await (await api.get(`/api/v1/staff/job-seekers/${seekerId}/matches`)).json()) as { items: { vacancyId: string; score: number }[] };
    const best = matches.items[0];
    assert.ok(best && best.score > 0);
    const referral = await api.post('/api/v1/staff/referrals', { headers, data: { jobSeekerId: seekerId, vacancyId: best.vacancyId } });
    assert.equal(referral.status(), 201, await referral.text());
    const referralId = (await referral.json()).id as string;
    const card = (await (await api.post(`/api/v1/staff/referrals/${referralId}/card`, { headers })).json()) as { answerPath: string; qrSvg: string };
    assert.match(card.qrSvg, /^<svg/);

    // The employer: no account, only the link from the QR code.
    const employer = await app.browser.newContext({ baseURL: app.baseUrl });
    const token = card.answerPath.split('/').pop() as string;
    const answered = await employer.request.post(`/api/v1/referral-answers/${token}`, { data: { answer: 'interviewed' } });
    assert.equal(answered.status(), 200, await answered.text());
    assert.equal((await answered.json()).personName, '黃○萍');
    await employer.close();

    const hired = await api.post(`/api/v1/staff/referrals/${referralId}/outcome`, { headers, data: { outcome: 'hired', startDate: '2099-01-02', monthlyWage: 33_000 } });
    assert.equal(hired.status(), 200, await hired.text());
    const rate = await api.get('/api/v1/staff/employment/indicators/placement-rate?from=2000-01-01&to=2099-12-31&by=station');
    const dali = ((await rate.json()) as { rows: { key: string; placed: number }[] }).rows.find((row) => row.key === 'dali');
    assert.ok(dali && dali.placed >= 2, 'the demo hire and this one count for 大里');
    await context.close();
  });
});
