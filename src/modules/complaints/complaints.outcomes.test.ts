import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { locales } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { replyOutcomes } from './complaints.contract.ts';

// The status page (web catalog) and the e-mail and letter (server catalog) must say the same sentence.
describe('complaint reply outcomes (issue 15 §1)', () => {
  it('have one sentence per language, the same on the status page as in the e-mail', () => {
    for (const locale of locales) {
      const web = JSON.parse(readFileSync(new URL(`../../../web/src/i18n/locales/${locale}/complaints.json`, import.meta.url), 'utf8')) as {
        outcomes: Record<string, string>;
      };
      assert.deepEqual(Object.keys(web.outcomes).sort(), [...replyOutcomes].sort(), locale);
      for (const outcome of replyOutcomes) {
        const server = translate(locale, `complaints.outcome.${outcome}`);
        assert.notEqual(server, `complaints.outcome.${outcome}`, `${locale} ${outcome} in the server catalog`);
        assert.equal(server, web.outcomes[outcome], `${locale} ${outcome}`);
      }
    }
  });
});
