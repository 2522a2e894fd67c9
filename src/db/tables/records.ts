import type { Generated } from 'kysely';

export type PeopleTable = {
  id: Generated<string>;
  id_number: string;
  id_kind: string;
  name: string;
  birth_date: string | null;
  phone: string | null;
  email: string | null;
  district_code: string | null;
  preferred_locale: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  unit_kind: string;
  unit_code: string | null;
};

export type PersonConsentsTable = {
  id: Generated<string>;
  person_id: string;
  purpose: string;
  given_on: string;
  expires_on: string | null;
  created_at: Generated<Date>;
};

export type PersonSensitiveAttributesTable = {
  person_id: string;
  disability_level: string | null;
  special_groups: Generated<string[]>;
  health_notes: string | null;
  updated_at: Generated<Date>;
};

export type EmployersTable = {
  id: Generated<string>;
  ubn: string | null;
  name: string;
  name_key: string;
  responsible_person: string | null;
  industry_code: string | null;
  district_code: string | null;
  address: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type EmployerHeadcountsTable = {
  employer_id: string;
  month: string;
  employees: number;
};

export type RecordsTables = {
  people: PeopleTable;
  person_consents: PersonConsentsTable;
  person_sensitive_attributes: PersonSensitiveAttributesTable;
  employers: EmployersTable;
  employer_headcounts: EmployerHeadcountsTable;
};

export const recordsColumns = {
  people: ['id', 'id_number', 'id_kind', 'name', 'birth_date', 'phone', 'email', 'district_code', 'preferred_locale', 'created_at', 'updated_at', 'unit_kind', 'unit_code'],
  person_consents: ['id', 'person_id', 'purpose', 'given_on', 'expires_on', 'created_at'],
  person_sensitive_attributes: ['person_id', 'disability_level', 'special_groups', 'health_notes', 'updated_at'],
  employers: ['id', 'ubn', 'name', 'name_key', 'responsible_person', 'industry_code', 'district_code', 'address', 'created_at', 'updated_at'],
  employer_headcounts: ['employer_id', 'month', 'employees'],
} as const;
