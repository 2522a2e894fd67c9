import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';
import { child, childrenNamed, parseXml } from './content.xml-check.ts';

const post = (title: string, extra: Record<string, unknown> = {}) => ({
  translations: {
    'zh-TW': { title, body: `${title}的內容。\n\n第二段：臺中市政府勞工局。` },
    en: { title: `EN ${title}`, body: 'English body.' },
  },
  ...extra,
});

describe('content: news and its Atom feed', () => {
  let t: TestContext;
  let officer: Session;
  let admin: Session;
  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('programs', ['programs-officer']);
    admin = await t.signIn('admin', ['admin']);
  });
  after(() => t.close());

  async function createPost(body: unknown) {
    const created = await t.request('/api/v1/staff/news', { method: 'POST', session: officer, body });
    assert.equal(created.status, 201, created.text);
    return created.json.id as string;
  }

  it('shows a post only once published, newest first, and audits every write', async () => {
    const older = await createPost(post('舊消息', { publishedAt: '2025-10-22T09:00:00+08:00' }));
    const newer = await createPost(post('新消息'));
    assert.equal((await t.request('/api/v1/news')).json.total, 0, 'drafts are not public');
    assert.equal((await t.request(`/api/v1/news/${newer}`)).status, 404);

    for (const id of [older, newer]) {
      const published = await t.request(`/api/v1/staff/news/${id}/publish`, { method: 'POST', session: officer });
      assert.equal(published.status, 200, published.text);
    }
    const list = await t.request('/api/v1/news?lang=en');
    assert.equal(list.json.total, 2);
    assert.deepEqual(list.json.items.map((i: { id: string }) => i.id), [newer, older]);
    assert.equal(list.json.items[1].publishedAt, '2025-10-22T01:00:00.000Z', 'a back-dated notice keeps its date');
    assert.equal(list.json.items[0].publishedAt, '2026-03-02T02:00:00.000Z', 'otherwise the date of publication');
    assert.equal(list.json.items[0].title, 'EN 新消息');

    const detail = await t.request(`/api/v1/news/${newer}?lang=th`);
    assert.equal(detail.json.isFallback, true);
    assert.equal(detail.json.locale, 'zh-TW');
    assert.match(detail.json.body, /第二段/);

    await t.request(`/api/v1/staff/news/${newer}/unpublish`, { method: 'POST', session: admin });
    assert.equal((await t.request('/api/v1/news')).json.total, 1);
    const trail = await t.request(`/api/v1/staff/audit-events?recordType=news&recordId=${newer}`, { session: admin });
    assert.deepEqual(trail.json.items.map((e: { action: string }) => e.action).sort(), ['news.create', 'news.publish', 'news.unpublish']);
  });

  it('serves a well-formed Atom feed of what is published, escaping what staff typed', async () => {
    const id = await createPost(post('<script>alert("x")</script> & 台'));
    await t.request(`/api/v1/staff/news/${id}/publish`, { method: 'POST', session: officer });
    const response = await t.request('/api/v1/news/feed.atom?lang=zh-TW');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/atom\+xml/);
    const feed = parseXml(response.text);
    assert.equal(feed.name, 'feed');
    const self = childrenNamed(feed, 'link').find((l) => l.attrs.rel === 'self');
    assert.equal(self?.attrs.href, 'http://localhost/api/v1/news/feed.atom?lang=zh-TW');
    const entries = childrenNamed(feed, 'entry');
    assert.equal(entries.length, 2, 'the unpublished post is not in the feed');
    const mine = entries.find((e) => child(e, 'id')?.text.endsWith(id));
    assert.equal(child(mine ?? feed, 'title')?.text, '<script>alert("x")</script> & 台');
    assert.match(child(feed, 'updated')?.text ?? '', /^2026-03-02T02:00:00/);
    assert.doesNotMatch(response.text, /<script>/);
  });

  it('pages the list and refuses bad input with 400', async () => {
    assert.equal((await t.request('/api/v1/news?page=2')).json.items.length, 0);
    assert.equal((await t.request('/api/v1/news?page=0')).status, 400);
    assert.equal((await t.request('/api/v1/news/not-a-uuid')).status, 400);
    const noChinese = await t.request('/api/v1/staff/news', { method: 'POST', session: officer, body: { translations: { en: { title: 'x', body: 'y' } } } });
    assert.equal(noChinese.status, 400);
    const badDate = await t.request('/api/v1/staff/news', { method: 'POST', session: officer, body: post('x', { publishedAt: 'yesterday' }) });
    assert.equal(badDate.status, 400);
    assert.equal(badDate.json.errors[0].field, 'publishedAt');
  });
});
