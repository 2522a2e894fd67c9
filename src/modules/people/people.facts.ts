/**
 * @module people/facts
 * The part of a person's record that program eligibility runs on (programs module, ADR 0021): date of
 * birth, registered district, a masked name, and the special groups, the last only while the person's
 * consent for `purpose` is in force on the date. Read inside the caller's transaction, so the facts a
 * decision used are the facts of that moment. No audit row: nothing identifying leaves, and the caller
 * records the facts it used on its own record.
 */
import type { Queryable } from '../../db/client.ts';
import { maskName } from './identifiers.ts';

export type EligibilityFacts = {
  birthDate: string | null;
  districtCode: string | null;
  maskedName: string;
  preferredLocale: string;
  specialGroups: string[];
  /** Whether a consent for the purpose was in force on the date (special groups are empty without it). */
  consented: boolean;
};

export async function readEligibilityFacts(
  tx: Queryable,
  personId: string,
  options: { purpose: string; on: string },
): Promise<EligibilityFacts | undefined> {
  const row = (
    await tx.query<{ birth_date: string | null; district_code: string | null; name: string; preferred_locale: string; special_groups: string[] | null; consented: boolean }>(
      `SELECT p.birth_date, p.district_code, p.name, p.preferred_locale, s.special_groups,
              EXISTS (SELECT 1 FROM person_consents c WHERE c.person_id = p.id AND c.purpose = $2
                        AND c.given_on <= $3::date AND (c.expires_on IS NULL OR c.expires_on >= $3::date)) AS consented
         FROM people p LEFT JOIN person_sensitive_attributes s ON s.person_id = p.id
        WHERE p.id = $1`,
      [personId, options.purpose, options.on],
    )
  ).rows[0];
  if (!row) return undefined;
  return {
    birthDate: row.birth_date,
    districtCode: row.district_code,
    maskedName: maskName(row.name),
    preferredLocale: row.preferred_locale,
    specialGroups: row.consented ? (row.special_groups ?? []) : [],
    consented: row.consented,
  };
}

/** The person with this national ID or residence permit number (typed from the applicant's papers), if any. */
export async function findPersonByIdNumber(tx: Queryable, idNumber: string): Promise<string | undefined> {
  const row = (await tx.query<{ id: string }>('SELECT id FROM people WHERE id_number = $1', [idNumber.trim().toUpperCase()])).rows[0];
  return row?.id;
}
