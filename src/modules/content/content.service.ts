/**
 * Q&A (勞動法令 Q&A) and labor-law news (最新勞動法令消息): staff write drafts, publish and unpublish them;
 * the public reads what is published, in its language or else in the Chinese source, marked as such.
 * Every staff write is audited in the transaction of the change.
 */
import type { z } from '@hono/zod-openapi';
import { sql, type RawBuilder } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb, run } from '../../db/query.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { locales, sourceLocale, type Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { QaStaffSortKey, qaCategories, qaPublicItem, qaStaffRecord, qaStaffSummary, qaWriteRequest } from './content.contract.ts';
import type { LegalBasis } from './content.laws.ts';
import { bigrams, likeEscape, searchKey, searchTerms } from './content.search.ts';
import { createNewsContent } from './content.news.ts';
import { actorOf, createStatusSetter, iso, labelled, latest, pick, presentLocales, type Status } from './content.shared.ts';

export { newsPageSize, type NewsWrite } from './content.news.ts';
export { summarize } from './content.shared.ts';

type QaCategory = (typeof qaCategories)[number];
export type QaWrite = z.infer<typeof qaWriteRequest>;
type QaText = { question: string; answer: string };

type QaItemRow = {
  id: string;
  category: QaCategory;
  legal_basis: LegalBasis[];
  status: Status;
  sort_order: number;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
};
type QaTranslationRow = { qa_id: string; locale: Locale; question: string; answer: string; updated_at: Date };
type QaStaffRow = {
  id: string;
  category: QaCategory;
  status: Status;
  published_at: Date | null;
  latest_update: Date;
  question: string | null;
  locales: string[] | null;
};

const hanPattern = /\p{Script=Han}/u;

/**
 * The search condition and score of one query over `t.question_key` / `t.answer_key` (a `qa_translations t`).
 * Every term must occur in the question or the answer; a term in the question weighs 2, in the answer 1,
 * so question matches rank above answer matches.
 */
function searchCondition(terms: string[], mode: 'all' | 'some'): { where: RawBuilder<boolean>; score: RawBuilder<number> } {
  const scores: RawBuilder<unknown>[] = [];
  const hits: RawBuilder<unknown>[] = [];
  for (const term of terms) {
    const p = `%${likeEscape(term)}%`;
    scores.push(sql`(CASE WHEN t.question_key LIKE ${p} THEN 2 ELSE 0 END + CASE WHEN t.answer_key LIKE ${p} THEN 1 ELSE 0 END)`);
    hits.push(sql`(CASE WHEN (t.question_key LIKE ${p} OR t.answer_key LIKE ${p}) THEN 1 ELSE 0 END)`);
  }
  // A query typed in several pieces (資 遣 費) that occurs whole in a question ranks above scattered hits.
  if (mode === 'all' && terms.length > 1) {
    const p = `%${likeEscape(terms.join(''))}%`;
    scores.push(sql`(CASE WHEN t.question_key LIKE ${p} THEN 4 ELSE 0 END + CASE WHEN t.answer_key LIKE ${p} THEN 2 ELSE 0 END)`);
  }
  // "some": the pair fallback needs a third of the pairs (at least two) to occur.
  const needed = mode === 'all' || terms.length <= 2 ? terms.length : Math.max(2, Math.ceil(terms.length / 3));
  return { where: sql<boolean>`(${sql.join(hits, sql` + `)}) >= ${needed}`, score: sql<number>`(${sql.join(scores, sql` + `)})` };
}

/** The terms a query searches with: all its terms, or when none match a Chinese query, its character pairs. */
async function chooseSearch(q: string, matches: (terms: string[], mode: 'all' | 'some') => Promise<boolean>) {
  const terms = searchTerms(q);
  if (terms.length === 0) return undefined;
  if (await matches(terms, 'all')) return { terms, mode: 'all' as const };
  const joined = terms.join('');
  if (!hanPattern.test(joined) || [...joined].length < 3) return { terms, mode: 'all' as const };
  return { terms: bigrams(joined).slice(0, 24), mode: 'some' as const };
}

