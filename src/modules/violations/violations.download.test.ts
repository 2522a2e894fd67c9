import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';

describe('violation downloads when the database fails', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
    // A database that went away: the first query of the download fails.
    await t.db.close();
  });

  for (const path of ['/api/v1/violations.csv', '/api/v1/violations.json', '/api/v1/violations?format=csv']) {
    it(`answers ${path} with a problem, not a 200 cut off mid-file`, async () => {
      const response = await t.request(path);
      assert.equal(response.status, 500);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal(response.headers.get('content-disposition'), null);
    });
  }
});
