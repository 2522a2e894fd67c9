import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { locales } from '../../shared/i18n/locales.ts';
import { complaintActions } from '../complaints/complaints.workflow.ts';
import { referralOutcomes, referralStatuses } from '../employment/employment.contract.ts';
import { outcomeKinds } from '../job-fairs/job-fairs.contract.ts';

// Issue 15 §8a: the audit page names every action and record type in the reader's language; a code typed
// by hand, or shown raw, is what the review found. Every action the code can write, and every record type,
// must have a name in every language. A new audit action fails here until it is named.
const sources = globSync('src/**/*.ts').filter((file) => !file.endsWith('.test.ts'));

function actionsWritten(): Set<string> {
  const found = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('recordAudit')) continue;
    // `action: 'a.b'`, `action: x ? 'a.b' : 'a.c'`: every dotted literal on the line of an action field.
    for (const line of text.split('\n')) {
      // (not a sort key's `action: { expression: … }`)
      const at = line.search(/\baction: (?!\{)/);
      if (at < 0) continue;
      for (const match of line.slice(at).matchAll(/'([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)'/g)) found.add(match[1]!);
    }
  }
  // Codes made from a value: each value the contract allows.
  for (const step of complaintActions) found.add(`complaint.${step}`);
  for (const decision of ['approve', 'reject']) found.add(`program.${decision}`);
  for (const status of [...referralStatuses, ...referralOutcomes]) found.add(`referral.${status}`);
  for (const answer of ['contacted', 'interviewed', 'hired', 'not-hired']) found.add(`referral.employer-${answer}`);
  for (const decision of ['approved', 'rejected']) found.add(`job-fair.sign-up-${decision}`);
  for (const kind of outcomeKinds) found.add(`job-fair.${kind}`);
  for (const step of ['notified', 'members', 'investigator', 'report', 'extend', 'meeting']) found.add(`mediation.committee.${step}`);
  return found;
}

function recordTypesWritten(): Set<string> {
  const found = new Set<string>();
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('recordAudit')) continue;
    for (const match of text.matchAll(/recordType: '([a-z0-9-]+)'/g)) found.add(match[1]!);
  }
  return found;
}

const catalog = (locale: string) =>
  JSON.parse(readFileSync(`web/src/i18n/locales/${locale}/audit.json`, 'utf8')) as { actions: Record<string, string>; record_types: Record<string, string> };

describe('audit trail labels', () => {
  it('names every action the code writes, in every language', () => {
    const actions = actionsWritten();
    assert.ok(actions.size > 150, `${actions.size} actions found: the scan still reads the code`);
    for (const locale of locales) {
      const names = catalog(locale).actions;
      const missing = [...actions].filter((code) => !names[code.replaceAll('.', '_')]);
      assert.deepEqual(missing, [], `${locale}: audit actions without a name`);
    }
  });

  it('names every record type the code writes, in every language', () => {
    const types = recordTypesWritten();
    assert.ok(types.size > 40);
    for (const locale of locales) {
      const missing = [...types].filter((type) => !catalog(locale).record_types[type]);
      assert.deepEqual(missing, [], `${locale}: record types without a name`);
    }
  });
});
