import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pdfPageTexts } from '../../../test/pdf-text.ts';
import { renderComplaintReplyPdf, renderMediationNoticePdf } from './notices.pdf.ts';

const letterhead = { name: '臺中市政府勞工局', nameEn: 'Labor Affairs Bureau, Taichung City Government', phone: '04-22289111' };
const party = {
  bureau: '臺中市政府勞工局',
  caseNumber: '115勞資調字第0042號',
  sessionDate: '2026-03-20',
  sessionTime: '14:30',
  venue: '臺中市政府勞工局 勞資爭議調解室（文心樓 3 樓）',
  matters: '資遣費及預告期間工資',
  contactPhone: '04-22289111',
  remarks: '',
};

const textOf = async (bytes: Uint8Array) => (await pdfPageTexts(bytes)).flat().join('\n');

describe('written notices as PDF', () => {
  it('writes the mediation notice to each party, with its name, role, meeting and ROC dates', async () => {
    const applicant = await textOf(
      await renderMediationNoticePdf({ letterhead, issuedOn: '2026-03-09', params: { ...party, recipientName: '王小明', partyRole: 'applicant' } }),
    );
    const respondent = await textOf(
      await renderMediationNoticePdf({ letterhead, issuedOn: '2026-03-09', params: { ...party, recipientName: '好棒棒餐飲有限公司', partyRole: 'respondent' } }),
    );
    assert.match(applicant, /勞資爭議調解會議通知書/);
    assert.match(applicant, /受文者：王小明（申請人）/);
    assert.match(respondent, /受文者：好棒棒餐飲有限公司（相對人）/);
    assert.match(applicant, /案號：115勞資調字第0042號/);
    assert.match(applicant, /民國 115 年 3 月 9 日/, 'the issue date');
    assert.match(applicant.replace(/\n/g, ''), /訂於 民國 115 年 3 月 20 日 14:30 在 臺中市政府勞工局 勞資爭議調解室/);
    assert.match(applicant, /資遣費及預告期間工資/);
    assert.match(applicant, /第 1 頁，共 1 頁/);
  });

  it('numbers the pages of a long written reply', async () => {
    const reply = Array.from({ length: 60 }, (_, i) => `第${i + 1}點：經查雇主未依勞動基準法第二十四條給付延長工時工資，已限期改善。`).join('\n\n');
    const pages = await pdfPageTexts(await renderComplaintReplyPdf({ letterhead, trackingCode: 'TC-7K3M9Q2X', reply, repliedOn: '2026-04-01' }));
    assert.ok(pages.length >= 2);
    pages.forEach((lines, index) => assert.ok(lines.join('').includes(`第 ${index + 1} 頁，共 ${pages.length} 頁`)));
    const all = pages.flat().join('');
    assert.ok(all.includes('第60點'));
    assert.match(all, /民國 115 年 4 月 1 日/);
  });
});
