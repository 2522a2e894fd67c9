/**
 * @module safety
 * Occupational safety (issue 12 §3, plan 三, 四-4, 四-5, 五-2; ADR 0035): zero-disaster certification of
 * construction projects with its public search and open data, on-site guidance by the partner universities'
 * experts with improvements and follow-ups, promotion and training events, and the staff figures that put
 * indicator 3 (entered by analysts in the indicators module) next to the city's own guidance counts.
 */
import type { Db } from '../../db/client.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import type { IndicatorsService } from '../indicators/indicators.service.ts';
import { createEvents } from './safety.events.ts';
import { createGuidance } from './safety.guidance.ts';
import { createProjects } from './safety.projects.ts';

export function createSafetyService(deps: {
  db: Db;
  clock: () => Date;
  timeZone: string;
  employers: Pick<EmployersService, 'idByUbn' | 'byIds'>;
  indicators: Pick<IndicatorsService, 'list'>;
}) {
  const projects = createProjects(deps);
  const guidance = createGuidance(deps);
  const events = createEvents(deps);
  return {
    projects,
    guidance,
    events,
    /** The employer account's own employer, for self-service (its UBN and name come from the register). */
    async employerOf(employerId: string) {
      const found = (await deps.employers.byIds([employerId])).get(employerId);
      return found ? { ubn: found.ubn, name: found.name } : null;
    },
    /** The year's figures: indicator 3 as the indicators module has it, next to the city's own counts. */
    async figures(year: number, locale: Locale) {
      const [indicators, guidanceFigures, eventFigures, certified] = await Promise.all([
        deps.indicators.list(year, locale),
        guidance.figures(year),
        events.figures(year, deps.clock()),
        deps.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM safety_projects WHERE status = 'certified' AND certified_on BETWEEN $1 AND $2`, [`${year}-01-01`, `${year}-12-31`]),
      ]);
      const item = indicators?.items.find((i) => i.code === '3');
      return {
        year,
        indicator3: item ? { value: item.value, target: item.target, met: item.met, source: item.source, name: item.name } : null,
        ...guidanceFigures,
        ...eventFigures,
        certifiedProjects: certified.rows[0]?.n ?? 0,
      };
    },
  };
}

export type SafetyService = ReturnType<typeof createSafetyService>;
