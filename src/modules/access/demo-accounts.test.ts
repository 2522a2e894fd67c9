import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { assertNoDemoAccounts } from './demo-accounts.ts';
import { hashPassword } from './passwords.ts';

/** Finding 8 (issue 16): production never starts while a demo account still opens with the demo password. */
describe('demo accounts in production', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
    await t.createStaff('admin', ['admin']);
  });
  after(() => t.close());

  it('refuses while "admin" still has the demo password, and passes once it is changed', async () => {
    await t.db.query('UPDATE staff_users SET password_hash = $1 WHERE username = $2', [await hashPassword('demo1234'), 'admin']);
    await assert.rejects(assertNoDemoAccounts(t.db, ['demo1234']), (error: Error) => error.name === 'DemoAccountError' && /admin/.test(error.message));
    await t.db.query('UPDATE staff_users SET password_hash = $1 WHERE username = $2', [await hashPassword('a new real passphrase'), 'admin']);
    await assertNoDemoAccounts(t.db, ['demo1234']);
  });
});
