/** The Q&A categories of the bureau's 勞動法令 Q&A (plain data: the web app imports it too). */
export const qaCategories = [
  'wages',
  'working-hours',
  'leave',
  'severance-retirement',
  'occupational-safety',
  'gender-equality',
  'migrant-workers',
  'disputes',
] as const;
export type QaCategory = (typeof qaCategories)[number];
