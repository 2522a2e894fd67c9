/**
 * @module programs/youth-incentive-rules
 * The two rules of the youth stable-employment incentive (青年穩定就業獎勵, plan 第二部分 一-1: 設籍本市之
 * 待業青年就業) that are read from evidence rather than typed in (ADR 0041):
 * - `continuous-employment`: employed without a break for the definition's `minMonths` whole months, on the
 *   spells of the city's placements (verified through the 穩定就業 follow-ups) and the spells staff attached
 *   by hand with their source. The plan gives no number of months: while the definition has none
 *   (`minMonths: null`) the rule does not pass and says so, with what was found.
 * - `registered-before-hire`: 待業 before the job, i.e. registered as a job seeker before the first day of
 *   that stretch of employment (the day itself is too late: registering on the first day of work is not
 *   having been unemployed).
 * Pure; the arithmetic is labor-rules' continuousEmployment (Civil Code Art. 121 para. 2).
 */
import { z } from '@hono/zod-openapi';
import { compareDates, continuousEmployment, type ContinuityResult } from '#labor-rules';
import type { Locale } from '../../shared/i18n/locales.ts';

const isoDate = z.iso.date({ message: 'validation.date' });
const ruleCode = z.string().regex(/^[a-z0-9-]{2,40}$/);

export const continuousEmploymentRule = z.object({
  code: ruleCode,
  kind: z.literal('continuous-employment'),
  /** Whole months without a break; null while no source gives the figure (staff set it in a new version). */
  minMonths: z.int().min(1).max(120).nullable(),
  /** Days without work between two spells that still count as continuous; 0 unless the definition says so. */
  allowedGapDays: z.int().min(0).max(365).default(0),
});

export const registeredBeforeHireRule = z.object({ code: ruleCode, kind: z.literal('registered-before-hire') });

/** A placement from the employment module's read model: verified from its start through `end`. */
export const placementSpellFact = z.object({
  referralId: z.uuid(),
  employer: z.string().max(200),
  start: isoDate,
  /** The day of the last follow-up that found the person employed; the start day itself when none has yet. */
  end: isoDate,
});

/** A spell outside the city's placements, attached by staff from the applicant's papers, with its source. */
export const manualSpellFact = z
  .object({
    employer: z.string().trim().min(1).max(200),
    start: isoDate,
    /** null: still employed on the application date. */
    end: isoDate.nullable(),
    /** What proves it (e.g. 勞保投保資料 of a date): required, shown with the result. */
    source: z.string().trim().min(1).max(300),
  })
  .refine((v) => v.end === null || v.end >= v.start, { message: 'validation.date_order', path: ['end'] });

export type YouthFacts = {
  placementSpells?: z.infer<typeof placementSpellFact>[] | undefined;
  manualSpells?: z.infer<typeof manualSpellFact>[] | undefined;
  jobSeekerRegisteredOn?: string | null | undefined;
};

type Say<R> = (passed: boolean, params: Record<string, string | number>, variant?: string) => R;

function spellsOf(facts: YouthFacts) {
  const placed = (facts.placementSpells ?? []).map((s) => ({ start: s.start, end: s.end, employer: s.employer, manual: null as string | null }));
  const manual = (facts.manualSpells ?? []).map((s) => ({ start: s.start, end: s.end, employer: s.employer, manual: s.source }));
  return [...placed, ...manual];
}

/** The stretch of employment the incentive is judged on: the one with the most whole months. */
export function youthContinuity(facts: YouthFacts, on: string, months: number, allowedGapDays: number): ContinuityResult {
  return continuousEmployment(spellsOf(facts), months, on, allowedGapDays);
}

function describeRun(facts: YouthFacts, result: ContinuityResult, message: (key: string, params: Record<string, string | number>) => string): string {
  if (!result.run) return message('spell.none', {});
  const spells = spellsOf(facts);
  return result.run.spells
    .map((index) => {
      const spell = spells[index] as (typeof spells)[number];
      const end = spell.end ?? message('spell.ongoing', {});
      const source = spell.manual === null ? message('spell.placement', { end }) : message('spell.manual', { source: spell.manual });
      return message('spell.item', { employer: spell.employer, start: spell.start, end, source });
    })
    .join(message('spell.separator', {}));
}

export function evaluateContinuousEmployment<R>(
  rule: z.infer<typeof continuousEmploymentRule>,
  facts: YouthFacts,
  context: { on: string; locale: Locale },
  say: Say<R>,
  message: (key: string, params: Record<string, string | number>) => string,
) {
  const result = youthContinuity(facts, context.on, rule.minMonths ?? 1, rule.allowedGapDays);
  const found = describeRun(facts, result, message);
  if (rule.minMonths === null) return say(false, { foundMonths: result.months, found }, '.unset');
  return say(result.isContinuous, { months: rule.minMonths, foundMonths: result.months, found });
}

export function evaluateRegisteredBeforeHire<R>(facts: YouthFacts, context: { on: string; locale: Locale }, say: Say<R>, months: { minMonths: number | null; allowedGapDays: number } | undefined) {
  const result = youthContinuity(facts, context.on, months?.minMonths ?? 1, months?.allowedGapDays ?? 0);
  if (!facts.jobSeekerRegisteredOn) return say(false, {}, '.not-registered');
  if (!result.run) return say(false, { registeredOn: facts.jobSeekerRegisteredOn }, '.no-spell');
  return say(compareDates(facts.jobSeekerRegisteredOn, result.run.start) < 0, { registeredOn: facts.jobSeekerRegisteredOn, start: result.run.start });
}

