/**
 * Records by the reference people know them by (issue 15 §8a): a supervisor looks a complaint up in the audit
 * trail by its tracking code (TC-…), a mediation case by its case number (MC-…), not by a database id. Each
 * module that has such a reference hands the audit module one resolver over its own table; the audit module
 * never reads those tables itself.
 */
import type { Queryable } from '../../db/client.ts';

export type AuditReference = {
  /** The audit trail's record type the reference belongs to (`complaint`). */
  recordType: string;
  /** Whether a text typed into the search has this reference's shape. */
  matches: (text: string) => boolean;
  /** The record id of a reference, or null when none has it. */
  find: (text: string) => Promise<string | null>;
  /** The references of the given record ids, for the trail's rows. */
  labels: (ids: readonly string[]) => Promise<Map<string, string>>;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A resolver over one table's unique public reference column. Table and column are the owning module's
 * constants, never user input; the text and ids travel as parameters.
 */
export function tableReference(db: Queryable, spec: { recordType: string; table: string; column: string; pattern: RegExp }): AuditReference {
  return {
    recordType: spec.recordType,
    matches: (text) => spec.pattern.test(text.trim()),
    async find(text) {
      const row = (await db.query<{ id: string }>(`SELECT id::text AS id FROM ${spec.table} WHERE ${spec.column} = $1`, [text.trim().toUpperCase()])).rows[0];
      return row?.id ?? null;
    },
    async labels(ids) {
      const wanted = ids.filter((id) => uuidPattern.test(id));
      if (!wanted.length) return new Map();
      const rows = (await db.query<{ id: string; reference: string }>(
        `SELECT id::text AS id, ${spec.column} AS reference FROM ${spec.table} WHERE id = ANY($1::uuid[])`,
        [wanted],
      )).rows;
      return new Map(rows.map((row) => [row.id, row.reference]));
    },
  };
}
