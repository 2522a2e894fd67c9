import type { Locale } from '../../../shared/i18n/locales.ts';
import type { QaCategory } from '../content.contract.ts';
import type { LegalBasis } from '../content.laws.ts';

export type QaSeedItem = {
  /** Stable key: loading again skips an item whose key is present. Never reuse a key for other content. */
  key: string;
  category: QaCategory;
  legalBasis: LegalBasis[];
  text: { 'zh-TW': { question: string; answer: string } } & Partial<Record<Locale, { question: string; answer: string }>>;
};

export type NewsSeedPost = {
  key: string;
  /** ISO 8601 with the Taiwan offset. */
  publishedAt: string;
  text: { 'zh-TW': { title: string; body: string } } & Partial<Record<Locale, { title: string; body: string }>>;
};
