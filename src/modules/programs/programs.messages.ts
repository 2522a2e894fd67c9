/**
 * @module programs/messages
 * The sentences of the rule-by-rule eligibility result, in the five languages. Each names what the rule
 * required and what was found, so an applicant sees why, not only whether.
 */
import type { Locale } from '../../shared/i18n/locales.ts';
import { youthRuleMessages } from './youth-incentive.rules.ts';

type Catalog = Record<string, string>;

const zhTW: Catalog = {
  age: '申請日（{on}）年滿 {min} 歲、未逾 {max} 歲：申請人為 {age} 歲。',
  'age.missing': '申請日（{on}）年滿 {min} 歲、未逾 {max} 歲：沒有出生日期，無法判斷。',
  residence: '設籍本市：申請人設籍 {found}。',
  'residence.missing': '設籍本市：沒有設籍區資料，無法判斷。',
  'residence.districts': '設籍 {districts}：申請人設籍 {found}。',
  'residence.districts.missing': '設籍 {districts}：沒有設籍區資料，無法判斷。',
  'special-group': '屬於本計畫的特定對象之一（須經本人同意使用）：{found}。',
  employment: '就業狀態為 {states}：申請人為 {found}。',
  'employment.missing': '就業狀態為 {states}：沒有就業狀態資料，無法判斷。',
  'employment.months': '就業狀態為 {states} 且連續滿 {months} 個月：申請人為 {found}，{foundMonths} 個月。',
  certificate: '持有 {kinds}。',
  'employer-size': '事業單位員工人數 {min} 至 {max} 人：{found} 人。',
  'employer-size.missing': '事業單位員工人數 {min} 至 {max} 人：沒有員工人數資料，無法判斷。',
  'state.unemployed': '待業',
  'state.employed': '受僱',
  'state.self-employed': '自營',
  'cert.technician-a': '甲級技術士證',
  'cert.technician-b': '乙級技術士證',
  'cert.skills-competition-national': '全國技能競賽獲獎',
  'cert.skills-competition-international': '國際技能競賽獲獎',
};

const en: Catalog = {
  age: 'Aged {min} to {max} on the application date ({on}): the applicant is {age}.',
  'age.missing': 'Aged {min} to {max} on the application date ({on}): no date of birth, so this cannot be checked.',
  residence: 'Registered as resident in the city: the applicant is registered in {found}.',
  'residence.missing': 'Registered as resident in the city: no district on record, so this cannot be checked.',
  'residence.districts': 'Registered as resident in {districts}: the applicant is registered in {found}.',
  'residence.districts.missing': 'Registered as resident in {districts}: no district on record, so this cannot be checked.',
  'special-group': "In one of the program's special groups (used only with the applicant's consent): {found}.",
  employment: 'Employment state {states}: the applicant is {found}.',
  'employment.missing': 'Employment state {states}: no employment state on record, so this cannot be checked.',
  'employment.months': 'Employment state {states} for at least {months} months in a row: the applicant is {found}, {foundMonths} months.',
  certificate: 'Holds {kinds}.',
  'employer-size': 'Employer with {min} to {max} employees: {found}.',
  'employer-size.missing': 'Employer with {min} to {max} employees: no headcount on record, so this cannot be checked.',
  'state.unemployed': 'unemployed',
  'state.employed': 'employed',
  'state.self-employed': 'self-employed',
  'cert.technician-a': 'a Level A technician certificate',
  'cert.technician-b': 'a Level B technician certificate',
  'cert.skills-competition-national': 'a national skills competition prize',
  'cert.skills-competition-international': 'an international skills competition prize',
};

const id: Catalog = {
  age: 'Berusia {min} sampai {max} tahun pada tanggal permohonan ({on}): pemohon berusia {age} tahun.',
  'age.missing': 'Berusia {min} sampai {max} tahun pada tanggal permohonan ({on}): tanggal lahir tidak ada, jadi tidak dapat diperiksa.',
  residence: 'Terdaftar sebagai penduduk kota: pemohon terdaftar di {found}.',
  'residence.missing': 'Terdaftar sebagai penduduk kota: distrik tidak tercatat, jadi tidak dapat diperiksa.',
  'residence.districts': 'Terdaftar sebagai penduduk di {districts}: pemohon terdaftar di {found}.',
  'residence.districts.missing': 'Terdaftar sebagai penduduk di {districts}: distrik tidak tercatat, jadi tidak dapat diperiksa.',
  'special-group': 'Termasuk salah satu kelompok khusus program (hanya dengan persetujuan pemohon): {found}.',
  employment: 'Status kerja {states}: pemohon {found}.',
  'employment.missing': 'Status kerja {states}: status kerja tidak tercatat, jadi tidak dapat diperiksa.',
  'employment.months': 'Status kerja {states} selama sedikitnya {months} bulan berturut-turut: pemohon {found}, {foundMonths} bulan.',
  certificate: 'Memiliki {kinds}.',
  'employer-size': 'Pemberi kerja dengan {min} sampai {max} karyawan: {found}.',
  'employer-size.missing': 'Pemberi kerja dengan {min} sampai {max} karyawan: jumlah karyawan tidak tercatat, jadi tidak dapat diperiksa.',
  'state.unemployed': 'menganggur',
  'state.employed': 'bekerja',
  'state.self-employed': 'wiraswasta',
  'cert.technician-a': 'sertifikat teknisi tingkat A',
  'cert.technician-b': 'sertifikat teknisi tingkat B',
  'cert.skills-competition-national': 'hadiah lomba keterampilan nasional',
  'cert.skills-competition-international': 'hadiah lomba keterampilan internasional',
};

