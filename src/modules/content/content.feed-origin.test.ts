import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';

/** Finding 9 (issue 16): the Atom feed's links come from PUBLIC_ORIGIN, never from the Host header. */
describe('Atom feed origin', () => {
  let configured: TestContext;
  let bare: TestContext;
  before(async () => {
    configured = await createTestContext({ publicOrigin: 'https://labor.example.gov.tw' });
    bare = await createTestContext();
  });
  after(async () => {
    await configured.close();
    await bare.close();
  });

  it('builds links from PUBLIC_ORIGIN whatever Host says, and may then be cached publicly', async () => {
    const feed = await configured.app.request('http://evil.example/api/v1/news/feed.atom', { headers: { host: 'evil.example' } });
    const xml = await feed.text();
    assert.equal(feed.status, 200);
    assert.doesNotMatch(xml, /evil\.example/);
    assert.match(xml, /https:\/\/labor\.example\.gov\.tw/);
    assert.match(feed.headers.get('cache-control') ?? '', /^public/);
  });

  it('without PUBLIC_ORIGIN, never lets a shared cache keep links built from Host', async () => {
    const feed = await bare.app.request('http://evil.example/api/v1/news/feed.atom', { headers: { host: 'evil.example' } });
    assert.equal(feed.status, 200);
    assert.match(feed.headers.get('cache-control') ?? '', /^private/);
  });
});
