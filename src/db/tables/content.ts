import type { Generated } from 'kysely';
import type { JsonValue } from './json.ts';

export type NewsPostsTable = {
  id: Generated<string>;
  status: Generated<string>;
  seed_key: string | null;
  published_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type NewsTranslationsTable = {
  post_id: string;
  locale: string;
  title: string;
  body: string;
  updated_at: Generated<Date>;
  review_status: Generated<string>;
};

export type QaItemsTable = {
  id: Generated<string>;
  category: string;
  legal_basis: Generated<JsonValue>;
  status: Generated<string>;
  seed_key: string | null;
  sort_order: Generated<number>;
  published_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type QaTranslationsTable = {
  qa_id: string;
  locale: string;
  question: string;
  answer: string;
  question_key: string;
  answer_key: string;
  updated_at: Generated<Date>;
  review_status: Generated<string>;
};

export type ContentTables = {
  news_posts: NewsPostsTable;
  news_translations: NewsTranslationsTable;
  qa_items: QaItemsTable;
  qa_translations: QaTranslationsTable;
};

export const contentColumns = {
  news_posts: ['id', 'status', 'seed_key', 'published_at', 'created_at', 'updated_at'],
  news_translations: ['post_id', 'locale', 'title', 'body', 'updated_at', 'review_status'],
  qa_items: ['id', 'category', 'legal_basis', 'status', 'seed_key', 'sort_order', 'published_at', 'created_at', 'updated_at'],
  qa_translations: ['qa_id', 'locale', 'question', 'answer', 'question_key', 'answer_key', 'updated_at', 'review_status'],
} as const;
