/**
 * @module youth.age
 * Full years of age on a day, the rule indicator 4 counts by (ages 15–29 on the day of the service).
 * A year of age is complete at the end of the day before the birthday (民法 §124 I: age counts from the day
 * of birth; §121 II: a period ending in a month without that day ends on its last day), so someone born on
 * 29 February completes a year at the end of 28 February in a common year. Comparing month-day strings
 * gives exactly that; the SQL below is the same comparison, so the read model and the pages agree.
 */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The youth ages of indicator 4 as issue 9 defines them (15–29 on the day of the service), both bounds
 * included; the plan itself gives no ages, so the analyst's denominator (the city's youth population) must be
 * counted for the same ages, and says so in its source.
 */
export const youthAges = { min: 15, max: 29 } as const;

/** `ageOn(birth, on)` in SQL, for two date expressions. */
export const ageSql = (birth: string, on: string) =>
  `(extract(year FROM ${on})::int - extract(year FROM ${birth})::int - CASE WHEN to_char(${on}, 'MM-DD') < to_char(${birth}, 'MM-DD') THEN 1 ELSE 0 END)`;
