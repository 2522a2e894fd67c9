import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locales } from '../../shared/i18n/locales.ts';
import { serverCatalogs } from '../../shared/i18n/translate.ts';
import { noticeTemplates, partyRoles, renderNotice, templateKeys } from './notifications.templates.ts';

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

const replyParams = { bureau: '臺中市政府勞工局', trackingCode: 'TC-7K3M9Q2X', reply: '已依法處分。', repliedOn: '2026-03-02' };

describe('notice templates', () => {
  it('exist in all five languages, each using exactly the parameters its template declares', () => {
    for (const key of templateKeys) {
      const declared = new Set(Object.keys(noticeTemplates[key]));
      for (const locale of locales) {
        const subject = serverCatalogs[locale][`notifications.${key}.subject`];
        const body = serverCatalogs[locale][`notifications.${key}.body`];
        assert.ok(subject && body, `${key} in ${locale}`);
        const used = new Set([...placeholders(subject), ...placeholders(body)]);
        assert.deepEqual([...used].sort(), [...declared].sort(), `${key} in ${locale} uses its parameters`);
        assert.ok(placeholders(body).size >= declared.size - 1, `${key} in ${locale}: the body carries the content`);
      }
    }
    for (const role of partyRoles) for (const locale of locales) assert.ok(serverCatalogs[locale][`notifications.party.${role}`]);
  });

  it("chooses the recipient's language and falls back to zh-TW for one we do not have", () => {
    const thai = renderNotice('complaint-reply', 'th', { ...replyParams, bureau: 'Labor Affairs Bureau' });
    assert.equal(thai.locale, 'th');
    assert.match(thai.subject, /หนังสือตอบเรื่องร้องเรียน TC-7K3M9Q2X/);
    const french = renderNotice('complaint-reply', 'fr', replyParams);
    assert.equal(french.locale, 'zh-TW');
    assert.equal(french.subject, '臺中市政府勞工局：檢舉案件 TC-7K3M9Q2X 書面回復');
    assert.match(french.text, /回復日期：民國 115 年 3 月 2 日/);
    assert.match(renderNotice('complaint-reply', 'en', replyParams).text, /Date of reply: March 2, 2026/);
  });

  it('fills parameters as text: escaped in HTML, flattened in the subject, never expanded twice', () => {
    const rendered = renderNotice('complaint-reply', 'en', {
      ...replyParams,
      trackingCode: 'TC-1\r\nBcc: someone@example.com',
      reply: '<script>alert(1)</script> & {bureau}',
    });
    assert.equal(rendered.subject.includes('\n'), false);
    assert.ok(rendered.text.includes('<script>alert(1)</script> & {bureau}'));
    assert.ok(rendered.html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; {bureau}'));
    assert.equal(rendered.html.includes('<script>'), false);
    assert.match(rendered.html, /^<!doctype html><html lang="en">/);
  });

  it('refuses a notice with a missing parameter, a malformed date or an unknown party role', () => {
    const { repliedOn: _omitted, ...withoutDate } = replyParams;
    assert.throws(() => renderNotice('complaint-reply', 'en', withoutDate as typeof replyParams), /lacks parameter repliedOn/);
    assert.throws(() => renderNotice('complaint-reply', 'en', { ...replyParams, repliedOn: '2 March' }), /YYYY-MM-DD/);
    const mediation = {
      bureau: 'B',
      caseNumber: '115勞資調字第0001號',
      recipientName: 'Siti',
      partyRole: 'applicant',
      sessionDate: '2026-03-20',
      sessionTime: '14:30',
      venue: '臺中市政府勞工局調解室',
      matters: '資遣費',
      contactPhone: '04-22289111',
      remarks: '',
    };
    assert.match(renderNotice('mediation-notice', 'id', mediation).text, /Yth\. Siti \(pemohon\)/);
    assert.throws(() => renderNotice('mediation-notice', 'id', { ...mediation, partyRole: 'witness' }), /party role/);
  });
});
