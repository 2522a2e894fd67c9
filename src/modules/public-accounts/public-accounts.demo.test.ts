import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { hashPassword } from '../access/passwords.ts';
import { assertNoDemoPublicAccounts, loadPublicAccountsDemo } from './public-accounts.demo.ts';

describe('demo public accounts', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
    await t.db.query(`INSERT INTO people (id_number, id_kind, name, unit_kind, unit_code) VALUES ('B222222222', 'national-id', '林淑芬', 'station', 'dali')`);
    await t.db.query(`INSERT INTO employers (name, name_key) VALUES ('大里精密鑄造有限公司', '大里精密鑄造')`);
    await loadPublicAccountsDemo(t.db, { password: 'demo1234' });
  });
  after(() => t.close());

  it('the demo citizen opens with the demo password, linked to the demo person; the demo employer is its employer\'s admin', async () => {
    const citizen = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email: 'citizen@demo.example.tw', password: 'demo1234' } });
    assert.equal(citizen.status, 200, citizen.text);
    assert.equal(citizen.json.linkedToPerson, true);
    const employer = await t.request('/api/v1/account/sign-in', { method: 'POST', body: { email: 'employer@demo.example.tw', password: 'demo1234' } });
    assert.equal(employer.json.employerRole, 'admin');
  });

  it('production refuses to start while either still has the demo password, and passes once both are changed', async () => {
    await assert.rejects(
      assertNoDemoPublicAccounts(t.db, ['demo1234']),
      (error: Error) => error.name === 'DemoAccountError' && /citizen@demo\.example\.tw/.test(error.message) && /employer@demo\.example\.tw/.test(error.message),
    );
    await t.db.query(`UPDATE public_accounts SET password_hash = $1 WHERE email = 'citizen@demo.example.tw'`, [await hashPassword('a real passphrase of hers')]);
    await assert.rejects(assertNoDemoPublicAccounts(t.db, ['demo1234']), (error: Error) => !/citizen@/.test(error.message) && /employer@/.test(error.message));
    await t.db.query(`UPDATE public_accounts SET password_hash = $1 WHERE email = 'employer@demo.example.tw'`, [await hashPassword('a real passphrase of theirs')]);
    await assertNoDemoPublicAccounts(t.db, ['demo1234']);
  });
});
