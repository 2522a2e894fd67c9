import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { waitFor } from '../test/smtp-test-server.ts';
import { findAccessibilityViolations } from './accessibility.ts';
import { demoPassword, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params: Record<string, string | number> = {}) => tr('zh-TW', key, params);
const seeker = { email: 'e2e.seeker@example.tw', password: 'Morning market in Dali 2026', name: '吳佩珊', idNumber: 'L223456780' };

describe('job seekers online (issue 8)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('on a phone, a job seeker signs up, verifies the e-mail from the mail, builds a profile, finds a vacancy and applies; axe finds nothing', async () => {
    const context = await newContext(app, { viewport: phone, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const axe = async (name: string) => {
      await page.screenshot({ path: `/tmp/job-seeker-${name}-390.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), [], name);
    };

    await page.goto('/account/sign-up');
    await page.getByRole('heading', { level: 1, name: zh('public-account.sign_up.title') }).waitFor();
    await axe('sign-up');
    await page.getByLabel(zh('public-account.fields.name')).fill(seeker.name);
    await page.getByLabel(zh('public-account.fields.id_number')).fill('L223456781');
    await page.getByLabel(zh('public-account.fields.email')).fill(seeker.email);
    await page.getByLabel(zh('public-account.fields.new_password')).fill(seeker.password);
    await page.getByRole('button', { name: zh('public-account.sign_up.submit') }).click();
    // A wrong check digit is caught in the browser, next to the field.
    await page.getByText(zh('public-account.fields.id_number_invalid')).first().waitFor();
    await page.getByLabel(zh('public-account.fields.id_number')).fill(seeker.idNumber);
    await page.getByRole('button', { name: zh('public-account.sign_up.submit') }).click();
    await page.getByRole('heading', { level: 1, name: zh('public-account.sign_up.sent_title') }).waitFor();

    // The mail arrives at the test's SMTP server; its link carries the token in the fragment.
    const mail = await waitFor(() => app.mail.find((m) => m.to.includes(seeker.email)), 30_000);
    const link = /https?:\/\/\S+\/account\/verify#token=[\w-]+/.exec(mail.text)?.[0];
    assert.ok(link, 'the mail holds the verification link');
    await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await page.getByText(zh('public-account.verify.done')).waitFor();
    assert.equal(new URL(page.url()).hash, '', 'the token leaves the address bar');
    await axe('verified');

    await page.getByRole('link', { name: zh('public-account.sign_in.title'), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: zh('public-account.sign_in.title') }).waitFor();
    await page.getByLabel(zh('public-account.fields.email')).fill(seeker.email);
    await page.getByLabel(zh('public-account.fields.password'), { exact: true }).fill(seeker.password);
    await page.getByRole('button', { name: zh('public-account.sign_in.submit') }).click();
    await page.getByRole('heading', { level: 1, name: zh('public-account.home.title') }).waitFor();
    await axe('account');

    await page.getByRole('link', { name: zh('public-account.home.job_seeker') }).click();
    await page.getByRole('heading', { level: 1, name: zh('job-seeker.profile.title') }).waitFor();
    await page.getByText(zh('job-seeker.profile.not_registered')).waitFor();
    await page.getByLabel(zh('job-seeker.profile.station')).selectOption({ label: '大里就業服務台' });
    // 554 codes: the picker adds a whole major group or a unit group (細類) under it, one at a time.
    const occupations = page.getByRole('group', { name: zh('job-seeker.profile.occupations') });
    await occupations.getByText(zh('employment.occupation_picker.none')).waitFor();
    const addOccupation = occupations.getByLabel(zh('employment.occupation_picker.add_label'));
    await addOccupation.selectOption('8');
    await occupations.getByRole('button', { name: zh('employment.occupation_picker.add'), exact: true }).click();
    await addOccupation.selectOption({ label: '8193 包裝及有關機械操作人員' });
    await occupations.getByRole('button', { name: zh('employment.occupation_picker.add'), exact: true }).click();
    await occupations.getByRole('button', { name: zh('employment.occupation_picker.remove', { name: '8193 包裝及有關機械操作人員' }) }).click();
    await occupations.getByRole('button', { name: zh('employment.occupation_picker.add'), exact: true }).waitFor();
    assert.deepEqual(await occupations.getByRole('listitem').allTextContents(), [`8 機械設備操作及組裝人員${zh('employment.occupation_picker.remove_short')}`]);
    if (process.env.SCREENSHOT_DIR) await occupations.screenshot({ path: `${process.env.SCREENSHOT_DIR}/occupations-profile-picker-390.png` });
    await page.getByRole('group', { name: zh('job-seeker.profile.districts') }).getByRole('checkbox', { name: '大里區' }).check();
    await page.getByLabel(zh('job-seeker.profile.lowest_wage')).fill('30000');
    await page.getByLabel(zh('job-seeker.profile.certificate_name')).first().fill('堆高機操作');
    await page.getByLabel(zh('job-seeker.profile.certificate_level')).first().selectOption({ label: zh('job-seeker.level.單一級') });
    // Special-group status without the consent box is refused, and said so.
    await page.getByRole('group', { name: zh('job-seeker.profile.special_groups') }).getByRole('checkbox', { name: zh('job-seeker.special_group.new-resident') }).check();
    await page.getByRole('button', { name: zh('job-seeker.profile.register') }).click();
    await page.getByText(zh('job-seeker.profile.consent_required')).first().waitFor();
    await page.getByLabel(zh('job-seeker.profile.consent')).check();
    await page.getByRole('button', { name: zh('job-seeker.profile.register') }).click();
    await page.getByText(zh('job-seeker.profile.saved')).waitFor();
    await page.getByRole('heading', { level: 2, name: zh('job-seeker.mine.referrals') }).waitFor();
    await axe('profile');

    await page.getByRole('link', { name: zh('job-seeker.profile.find_jobs') }).first().click();
    await page.getByRole('heading', { level: 1, name: zh('job-seeker.jobs.title') }).waitFor();
    // A partial word of the title is enough.
    await page.getByLabel(zh('job-seeker.jobs.q')).fill('堆高機');
    await page.getByRole('button', { name: zh('job-seeker.jobs.submit') }).click();
    await page.getByRole('heading', { level: 2, name: '堆高機作業員' }).waitFor();
    await axe('jobs');
    await page.getByRole('button', { name: zh('job-seeker.jobs.apply_to', { title: '堆高機作業員' }) }).click();
    await page.getByText(zh('job-seeker.jobs.applied')).waitFor();

    await page.goto('/account/job-seeker');
    await page.getByRole('heading', { level: 2, name: zh('job-seeker.mine.applications') }).waitFor();
    await page.getByText(/堆高機作業員 · 大里精密鑄造有限公司/).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an officer at 大里 refers them; the employer answers through the card\'s QR link; the officer marks them hired; indicator 1 counts it for 大里', async () => {
    const context = await newContext(app, { role: 'employment-officer-dali', viewport: { width: 1366, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const indicator = async () => {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei' }).format(new Date());
      const answer = await context.request.get(`/api/v1/staff/employment/indicators/placement-rate?from=${today}&to=${today}&by=station`);
      assert.equal(answer.status(), 200, await answer.text());
      const body = (await answer.json()) as { rows: { key: string | null; registered: number; placed: number }[] };
      return body.rows.find((row) => row.key === 'dali') ?? { registered: 0, placed: 0 };
    };
    const before = await indicator();

    await page.goto('/staff/job-seekers');
    await page.getByRole('heading', { level: 1, name: zh('referrals.seekers.title') }).waitFor();
    await page.getByRole('link', { name: zh('referrals.seekers.open', { name: '吳○珊' }) }).click();
    await page.getByRole('heading', { level: 1, name: zh('referrals.seekers.detail_title') }).waitFor();
    await page.getByRole('button', { name: zh('referrals.seekers.show') }).click();
    await page.getByText(zh('referrals.seekers.logged')).waitFor();
    await page.getByText(seeker.idNumber).waitFor();
    // The officer has employment.read-sensitive: the status recorded with consent is shown.
    await page.getByText(new RegExp(zh('job-seeker.special_group.new-resident'))).first().waitFor();
    await page.getByRole('heading', { level: 2, name: zh('referrals.seekers.applications') }).waitFor();
    await page.screenshot({ path: '/tmp/staff-job-seeker-1366.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    // Each score comes with its reasons.
    await page.getByText(zh('referrals.reasons.occupation')).first().waitFor();
    await page.getByRole('button', { name: zh('referrals.seekers.refer_to', { title: '堆高機作業員' }) }).click();
    await page.getByRole('heading', { level: 1, name: /^推介 / }).waitFor();
    assert.equal(await page.getByTestId('referral-status').textContent(), zh('job-seeker.referral_status.referred'));
    const referralUrl = page.url();

    await page.getByRole('link', { name: zh('referrals.referral.print_card') }).click();
    await page.getByRole('heading', { level: 1, name: zh('referrals.card.title') }).waitFor();
    await page.getByRole('img', { name: zh('referrals.card.qr_alt') }).waitFor();
    await page.screenshot({ path: '/tmp/staff-referral-card-1366.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    const answerPath = (await page.getByTestId('answer-link').getAttribute('href')) ?? '';
    assert.match(answerPath, /^\/referral-answer\/[\w-]{20,}$/);

    // The employer, on a phone and without any account, opens the QR code's link and answers.
    const employer = await newContext(app, { viewport: phone, bypassCSP: true });
    const answerPage = await employer.newPage();
    await answerPage.goto(answerPath);
    await answerPage.getByRole('heading', { level: 1, name: zh('referrals.answer.title') }).waitFor();
    await answerPage.getByText('吳○珊').waitFor();
    assert.equal(await answerPage.getByText(seeker.idNumber).count(), 0, 'the employer never sees the ID number');
    await answerPage.screenshot({ path: '/tmp/referral-answer-390.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(answerPage), []);
    await answerPage.getByLabel(zh('referrals.answer.answer'), { exact: true }).selectOption(zh('job-seeker.referral_status.interviewed'));
    await answerPage.getByRole('button', { name: zh('referrals.answer.submit') }).click();
    await answerPage.getByText(zh('referrals.answer.recorded')).waitFor();
    await employer.close();

    await page.goto(referralUrl);
    assert.equal(await page.getByTestId('referral-status').textContent(), zh('job-seeker.referral_status.interviewed'));
    await page.getByText(`${zh('job-seeker.referral_status.interviewed')} · `).first().waitFor();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei' }).format(new Date());
    await page.getByRole('combobox', { name: zh('referrals.referral.outcome'), exact: true }).selectOption(zh('job-seeker.referral_status.hired'));
    await page.getByLabel(zh('referrals.referral.start_on')).fill(today);
    await page.getByLabel(zh('referrals.referral.monthly_wage')).fill('34000');
    await page.getByRole('button', { name: zh('referrals.referral.record_outcome') }).click();
    await page.getByRole('heading', { level: 2, name: zh('referrals.referral.followups') }).waitFor();
    assert.equal(await page.getByTestId('referral-status').textContent(), zh('job-seeker.referral_status.hired'));
    await page.screenshot({ path: '/tmp/staff-referral-1366.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);

    const after = await indicator();
    assert.equal(after.placed, before.placed + 1, 'the placement counts for the 大里 station');
    assert.equal(after.registered, before.registered, 'the job seeker registered online today was already counted');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('on a phone, the job seeker downloads their data and deletes the account; what the law keeps is listed', async () => {
    const context = await newContext(app, { viewport: phone, bypassCSP: true });
    const page = await context.newPage();
    await page.goto('/account/sign-in');
    await page.getByLabel(zh('public-account.fields.email')).fill(seeker.email);
    await page.getByLabel(zh('public-account.fields.password'), { exact: true }).fill(seeker.password);
    await page.getByRole('button', { name: zh('public-account.sign_in.submit') }).click();
    await page.getByRole('heading', { level: 1, name: zh('public-account.home.title') }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: zh('public-account.data.download_json') }).click()]);
    const data = JSON.parse(await (await import('node:fs/promises')).readFile((await download.path()) ?? '', 'utf8')) as {
      person: { name: string; idNumber: string };
      services: { employment: { referrals: { status: string }[] } };
    };
    assert.equal(data.person.idNumber, seeker.idNumber);
    assert.equal(data.services.employment.referrals[0]?.status, 'hired');

    await page.getByRole('button', { name: zh('public-account.data.delete_submit') }).click();
    await page.getByText(zh('public-account.data.confirm_required')).first().waitFor();
    await page.getByLabel(zh('public-account.fields.password'), { exact: true }).fill(seeker.password);
    await page.getByLabel(zh('public-account.data.confirm')).check();
    await page.getByRole('button', { name: zh('public-account.data.delete_submit') }).click();
    await page.getByRole('heading', { level: 1, name: zh('public-account.data.deleted_title') }).waitFor();
    await page.getByText(zh('public-account.data.kept.audit-trail')).waitFor();
    assert.deepEqual(await findAccessibilityViolations(page), []);
    const session = await context.request.get('/api/v1/account/session');
    assert.equal(session.status(), 401, 'signed out with the account gone');
    await context.close();
  });

  test('the demo employer posts on a phone: 限男性 and an age limit are held, both terms marked; axe finds nothing', async () => {
    const context = await newContext(app, { viewport: phone, bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/account/sign-in?next=%2Faccount%2Femployer%2Fvacancies');
    await page.getByLabel(zh('public-account.fields.email')).fill('employer@demo.example.tw');
    await page.getByLabel(zh('public-account.fields.password'), { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: zh('public-account.sign_in.submit') }).click();
    await page.getByRole('heading', { level: 1, name: zh('employer-self.title') }).waitFor();
    await page.getByText('堆高機作業員').first().waitFor();
    await page.getByLabel(zh('employment.fields.occupation'), { exact: true }).selectOption('8193');
    await page.getByLabel(zh('employment.fields.title'), { exact: true }).fill('包裝作業員');
    await page.getByLabel(zh('employment.fields.requirements'), { exact: true }).fill('限男性，20~35歲');
    await page.getByLabel(zh('employment.fields.district'), { exact: true }).selectOption({ label: '大里區' });
    await page.getByLabel(zh('employment.fields.wage_min'), { exact: true }).fill('31000');
    await page.getByLabel(zh('employment.fields.expires_on'), { exact: true }).fill('2099-12-31');
    await page.getByRole('button', { name: zh('employer-self.post.submit') }).click();
    await page.getByText(zh('employer-self.post.posted_hits', { count: 2 })).waitFor();
    const card = page.locator('.vacancy-card').filter({ hasText: '包裝作業員' });
    await card.locator('p mark.screening-hit').first().waitFor();
    assert.deepEqual(await card.locator('p mark.screening-hit').allTextContents(), ['限男性', '20~35歲']);
    assert.equal(await card.getByText(zh('employment.status.held'), { exact: true }).count(), 1);
    await page.screenshot({ path: '/tmp/employer-vacancies-390.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the search and the account pages at 1366 px', async () => {
    const context = await newContext(app, { viewport: { width: 1366, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto('/jobs?q=%E4%BD%9C%E6%A5%AD%E5%93%A1');
    await page.getByRole('heading', { level: 2, name: '堆高機作業員' }).waitFor();
    await page.screenshot({ path: '/tmp/job-seeker-jobs-1366.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await page.goto('/account/sign-in?next=%2Faccount%2Fjob-seeker');
    await page.getByRole('heading', { level: 1, name: zh('public-account.sign_in.title') }).waitFor();
    await page.screenshot({ path: '/tmp/job-seeker-sign-in-1366.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    // The demo citizen is the demo job seeker 林淑芬: her profile, as registered by the 大里 officer.
    await page.getByLabel(zh('public-account.fields.email')).fill('citizen@demo.example.tw');
    await page.getByLabel(zh('public-account.fields.password'), { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: zh('public-account.sign_in.submit') }).click();
    await page.getByRole('heading', { level: 1, name: zh('job-seeker.profile.title') }).waitFor();
    await page.getByRole('button', { name: zh('job-seeker.profile.save') }).waitFor();
    await page.screenshot({ path: '/tmp/job-seeker-profile-1366.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await context.close();

    const staff = await newContext(app, { role: 'employment-officer-dali', viewport: { width: 1366, height: 900 }, bypassCSP: true });
    const staffPage = await staff.newPage();
    await staffPage.goto('/staff/job-seekers/new');
    await staffPage.getByRole('heading', { level: 1, name: zh('referrals.seekers.new_title') }).waitFor();
    await staffPage.screenshot({ path: '/tmp/staff-job-seeker-new-1366.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(staffPage), []);
    // At the counter: a person new to the bureau is registered with the job seeker, at the officer's station.
    await staffPage.getByLabel(zh('referrals.seekers.id_number'), { exact: true }).fill('N123456780');
    await staffPage.getByLabel(zh('referrals.seekers.name'), { exact: true }).fill('蔡明哲');
    await staffPage.getByLabel(zh('referrals.seekers.district'), { exact: true }).selectOption({ label: '大里區' });
    await staffPage.getByRole('button', { name: zh('referrals.seekers.new_submit') }).click();
    await staffPage.getByRole('heading', { level: 1, name: zh('referrals.seekers.detail_title') }).waitFor();
    await staffPage.getByRole('heading', { level: 2, name: zh('referrals.seekers.matches') }).waitFor();
    await staffPage.goto('/staff/job-seekers');
    await staffPage.getByRole('heading', { level: 1, name: zh('referrals.seekers.title') }).waitFor();
    await staffPage.getByRole('link', { name: zh('referrals.seekers.open', { name: '林○芬' }) }).waitFor();
    await staffPage.screenshot({ path: '/tmp/staff-job-seekers-1366.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(staffPage), []);
    await staff.close();
  });
});
