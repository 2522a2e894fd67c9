import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type { HomeUnit } from '../modules/access/access.contract.ts';
import type { StaffRole } from '../modules/access/permissions.ts';
import { AppError } from './errors.ts';
import type { StaffPrincipal } from './http/app-env.ts';
import { assertUnitVisible, canSeeUnit, inScope, listScope, registeringUnit, unitParams, wholeCity } from './scope.ts';

const staff = (roles: StaffRole[], homeUnit: HomeUnit): StaffPrincipal => ({
  id: '00000000-0000-4000-8000-000000000001',
  username: 'someone',
  displayName: 'someone',
  roles,
  homeUnit,
  csrfToken: 'x',
  sessionTokenHash: 'x',
});
const dajia = { kind: 'station', code: 'dajia' } as const;
const dongshi = { kind: 'station', code: 'dongshi' } as const;
const city = { kind: 'city', code: null } as const;
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return 'no error';
};

describe('scope kit', () => {
  it('narrows a list to the home unit by default, and to nothing narrower for a city-wide account', () => {
    assert.deepEqual(listScope(staff(['employment-officer'], dajia), undefined), { wholeCity: false, unit: dajia });
    assert.deepEqual(listScope(staff(['employment-officer'], dajia), 'home'), { wholeCity: false, unit: dajia });
    assert.deepEqual(listScope(staff(['labor-inspector'], city), undefined), wholeCity);
    // scope.city at a station still starts from the station.
    assert.deepEqual(listScope(staff(['analyst'], dongshi), undefined), { wholeCity: false, unit: dongshi });
  });

  it('widens to the city on scope=city only with scope.city', () => {
    assert.deepEqual(listScope(staff(['analyst'], dongshi), 'city'), wholeCity);
    assert.equal(code(() => listScope(staff(['employment-officer', 'mediator'], dajia), 'city')), 'SCOPE_FORBIDDEN');
  });

  it('refuses a unit-bound account whose home is the whole city instead of showing it the city', () => {
    const legacy = staff(['employment-officer'], city);
    assert.equal(code(() => listScope(legacy, undefined)), 'HOME_UNIT_REQUIRED');
    assert.equal(code(() => registeringUnit(legacy)), 'HOME_UNIT_REQUIRED');
    assert.equal(canSeeUnit(legacy, city), false);
  });

  it('sees a record of its own unit only, unless scope.city; other units are 404', () => {
    const officer = staff(['employment-officer'], dajia);
    assert.equal(canSeeUnit(officer, dajia), true);
    assert.equal(canSeeUnit(officer, dongshi), false);
    assert.equal(canSeeUnit(officer, { kind: 'mediation-site', code: 'dajia' }), false, 'same code, other kind');
    assert.equal(canSeeUnit(officer, city), false);
    assert.equal(code(() => assertUnitVisible(officer, dongshi)), 'NOT_FOUND');
    assert.equal(code(() => assertUnitVisible(officer, dajia)), 'no error');
    assert.equal(canSeeUnit(staff(['migrant-officer'], city), dongshi), true);
  });

  it('registers records at the home unit, or at the city for a city-wide account', () => {
    assert.deepEqual(registeringUnit(staff(['employment-officer'], dongshi)), dongshi);
    assert.deepEqual(registeringUnit(staff(['migrant-officer'], city)), city);
  });

  it('gives the plain-SQL parameters and a bound Kysely condition, never text spliced from values', () => {
    assert.deepEqual(unitParams(wholeCity), [null, null]);
    assert.deepEqual(unitParams({ wholeCity: false, unit: dajia }), ['station', 'dajia']);
    const db = new Kysely<{ people: { id: string; unit_kind: string; unit_code: string | null } }>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (kysely) => new PostgresIntrospector(kysely),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
    });
    const narrowed = db
      .selectFrom('people')
      .select('id')
      .where(inScope({ wholeCity: false, unit: { kind: 'station', code: "x' OR 1=1 --" } }, 'people'))
      .compile();
    assert.equal(narrowed.sql, 'select "id" from "people" where ("people"."unit_kind" = $1 and "people"."unit_code" = $2)');
    assert.deepEqual(narrowed.parameters, ['station', "x' OR 1=1 --"]);
    const all = db.selectFrom('people').select('id').where(inScope(wholeCity)).compile();
    assert.equal(all.sql, 'select "id" from "people" where true');
  });
});
