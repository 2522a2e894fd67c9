/**
 * Loads the plan's programs (programs.catalog.ts) into the engine through its service: the definitions
 * not there yet, the labor university's named special groups, and the 摘星青年 places for a year.
 */
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { laborUniversitySubsidyCode } from './labor-university.ts';
import { laborUniversityGroups, programCatalog, starYouthPlaces } from './programs.catalog.ts';
import type { ProgramsService } from './programs.service.ts';

export async function seedProgramCatalog(programs: ProgramsService, options: { staff: StaffPrincipal | null; year: number; requestId: string }) {
  for (const definition of programCatalog) {
    try {
      await programs.saveDefinition(options.staff, definition, options.requestId);
    } catch (error) {
      if ((error as { code?: string }).code !== 'CONFLICT') throw error;
    }
  }
  await programs.setSpecialGroups(laborUniversitySubsidyCode, laborUniversityGroups);
  await programs.setQuota(options.staff, { programCode: 'star-youth', year: options.year, places: starYouthPlaces.places, budgetTwd: null, source: starYouthPlaces.source }, options.requestId);
}
