import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { countMultipartParts, jsonNestingDepth } from './body-guards.ts';

/** Security findings 6 and 12 (issue 16): small crafted bodies, refused before anything parses them. */
describe('body guards', () => {
  it('counts JSON nesting outside strings, escapes included', () => {
    assert.equal(jsonNestingDepth('{"a":[1,{"b":2}]}'), 3);
    assert.equal(jsonNestingDepth('{"a":"[[[[\\"[[["}'), 1);
    assert.equal(jsonNestingDepth('"plain"'), 0);
    assert.equal(jsonNestingDepth('['.repeat(100_000), 32), 33, 'stops counting past the limit');
  });

  it('counts multipart parts by their boundary lines', () => {
    const body = new TextEncoder().encode('--b\r\nA\r\n--b\r\nB\r\n--b--\r\n');
    assert.equal(countMultipartParts(body, 'b', 10), 2);
  });

  describe('on the app', () => {
    let t: TestContext;
    before(async () => {
      t = await createTestContext({ bodyLimitBytes: 1024 * 1024 }); // the production default
    });
    after(() => t.close());

    const multipart = (parts: [string, string][]) => {
      const form = new FormData();
      for (const [name, value] of parts) form.append(name, value);
      return new Response(form);
    };
    const postForm = async (path: string, parts: [string, string][]) => {
      const encoded = multipart(parts);
      const response = await t.app.request(`${path}?lang=en`, {
        method: 'POST',
        headers: { 'content-type': encoded.headers.get('content-type')! },
        body: await encoded.arrayBuffer(),
      });
      return { status: response.status, json: (await response.json()) as { code: string; errors?: { field: string; code: string }[] } };
    };

    it('takes at most 64 KB on a JSON calculator', async () => {
      const response = await t.request('/api/v1/calculators/severance-pay', {
        method: 'POST',
        rawBody: JSON.stringify({ padding: 'x'.repeat(100 * 1024) }),
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(response.status, 413);
      assert.equal(response.json.code, 'PAYLOAD_TOO_LARGE');
    });

    it('refuses deep nesting before parsing, on a calculator and on complaint filing', async () => {
      const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      for (const path of ['/api/v1/calculators/severance-pay', '/api/v1/complaints']) {
        const response = await t.request(`${path}?lang=en`, { method: 'POST', rawBody: deep, headers: { 'content-type': 'application/json' } });
        assert.equal(response.status, 400, path);
        assert.equal(response.json.errors?.[0]?.code, 'too_deep', path);
      }
    });

    it('refuses a multipart complaint with too many parts before parsing it', async () => {
      const parts: [string, string][] = Array.from({ length: 2000 }, (_, i) => [`f${i}`, 'x']);
      const response = await postForm('/api/v1/complaints', parts);
      assert.equal(response.status, 400);
      assert.equal(response.json.errors?.[0]?.code, 'too_many_parts');
    });

    it('refuses a multipart part named __proto__', async () => {
      const response = await postForm('/api/v1/complaints', [
        ['__proto__', 'x'],
        ['description', 'x'.repeat(40)],
      ]);
      assert.equal(response.status, 400);
      assert.deepEqual(response.json.errors?.map((e) => [e.field, e.code]), [['__proto__', 'reserved_name']]);
    });
  });
});
