import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSmtpServer, waitFor } from '../../../test/smtp-test-server.ts';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { createSmtpChannel } from '../notifications/notifications.channels.ts';
import { laborUniversityGroups, programCatalog } from './programs.catalog.ts';
import { sniffMediaType } from './programs.service.ts';

type Account = { cookie: string; csrfToken: string };
const translatedProgram = 'labor-university-subsidy-translated';
const pdf = Buffer.from('%PDF-1.4\n%applicant upload\n');
/** A minimal ODF text's first entry: `mimetype`, stored, holding its media type (ODF 1.2 part 3, §3.3). */
const odf = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text'), Buffer.alloc(20)]);

// The test clock: 2026-03-02T02:00Z, 10:00 in Taichung.
describe('programs online: a citizen or employer applies, uploads, follows the status, and is told the decision', () => {
  let t: TestContext;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let maker: Session;
  let checker: Session;
  let admin: Session;
  let lan: Account;
  let other: Account;
  let employer: Account;

  async function citizen(email: string, name: string, idNumber: string, locale: string): Promise<Account> {
    const password = 'Lanterns along the Han River 2026';
    assert.equal((await t.request('/api/v1/account/sign-up', { method: 'POST', body: { email, password, name, idNumber, locale } })).status, 202);
    const queued = await t.db.query<{ params: { link: string } }>(`SELECT params FROM notifications WHERE record_type = 'public-account' AND recipient = $1`, [email]);
    const token = /#token=([\w-]+)/.exec(queued.rows[0]?.params.link ?? '')?.[1] ?? '';
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token } })).status, 204);
    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email, password } });
    assert.equal(signedIn.status, 200, signedIn.text);
    return { cookie: (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken: signedIn.json.csrfToken };
  }
  const as = (account: Account) => ({ cookie: account.cookie, 'x-csrf-token': account.csrfToken });
  const upload = async (account: Account, id: string, documentCode: string, bytes: Buffer, name = 'proof.pdf') => {
    const form = new FormData();
    form.set('documentCode', documentCode);
    form.set('file', new File([new Uint8Array(bytes)], name, { type: 'application/octet-stream' }));
    const response = await t.app.request(`/api/v1/me/program-applications/${id}/documents?lang=en`, { method: 'POST', headers: as(account), body: form });
    return { status: response.status, json: (await response.json()) as any };
  };

  before(async () => {
    smtp = await startSmtpServer();
    t = await createTestContext({
      jobs: true,
      notificationChannels: { email: createSmtpChannel({ url: smtp.url, from: '臺中市政府勞工局 <no-reply@labor.example.gov.tw>' }) },
    });
    maker = await t.signIn('maker', ['programs-officer']);
    checker = await t.signIn('checker', ['programs-officer']);
    admin = await t.signIn('admin', ['admin']);
    for (const definition of programCatalog) {
      assert.equal((await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: definition })).status, 201);
    }
    const programs = (await import('./programs.service.ts')).createProgramsService({ db: t.db, referenceData: t.referenceData, clock: () => new Date('2026-03-02T02:00:00Z') });
    await programs.setSpecialGroups('labor-university-subsidy', laborUniversityGroups);
    // A program of its own for the translation tests, so that their applications are not the earlier ones of the same period.
    const subsidy = programCatalog.find((p) => p.code === 'labor-university-subsidy');
    assert.equal((await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: { ...subsidy, code: translatedProgram } })).status, 201);
    await programs.setSpecialGroups(translatedProgram, laborUniversityGroups);
    lan = await citizen('lan.nguyen@example.tw', '阮氏蘭', 'A223456781', 'vi');
    other = await citizen('other@example.tw', '王大明', 'B123456780', 'zh-TW');
    const signUp = await t.request('/api/v1/account/employer/sign-up', {
      method: 'POST',
      body: { email: 'hr@goodfood.example.tw', password: 'Sun Moon Lake at dawn', ubn: '22099131', employerName: '臺中好食餐飲有限公司', locale: 'zh-TW' },
    });
    assert.equal(signUp.status, 202, signUp.text);
    const link = (await t.db.query<{ params: { link: string } }>(`SELECT params FROM notifications WHERE recipient = 'hr@goodfood.example.tw'`)).rows[0]?.params.link ?? '';
    assert.equal((await t.request('/api/v1/account/email-verification', { method: 'POST', body: { token: /#token=([\w-]+)/.exec(link)?.[1] } })).status, 204);
    const signedIn = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email: 'hr@goodfood.example.tw', password: 'Sun Moon Lake at dawn' } });
    employer = { cookie: (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken: signedIn.json.csrfToken };
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  it('a citizen applies for themselves (201), a second time for the same period is refused (409, explained), and nobody else sees it', async () => {
    const body = { facts: { specialGroups: ['new-immigrant'] }, specialGroupConsent: true };
    assert.equal((await t.request('/api/v1/programs/labor-university-subsidy/applications', { method: 'POST', body })).status, 401);
    assert.equal((await t.request('/api/v1/programs/labor-university-subsidy/applications', { method: 'POST', headers: { cookie: lan.cookie }, body })).status, 403, 'no CSRF token');
    const named = await t.request('/api/v1/programs/labor-university-subsidy/applications?lang=en', { method: 'POST', headers: as(lan), body: { ...body, personIdNumber: 'B123456780' } });
    assert.equal(named.status, 400, 'an account cannot apply for someone else');
    const filed = await t.request('/api/v1/programs/labor-university-subsidy/applications', { method: 'POST', headers: as(lan), body });
    assert.equal(filed.status, 201, filed.text);
    const again = await t.request('/api/v1/programs/labor-university-subsidy/applications?lang=vi', { method: 'POST', headers: as(lan), body });
    assert.equal(again.status, 409);
    assert.equal(again.json.code, 'DUPLICATE_APPLICATION');
    assert.match(again.json.detail ?? again.json.title, /cùng kỳ/);

    const mine = await t.request('/api/v1/me/program-applications?lang=vi', { headers: { cookie: lan.cookie } });
    assert.equal(mine.status, 200);
    // Later tests add applications; this one is the labor university's.
    assert.equal(mine.json.items.length, 1);
    const own = mine.json.items[0];
    assert.equal(own.status, 'submitted');
    assert.equal(own.eligible, true);
    assert.deepEqual(own.rules.map((r: { code: string; passed: boolean }) => [r.code, r.passed]), [['special-group', true]]);
    assert.match(own.rules[0].message, /Tân di dân/, 'the rule in the applicant’s language (the account’s: vi)');
    assert.deepEqual(own.steps.map((s: { kind: string }) => s.kind), ['submitted']);
    assert.equal((await t.request(`/api/v1/me/program-applications/${filed.json.id}`, { headers: { cookie: other.cookie } })).status, 404);
    assert.equal((await t.request('/api/v1/me/program-applications', { headers: { cookie: other.cookie } })).json.items.length, 0);
    const row = await t.db.query<{ channel: string; account_id: string | null; created_by: string | null }>('SELECT channel, account_id, created_by FROM program_applications WHERE id = $1', [filed.json.id]);
    assert.equal(row.rows[0]?.channel, 'citizen');
    assert.equal(row.rows[0]?.created_by, null, 'no staff member made it: any checker may decide');
  });

  it('an employer account applies for an employer program, and a citizen cannot', async () => {
    const filed = await t.request('/api/v1/programs/employer-childcare-incentive/applications', { method: 'POST', headers: as(employer), body: {} });
    assert.equal(filed.status, 201, filed.text);
    const row = await t.db.query<{ channel: string; employer_id: string | null }>('SELECT channel, employer_id FROM program_applications WHERE id = $1', [filed.json.id]);
    assert.equal(row.rows[0]?.channel, 'employer');
    assert.ok(row.rows[0]?.employer_id);
    assert.equal((await t.request('/api/v1/programs/employer-childcare-incentive/applications', { method: 'POST', headers: as(lan), body: {} })).status, 400);
  });

  it('uploads the documents the program asks for, typed by their bytes and capped in size; staff download them, audited', async () => {
    const id = (await t.request('/api/v1/me/program-applications', { headers: { cookie: lan.cookie } })).json.items.find((a: { programCode: string }) => a.programCode === 'labor-university-subsidy').id as string;
    const stored = await upload(lan, id, 'group-proof', pdf);
    assert.equal(stored.status, 201, JSON.stringify(stored.json));
    const renamed = await upload(lan, id, 'group-proof', Buffer.from('MZ\x90\x00 not a pdf'), 'proof.pdf');
    assert.equal(renamed.status, 400);
    assert.equal(renamed.json.errors[0].field, 'file');
    // The document's own cap (here 1,000 bytes, below the request body limit), on both sides.
    const skills = programCatalog.find((p) => p.code === 'skills-award');
    const small = { ...skills, code: 'small-docs', rules: [], documents: [{ code: 'scan', names: { 'zh-TW': '掃描', en: 'Scan', id: 'Pindaian', vi: 'Bản quét', th: 'สแกน' }, required: true, mediaTypes: ['application/pdf'], maxBytes: 1000 }] };
    assert.equal((await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: small })).status, 201);
    const smallApp = await t.request('/api/v1/programs/small-docs/applications', { method: 'POST', headers: as(lan), body: {} });
    assert.equal(smallApp.status, 201, smallApp.text);
    const sized = (n: number) => Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(n - 5)]);
    assert.equal((await upload(lan, smallApp.json.id, 'scan', sized(1000))).status, 201);
    const tooBig = await upload(lan, smallApp.json.id, 'scan', sized(1001));
    assert.equal(tooBig.status, 400);
    assert.equal(tooBig.json.errors[0].field, 'file');
    assert.equal((await upload(lan, smallApp.json.id, 'scan', odf, 'scan.odt')).status, 400, 'ODF is not among this document’s types');
    assert.equal((await upload(lan, id, 'no-such-doc', pdf)).json.errors[0].field, 'documentCode');
    assert.equal((await upload(other, id, 'group-proof', pdf)).status, 404, 'not their application');

    const view = await t.request(`/api/v1/staff/applications/${id}`, { session: checker });
    assert.equal(view.json.documents.length, 1);
    const docId = view.json.documents[0].id as string;
    const download = await t.app.request(`/api/v1/staff/applications/${id}/documents/${docId}`, { headers: { cookie: checker.cookie } });
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'application/pdf');
    assert.match(download.headers.get('content-disposition') ?? '', /^attachment/);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), pdf);
    const audit = await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'program.document.view' AND record_id = $1`, [id]);
    assert.equal(audit.rowCount, 1);
  });

  it('a citizen enrols on a labor-university course as a new immigrant with the full subsidy, and indicator 7 moves', async () => {
    const analyst = await t.signIn('analyst', ['analyst']);
    const course = await t.request('/api/v1/staff/labor-university/courses', {
      method: 'POST',
      session: admin,
      body: { year: 2026, code: 'LU-T1', title: '勞動法令入門', location: '勞工教育中心', schedule: '週二 19:00–21:00', hours: 18, feeTwd: 1800, places: 30 },
    });
    assert.equal(course.status, 201, course.text);
    const open = await t.request('/api/v1/labor-university/courses');
    assert.equal(open.status, 200);
    assert.deepEqual(Object.keys(open.json[0]).includes('enrolled'), false, 'no enrolment data in public');
    assert.equal(open.json.find((c: { id: string }) => c.id === course.json.id).placesLeft, 30);
    const before = (await t.request('/api/v1/staff/labor-university/indicator-7?year=2026', { session: analyst })).json;
    // A new citizen (the earlier one already applied for this year's subsidy).
    const mai = await citizen('mai.tran@example.tw', '陳氏梅', 'C223456783', 'vi');
    const enrolled = await t.request('/api/v1/me/labor-university/enrolments', {
      method: 'POST',
      headers: as(mai),
      body: { courseId: course.json.id, specialGroup: 'new-immigrant', specialGroupConsent: true },
    });
    assert.equal(enrolled.status, 201, enrolled.text);
    assert.ok(enrolled.json.applicationId);
    const after = (await t.request('/api/v1/staff/labor-university/indicator-7?year=2026', { session: analyst })).json;
    assert.equal(after.enrolments, before.enrolments + 1);
    assert.equal(after.subsidisedEnrolments, before.subsidisedEnrolments + 1);
    const mine = (await t.request('/api/v1/me/program-applications', { headers: { cookie: mai.cookie } })).json.items;
    assert.equal(mine[0].programCode, 'labor-university-subsidy');
    assert.equal(mine[0].eligible, true);
    assert.equal(mine[0].amountTwd, 1800, '100 % of the fee');
    assert.equal((await t.request('/api/v1/me/labor-university/enrolments', { method: 'POST', headers: as(employer), body: { courseId: course.json.id } })).status, 403);
  });

  it('reads PDF, JPEG, PNG and an ODF text by their first bytes, and nothing else', () => {
    assert.equal(sniffMediaType(pdf), 'application/pdf');
    assert.equal(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
    assert.equal(sniffMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'image/png');
    assert.equal(sniffMediaType(odf), 'application/vnd.oasis.opendocument.text');
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('[Content_Types].xml'), Buffer.alloc(40)]);
    assert.equal(sniffMediaType(docx), undefined, 'a ZIP that is not ODF');
    assert.equal(sniffMediaType(Buffer.from('GIF89a')), undefined);
  });

  it('the decision reaches the applicant by e-mail in their language, with the appeal instructions, and as a PDF letter', async () => {
    const id = (await t.request('/api/v1/me/program-applications', { headers: { cookie: lan.cookie } })).json.items.find((a: { programCode: string }) => a.programCode === 'labor-university-subsidy').id as string;
    const decided = await t.request(`/api/v1/staff/applications/${id}/decision`, { method: 'POST', session: checker, body: { decision: 'approve', reason: 'Giấy tờ đầy đủ', amountTwd: 1800 } });
    assert.equal(decided.status, 200, decided.text);
    const mail = await waitFor(() => smtp.received.find((m) => m.to.includes('lan.nguyen@example.tw') && /được duyệt/.test(m.subject)));
    assert.match(mail.text, /30 ngày kể từ ngày sau ngày nhận được thông báo này/);
    assert.match(mail.text, /Điều 14 khoản 1/);
    assert.match(mail.text, /NT\$ 1,800/);
    const mine = (await t.request(`/api/v1/me/program-applications/${id}`, { headers: { cookie: lan.cookie } })).json;
    assert.equal(mine.status, 'approved');
    assert.equal(mine.noticeAvailable, true);
    assert.deepEqual(mine.steps.map((s: { kind: string }) => s.kind).slice(-2), ['approved', 'notice']);
    const letter = await t.app.request(`/api/v1/me/program-applications/${id}/notice.pdf`, { headers: { cookie: lan.cookie } });
    assert.equal(letter.status, 200);
    assert.equal(letter.headers.get('content-type'), 'application/pdf');
    assert.equal(Buffer.from(await letter.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');
    assert.equal((await t.app.request(`/api/v1/me/program-applications/${id}/notice.pdf`, { headers: { cookie: other.cookie } })).status, 404);
    const staffLetter = await t.app.request(`/api/v1/staff/applications/${id}/notice.pdf`, { headers: { cookie: checker.cookie } });
    assert.equal(staffLetter.status, 200);
    assert.equal((await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'program.notice.view' AND record_id = $1`, [id])).rowCount, 1);
  });

  it('a Vietnamese applicant reads the decision in Vietnamese at once, the Chinese reason marked as being translated, then the translation (issue 15 §1)', async () => {
    const interpreter = await t.signIn('interpreter-pham', ['interpreter']);
    const reason = '經查申請人符合新住民資格，文件齊全，核予全額補助。';
    const translated = 'Người nộp đơn đủ điều kiện là người nhập cư mới, hồ sơ đầy đủ, được trợ cấp toàn bộ.';
    const filed = await t.request(`/api/v1/programs/${translatedProgram}/applications?lang=vi`, { method: 'POST', headers: as(lan), body: { facts: { specialGroups: ['new-immigrant'] }, specialGroupConsent: true } });
    assert.equal(filed.status, 201, filed.text);
    const id = filed.json.id as string;
    const decided = await t.request(`/api/v1/staff/applications/${id}/decision`, { method: 'POST', session: checker, body: { decision: 'approve', reason, amountTwd: 1800 } });
    assert.equal(decided.status, 200, decided.text);
    const mail = await waitFor(() => smtp.received.find((m) => m.to.includes('lan.nguyen@example.tw') && m.text.includes(reason)));
    assert.match(mail.text, /Phiên dịch viên của Cục đang dịch/, 'the notice says the reason is being translated');
    const pending = (await t.request(`/api/v1/me/program-applications/${id}`, { headers: { cookie: lan.cookie } })).json;
    assert.deepEqual(pending.decisionReasonText, { text: reason, locale: 'zh-TW', original: null, translation: 'pending' });

    const queue = await t.request('/api/v1/staff/translation-tasks?targetLocale=vi&pageSize=100', { session: interpreter });
    const task = queue.json.items.find((item: { sourceText: string }) => item.sourceText === reason);
    assert.deepEqual(task && [task.sourceModule, task.recordType, task.field], ['programs', 'program-decision', 'reason']);
    assert.doesNotMatch(queue.text, /阮氏蘭|A223456781|lan\.nguyen/, 'the interpreter reads the text, not the applicant');
    const done = await t.request(`/api/v1/staff/translation-tasks/${task.id}/complete`, { method: 'POST', session: interpreter, body: { translatedText: translated } });
    assert.equal(done.status, 204, done.text);

    const read = (await t.request(`/api/v1/me/program-applications/${id}`, { headers: { cookie: lan.cookie } })).json;
    assert.deepEqual(read.decisionReasonText, { text: translated, locale: 'vi', original: reason, translation: 'done' });
    // The hand-over job: the programs module e-mails the translation, once, and notes the step.
    const second = await waitFor(() => smtp.received.find((m) => m.to.includes('lan.nguyen@example.tw') && m.text.includes(translated)));
    assert.match(second.subject, /bản dịch/);
    assert.ok(second.text.includes(reason), 'with the Chinese original');
    const steps = await waitFor(async () => {
      const mine = (await t.request(`/api/v1/me/program-applications/${id}`, { headers: { cookie: lan.cookie } })).json;
      return mine.steps.some((s: { kind: string }) => s.kind === 'reason-translated') ? mine.steps : undefined;
    });
    assert.equal(steps.filter((s: { kind: string }) => s.kind === 'reason-translated').length, 1);
  });

  it('opens no translation task for an applicant who filed in Chinese', async () => {
    const before = (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM translation_tasks WHERE record_type = 'program-decision'")).rows[0]!.n;
    const filed = await t.request(`/api/v1/programs/${translatedProgram}/applications?lang=zh-TW`, {
      method: 'POST',
      headers: as(other),
      body: { facts: { specialGroups: ['new-immigrant'] }, specialGroupConsent: true },
    });
    assert.equal(filed.status, 201, filed.text);
    const decided = await t.request(`/api/v1/staff/applications/${filed.json.id}/decision`, { method: 'POST', session: checker, body: { decision: 'reject', reason: '不符資格。' } });
    assert.equal(decided.status, 200, decided.text);
    const after = (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM translation_tasks WHERE record_type = 'program-decision'")).rows[0]!.n;
    assert.equal(after, before);
    const mine = (await t.request(`/api/v1/me/program-applications/${filed.json.id}`, { headers: { cookie: other.cookie } })).json;
    assert.deepEqual(mine.decisionReasonText, { text: '不符資格。', locale: 'zh-TW', original: null, translation: null });
  });

  it('escalates a death consolation at the 48th hour to the supervisor’s mailbox the definition names, once', async () => {
    const death = programCatalog.find((p) => p.code === 'death-consolation');
    const withMailbox = { ...death, effectiveFrom: '2026-03-01', escalation: { afterHours: 48, notifyEmail: 'supervisor@labor.example.gov.tw', source: 'test' } };
    assert.equal((await t.request('/api/v1/staff/programs', { method: 'POST', session: admin, body: withMailbox })).status, 201);
    const filed = await t.request('/api/v1/programs/death-consolation/applications', { method: 'POST', headers: as(other), body: {} });
    assert.equal(filed.status, 201, filed.text);
    const { createProgramsService } = await import('./programs.service.ts');
    const at = (iso: string) => createProgramsService({ db: t.db, referenceData: t.referenceData, clock: () => new Date(iso) });
    assert.deepEqual(await at('2026-03-04T01:59:00Z').escalateDue(), []);
    // Through the app's own job, so that the mail goes through the outbox and the SMTP server.
    t.setNow(new Date('2026-03-04T02:00:00Z'));
    const { programEscalationJob } = await import('./programs.escalation.ts');
    await t.jobs!.send(programEscalationJob, {});
    const mail = await waitFor(() => smtp.received.find((m) => m.to.includes('supervisor@labor.example.gov.tw')));
    assert.match(mail.subject, /即將逾期/);
    assert.match(mail.text, /尚餘約 24 小時/);
    const row = await t.db.query<{ escalated_at: Date | null }>('SELECT escalated_at FROM program_applications WHERE id = $1', [filed.json.id]);
    assert.ok(row.rows[0]?.escalated_at);
    const list = await t.request('/api/v1/staff/applications?program=death-consolation', { session: await t.login('checker') });
    assert.equal(list.json.items.find((a: { id: string }) => a.id === filed.json.id).escalated, true);
    assert.deepEqual(await at('2026-03-04T03:00:00Z').escalateDue(), [], 'once only');
    t.setNow(new Date('2026-03-02T02:00:00Z'));
  });
});
