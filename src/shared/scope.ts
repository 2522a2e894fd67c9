/**
 * @module scope
 * Staff scope (ADR 0016): which unit's records a staff member sees. Every account works from a home unit
 * (a station, a mediation site, a rehabilitation region, or the whole city); records that belong to a unit
 * carry `unit_kind` and `unit_code`. Lists narrow to the home unit by default, `scope=city` widens them for
 * roles with `scope.city`, and a record of another unit read by its id is a 404, so that its existence is
 * not revealed.
 */
import { z } from '@hono/zod-openapi';
import { sql, type Expression, type SqlBool } from 'kysely';
import type { HomeUnit, UnitKind } from '../modules/access/access.contract.ts';
import { hasPermission } from '../modules/access/permissions.ts';
import { AppError } from './errors.ts';
import type { StaffPrincipal } from './http/app-env.ts';

/** One station, mediation site or rehabilitation region: never the whole city. */
export type ScopedUnit = { kind: Exclude<UnitKind, 'city'>; code: string };

/** What a query narrows to: every unit of the city, or one unit. */
export type UnitScope = { wholeCity: true } | { wholeCity: false; unit: ScopedUnit };

export const scopeOptions = ['home', 'city'] as const;
export type ScopeOption = (typeof scopeOptions)[number];

/** The `scope` query option of a list that narrows to units; merge it into the route's query schema. */
export const scopeQuery = z.object({
  scope: z
    .enum(scopeOptions, { message: 'validation.scope' })
    .optional()
    .openapi({
      description:
        '`home` (the default): records of the caller\'s home unit. `city`: every unit, for roles with `scope.city` ' +
        '(403 SCOPE_FORBIDDEN otherwise).',
    }),
});

export const wholeCity: UnitScope = { wholeCity: true };

const hasCityScope = (staff: StaffPrincipal) => hasPermission(staff.roles, 'scope.city');

/**
 * The home unit as a unit records can belong to. A home unit of the whole city is for roles with
 * `scope.city` only (the accounts API refuses it to others); an account that still has one without the
 * permission (made before home units existed) is refused until an administrator gives it a unit.
 */
function unitOf(staff: StaffPrincipal): ScopedUnit | undefined {
  const { kind, code } = staff.homeUnit;
  return kind === 'city' || code === null ? undefined : { kind, code };
}

/** What a list narrows to for this staff member and the `scope` option they sent. */
export function listScope(staff: StaffPrincipal, option: ScopeOption | undefined): UnitScope {
  if (option === 'city') {
    if (!hasCityScope(staff)) throw new AppError('SCOPE_FORBIDDEN');
    return wholeCity;
  }
  const unit = unitOf(staff);
  if (unit) return { wholeCity: false, unit };
  // A city-wide account's home is the whole city: there is nothing narrower to show it.
  if (hasCityScope(staff)) return wholeCity;
  throw new AppError('HOME_UNIT_REQUIRED');
}

/** The unit a record created by this staff member belongs to: their home unit. */
export function registeringUnit(staff: StaffPrincipal): HomeUnit {
  const unit = unitOf(staff);
  if (unit) return unit;
  if (hasCityScope(staff)) return { kind: 'city', code: null };
  throw new AppError('HOME_UNIT_REQUIRED');
}

/** Whether the staff member may see a record of this unit: any unit with `scope.city`, else their own. */
export function canSeeUnit(staff: StaffPrincipal, unit: HomeUnit): boolean {
  if (hasCityScope(staff)) return true;
  const home = unitOf(staff);
  return home !== undefined && home.kind === unit.kind && home.code === unit.code;
}

/**
 * The by-id check: throws 404 NOT_FOUND, the same answer as for an id that does not exist, when the record
 * belongs to a unit the staff member may not see. Call it before anything is read further or audited.
 */
export function assertUnitVisible(staff: StaffPrincipal, unit: HomeUnit): void {
  if (!canSeeUnit(staff, unit)) throw new AppError('NOT_FOUND');
}

/**
 * The two parameters of the plain-SQL unit condition, `[kind, code]`, both null for the whole city.
 * The condition is written out in the query, never assembled:
 * `($1::text IS NULL OR (unit_kind = $1 AND unit_code = $2))`.
 */
export function unitParams(scope: UnitScope): [string | null, string | null] {
  return scope.wholeCity ? [null, null] : [scope.unit.kind, scope.unit.code];
}

/**
 * The unit condition for a Kysely query: `.where(inScope(scope, 'people'))`. The table's columns must be
 * `unit_kind` and `unit_code`; `table` qualifies them when the query joins other tables.
 */
export function inScope(scope: UnitScope, table?: string): Expression<SqlBool> {
  if (scope.wholeCity) return sql<SqlBool>`true`;
  const column = (name: string) => sql.ref(table ? `${table}.${name}` : name);
  return sql<SqlBool>`(${column('unit_kind')} = ${scope.unit.kind} and ${column('unit_code')} = ${scope.unit.code})`;
}
