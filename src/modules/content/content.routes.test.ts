import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, type Session, type TestContext } from '../../../test/test-app.ts';

const draft = {
  category: 'severance-retirement',
  legalBasis: [{ law: 'LPA', article: '12' }],
  translations: {
    'zh-TW': { question: '臺中的資遣費試算在哪裡？', answer: '可以使用本平台的資遣費試算。' },
    en: { question: 'Where is the severance calculator?', answer: 'Use the calculator on this site.' },
  },
};

describe('content: Q&A lifecycle, search and fallback', () => {
  let t: TestContext;
  let officer: Session;
  let admin: Session;
  let inspector: Session;
  before(async () => {
    t = await createTestContext();
    officer = await t.signIn('programs', ['programs-officer']);
    admin = await t.signIn('admin', ['admin']);
    inspector = await t.signIn('inspector', ['labor-inspector']);
  });
  after(() => t.close());

  async function create(body: unknown = draft) {
    const created = await t.request('/api/v1/staff/qa', { method: 'POST', session: officer, body });
    assert.equal(created.status, 201, created.text);
    return created.json.id as string;
  }

  it('keeps a draft off the public site until it is published, and takes it down again', async () => {
    const id = await create();
    assert.equal((await t.request(`/api/v1/qa/${id}`)).status, 404);
    assert.equal((await t.request('/api/v1/qa?q=資遣費試算')).json.items.length, 0);

    const published = await t.request(`/api/v1/staff/qa/${id}/publish`, { method: 'POST', session: officer });
    assert.equal(published.status, 200, published.text);
    assert.equal(published.json.status, 'published');
    assert.equal(published.json.publishedAt, '2026-03-02T02:00:00.000Z');

    const view = await t.request(`/api/v1/qa/${id}?lang=en`);
    assert.equal(view.status, 200);
    assert.equal(view.json.question, 'Where is the severance calculator?');
    assert.equal(view.json.locale, 'en');
    assert.equal(view.json.isFallback, false);
    assert.deepEqual(view.json.legalBasis, [{ law: 'LPA', article: '12', label: 'Labor Pension Act, Art. 12' }]);

    const down = await t.request(`/api/v1/staff/qa/${id}/unpublish`, { method: 'POST', session: admin });
    assert.equal(down.json.status, 'draft');
    assert.equal((await t.request(`/api/v1/qa/${id}`)).status, 404);

    const trail = await t.request(`/api/v1/staff/audit-events?recordType=qa&recordId=${id}`, { session: admin });
    assert.deepEqual(
      trail.json.items.map((e: { action: string }) => e.action).sort(),
      ['qa.create', 'qa.publish', 'qa.unpublish'],
    );
  });

  it('falls back to the Chinese source, marked as such, when a language has no translation', async () => {
    const id = await create();
    await t.request(`/api/v1/staff/qa/${id}/publish`, { method: 'POST', session: officer });
    const vi = await t.request(`/api/v1/qa/${id}?lang=vi`);
    assert.equal(vi.json.locale, 'zh-TW');
    assert.equal(vi.json.isFallback, true);
    assert.equal(vi.json.question, '臺中的資遣費試算在哪裡？');
    assert.equal(vi.json.legalBasis[0].label, 'Luật Hưu trí Lao động, Điều 12', 'citations still in the reader language');
    const zh = await t.request(`/api/v1/qa/${id}`, { headers: { 'accept-language': 'zh-TW' } });
    assert.equal(zh.json.isFallback, false);
    assert.equal(zh.json.legalBasis[0].label, '勞工退休金條例第12條');
  });

  it('updates text, drops a removed translation and audits the change; a published item stays published', async () => {
    const id = await create();
    await t.request(`/api/v1/staff/qa/${id}/publish`, { method: 'POST', session: officer });
    t.setNow(new Date('2026-03-02T02:10:00Z')); // within the session lifetime
    const saved = await t.request(`/api/v1/staff/qa/${id}`, {
      method: 'PUT',
      session: officer,
      body: { ...draft, translations: { 'zh-TW': { question: '資遣費怎麼試算？', answer: '請用試算。' } } },
    });
    assert.equal(saved.status, 200, saved.text);
    const record = await t.request(`/api/v1/staff/qa/${id}`, { session: officer });
    assert.deepEqual(Object.keys(record.json.translations), ['zh-TW']);
    assert.equal(record.json.status, 'published');
    assert.equal(record.json.updatedAt, '2026-03-02T02:10:00.000Z');
    const en = await t.request(`/api/v1/qa/${id}?lang=en`);
    assert.equal(en.json.isFallback, true);
    const trail = await t.request(`/api/v1/staff/audit-events?recordType=qa&recordId=${id}&action=qa.update`, { session: admin });
    assert.equal(trail.json.items.length, 1);
    assert.deepEqual(trail.json.items[0].details.removedLocales, ['en']);
    t.setNow(new Date('2026-03-02T02:00:00Z'));
  });

  it('refuses an item without the Chinese source, naming the field, and writes nothing', async () => {
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM qa_items');
    const bad = await t.request('/api/v1/staff/qa?lang=en', {
      method: 'POST',
      session: officer,
      body: { category: 'wages', translations: { en: { question: 'Q', answer: 'A' } } },
    });
    assert.equal(bad.status, 400);
    assert.ok(bad.json.errors.some((e: { field: string }) => e.field === 'translations.zh-TW'), bad.text);
    const badLaw = await t.request('/api/v1/staff/qa', {
      method: 'POST',
      session: officer,
      body: { ...draft, category: 'gossip', legalBasis: [{ law: 'XYZ', article: 'twelve' }] },
    });
    assert.equal(badLaw.status, 400);
    assert.deepEqual(
      badLaw.json.errors.map((e: { field: string }) => e.field).sort(),
      ['category', 'legalBasis.0.article', 'legalBasis.0.law'],
    );
    const afterCount = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM qa_items');
    assert.equal(afterCount.rows[0]?.n, before.rows[0]?.n);
  });

  it('lets only content roles write and publish', async () => {
    const denied = await t.request('/api/v1/staff/qa', { method: 'POST', session: inspector, body: draft });
    assert.equal(denied.status, 403);
    const anonymous = await t.request('/api/v1/staff/qa');
    assert.equal(anonymous.status, 401);
    assert.equal((await t.request('/api/v1/staff/qa/00000000-0000-4000-8000-000000000000/publish', { method: 'POST', session: admin })).status, 404);
  });

  describe('search', () => {
    let severanceId: string;
    let answerOnlyId: string;
    let migrantId: string;
    before(async () => {
      const items = [
        {
          category: 'severance-retirement',
          legalBasis: [{ law: 'LPA', article: '12' }],
          translations: { 'zh-TW': { question: '資遣費怎麼算？', answer: '每滿一年發給二分之一個月平均工資。' } },
        },
        {
          category: 'disputes',
          legalBasis: [{ law: 'SLMD', article: '9' }],
          translations: { 'zh-TW': { question: '怎麼申請調解？', answer: '向臺中市政府勞工局申請，可以一併請求資遣費。' } },
        },
        {
          category: 'migrant-workers',
          legalBasis: [{ law: 'ESA', article: '59' }],
          translations: {
            'zh-TW': { question: '外籍勞工可以轉換雇主嗎？（1955專線）', answer: '撥打１９５５，免付費。' },
            id: { question: 'Bisakah pekerja migran pindah majikan?', answer: 'Hubungi 1955.' },
          },
        },
      ];
      const ids: string[] = [];
      for (const item of items) {
        const id = await create(item);
        await t.request(`/api/v1/staff/qa/${id}/publish`, { method: 'POST', session: officer });
        ids.push(id);
      }
      [severanceId, answerOnlyId, migrantId] = ids as [string, string, string];
    });

    const search = async (q: string, extra = '') =>
      (await t.request(`/api/v1/qa?q=${encodeURIComponent(q)}${extra}`)).json.items as { id: string; question: string }[];

    it('finds a word inside a longer one, ranking question matches above answer matches', async () => {
      const found = await search('資遣');
      const ids = found.map((item) => item.id);
      assert.ok(ids.includes(severanceId));
      assert.ok(ids.includes(answerOnlyId));
      assert.ok(ids.indexOf(severanceId) < ids.indexOf(answerOnlyId), 'the question match ranks first');
    });

    it('treats 台 and 臺 alike', async () => {
      const found = await search('台中市政府');
      assert.deepEqual(found.map((item) => item.id), [answerOnlyId]);
    });

    it('ignores punctuation, spaces and full-width forms in query and text', async () => {
      assert.equal((await search('資遣費，怎麼算'))[0]?.id, severanceId);
      assert.equal((await search('資 遣 費 怎 麼 算'))[0]?.id, severanceId, 'spaces between characters');
      assert.ok((await search('１９５５')).length > 0, 'full-width digits in the query');
      assert.ok((await search('1955')).some((item) => item.question.includes('1955')), 'full-width digits in the text');
      assert.ok((await search('轉換雇主？1955')).length > 0, 'terms split on punctuation, all required');
    });

    it('ranks by shared character pairs when no item holds the whole Chinese phrase', async () => {
      const found = await search('轉換雇主的條件');
      assert.equal(found.length, 1);
      assert.equal(found[0]?.id, migrantId);
      assert.deepEqual(await search('颱風天上班'), [], 'too few shared pairs');
    });

    it('finds nothing for words that occur nowhere, and filters by category', async () => {
      assert.deepEqual(await search('颱風假'), []);
      const disputes = await search('資遣', '&category=disputes');
      assert.deepEqual(disputes.map((item) => item.id), [answerOnlyId]);
    });

    it('searches the asked language and the Chinese source together', async () => {
      const found = (await t.request(`/api/v1/qa?q=pindah&lang=id`)).json.items;
      assert.equal(found.length, 1);
      assert.equal(found[0].locale, 'id');
      const chinese = (await t.request(`/api/v1/qa?q=${encodeURIComponent('轉換雇主')}&lang=id`)).json.items;
      assert.equal(chinese[0].question, 'Bisakah pekerja migran pindah majikan?');
    });

    it('answers 400 for an unknown category, never 500', async () => {
      const bad = await t.request('/api/v1/qa?category=gossip');
      assert.equal(bad.status, 400);
      assert.equal(bad.json.errors[0].field, 'category');
    });

    it('treats LIKE wildcards as text', async () => {
      const everything = (await t.request('/api/v1/qa')).json.items;
      assert.deepEqual(await search('%'), everything, 'only punctuation: everything, like an empty query');
      assert.deepEqual(await search('___'), everything);
      assert.deepEqual(await search('資%算\\'), await search('資 算'), 'wildcards are separators, never patterns');
    });
  });
});
