/**
 * Read model of a person's employment spells from the city's placements (referrals recorded as hired), for
 * other modules (the programs engine's youth stable-employment incentive, ADR 0041): who registered the
 * person as a job seeker and when, and each placement with its employer, its start and how far the 穩定就業
 * follow-ups at 1 and 3 months verified it. Nothing of the referral's pipeline or its officer.
 */
import type { Queryable } from '../../db/client.ts';

export type PlacementFollowup = { months: number; dueOn: string; status: 'scheduled' | 'due' | 'employed' | 'not-employed' };

export type PlacementSpell = {
  referralId: string;
  employerName: string;
  title: string;
  startOn: string;
  followups: PlacementFollowup[];
  /** The day of the latest check that found the person still employed: the spell is verified through it. */
  verifiedThrough: string | null;
  /** The day of the first check that found the person no longer employed: the spell ended before it. */
  endedBefore: string | null;
};

export type EmploymentSpells = {
  jobSeeker: { id: string; registeredOn: string; unitKind: 'station' | 'city'; stationCode: string | null } | null;
  spells: PlacementSpell[];
};

export async function employmentSpellsOfPerson(db: Queryable, personId: string): Promise<EmploymentSpells> {
  const seeker = (
    await db.query<{ id: string; registered_on: string; unit_kind: 'station' | 'city'; unit_code: string | null }>(
      'SELECT id, registered_on::text AS registered_on, unit_kind, unit_code FROM job_seekers WHERE person_id = $1',
      [personId],
    )
  ).rows[0];
  if (!seeker) return { jobSeeker: null, spells: [] };
  const { rows } = await db.query<{ id: string; employer_name: string; title: string; start_on: string }>(
    `SELECT r.id, e.name AS employer_name, v.title, r.start_on::text AS start_on
       FROM referrals r JOIN vacancies v ON v.id = r.vacancy_id JOIN employers e ON e.id = v.employer_id
      WHERE r.job_seeker_id = $1 AND r.status = 'hired' AND r.start_on IS NOT NULL ORDER BY r.start_on, r.id`,
    [seeker.id],
  );
  const checks = await db.query<{ referral_id: string; months: number; due_on: string; status: PlacementFollowup['status'] }>(
    'SELECT referral_id, months, due_on::text AS due_on, status FROM placement_followups WHERE referral_id = ANY($1::uuid[]) ORDER BY months',
    [rows.map((r) => r.id)],
  );
  return {
    jobSeeker: { id: seeker.id, registeredOn: seeker.registered_on, unitKind: seeker.unit_kind, stationCode: seeker.unit_code },
    spells: rows.map((r) => {
      const followups = checks.rows.filter((c) => c.referral_id === r.id).map((c) => ({ months: c.months, dueOn: c.due_on, status: c.status }));
      const ended = followups.find((f) => f.status === 'not-employed');
      // A check after the one that found the person gone cannot extend the spell.
      const verified = followups.filter((f) => f.status === 'employed' && (!ended || f.months < ended.months)).at(-1);
      return {
        referralId: r.id,
        employerName: r.employer_name,
        title: r.title,
        startOn: r.start_on,
        followups,
        verifiedThrough: verified?.dueOn ?? null,
        endedBefore: ended?.dueOn ?? null,
      };
    }),
  };
}
