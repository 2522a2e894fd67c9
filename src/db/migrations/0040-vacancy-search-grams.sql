-- Issue 8 (bench): at 1,000,000 vacancies the public search read every published row, because
-- `search_text LIKE '%焊接%'` cannot use a b-tree. As the violations registry does (0002), each vacancy keeps
-- the distinct character pairs of its folded text, and a GIN index over the published ones narrows a search
-- word to the rows holding all its pairs; LIKE then confirms the word is there in one piece.
ALTER TABLE vacancies ADD COLUMN search_grams text[] NOT NULL DEFAULT '{}';
UPDATE vacancies
   SET search_grams = ARRAY(SELECT DISTINCT substr(search_text, i, 2) FROM generate_series(1, char_length(search_text) - 1) AS i);
CREATE INDEX vacancies_search_grams_idx ON vacancies USING gin (search_grams) WHERE status = 'published';
-- Every search answers its exact total, a count over the open vacancies (a third of a million at city-network
-- scale). This narrow index over the published ones, with the filter columns, lets that count be read from the
-- index alone instead of the whole table.
CREATE INDEX vacancies_open_idx ON vacancies (expires_on) INCLUDE (district_code, occupation_code, wage_type, wage_min, wage_max)
  WHERE status = 'published';
