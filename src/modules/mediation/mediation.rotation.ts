/**
 * Fair rotation of mediators (issue 11 §1; ADR 0038). Among the mediators who may take the case (active, a
 * certificate valid today, no declared conflict with a party), the rotation suggests, in this order:
 * 1. those who speak every party's language (the language each party's notices go in), when any does;
 * 2. the fewest appointments in the last 365 days;
 * 3. the longest since their last appointment (never appointed first);
 * 4. name, then id, so that the order is total and the same on both engines.
 * Staff may appoint someone else, but then they must give the reason, which is kept with the case.
 * The registry records no sites per mediator, so the rotation is city-wide.
 */
import { addDays } from '#labor-rules';
import type { Queryable } from '../../db/client.ts';

export type RotationCandidate = {
  id: string;
  name: string;
  organisation: string | null;
  languages: string[];
  appointments: number;
  lastAppointedOn: string | null;
  speaksPartiesLanguages: boolean;
};

export async function rotationOrder(tx: Queryable, caseId: string, today: string): Promise<RotationCandidate[]> {
  const locales = (await tx.query<{ locale: string }>('SELECT DISTINCT locale FROM mediation_parties WHERE case_id = $1', [caseId])).rows.map((r) => r.locale);
  const rows = (
    await tx.query<{ id: string; name: string; organisation: string | null; languages: string[]; appointments: number; last_appointed_on: string | null }>(
      `SELECT m.id, m.name, m.organisation, m.languages,
         (SELECT count(*)::int FROM mediation_cases c WHERE c.mediator_id = m.id AND c.id <> $1 AND c.appointed_on > cast($3 as date)) AS appointments,
         (SELECT max(c.appointed_on)::text FROM mediation_cases c WHERE c.mediator_id = m.id AND c.id <> $1) AS last_appointed_on
       FROM mediators m
       WHERE m.is_active AND (m.certificate_valid_until IS NULL OR m.certificate_valid_until >= cast($2 as date))
         AND NOT EXISTS (SELECT 1 FROM mediator_conflicts x JOIN mediation_parties p ON p.case_id = $1 AND p.id_number = x.ubn WHERE x.mediator_id = m.id)`,
      [caseId, today, addDays(today, -365)],
    )
  ).rows;
  const candidates = rows.map((m) => ({
    id: m.id, name: m.name, organisation: m.organisation, languages: m.languages,
    appointments: Number(m.appointments), lastAppointedOn: m.last_appointed_on,
    speaksPartiesLanguages: locales.every((locale) => m.languages.includes(locale)),
  }));
  return candidates.sort(
    (a, b) =>
      Number(b.speaksPartiesLanguages) - Number(a.speaksPartiesLanguages) ||
      a.appointments - b.appointments ||
      (a.lastAppointedOn ?? '').localeCompare(b.lastAppointedOn ?? '') ||
      a.name.localeCompare(b.name, 'zh-TW') ||
      a.id.localeCompare(b.id),
  );
}