export const youthRuleMessages: Record<Locale, Record<string, string>> = {
  'zh-TW': {
    'spell.item': '{employer} {start}–{end}（{source}）',
    'spell.separator': '；',
    'spell.ongoing': '迄今',
    'continuous-employment': '連續受僱滿 {months} 個月：連續 {foundMonths} 個月，{found}。',
    'continuous-employment.unset': '連續受僱滿規定月數（本計畫定義尚未訂定月數，由承辦人以新版本填入）：連續 {foundMonths} 個月，{found}。',
    'registered-before-hire': '受僱前已登記求職（待業）：{registeredOn} 登記求職，{start} 起受僱。',
    'registered-before-hire.not-registered': '受僱前已登記求職（待業）：查無求職登記。',
    'registered-before-hire.no-spell': '受僱前已登記求職（待業）：{registeredOn} 登記求職，查無受僱紀錄。',
    'spell.none': '查無本市推介就業紀錄或人工佐證',
    'spell.placement': '本市推介就業，追蹤確認至 {end}',
    'spell.manual': '人工佐證：{source}',
  },
  en: {
    'spell.item': '{employer} {start}–{end} ({source})',
    'spell.separator': '; ',
    'spell.ongoing': 'ongoing',
    'continuous-employment': 'Employed for {months} months without a break: {foundMonths} months in a row, {found}.',
    'continuous-employment.unset': "Employed without a break for the months the program sets (the definition sets no number yet; staff enter it in a new version): {foundMonths} months in a row, {found}.",
    'registered-before-hire': 'Registered as a job seeker before the job: registered on {registeredOn}, employed from {start}.',
    'registered-before-hire.not-registered': 'Registered as a job seeker before the job: no job-seeker registration found.',
    'registered-before-hire.no-spell': 'Registered as a job seeker before the job: registered on {registeredOn}, no employment found.',
    'spell.none': 'no placement by the city and no evidence attached',
    'spell.placement': 'placed by the city, verified by follow-up through {end}',
    'spell.manual': 'evidence attached: {source}',
  },
  id: {
    'spell.item': '{employer} {start}–{end} ({source})',
    'spell.separator': '; ',
    'spell.ongoing': 'sekarang',
    'continuous-employment': 'Bekerja {months} bulan tanpa putus: {foundMonths} bulan berturut-turut, {found}.',
    'continuous-employment.unset': 'Bekerja tanpa putus selama jumlah bulan yang ditetapkan program (definisi belum menetapkan angkanya; petugas mengisinya di versi baru): {foundMonths} bulan berturut-turut, {found}.',
    'registered-before-hire': 'Terdaftar sebagai pencari kerja sebelum bekerja: terdaftar {registeredOn}, bekerja sejak {start}.',
    'registered-before-hire.not-registered': 'Terdaftar sebagai pencari kerja sebelum bekerja: tidak ada pendaftaran pencari kerja.',
    'registered-before-hire.no-spell': 'Terdaftar sebagai pencari kerja sebelum bekerja: terdaftar {registeredOn}, tidak ada catatan kerja.',
    'spell.none': 'tidak ada penempatan oleh kota dan tidak ada bukti terlampir',
    'spell.placement': 'ditempatkan oleh kota, diverifikasi tindak lanjut sampai {end}',
    'spell.manual': 'bukti terlampir: {source}',
  },
  vi: {
    'spell.item': '{employer} {start}–{end} ({source})',
    'spell.separator': '; ',
    'spell.ongoing': 'nay',
    'continuous-employment': 'Làm việc liên tục {months} tháng: {foundMonths} tháng liên tục, {found}.',
    'continuous-employment.unset': 'Làm việc liên tục đủ số tháng chương trình quy định (định nghĩa chưa có con số; nhân viên nhập ở phiên bản mới): {foundMonths} tháng liên tục, {found}.',
    'registered-before-hire': 'Đã đăng ký tìm việc trước khi được tuyển: đăng ký ngày {registeredOn}, làm việc từ {start}.',
    'registered-before-hire.not-registered': 'Đã đăng ký tìm việc trước khi được tuyển: không có đăng ký tìm việc.',
    'registered-before-hire.no-spell': 'Đã đăng ký tìm việc trước khi được tuyển: đăng ký ngày {registeredOn}, không có hồ sơ việc làm.',
    'spell.none': 'không có giới thiệu việc làm của thành phố và không có chứng từ đính kèm',
    'spell.placement': 'thành phố giới thiệu, xác minh qua theo dõi đến {end}',
    'spell.manual': 'chứng từ đính kèm: {source}',
  },
  th: {
    'spell.item': '{employer} {start}–{end} ({source})',
    'spell.separator': '; ',
    'spell.ongoing': 'ปัจจุบัน',
    'continuous-employment': 'ทำงานต่อเนื่อง {months} เดือน: ต่อเนื่อง {foundMonths} เดือน, {found}',
    'continuous-employment.unset': 'ทำงานต่อเนื่องครบจำนวนเดือนที่โครงการกำหนด (ยังไม่ได้กำหนดจำนวน เจ้าหน้าที่กรอกในฉบับใหม่): ต่อเนื่อง {foundMonths} เดือน, {found}',
    'registered-before-hire': 'ลงทะเบียนหางานก่อนได้งาน: ลงทะเบียน {registeredOn} ทำงานตั้งแต่ {start}',
    'registered-before-hire.not-registered': 'ลงทะเบียนหางานก่อนได้งาน: ไม่พบการลงทะเบียนหางาน',
    'registered-before-hire.no-spell': 'ลงทะเบียนหางานก่อนได้งาน: ลงทะเบียน {registeredOn} ไม่พบประวัติการทำงาน',
    'spell.none': 'ไม่พบการจัดหางานของเมืองและไม่มีหลักฐานแนบ',
    'spell.placement': 'เมืองจัดหางาน ยืนยันโดยการติดตามถึง {end}',
    'spell.manual': 'หลักฐานแนบ: {source}',
  },
};
