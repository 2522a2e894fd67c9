/**
 * Text sent to an employer about a complaint (a notice of labor inspection). It takes only what the
 * employer may know, by its parameter type: there is no field through which the complainant's identity,
 * words or filing date could reach it.
 */
import type { ComplaintLaw } from './complaints.contract.ts';

export const lawNames: Record<ComplaintLaw, string> = {
  laborStandardsAct: '勞動基準法',
  minimumWageAct: '最低工資法',
  laborPensionAct: '勞工退休金條例',
  occupationalSafetyAndHealthAct: '職業安全衛生法',
  genderEqualityInEmploymentAct: '性別平等工作法',
  employmentServiceAct: '就業服務法',
  laborInsuranceAct: '勞工保險條例',
  unknown: '勞動法令',
};

export type EmployerNoticeFacts = {
  bureau: string;
  employerName: string;
  employerUbn: string | null;
  districtName: string | null;
  law: ComplaintLaw;
  /** The day the notice is issued (YYYY-MM-DD), not the day the complaint arrived. */
  issuedOn: string;
};

function rocDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `中華民國${year - 1911}年${month}月${date}日`;
}

export function employerNoticeText(facts: EmployerNoticeFacts): string {
  const employer = facts.employerUbn ? `${facts.employerName}（統一編號 ${facts.employerUbn}）` : facts.employerName;
  return [
    `${facts.bureau} 勞動檢查通知`,
    '',
    `受文者：${employer}${facts.districtName ? `，${facts.districtName}` : ''}`,
    `發文日期：${rocDate(facts.issuedOn)}`,
    '',
    `主旨：本局將依勞動檢查法及${lawNames[facts.law]}相關規定，至貴事業單位實施勞動條件檢查，請配合提供出勤紀錄、工資清冊及相關資料。`,
    '',
    '說明：',
    '一、檢查時間及應備文件另由承辦勞動檢查員通知。',
    '二、依勞動基準法第七十四條第二項及第三項規定，雇主不得因勞工申訴而予以解僱、降調、減薪、損害其依法令、契約或習慣上所應享有之權益，或其他不利之處分；雇主為上開行為之一者，無效。',
  ].join('\n');
}
