/**
 * @module programs/definitions
 * Program definitions as versioned data: the version in force on a date is the one with the latest
 * effective_from on or before it. An application keeps the id of the version it was made under, so a rule
 * changed mid-year leaves earlier applications and decisions as they were.
 */
import type { Queryable } from '../../db/client.ts';
import type { JsonValue } from '../../db/database.ts';
import { qb, run, runFirst } from '../../db/query.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { ProgramDefinitionInput } from './programs.contract.ts';
import type { EligibilityRule, Entitlement } from './programs.rules.ts';

export type Definition = {
  id: string;
  code: string;
  effectiveFrom: string;
  kind: ProgramDefinitionInput['kind'];
  applicantKind: 'person' | 'employer';
  names: Record<Locale, string>;
  rules: EligibilityRule[];
  entitlement: Entitlement;
  documents: ProgramDefinitionInput['documents'];
  period: 'year' | 'month' | 'once';
  windowOpens: string | null;
  windowCloses: string | null;
  decisionDays: number | null;
  escalation: ProgramDefinitionInput['escalation'];
  makerRoles: string[];
  checkerRoles: string[];
  sources: { field: string; source: string }[];
};

type Row = {
  id: string;
  code: string;
  effective_from: string;
  kind: string;
  applicant_kind: string;
  names: JsonValue;
  rules: JsonValue;
  entitlement: JsonValue;
  documents: JsonValue;
  period: string;
  window_opens: string | null;
  window_closes: string | null;
  decision_days: number | null;
  escalation: JsonValue | null;
  maker_roles: string[];
  checker_roles: string[];
  sources: JsonValue;
};

export function toDefinition(row: Row): Definition {
  return {
    id: row.id,
    code: row.code,
    effectiveFrom: row.effective_from,
    kind: row.kind as Definition['kind'],
    applicantKind: row.applicant_kind as Definition['applicantKind'],
    names: row.names as Definition['names'],
    rules: row.rules as Definition['rules'],
    entitlement: row.entitlement as Definition['entitlement'],
    documents: row.documents as Definition['documents'],
    period: row.period as Definition['period'],
    windowOpens: row.window_opens,
    windowCloses: row.window_closes,
    decisionDays: row.decision_days,
    escalation: (row.escalation ?? null) as Definition['escalation'],
    makerRoles: row.maker_roles,
    checkerRoles: row.checker_roles,
    sources: row.sources as Definition['sources'],
  };
}

const columns = [
  'id', 'code', 'effective_from', 'kind', 'applicant_kind', 'names', 'rules', 'entitlement', 'documents', 'period',
  'window_opens', 'window_closes', 'decision_days', 'escalation', 'maker_roles', 'checker_roles', 'sources',
] as const;

/** The version of each program (or of one) in force on a date. */
export async function definitionsOn(on: Queryable, date: string, code?: string): Promise<Definition[]> {
  let query = qb
    .selectFrom('program_definitions')
    .select(columns)
    .distinctOn('code')
    .where('effective_from', '<=', date)
    .orderBy('code')
    .orderBy('effective_from', 'desc');
  if (code) query = query.where('code', '=', code);
  return (await run(on, query)).map((row) => toDefinition(row as Row));
}

export async function definitionById(on: Queryable, id: string): Promise<Definition | undefined> {
  const row = await runFirst(on, qb.selectFrom('program_definitions').select(columns).where('id', '=', id));
  return row ? toDefinition(row as Row) : undefined;
}

export async function insertDefinition(tx: Queryable, input: ProgramDefinitionInput, createdBy: string | null): Promise<string> {
  const row = await runFirst(
    tx,
    qb
      .insertInto('program_definitions')
      .values({
        code: input.code,
        effective_from: input.effectiveFrom,
        kind: input.kind,
        applicant_kind: input.applicantKind,
        names: JSON.stringify(input.names),
        rules: JSON.stringify(input.rules),
        entitlement: JSON.stringify(input.entitlement),
        documents: JSON.stringify(input.documents),
        period: input.period,
        window_opens: input.windowOpens,
        window_closes: input.windowCloses,
        decision_days: input.decisionDays,
        escalation: input.escalation ? JSON.stringify(input.escalation) : null,
        maker_roles: input.makerRoles,
        checker_roles: input.checkerRoles,
        sources: JSON.stringify(input.sources),
        created_by: createdBy,
      })
      .returning('id'),
  );
  return (row as { id: string }).id;
}

/** The period a second application is refused in: the year, the month, or once ever. */
export function periodOf(definition: Pick<Definition, 'period'>, date: string): string {
  return definition.period === 'year' ? date.slice(0, 4) : definition.period === 'month' ? date.slice(0, 7) : 'once';
}

export function isOpenOn(definition: Pick<Definition, 'windowOpens' | 'windowCloses'>, date: string): boolean {
  return (!definition.windowOpens || date >= definition.windowOpens) && (!definition.windowCloses || date <= definition.windowCloses);
}
