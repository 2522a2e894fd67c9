/**
 * The laws a complainant can pick (glossary code names); `unknown` when they are not sure. Kept free of
 * imports so the web form can use the same list.
 */
export const complaintLaws = [
  'laborStandardsAct',
  'minimumWageAct',
  'laborPensionAct',
  'occupationalSafetyAndHealthAct',
  'genderEqualityInEmploymentAct',
  'employmentServiceAct',
  'laborInsuranceAct',
  'unknown',
] as const;
export type ComplaintLaw = (typeof complaintLaws)[number];
