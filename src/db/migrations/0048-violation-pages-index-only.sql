-- Issue 16 §4 (search p95 ≤ 50 ms for every shape, on both engines): a page by number skips its earlier rows
-- (page 500 of 20: 9,980 rows). With only the date and id in the index, each skipped row was read from the
-- table for the one column the public filter needs (import_id: a record of an unpublished import stays
-- hidden), and those reads were scattered over the table: 55 ms on a cold PostgreSQL server, 62 ms on PGlite.
-- With import_id in the index the skip reads the index alone (an index-only scan, once VACUUM has marked the
-- table's pages all-visible: the import does that, see refreshSearchIndexes), and only the page's own rows
-- are read from the table.
DROP INDEX IF EXISTS violation_records_announced_idx;
CREATE INDEX violation_records_announced_idx ON violation_records (announced_on DESC, id DESC) INCLUDE (import_id)
  WHERE status = 'published';
