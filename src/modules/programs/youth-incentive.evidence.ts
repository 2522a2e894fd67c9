/**
 * @module programs/youth-incentive-evidence
 * The youth incentive's evidence read from the employment module (ADR 0041): its read model of a person's
 * job-seeker registration and placements becomes the facts the `continuous-employment` and
 * `registered-before-hire` rules are run on. Read before the application's transaction (never another
 * module's service inside ours), and set by the service over anything entered, so a placement cannot be typed in.
 */
import type { EmploymentSpells } from '../employment/employment.spells.ts';
import type { Definition } from './programs.definitions.ts';
import type { ApplicantFacts } from './programs.rules.ts';

/** The employment module's read model, as the programs engine needs it (EmploymentService.employmentSpellsOfPerson). */
export type EmploymentEvidenceSource = (personId: string) => Promise<EmploymentSpells>;

export const readsEmploymentEvidence = (definition: Pick<Definition, 'rules'>) =>
  definition.rules.some((rule) => rule.kind === 'continuous-employment' || rule.kind === 'registered-before-hire');

/**
 * A placement counts from its first day through the last follow-up that found the person still employed
 * (穩定就業 checks at 1 and 3 months); before any check, only its first day is verified.
 */
export function placementFacts(read: EmploymentSpells): Pick<ApplicantFacts, 'placementSpells' | 'jobSeekerRegisteredOn'> {
  return {
    jobSeekerRegisteredOn: read.jobSeeker?.registeredOn ?? null,
    placementSpells: read.spells.map((spell) => ({
      referralId: spell.referralId,
      employer: spell.employerName,
      start: spell.startOn,
      end: spell.verifiedThrough ?? spell.startOn,
    })),
  };
}

/** Entered facts never carry what only the employment module may say. */
export function withoutReadEvidence(facts: ApplicantFacts): ApplicantFacts {
  const { placementSpells: _placements, jobSeekerRegisteredOn: _registered, ...entered } = facts;
  return entered;
}
