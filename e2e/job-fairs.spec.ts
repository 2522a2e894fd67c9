import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { findAccessibilityViolations } from './accessibility.ts';
import { demoPassword, newContext, phone, type TestApp, useApp, watchErrors } from './fixtures.ts';
import { tr } from './i18n.ts';

const zh = (key: string, params: Record<string, string | number> = {}) => tr('zh-TW', key, params);
const wide = { width: 1366, height: 900 } as const;
const officer = 'employment-officer';
/** Today in Taichung, as the date field takes it. */
const taichungToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('job fairs (就業博覽會)', () => {
  let app: TestApp;
  before(async () => {
    app = await useApp();
  });

  test('the calendar, a fair page and the staff pages of the demo fairs read well on a phone and a wide screen; axe finds nothing', async () => {
    for (const viewport of [phone, wide]) {
      const context = await newContext(app, { viewport, bypassCSP: true });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto('/job-fairs');
      await page.getByRole('heading', { level: 1, name: zh('job-fairs.public.title') }).waitFor();
      await page.getByRole('link', { name: '臺中市就業博覽會' }).waitFor();
      await page.screenshot({ path: `/tmp/job-fairs-calendar-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);
      await page.getByRole('link', { name: '臺中市就業博覽會' }).click();
      await page.getByRole('heading', { level: 2, name: zh('job-fairs.public.employers_title') }).waitFor();
      await page.getByRole('link', { name: zh('job-fairs.public.sign_in_to_register') }).waitFor();
      await page.screenshot({ path: `/tmp/job-fairs-fair-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(page), []);
      assert.deepEqual(errors, []);
      await context.close();

      const staff = await newContext(app, { role: officer, viewport, bypassCSP: true });
      const staffPage = await staff.newPage();
      const staffErrors = watchErrors(staffPage);
      await staffPage.goto('/staff/job-fairs');
      await staffPage.getByRole('heading', { level: 1, name: zh('job-fairs.staff.title') }).waitFor();
      await staffPage.getByRole('table').waitFor();
      await staffPage.screenshot({ path: `/tmp/job-fairs-staff-list-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(staffPage), []);
      await staffPage.getByRole('link', { name: '大里區聯合徵才活動' }).click();
      await staffPage.getByRole('heading', { level: 2, name: zh('job-fairs.report.title') }).waitFor();
      await staffPage.getByRole('table', { name: zh('job-fairs.staff.outcomes_caption') }).waitFor();
      await staffPage.screenshot({ path: `/tmp/job-fairs-staff-past-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await findAccessibilityViolations(staffPage), []);
      assert.deepEqual(staffErrors, []);
      await staff.close();
    }
  });

  test('a job seeker pre-registers on a phone; staff check them in by code, record an interview and a hire, and the report shows the figures; the .ics downloads', async () => {
    // The officer creates today's fair on the kit's form and publishes it.
    const staff = await newContext(app, { role: officer, viewport: wide, bypassCSP: true });
    const desk = await staff.newPage();
    const deskErrors = watchErrors(desk);
    await desk.goto('/staff/job-fairs/new');
    await desk.getByRole('heading', { level: 1, name: zh('job-fairs.staff.new_title') }).waitFor();
    await desk.getByLabel(zh('job-fairs.fields.kind'), { exact: true }).selectOption('single-employer');
    await desk.getByLabel(zh('job-fairs.fields.title'), { exact: true }).fill('單一徵才：瀏覽器測試場');
    await desk.getByLabel(zh('job-fairs.fields.date'), { exact: true }).fill(taichungToday());
    await desk.getByLabel(zh('job-fairs.fields.from'), { exact: true }).fill('00:00');
    await desk.getByLabel(zh('job-fairs.fields.to'), { exact: true }).fill('23:59');
    await desk.getByLabel(zh('job-fairs.fields.venue'), { exact: true }).fill('大里就業服務站');
    await desk.getByLabel(zh('job-fairs.fields.district'), { exact: true }).selectOption({ label: '大里區' });
    await desk.getByLabel(zh('job-fairs.fields.capacity'), { exact: true }).fill('50');
    assert.deepEqual(await findAccessibilityViolations(desk), []);
    await desk.getByRole('button', { name: zh('job-fairs.staff.save_draft') }).click();
    await desk.getByRole('button', { name: zh('job-fairs.staff.publish') }).click();
    await desk.getByText(zh('job-fairs.status.published'), { exact: true }).waitFor();
    const fairId = /\/staff\/job-fairs\/([0-9a-f-]{36})/.exec(desk.url())?.[1] ?? '';
    assert.ok(fairId);

    // The demo employer signs up with one of its published vacancies; the officer approves it on the page.
    const employer = await newContext(app, { viewport: phone });
    const employerSignIn = await employer.request.post('/api/v1/account/sign-in', { data: { email: 'employer@demo.example.tw', password: demoPassword } });
    assert.equal(employerSignIn.status(), 200, await employerSignIn.text());
    const employerCsrf = ((await employerSignIn.json()) as { csrfToken: string }).csrfToken;
    const own = (await (await employer.request.get('/api/v1/me/employer/vacancies')).json()) as { items: { id: string; status: string; employerName: string }[] };
    const offered = own.items.find((v) => v.status === 'published');
    assert.ok(offered, 'the demo employer has a published vacancy');
    const signUp = await employer.request.post(`/api/v1/me/employer/job-fairs/${fairId}/sign-up`, { headers: { 'x-csrf-token': employerCsrf }, data: { vacancyIds: [offered.id] } });
    assert.equal(signUp.status(), 201, await signUp.text());
    await employer.close();
    await desk.reload();
    await desk.getByRole('button', { name: zh('job-fairs.sign_up.approve', { name: offered.employerName }), exact: true }).click();
    await desk.getByText(zh('job-fairs.sign_up.approved'), { exact: true }).waitFor();

    // On a phone, the demo citizen finds the fair on the calendar and pre-registers; the QR code and its code show.
    const citizen = await newContext(app, { viewport: phone, bypassCSP: true });
    const signedIn = await citizen.request.post('/api/v1/account/sign-in', { data: { email: 'citizen@demo.example.tw', password: demoPassword } });
    assert.equal(signedIn.status(), 200, await signedIn.text());
    const phonePage = await citizen.newPage();
    const phoneErrors = watchErrors(phonePage);
    await phonePage.goto('/job-fairs');
    await phonePage.getByRole('link', { name: '單一徵才：瀏覽器測試場' }).click();
    await phonePage.getByLabel(zh('job-fairs.fields.name'), { exact: true }).fill('林淑芬');
    await phonePage.getByRole('button', { name: zh('job-fairs.public.register') }).click();
    await phonePage.getByText(zh('job-fairs.public.registered')).waitFor();
    const code = ((await phonePage.locator('.fair-qr__code').textContent()) ?? '').trim();
    assert.match(code, /^[A-Z2-9]{10}$/);
    await phonePage.screenshot({ path: '/tmp/job-fairs-registered-390.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(phonePage), []);
    await phonePage.goto('/me/job-fairs');
    await phonePage.getByRole('img', { name: zh('job-fairs.mine.qr_label', { code }) }).waitFor();
    await phonePage.screenshot({ path: '/tmp/job-fairs-mine-390.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(phonePage), []);

    // The .ics of the fair downloads, a valid calendar with the fair in it.
    const [download] = await Promise.all([phonePage.waitForEvent('download'), (async () => {
      await phonePage.goto(`/job-fairs/${fairId}`);
      await phonePage.getByRole('link', { name: zh('job-fairs.public.add_to_calendar') }).click();
    })()]);
    const ics = readFileSync((await download.path()) ?? '', 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, new RegExp(`UID:job-fair-${fairId}@`));
    assert.deepEqual(phoneErrors, []);
    await citizen.close();

    // At the door the officer types the code (the camera's fallback): checked in once, the second time says so.
    await desk.reload();
    await desk.getByLabel(zh('job-fairs.check_in.code'), { exact: true }).fill(code);
    await desk.getByRole('button', { name: zh('job-fairs.check_in.submit'), exact: true }).click();
    const statusStart = (key: string) => zh(key, { name: '林○芬', time: '\u0000' }).split('\u0000')[0] ?? '';
    await desk.locator('.fair-status', { hasText: statusStart('job-fairs.check_in.done') }).waitFor();
    await desk.getByLabel(zh('job-fairs.check_in.code'), { exact: true }).fill(code);
    await desk.getByRole('button', { name: zh('job-fairs.check_in.submit'), exact: true }).click();
    await desk.locator('.fair-status', { hasText: statusStart('job-fairs.check_in.already') }).waitFor();

    // An interview, then a hire, by the approved employer.
    for (const kind of ['interview', 'hire'] as const) {
      await desk.getByLabel(zh('job-fairs.outcome.person'), { exact: true }).selectOption({ label: '林○芬' });
      await desk.getByLabel(zh('job-fairs.outcome.employer'), { exact: true }).selectOption({ label: offered.employerName });
      await desk.getByLabel(zh('job-fairs.outcome.kind'), { exact: true }).selectOption(kind);
      await desk.getByRole('button', { name: zh('job-fairs.outcome.submit'), exact: true }).click();
      await desk.getByRole('table', { name: zh('job-fairs.staff.outcomes_caption') }).getByText(zh(`job-fairs.outcome_kind.${kind}`), { exact: true }).waitFor();
    }
    // The report: 1 checked in, 1 interview, 1 hired on the spot: a preliminary match rate of 100 %.
    const report = desk.getByRole('region', { name: zh('job-fairs.report.title') });
    await report.getByText('100 %', { exact: true }).waitFor();
    await desk.screenshot({ path: '/tmp/job-fairs-desk-1366.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(desk), []);
    const figures = (await (await staff.request.get(`/api/v1/staff/job-fairs/${fairId}/report`)).json()) as Record<string, number>;
    assert.deepEqual([figures.checkedIn, figures.interviews, figures.hiredOnSpot, figures.preliminaryMatchRate], [1, 1, 1, 100]);
    assert.deepEqual(deskErrors, []);
    await staff.close();
  });

  test('an officer moves a fair to another hall, then calls it off; the public calendar on a phone marks it cancelled with the reason', async () => {
    // Tomorrow's fair, so that it is still ahead whatever the hour of the run.
    const tomorrow = new Date(Date.now() + 32 * 3_600_000).toISOString().slice(0, 10);
    const staff = await newContext(app, { role: officer, viewport: wide, bypassCSP: true });
    const desk = await staff.newPage();
    const errors = watchErrors(desk);
    const created = await staff.request.post('/api/v1/staff/job-fairs', {
      headers: { 'x-csrf-token': ((await (await staff.request.get('/api/v1/auth/me')).json()) as { csrfToken: string }).csrfToken },
      data: { kind: 'regional', title: '豐原區聯合徵才（取消測試）', startsAt: `${tomorrow}T09:00:00+08:00`, endsAt: `${tomorrow}T12:00:00+08:00`, venue: '豐原區公所', districtCode: '66000090', capacity: 100 },
    });
    const fairId = ((await created.json()) as { id: string }).id;
    await desk.goto(`/staff/job-fairs/${fairId}`);
    await desk.getByRole('button', { name: zh('job-fairs.staff.publish') }).click();
    await desk.getByText(zh('job-fairs.status.published'), { exact: true }).waitFor();
    await desk.getByRole('link', { name: zh('job-fairs.staff.edit') }).click();
    await desk.getByRole('heading', { level: 1, name: zh('job-fairs.staff.edit_title') }).waitFor();
    await desk.getByLabel(zh('job-fairs.fields.venue'), { exact: true }).fill('豐原區公所 3 樓禮堂');
    assert.deepEqual(await findAccessibilityViolations(desk), []);
    await desk.getByRole('button', { name: zh('job-fairs.staff.save') }).click();
    await desk.getByText('豐原區公所 3 樓禮堂', { exact: true }).waitFor();
    // Cancelling asks for the reason first: an empty one is caught on the form.
    await desk.getByRole('button', { name: zh('job-fairs.cancel.submit') }).click();
    await desk.getByRole('alert').first().waitFor();
    await desk.getByLabel(zh('job-fairs.cancel.reason'), { exact: true }).fill('颱風停止上班，活動取消。');
    await desk.getByRole('button', { name: zh('job-fairs.cancel.submit') }).click();
    await desk.getByText(zh('job-fairs.status.cancelled'), { exact: true }).waitFor();
    assert.equal(await desk.getByRole('link', { name: zh('job-fairs.staff.edit') }).count(), 0, 'a cancelled fair is no longer edited');
    await desk.screenshot({ path: '/tmp/job-fairs-cancelled-staff-1366.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(desk), []);
    assert.deepEqual(errors, []);
    await staff.close();

    const visitor = await newContext(app, { viewport: phone, bypassCSP: true });
    const page = await visitor.newPage();
    await page.goto('/job-fairs');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '豐原區聯合徵才（取消測試）' }) });
    await card.getByText(zh('job-fairs.cancel.badge', { reason: '颱風停止上班，活動取消。' })).waitFor();
    await card.getByRole('link').click();
    await page.getByText(zh('job-fairs.cancel.public_title')).first().waitFor();
    assert.equal(await page.getByRole('button', { name: zh('job-fairs.public.register') }).count(), 0, 'no registration at a cancelled fair');
    await page.screenshot({ path: '/tmp/job-fairs-cancelled-public-390.png', fullPage: true });
    assert.deepEqual(await findAccessibilityViolations(page), []);
    await visitor.close();
  });
});
