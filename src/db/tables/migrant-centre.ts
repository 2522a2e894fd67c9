import type { Generated } from 'kysely';
import type { JsonValue } from './json.ts';

// The consultation centre's public lines and hours (issue 10 §4, migration 0031): one row.
export type MigrantCentreContactsTable = {
  id: Generated<number>;
  phones: Generated<JsonValue>;
  hours: Generated<JsonValue>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Date | null;
};

export type MigrantCentreTables = {
  migrant_centre_contacts: MigrantCentreContactsTable;
};

export const migrantCentreColumns = {
  migrant_centre_contacts: ['id', 'phones', 'hours', 'version', 'updated_by', 'updated_at'],
} as const;
