import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyToHtml, buildAtomFeed, xmlEscape } from './content.atom.ts';
import { child, childrenNamed, parseXml } from './content.xml-check.ts';

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('Atom feed', () => {
  const hostile = {
    id: '3f1c2a7e-1111-4222-8333-444455556666',
    title: 'Fish & <Chips> "quoted" \'single\' 台中\u0001',
    summary: 'a < b',
    body: 'First <b>para</b> & more\nsecond line\n\nSecond para ]]> end',
    publishedAt: '2025-12-29T02:00:00.000Z',
    updatedAt: '2025-12-30T02:00:00.000Z',
  };
  const xml = buildAtomFeed({
    origin: 'https://labor.example.gov.tw:8443',
    locale: 'en',
    bureauName: 'Labor Affairs Bureau, Taichung City Government',
    entries: [hostile],
    now: new Date('2026-03-02T02:00:00Z'),
  });

  it('is well-formed XML with the required feed elements', () => {
    const feed = parseXml(xml);
    assert.equal(feed.name, 'feed');
    assert.equal(feed.attrs.xmlns, 'http://www.w3.org/2005/Atom');
    assert.match(child(feed, 'id')?.text ?? '', /^tag:labor\.example\.gov\.tw,2024:/);
    assert.ok(child(feed, 'title')?.text);
    assert.match(child(feed, 'updated')?.text ?? '', rfc3339);
    const self = childrenNamed(feed, 'link').find((l) => l.attrs.rel === 'self');
    assert.equal(self?.attrs.href, 'https://labor.example.gov.tw:8443/api/v1/news/feed.atom?lang=en');
    assert.ok(child(child(feed, 'author') ?? feed, 'name')?.text, 'a feed-level author');
  });

  it('writes entries with tag: ids, dates, a link and escaped content, and keeps hostile text as text', () => {
    const entry = childrenNamed(parseXml(xml), 'entry')[0];
    assert.ok(entry);
    assert.equal(child(entry, 'id')?.text, `tag:labor.example.gov.tw,2025-12-29:news/${hostile.id}`);
    assert.equal(child(entry, 'title')?.text, 'Fish & <Chips> "quoted" \'single\' 台中', 'control characters dropped');
    assert.equal(child(entry, 'published')?.text, hostile.publishedAt);
    assert.equal(child(entry, 'updated')?.text, hostile.updatedAt);
    assert.equal(child(entry, 'link')?.attrs.href, `https://labor.example.gov.tw:8443/news/${hostile.id}?lang=en`);
    const content = child(entry, 'content');
    assert.equal(content?.attrs.type, 'html');
    assert.equal(content?.text, '<p>First &lt;b&gt;para&lt;/b&gt; &amp; more<br>second line</p>\n<p>Second para ]]&gt; end</p>');
  });

  it('is still a valid feed without entries, dated now', () => {
    const empty = parseXml(buildAtomFeed({ origin: 'http://localhost', locale: 'zh-TW', bureauName: '臺中市政府勞工局', entries: [], now: new Date('2026-03-02T02:00:00Z') }));
    assert.equal(child(empty, 'updated')?.text, '2026-03-02T02:00:00.000Z');
    assert.equal(empty.attrs['xml:lang'], 'zh-Hant-TW');
    assert.equal(childrenNamed(empty, 'entry').length, 0);
  });

  it('escapes the five XML specials and the checker rejects what is not well-formed', () => {
    assert.equal(xmlEscape(`<&>"'`), '&lt;&amp;&gt;&quot;&apos;');
    assert.equal(bodyToHtml('a\n\nb'), '<p>a</p>\n<p>b</p>');
    assert.throws(() => parseXml('<feed><title>a & b</title></feed>'), /entity/);
    assert.throws(() => parseXml('<feed><title>x</feed></title>'), /closes/);
    assert.throws(() => parseXml('<feed/><feed/>'), /root/);
    assert.throws(() => parseXml('<feed a="1" a="2"/>'), /duplicate/);
  });
});
