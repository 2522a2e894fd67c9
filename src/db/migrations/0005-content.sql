-- Content the bureau publishes: labor-law Q&A (勞動法令 Q&A) and labor-law news (最新勞動法令消息).
-- Text lives per locale in *_translations; zh-TW is the source and is required, the others optional.

CREATE TABLE qa_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  category text NOT NULL CHECK (category IN (
    'wages', 'working-hours', 'leave', 'severance-retirement', 'occupational-safety',
    'gender-equality', 'migrant-workers', 'disputes'
  )),
  -- [{ "law": "LSA", "article": "38", "paragraph": 1 }]: the articles the answer rests on.
  legal_basis jsonb NOT NULL DEFAULT '[]'::jsonb,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  -- Stable key of an item loaded from the shipped seed, so that loading again adds nothing.
  seed_key text UNIQUE,
  sort_order integer NOT NULL DEFAULT 1000,
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX qa_items_status_idx ON qa_items (status, category);

CREATE TABLE qa_translations (
  qa_id uuid NOT NULL REFERENCES qa_items (id) ON DELETE CASCADE,
  locale text NOT NULL CHECK (locale IN ('zh-TW', 'en', 'id', 'vi', 'th')),
  question text NOT NULL,
  answer text NOT NULL,
  -- Search keys: NFKC, 台→臺, lower case, no spaces or punctuation (see content.search.ts). Matched with
  -- LIKE '%…%': PGlite does not ship pg_trgm by default, and trigrams cannot serve two-character words
  -- such as 資遣 anyway; at Q&A sizes (hundreds of rows) a scan costs well under a millisecond.
  question_key text NOT NULL,
  answer_key text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (qa_id, locale)
);

CREATE TABLE news_posts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  seed_key text UNIQUE,
  -- Set when first published (or given by staff, for back-dated notices); kept when unpublished.
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX news_posts_published_idx ON news_posts (status, published_at DESC);

CREATE TABLE news_translations (
  post_id uuid NOT NULL REFERENCES news_posts (id) ON DELETE CASCADE,
  locale text NOT NULL CHECK (locale IN ('zh-TW', 'en', 'id', 'vi', 'th')),
  title text NOT NULL,
  -- Plain text; blank lines separate paragraphs.
  body text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (post_id, locale)
);
