import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listMigrations, splitStatements } from './migrate.ts';

describe('migrations', () => {
  it('are numbered, named in kebab-case and in order', () => {
    const ids = listMigrations().map((m) => m.id);
    assert.ok(ids.length >= 1);
    assert.deepEqual([...ids].sort(), ids);
    for (const id of ids) assert.match(id, /^\d{4}-[a-z0-9-]+$/);
  });

  it('split into statements, keeping dollar-quoted function bodies whole', () => {
    const statements = splitStatements(`-- comment
CREATE TABLE a (id int);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'no';
END;
$$;
INSERT INTO a VALUES (1);`);
    assert.equal(statements.length, 3);
    assert.match(statements[1] ?? '', /^CREATE FUNCTION[\s\S]*END;\n\$\$;$/);
  });
});
