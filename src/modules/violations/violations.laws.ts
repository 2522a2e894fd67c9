/**
 * The labor laws whose violations are published, by current official name, with the older names and
 * short forms found in published files. No imports: the web app uses this list for its law filter.
 */
export const laws = [
  { id: 'laborStandardsAct', name: '勞動基準法', aliases: ['勞基法'] },
  { id: 'genderEqualityInEmploymentAct', name: '性別平等工作法', aliases: ['性別工作平等法', '兩性工作平等法', '性工法'] },
  { id: 'laborPensionAct', name: '勞工退休金條例', aliases: ['勞退條例'] },
  { id: 'employmentServiceAct', name: '就業服務法', aliases: ['就服法'] },
  { id: 'occupationalSafetyAndHealthAct', name: '職業安全衛生法', aliases: ['勞工安全衛生法', '職安法'] },
  { id: 'occupationalAccidentInsuranceAct', name: '勞工職業災害保險及保護法', aliases: ['災保法'] },
  { id: 'middleAgedElderlyEmploymentAct', name: '中高齡者及高齡者就業促進法', aliases: ['中高齡就業促進法'] },
  { id: 'laborUnionAct', name: '工會法', aliases: [] },
  { id: 'minimumWageAct', name: '最低工資法', aliases: [] },
  { id: 'massLayoffProtectionAct', name: '大量解僱勞工保護法', aliases: [] },
  { id: 'disabilityRightsAct', name: '身心障礙者權益保障法', aliases: [] },
] as const;

export type LawId = (typeof laws)[number]['id'];