export function createContentService({ db, clock }: { db: Db; clock: () => Date }) {
  async function qaTranslations(tx: Queryable, ids: string[]): Promise<Map<string, QaTranslationRow[]>> {
    const byItem = new Map<string, QaTranslationRow[]>();
    if (ids.length === 0) return byItem;
    const rows = await tx.query<QaTranslationRow>(
      'SELECT qa_id, locale, question, answer, updated_at FROM qa_translations WHERE qa_id = ANY($1::uuid[])',
      [ids],
    );
    for (const row of rows.rows) byItem.set(row.qa_id, [...(byItem.get(row.qa_id) ?? []), row]);
    return byItem;
  }

  function toPublicQa(item: QaItemRow, rows: QaTranslationRow[], locale: Locale): z.infer<typeof qaPublicItem> | undefined {
    const chosen = pick(rows, locale);
    if (!chosen) return undefined;
    return {
      id: item.id,
      category: item.category,
      question: chosen.row.question,
      answer: chosen.row.answer,
      legalBasis: labelled(item.legal_basis, chosen.isFallback ? locale : chosen.row.locale),
      updatedAt: iso(latest(item.updated_at, ...rows.map((r) => r.updated_at))),
      locale: chosen.row.locale,
      isFallback: chosen.isFallback,
    };
  }

  /** Published items matching a public search, best first: all terms; else a Chinese query's character pairs. */
  async function matchQa(options: { q: string; locale: Locale; category?: QaCategory | undefined; limit: number }): Promise<string[]> {
    const find = (search: { terms: string[]; mode: 'all' | 'some' } | undefined, limit: number) => {
      const condition = search ? searchCondition(search.terms, search.mode) : undefined;
      let query = qb
        .selectFrom('qa_items as i')
        .innerJoin('qa_translations as t', 't.qa_id', 'i.id')
        .select(['i.id', sql<number>`MAX(${condition?.score ?? sql`0`})`.as('score'), sql<number>`MIN(i.sort_order)`.as('sort_order')])
        .where('i.status', '=', 'published')
        .where('t.locale', 'in', [options.locale, sourceLocale])
        .groupBy('i.id')
        .orderBy(sql`score DESC`)
        .orderBy(sql`sort_order ASC`)
        .orderBy('i.id')
        .limit(limit);
      if (options.category) query = query.where('i.category', '=', options.category);
      if (condition) query = query.where(condition.where);
      return run(db, query);
    };
    const search = await chooseSearch(options.q, async (terms, mode) => (await find({ terms, mode }, 1)).length > 0);
    return (await find(search, options.limit)).map((row) => row.id);
  }

  async function writeQaTranslations(tx: Queryable, id: string, translations: QaWrite['translations'], now: Date) {
    const present = presentLocales(translations);
    await tx.query('DELETE FROM qa_translations WHERE qa_id = $1 AND NOT (locale = ANY($2::text[]))', [id, present]);
    for (const locale of present) {
      const text = translations[locale] as QaText;
      await tx.query(
        // Text a person wrote or changed in the editor is reviewed (issue 15 §2); unchanged text keeps its mark.
        `INSERT INTO qa_translations (qa_id, locale, question, answer, question_key, answer_key, updated_at, review_status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'reviewed')
         ON CONFLICT (qa_id, locale) DO UPDATE SET
           question = EXCLUDED.question, answer = EXCLUDED.answer, question_key = EXCLUDED.question_key,
           answer_key = EXCLUDED.answer_key,
           review_status = CASE WHEN qa_translations.question = EXCLUDED.question AND qa_translations.answer = EXCLUDED.answer
                                THEN qa_translations.review_status ELSE 'reviewed' END,
           updated_at = CASE WHEN qa_translations.question = EXCLUDED.question AND qa_translations.answer = EXCLUDED.answer
                             THEN qa_translations.updated_at ELSE EXCLUDED.updated_at END`,
        [id, locale, text.question, text.answer, searchKey(text.question), searchKey(text.answer), now],
      );
    }
    return present;
  }

  const setStatus = createStatusSetter({ db, clock });

  return {
    ...createNewsContent({ db, clock, setStatus }),

    // ---- Q&A, public ----
    async searchQa(filters: { q?: string | undefined; category?: QaCategory | undefined; locale: Locale }) {
      const ids = await matchQa({ q: filters.q ?? '', locale: filters.locale, category: filters.category, limit: 200 });
      if (ids.length === 0) return { items: [] };
      const items = await db.query<QaItemRow>('SELECT * FROM qa_items WHERE id = ANY($1::uuid[])', [ids]);
      const byId = new Map(items.rows.map((row) => [row.id, row]));
      const texts = await qaTranslations(db, ids);
      return {
        items: ids.flatMap((id) => {
          const item = byId.get(id);
          const shown = item && toPublicQa(item, texts.get(id) ?? [], filters.locale);
          return shown ? [shown] : [];
        }),
      };
    },

    async getPublishedQa(id: string, locale: Locale) {
      const item = (await db.query<QaItemRow>("SELECT * FROM qa_items WHERE id = $1 AND status = 'published'", [id])).rows[0];
      if (!item) throw new AppError('NOT_FOUND');
      const shown = toPublicQa(item, (await qaTranslations(db, [id])).get(id) ?? [], locale);
      if (!shown) throw new AppError('NOT_FOUND');
      return shown;
    },

    // ---- Q&A, staff ----
    /** Every Q&A item, drafts included: the best matches first when searched, else the latest updated. */
    async qaStaffList(filters: {
      q?: string | undefined;
      category?: QaCategory | undefined;
      status?: Status | undefined;
    }): Promise<ListDefinition<QaStaffSortKey, QaStaffRow>> {
      const exists = (condition: RawBuilder<boolean>) =>
        sql<boolean>`EXISTS (SELECT 1 FROM qa_translations t WHERE t.qa_id = i.id AND ${condition})`;
      const search = await chooseSearch(filters.q ?? '', async (terms, mode) => {
        let probe = qb.selectFrom('qa_items as i').select('i.id').where(exists(searchCondition(terms, mode).where)).limit(1);
        if (filters.category) probe = probe.where('i.category', '=', filters.category);
        const found = await run(db, probe);
        return found.length > 0;
      });
      const condition = search ? searchCondition(search.terms, search.mode) : undefined;
      const score = condition
        ? sql<number>`coalesce((SELECT MAX(${condition.score}) FROM qa_translations t WHERE t.qa_id = i.id AND ${condition.where}), 0)`
        : sql<number>`0`;
      const latestUpdate = sql<Date>`GREATEST(i.updated_at, (SELECT MAX(t.updated_at) FROM qa_translations t WHERE t.qa_id = i.id))`;
      let query = qb
        .selectFrom('qa_items as i')
        .select([
          'i.id',
          'i.category',
          'i.status',
          'i.published_at',
          latestUpdate.as('latest_update'),
          sql<string | null>`(SELECT t.question FROM qa_translations t WHERE t.qa_id = i.id AND t.locale = ${sourceLocale})`.as('question'),
          sql<string[] | null>`(SELECT array_agg(t.locale) FROM qa_translations t WHERE t.qa_id = i.id)`.as('locales'),
        ])
        .$castTo<QaStaffRow>();
      if (condition) query = query.where(exists(condition.where));
      if (filters.category) query = query.where('i.category', '=', filters.category);
      if (filters.status) query = query.where('i.status', '=', filters.status);
      return {
        query,
        sortKeys: {
          relevance: { expression: score, type: 'integer' },
          updatedAt: { expression: latestUpdate, type: 'timestamptz' },
          category: { expression: sql.ref('i.category'), type: 'text' },
          status: { expression: sql.ref('i.status'), type: 'text' },
        },
        defaultSort: condition ? '-relevance' : '-updatedAt',
        unique: { expression: sql.ref('i.id'), type: 'uuid' },
      };
    },

    toQaStaffSummary: (row: QaStaffRow): z.infer<typeof qaStaffSummary> => ({
      id: row.id,
      category: row.category,
      status: row.status,
      question: row.question ?? '',
      locales: locales.filter((l) => (row.locales ?? []).includes(l)),
      updatedAt: iso(row.latest_update),
      publishedAt: row.published_at ? iso(row.published_at) : null,
    }),

    async getQaForStaff(id: string): Promise<z.infer<typeof qaStaffRecord>> {
      const item = (await db.query<QaItemRow>('SELECT * FROM qa_items WHERE id = $1', [id])).rows[0];
      if (!item) throw new AppError('NOT_FOUND');
      const rows = (await qaTranslations(db, [id])).get(id) ?? [];
      return {
        id,
        category: item.category,
        status: item.status,
        legalBasis: labelled(item.legal_basis, sourceLocale),
        sortOrder: item.sort_order,
        translations: Object.fromEntries(
          locales.flatMap((l) => {
            const row = rows.find((r) => r.locale === l);
            return row ? [[l, { question: row.question, answer: row.answer }]] : [];
          }),
        ),
        createdAt: iso(item.created_at),
        updatedAt: iso(latest(item.updated_at, ...rows.map((r) => r.updated_at))),
        publishedAt: item.published_at ? iso(item.published_at) : null,
      };
    },

    async createQa(staff: StaffPrincipal, input: QaWrite, requestId: string): Promise<{ id: string }> {
      const now = clock();
      return db.transaction(async (tx) => {
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO qa_items (category, legal_basis, sort_order, status, created_at, updated_at)
           VALUES ($1, $2, $3, 'draft', $4, $4) RETURNING id`,
          [input.category, JSON.stringify(input.legalBasis), input.sortOrder, now],
        );
        const id = (inserted.rows[0] as { id: string }).id;
        const present = await writeQaTranslations(tx, id, input.translations, now);
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'qa.create',
          recordType: 'qa',
          recordId: id,
          requestId,
          details: { category: input.category, locales: present },
          occurredAt: now,
        });
        return { id };
      });
    },

    async updateQa(staff: StaffPrincipal, id: string, input: QaWrite, requestId: string): Promise<{ id: string }> {
      const now = clock();
      return db.transaction(async (tx) => {
        const before = (await tx.query<QaItemRow>('SELECT * FROM qa_items WHERE id = $1 FOR UPDATE', [id])).rows[0];
        if (!before) throw new AppError('NOT_FOUND');
        const beforeLocales = (await tx.query<{ locale: string }>('SELECT locale FROM qa_translations WHERE qa_id = $1', [id])).rows.map(
          (r) => r.locale,
        );
        await tx.query('UPDATE qa_items SET category = $2, legal_basis = $3, sort_order = $4, updated_at = $5 WHERE id = $1', [
          id,
          input.category,
          JSON.stringify(input.legalBasis),
          input.sortOrder,
          now,
        ]);
        const present = await writeQaTranslations(tx, id, input.translations, now);
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'qa.update',
          recordType: 'qa',
          recordId: id,
          requestId,
          details: {
            status: before.status,
            locales: present,
            removedLocales: beforeLocales.filter((l) => !present.includes(l as Locale)),
            ...(before.category !== input.category ? { category: { from: before.category, to: input.category } } : {}),
          },
          occurredAt: now,
        });
        return { id };
      });
    },

    publishQa: (staff: StaffPrincipal, id: string, requestId: string) => setStatus('qa_items', staff, id, 'published', requestId),
    unpublishQa: (staff: StaffPrincipal, id: string, requestId: string) => setStatus('qa_items', staff, id, 'draft', requestId),

  };
}

export type ContentService = ReturnType<typeof createContentService>;
