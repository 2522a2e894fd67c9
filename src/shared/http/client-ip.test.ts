import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { clientAddress } from './client-ip.ts';

/** Security finding 3 (issue 16): behind a proxy, the address is the one the proxy added, counted from the right. */
describe('client address behind trusted proxies', () => {
  it('takes the entry added by the trusted proxy, counted from the right', () => {
    assert.equal(clientAddress('6.6.6.6, 198.51.100.7', '10.0.0.2', 1), '198.51.100.7');
    assert.equal(clientAddress('6.6.6.6, 198.51.100.7, 10.0.0.1', '10.0.0.2', 2), '198.51.100.7');
    assert.equal(clientAddress('2001:db8::1', '10.0.0.2', 1), '2001:db8::1');
  });

  it('falls back to the socket when the header is missing, too short or not an IP address', () => {
    assert.equal(clientAddress(undefined, '10.0.0.2', 1), '10.0.0.2');
    assert.equal(clientAddress('198.51.100.7', '10.0.0.2', 2), '10.0.0.2');
    assert.equal(clientAddress('6.6.6.6, not-an-ip', '10.0.0.2', 1), '10.0.0.2');
    assert.equal(clientAddress('198.51.100.7', '10.0.0.2', 0), '10.0.0.2', 'no trusted proxy: the header is ignored');
  });

  describe('the login limit', () => {
    let t: TestContext;
    before(async () => {
      t = await createTestContext({ trustProxy: 1, loginLimit: 3 });
    });
    after(() => t.close());

    it('cannot be dodged by rotating the leftmost X-Forwarded-For entry', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const response = await t.request('/api/v1/auth/login', {
          method: 'POST',
          body: { username: 'x', password: 'y' },
          headers: { 'x-forwarded-for': `10.9.8.${i}, 198.51.100.7` },
        });
        statuses.push(response.status);
      }
      assert.deepEqual(statuses, [401, 401, 401, 429]);
    });
  });
});
