import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { passwordWeakness } from './password-strength.ts';

/** Security finding 8 (issue 16): a long password is not yet a strong one. */
describe('password strength', () => {
  it('refuses repeats, runs, deny-listed words and the username; accepts a passphrase', () => {
    for (const weak of ['aaaaaaaaaa', 'abababab12', '1234567890', 'qwertyuiop', 'Password123!', 'taichung2026', 'demo123456']) {
      assert.ok(passwordWeakness(weak), weak);
    }
    assert.equal(passwordWeakness('chen-wei2026', 'chen-wei'), 'validation.password_has_username');
    assert.equal(passwordWeakness('correct horse battery', 'chen'), undefined);
    assert.equal(passwordWeakness('Wd7#kq2!Lp', 'chen'), undefined);
  });

  describe('on the accounts API', () => {
    let t: TestContext;
    let admin: Session;
    before(async () => {
      t = await createTestContext();
      admin = await t.signIn('pw-admin', ['admin']);
    });
    after(() => t.close());

    it('refuses a weak password on creation and on reset, naming the field', async () => {
      const created = await t.request('/api/v1/staff/accounts?lang=en', {
        method: 'POST',
        session: admin,
        body: { username: 'newbie', displayName: 'Newbie', password: 'aaaaaaaaaa', roles: ['analyst'], homeUnit: { kind: 'city', code: null } },
      });
      assert.equal(created.status, 400, created.text);
      assert.deepEqual(created.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['password', 'weak_password']]);
      const target = await t.createStaff('reset-me', ['analyst']);
      const reset = await t.request(`/api/v1/staff/accounts/${target.id}?lang=en`, { method: 'PATCH', session: admin, body: { password: 'password123' } });
      assert.equal(reset.status, 400, reset.text);
      assert.equal(reset.json.errors[0].field, 'password');
    });
  });
});
