/**
 * What the Q&A and the news share: the publication status, the language chosen for a reader (the asked one,
 * else the Chinese source, marked as a fallback), summaries, and publishing or unpublishing with its audit.
 */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { locales, sourceLocale, type Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { citationLabel, type LegalBasis } from './content.laws.ts';

export type Status = 'draft' | 'published';

export const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();
export const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });
export const latest = (...dates: Date[]) => new Date(Math.max(...dates.map((d) => new Date(d).getTime())));

/** The text to show: the asked language when written, else the zh-TW source, marked as a fallback. */
export function pick<T extends { locale: Locale }>(rows: T[], locale: Locale): { row: T; isFallback: boolean } | undefined {
  const own = rows.find((row) => row.locale === locale);
  if (own) return { row: own, isFallback: false };
  const source = rows.find((row) => row.locale === sourceLocale);
  return source ? { row: source, isFallback: locale !== sourceLocale } : undefined;
}

export function labelled(basis: LegalBasis[], locale: Locale) {
  return basis.map((b) => ({
    law: b.law,
    article: b.article,
    ...(b.paragraph ? { paragraph: b.paragraph } : {}),
    label: citationLabel(b, locale),
  }));
}

/** The first ~120 characters of the first paragraph, cut at a character boundary. */
export function summarize(body: string, max = 120): string {
  const first = body.trim().split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ').trim() ?? '';
  const chars = [...first];
  return chars.length <= max ? first : `${chars.slice(0, max).join('')}…`;
}

export function presentLocales(translations: Partial<Record<Locale, unknown>>): Locale[] {
  return locales.filter((locale) => translations[locale] !== undefined);
}

/** Publishes or unpublishes a Q&A item or a news post, audited in the same transaction. */
export function createStatusSetter({ db, clock }: { db: Db; clock: () => Date }) {
  return async function setStatus(
  table: 'qa_items' | 'news_posts',
  staff: StaffPrincipal,
  id: string,
  status: Status,
  requestId: string,
): Promise<{ id: string; status: Status; publishedAt: string | null }> {
  const now = clock();
  return db.transaction(async (tx) => {
    const current = (
      await tx.query<{ status: Status; published_at: Date | null }>(`SELECT status, published_at FROM ${table} WHERE id = $1 FOR UPDATE`, [id])
    ).rows[0];
    if (!current) throw new AppError('NOT_FOUND');
    if (current.status === status) {
      return { id, status, publishedAt: current.published_at ? iso(current.published_at) : null };
    }
    // The first publication fixes the date readers see; unpublishing and publishing again keeps it.
    const updated = (
      await tx.query<{ published_at: Date | null }>(
        `UPDATE ${table} SET status = $2, updated_at = $3,
           published_at = CASE WHEN $2 = 'published' THEN COALESCE(published_at, $3) ELSE published_at END
         WHERE id = $1 RETURNING published_at`,
        [id, status, now],
      )
    ).rows[0];
    const kind = table === 'qa_items' ? 'qa' : 'news';
    await recordAudit(tx, {
      actor: actorOf(staff),
      action: `${kind}.${status === 'published' ? 'publish' : 'unpublish'}`,
      recordType: kind,
      recordId: id,
      requestId,
      occurredAt: now,
    });
    return { id, status, publishedAt: updated?.published_at ? iso(updated.published_at) : null };
  });
}
}

export type StatusSetter = ReturnType<typeof createStatusSetter>;