const vi: Catalog = {
  age: 'Từ {min} đến {max} tuổi vào ngày nộp đơn ({on}): người nộp đơn {age} tuổi.',
  'age.missing': 'Từ {min} đến {max} tuổi vào ngày nộp đơn ({on}): không có ngày sinh nên không thể kiểm tra.',
  residence: 'Có hộ khẩu tại thành phố: người nộp đơn có hộ khẩu tại {found}.',
  'residence.missing': 'Có hộ khẩu tại thành phố: không có khu hộ khẩu nên không thể kiểm tra.',
  'residence.districts': 'Có hộ khẩu tại {districts}: người nộp đơn có hộ khẩu tại {found}.',
  'residence.districts.missing': 'Có hộ khẩu tại {districts}: không có khu hộ khẩu nên không thể kiểm tra.',
  'special-group': 'Thuộc một trong các đối tượng đặc biệt của chương trình (chỉ khi người nộp đơn đồng ý): {found}.',
  employment: 'Tình trạng việc làm {states}: người nộp đơn {found}.',
  'employment.missing': 'Tình trạng việc làm {states}: không có dữ liệu nên không thể kiểm tra.',
  'employment.months': 'Tình trạng việc làm {states} liên tục ít nhất {months} tháng: người nộp đơn {found}, {foundMonths} tháng.',
  certificate: 'Có {kinds}.',
  'employer-size': 'Doanh nghiệp có từ {min} đến {max} nhân viên: {found}.',
  'employer-size.missing': 'Doanh nghiệp có từ {min} đến {max} nhân viên: không có số nhân viên nên không thể kiểm tra.',
  'state.unemployed': 'đang thất nghiệp',
  'state.employed': 'đang làm thuê',
  'state.self-employed': 'tự kinh doanh',
  'cert.technician-a': 'chứng chỉ kỹ thuật viên hạng A',
  'cert.technician-b': 'chứng chỉ kỹ thuật viên hạng B',
  'cert.skills-competition-national': 'giải thi tay nghề toàn quốc',
  'cert.skills-competition-international': 'giải thi tay nghề quốc tế',
};

const th: Catalog = {
  age: 'อายุ {min} ถึง {max} ปีในวันยื่นคำขอ ({on}): ผู้ยื่นอายุ {age} ปี',
  'age.missing': 'อายุ {min} ถึง {max} ปีในวันยื่นคำขอ ({on}): ไม่มีวันเกิด จึงตรวจไม่ได้',
  residence: 'มีทะเบียนบ้านในเมือง: ผู้ยื่นมีทะเบียนบ้านที่ {found}',
  'residence.missing': 'มีทะเบียนบ้านในเมือง: ไม่มีข้อมูลเขต จึงตรวจไม่ได้',
  'residence.districts': 'มีทะเบียนบ้านที่ {districts}: ผู้ยื่นมีทะเบียนบ้านที่ {found}',
  'residence.districts.missing': 'มีทะเบียนบ้านที่ {districts}: ไม่มีข้อมูลเขต จึงตรวจไม่ได้',
  'special-group': 'อยู่ในกลุ่มเป้าหมายพิเศษของโครงการ (ใช้เมื่อผู้ยื่นยินยอมเท่านั้น): {found}',
  employment: 'สถานะการทำงาน {states}: ผู้ยื่น{found}',
  'employment.missing': 'สถานะการทำงาน {states}: ไม่มีข้อมูลสถานะการทำงาน จึงตรวจไม่ได้',
  'employment.months': 'สถานะการทำงาน {states} ต่อเนื่องอย่างน้อย {months} เดือน: ผู้ยื่น{found} {foundMonths} เดือน',
  certificate: 'มี{kinds}',
  'employer-size': 'นายจ้างมีลูกจ้าง {min} ถึง {max} คน: {found} คน',
  'employer-size.missing': 'นายจ้างมีลูกจ้าง {min} ถึง {max} คน: ไม่มีจำนวนลูกจ้าง จึงตรวจไม่ได้',
  'state.unemployed': 'ว่างงาน',
  'state.employed': 'เป็นลูกจ้าง',
  'state.self-employed': 'ประกอบอาชีพอิสระ',
  'cert.technician-a': 'ใบรับรองช่างระดับ A',
  'cert.technician-b': 'ใบรับรองช่างระดับ B',
  'cert.skills-competition-national': 'รางวัลการแข่งขันฝีมือระดับประเทศ',
  'cert.skills-competition-international': 'รางวัลการแข่งขันฝีมือระดับนานาชาติ',
};

export const ruleCatalogs: Record<Locale, Catalog> = { 'zh-TW': zhTW, en, id, vi, th };

export function ruleMessage(locale: Locale, key: string, params: Record<string, string | number>): string {
  const template = ruleCatalogs[locale][key] ?? youthRuleMessages[locale][key] ?? zhTW[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
