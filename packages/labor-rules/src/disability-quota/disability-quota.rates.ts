/**
 * Employment quota for people with disabilities (身心障礙者權益保障法 Art. 38
 * paras. 1-2; labor-law.md §7): the employee threshold and the share of
 * disabled employees required, per sector.
 */
export const DISABILITY_QUOTA_RULES = {
  public: { minEmployees: 34, ratePercent: 3, minimumRequired: 0 },
  private: { minEmployees: 67, ratePercent: 1, minimumRequired: 1 },
} as const;

/** Art. 38 para. 3: each employee with a severe (重度以上) disability counts as two. */
export const SEVERE_DISABILITY_WEIGHT = 2;
