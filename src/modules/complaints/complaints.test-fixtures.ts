/** Fixtures shared by the complaints route tests (filing, workflow): two complaints and helpers. */
import type { TestContext } from '../../../test/test-app.ts';

export const named = {
  employerName: '臺中好棒棒餐飲有限公司',
  employerUbn: '04595257',
  districtCode: '北屯區',
  law: 'laborStandardsAct',
  description: '三月起加班都沒有加班費，老闆說不簽就不用來了。',
  anonymous: false,
  name: '林秀英',
  phone: '0933-222-111',
  email: 'xiuying@example.tw',
  idNumber: 'a123456789',
};
export const identityValues = ['林秀英', '0933-222-111', '0933222111', 'xiuying@example.tw', 'A123456789', 'a123456789'];
export const anonymous = {
  employerName: '大里精密工業股份有限公司',
  districtCode: '66000130',
  law: 'laborPensionAct',
  description: '公司沒有幫我們提繳勞退。',
  anonymous: true,
};

export const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));
export const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR fake image body');
export const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF fake');
export const pdf = bytes('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
export const exe = bytes('MZ', [0x90, 0x00, 0x03, 0x00], 'This program cannot be run in DOS mode.');
export const hoursCsv = bytes('date,start,end,breakMinutes\n2026-03-02,09:00,21:00,60\n');

export function form(fields: Record<string, unknown>, files: { bytes: Uint8Array<ArrayBuffer>; name: string; type: string }[] = []): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, String(value));
  for (const file of files) data.append('attachments', new File([file.bytes], file.name, { type: file.type }));
  return data;
}

export async function postForm(t: TestContext, data: FormData, headers: Record<string, string> = {}) {
  const response = await t.app.request('/api/v1/complaints', { method: 'POST', body: data, headers });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined, text };
}

export async function counts(t: TestContext) {
  const row = await t.db.query<Record<string, number>>(`SELECT
    (SELECT count(*)::int FROM complaints) AS complaints,
    (SELECT count(*)::int FROM complaint_identities) AS identities,
    (SELECT count(*)::int FROM complaint_attachments) AS attachments,
    (SELECT count(*)::int FROM complaint_events) AS events,
    (SELECT count(*)::int FROM audit_events WHERE action = 'complaint.file') AS audits`);
  return row.rows[0];
}

export const codePattern = /^TC-[0-9A-HJKMNP-TV-Z]{8}$/;
export const secretPattern = /^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}$/;
