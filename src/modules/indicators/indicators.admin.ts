/**
 * @module indicators.admin
 * What an admin manages (ADR 0022): a year's targets, city-wide or per station, district or region, absolute
 * or relative to a baseline, and a new version of the year's definitions, refused unless its weights add up
 * to 100 %. Every change is audited in its transaction.
 */
import type { Db } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { definitionsFor, targetRowsOf, weightProblem, type IndicatorDefinition, type TargetUnitKind } from './indicators.definitions.ts';

export type TargetInput = (
  | { kind: 'absolute'; value: number; source: string }
  | { kind: 'relative'; baselineValue: number; baselineYear: number; annualChangePercent: number; source: string }
) & { unit?: { kind: TargetUnitKind; code: string } | undefined };

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

export function createIndicatorsAdmin({ db, clock, referenceData }: { db: Db; clock: () => Date; referenceData?: ReferenceData | undefined }) {
  /** Whether the city has the unit a target names; without reference data (some tests) any code passes. */
  function knownUnit(unit: { kind: TargetUnitKind; code: string }): boolean {
    if (!referenceData) return true;
    const { city } = referenceData;
    if (unit.kind === 'station') return city.employmentServiceStations.some((s) => s.code === unit.code);
    if (unit.kind === 'region') return city.rehabilitationRegions.some((r) => r.code === unit.code);
    return referenceData.isDistrictCode(unit.code);
  }

  return {
    /** Sets a year's target for the city or one unit (admin; audited). */
    async setTarget(code: string, year: number, input: TargetInput, staff: StaffPrincipal) {
      const definition = (await definitionsFor(db, year)).find((d) => d.code === code);
      if (!definition) throw new AppError('NOT_FOUND');
      if (input.unit && !knownUnit(input.unit)) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'unit.code', code: 'custom', message: 'validation.indicator_unit' }] });
      }
      const unitKind = input.unit?.kind ?? 'city';
      const unitCode = input.unit?.code ?? '';
      const at = clock();
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO indicator_targets (code, year, unit_kind, unit_code, kind, value, baseline_value, baseline_year, annual_change_percent, source, updated_by, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           ON CONFLICT (code, year, unit_kind, unit_code) DO UPDATE SET kind = EXCLUDED.kind, value = EXCLUDED.value,
             baseline_value = EXCLUDED.baseline_value, baseline_year = EXCLUDED.baseline_year,
             annual_change_percent = EXCLUDED.annual_change_percent, source = EXCLUDED.source,
             updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
          input.kind === 'absolute'
            ? [code, year, unitKind, unitCode, 'absolute', input.value, null, null, null, input.source, staff.id, at]
            : [code, year, unitKind, unitCode, 'relative', null, input.baselineValue, input.baselineYear, input.annualChangePercent, input.source, staff.id, at],
        );
        await recordAudit(tx, { actor: actorOf(staff), action: 'indicators.target', recordType: 'indicator', recordId: code, details: { year, ...input }, occurredAt: at });
      });
    },

    /** A year's target rows, city-wide and per unit, as entered (a relative row shows its rule's terms). */
    async targets(year: number) {
      const num = (v: string | null) => (v === null ? null : Number(v));
      return (await targetRowsOf(db, year)).map((r) => ({
        code: r.code,
        year: r.year,
        unitKind: r.unit_kind as 'city' | TargetUnitKind,
        unitCode: r.unit_code || null,
        kind: r.kind,
        value: num(r.value),
        baselineValue: num(r.baseline_value),
        baselineYear: r.baseline_year,
        annualChangePercent: num(r.annual_change_percent),
        source: r.source,
      }));
    },

    /**
     * Adds a new version of the whole set from `year` on (admin; audited). Refused unless the weights add up
     * to 100 %; an earlier year keeps its own set.
     */
    async defineYear(year: number, definitions: Omit<IndicatorDefinition, 'fromYear'>[], staff: StaffPrincipal) {
      if (weightProblem(definitions)) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'definitions', code: 'custom', message: 'validation.indicator_weights' }] });
      }
      await db.transaction(async (tx) => {
        await tx.query('DELETE FROM indicator_definitions WHERE from_year = $1', [year]);
        for (const d of definitions) {
          await tx.query(
            `INSERT INTO indicator_definitions (code, from_year, position, dimension, plan_ref, weight, name, formula, numerator_description,
               denominator_description, factor, unit, decimals, direction, source, module, officer_role, denominator_entered)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
            [d.code, year, d.position, d.dimension, d.planRef, d.weight, JSON.stringify(d.name), d.formula, JSON.stringify(d.numeratorDescription),
              d.denominatorDescription ? JSON.stringify(d.denominatorDescription) : null, d.factor, d.unit, d.decimals, d.direction, d.source, d.module, d.officerRole, d.denominatorEntered],
          );
        }
        await recordAudit(tx, { actor: actorOf(staff), action: 'indicators.define', recordType: 'indicator-set', recordId: String(year), details: { codes: definitions.map((d) => d.code) }, occurredAt: clock() });
      });
    },
  };
}
