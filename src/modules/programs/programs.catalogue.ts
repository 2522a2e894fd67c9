/**
 * The programs' catalogue: versions of each definition (ADR 0021), the places and budget per year, the
 * special groups a program names, and the programs in force with their rules in words, for the public and
 * for staff.
 */
import type { z } from '@hono/zod-openapi';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ProgramDefinitionInput, publicProgram } from './programs.contract.ts';
import { definitionById, definitionsOn, insertDefinition, isOpenOn, type Definition } from './programs.definitions.ts';
import { evaluateRules, type RuleResult } from './programs.rules.ts';

const actorOf = (staff: StaffPrincipal | null) => (staff ? { id: staff.id, username: staff.username } : null);

export async function programGroups(on: Queryable, code: string, locale: Locale) {
  const rows = await on.query<{ code: string; names: Record<string, string> }>(
    'SELECT code, names FROM program_special_groups WHERE program_code = $1 ORDER BY sort_order, code',
    [code],
  );
  return rows.rows.map((row) => ({ code: row.code, name: row.names[locale] ?? row.names['zh-TW'] ?? row.code }));
}

export function createProgramCatalogue({
  db,
  today,
  districtName,
}: {
  db: Db;
  today: () => string;
  districtName: (code: string, locale: Locale) => string;
}) {
  /** Each rule in words (what it requires), for the public list: evaluated on no facts, message only. */
  function describeRules(definition: Definition, locale: Locale, groups: { code: string; name: string }[]) {
    return definition.rules.map((rule) => {
      const [result] = evaluateRules([rule], {}, { on: today(), locale, isCityDistrict: () => false, districtName, programGroups: groups });
      // The "cannot be checked" sentence names the requirement before its colon.
      const text = (result as RuleResult).message.split(/[:：]/)[0] as string;
      return { code: rule.code, text: rule.kind === 'special-group' ? `${text}: ${groups.map((g) => g.name).join('、')}` : text };
    });
  }

  async function publicView(on: Queryable, definition: Definition, locale: Locale) {
    const groups = await programGroups(on, definition.code, locale);
    return {
      code: definition.code,
      name: definition.names[locale],
      kind: definition.kind,
      applicantKind: definition.applicantKind,
      effectiveFrom: definition.effectiveFrom,
      windowCloses: definition.windowCloses,
      eligibility: describeRules(definition, locale, groups),
      documents: definition.documents.map((d) => ({ code: d.code, name: d.names[locale], required: d.required })),
      ruleKinds: [...new Set(definition.rules.map((r) => r.kind))],
      specialGroups: definition.rules.some((r) => r.kind === 'special-group') ? groups : [],
    };
  }

  return {
    /** Adds a version of a program's definition (a new code, or a change from its effective date on). */
    async saveDefinition(staff: StaffPrincipal | null, input: ProgramDefinitionInput, requestId: string) {
      return db.transaction(async (tx) => {
        const exists = await tx.query('SELECT 1 FROM program_definitions WHERE code = $1 AND effective_from = $2', [input.code, input.effectiveFrom]);
        if (exists.rowCount > 0) throw new AppError('CONFLICT');
        const id = await insertDefinition(tx, input, staff?.id ?? null);
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'program.define',
          recordType: 'program_definition',
          recordId: id,
          requestId,
          details: { code: input.code, effectiveFrom: input.effectiveFrom },
        });
        return { id };
      });
    },

    async setQuota(
      staff: StaffPrincipal | null,
      input: { programCode: string; year: number; places: number | null; budgetTwd: number | null; source: string },
      requestId: string,
    ) {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO program_quotas (program_code, year, places, budget_twd, source) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (program_code, year) DO UPDATE SET places = EXCLUDED.places, budget_twd = EXCLUDED.budget_twd, source = EXCLUDED.source`,
          [input.programCode, input.year, input.places, input.budgetTwd, input.source],
        );
        await recordAudit(tx, { actor: actorOf(staff), action: 'program.quota', recordType: 'program', recordId: null, requestId, details: input });
      });
    },

    async setSpecialGroups(programCode: string, groups: readonly { code: string; names: Record<Locale, string>; source: string }[]) {
      await db.transaction(async (tx) => {
        for (const [index, group] of groups.entries()) {
          await tx.query(
            `INSERT INTO program_special_groups (program_code, code, names, source, sort_order) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (program_code, code) DO UPDATE SET names = EXCLUDED.names, source = EXCLUDED.source, sort_order = EXCLUDED.sort_order`,
            [programCode, group.code, JSON.stringify(group.names), group.source, index],
          );
        }
      });
    },

    async specialGroups(programCode: string, locale: Locale) {
      return programGroups(db, programCode, locale);
    },

    /** The programs open today (window and version in force), in the caller's language. */
    async listOpen(locale: Locale): Promise<z.infer<typeof publicProgram>[]> {
      const date = today();
      const definitions = (await definitionsOn(db, date)).filter((d) => isOpenOn(d, date));
      return Promise.all(definitions.map((d) => publicView(db, d, locale)));
    },

    /** Every program in force today, with its quota for this year, for staff. */
    async listForStaff(locale: Locale) {
      const date = today();
      const year = Number(date.slice(0, 4));
      const definitions = await definitionsOn(db, date);
      const quotas = await db.query<{ program_code: string; places: number | null; budget_twd: number | null; places_committed: number; budget_committed_twd: number; budget_paid_twd: number }>(
        'SELECT * FROM program_quotas WHERE year = $1',
        [year],
      );
      const byCode = new Map(quotas.rows.map((row) => [row.program_code, row]));
      return Promise.all(
        definitions.map(async (d) => {
          const quota = byCode.get(d.code);
          return {
            ...(await publicView(db, d, locale)),
            definitionId: d.id,
            entitlement: d.entitlement,
            decisionDays: d.decisionDays,
            makerRoles: d.makerRoles,
            checkerRoles: d.checkerRoles,
            sources: d.sources,
            quota: quota
              ? {
                  year,
                  places: quota.places,
                  budgetTwd: quota.budget_twd,
                  placesCommitted: quota.places_committed,
                  budgetCommittedTwd: quota.budget_committed_twd,
                  budgetPaidTwd: quota.budget_paid_twd,
                }
              : null,
          };
        }),
      );
    },

    /** Every version of a program, newest first, each with its rules in words, and its quotas by year. */
    async versions(code: string, locale: Locale) {
      const rows = await db.query<{ id: string }>('SELECT id FROM program_definitions WHERE code = $1 ORDER BY effective_from DESC', [code]);
      if (rows.rowCount === 0) throw new AppError('NOT_FOUND');
      const [current] = await definitionsOn(db, today(), code);
      const groups = await programGroups(db, code, locale);
      const counts = await db.query<{ definition_id: string; n: number }>(
        'SELECT definition_id, count(*)::int AS n FROM program_applications WHERE program_code = $1 GROUP BY definition_id',
        [code],
      );
      const countOf = new Map(counts.rows.map((r) => [r.definition_id, Number(r.n)]));
      const versions = [];
      for (const { id } of rows.rows) {
        const d = (await definitionById(db, id)) as Definition;
        versions.push({
          definitionId: d.id,
          effectiveFrom: d.effectiveFrom,
          current: current?.id === d.id,
          kind: d.kind,
          applicantKind: d.applicantKind,
          eligibility: describeRules(d, locale, groups),
          entitlement: d.entitlement,
          documents: d.documents.map((doc) => ({ code: doc.code, name: doc.names[locale], required: doc.required })),
          period: d.period,
          windowOpens: d.windowOpens,
          windowCloses: d.windowCloses,
          decisionDays: d.decisionDays,
          escalation: d.escalation,
          makerRoles: d.makerRoles,
          checkerRoles: d.checkerRoles,
          sources: d.sources,
          applications: countOf.get(d.id) ?? 0,
        });
      }
      const quotas = await db.query<{ year: number; places: number | null; budget_twd: number | null; places_committed: number; budget_committed_twd: number; budget_paid_twd: number; source: string | null }>(
        'SELECT * FROM program_quotas WHERE program_code = $1 ORDER BY year DESC',
        [code],
      );
      const first = versions[0] as (typeof versions)[number];
      const name = (current ?? (await definitionById(db, first.definitionId)) as Definition).names[locale];
      return {
        code,
        name,
        versions,
        quotas: quotas.rows.map((q) => ({
          year: q.year,
          places: q.places,
          budgetTwd: q.budget_twd === null ? null : Number(q.budget_twd),
          placesCommitted: q.places_committed,
          budgetCommittedTwd: Number(q.budget_committed_twd),
          budgetPaidTwd: Number(q.budget_paid_twd),
          source: q.source,
        })),
      };
    },
  };
}
