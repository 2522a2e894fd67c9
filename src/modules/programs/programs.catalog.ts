/**
 * @module programs/catalog
 * The plan's programs (taichung-labor-bureau-2015-plan.txt) as definitions of the engine. Only the figures
 * the plan gives are filled in, each with its source; every other amount is null and its `sources` entry
 * says so, so staff enter it (a new version from its effective date) instead of anyone guessing it.
 */
import type { Locale } from '../../shared/i18n/locales.ts';
import type { ProgramDefinitionInput } from './programs.contract.ts';

const plan = '臺中市政府勞工局 104 年度施政計畫';
const makers = ['programs-officer'];
const checkers = ['programs-officer', 'admin'];
const pdfOrImage = ['application/pdf', 'image/jpeg', 'image/png'] as ('application/pdf' | 'image/jpeg' | 'image/png')[];
const doc = (code: string, names: Record<Locale, string>, required = true) => ({ code, names, required, mediaTypes: pdfOrImage, maxBytes: 600_000 });
const idDoc = doc('identity', { 'zh-TW': '身分證明文件', en: 'Proof of identity', id: 'Bukti identitas', vi: 'Giấy tờ tùy thân', th: 'เอกสารแสดงตัวตน' });

export const catalogEffectiveFrom = '2026-01-01';

export const programCatalog: ProgramDefinitionInput[] = [
  {
    code: 'labor-university-subsidy',
    effectiveFrom: catalogEffectiveFrom,
    kind: 'course',
    applicantKind: 'person',
    names: { 'zh-TW': '補助弱勢勞工就讀勞工大學', en: 'Labor university subsidy for disadvantaged workers', id: 'Subsidi universitas buruh bagi pekerja rentan', vi: 'Trợ cấp học đại học lao động cho người lao động yếu thế', th: 'เงินอุดหนุนเรียนมหาวิทยาลัยแรงงานสำหรับแรงงานกลุ่มเปราะบาง' },
    rules: [{ code: 'special-group', kind: 'special-group', anyOf: 'program' }],
    entitlement: { kind: 'share', percent: 100 },
    documents: [doc('group-proof', { 'zh-TW': '特定對象身分證明', en: 'Proof of the special group', id: 'Bukti kelompok khusus', vi: 'Giấy chứng nhận đối tượng đặc biệt', th: 'หลักฐานกลุ่มเป้าหมายพิเศษ' })],
    period: 'year',
    windowOpens: null,
    windowCloses: null,
    decisionDays: null,
    escalation: null,
    makerRoles: makers,
    checkerRoles: checkers,
    sources: [
      { field: 'entitlement', source: `${plan} 第一部分 七：12 項特殊對象勞工可享全額補助就讀勞工大學` },
      { field: 'period', source: 'One subsidy per course enrolment is the bureau practice to confirm; set per year until confirmed.' },
    ],
  },
  {
    code: 'star-youth',
    effectiveFrom: catalogEffectiveFrom,
    kind: 'incentive',
    applicantKind: 'person',
    names: { 'zh-TW': '摘星青年 築夢臺中', en: 'Star Youth: Dreams in Taichung', id: 'Pemuda Bintang: Mimpi di Taichung', vi: 'Thanh niên hái sao: Ước mơ Đài Trung', th: 'เยาวชนคว้าดาว สร้างฝันที่ไถจง' },
    rules: [{ code: 'age-20-40', kind: 'age', min: 20, max: 40 }],
    entitlement: { kind: 'monthly', amount: 33_000, capPerPerson: null, capPerYear: null },
    documents: [idDoc, doc('business-plan', { 'zh-TW': '創業計畫書', en: 'Business plan', id: 'Rencana usaha', vi: 'Kế hoạch kinh doanh', th: 'แผนธุรกิจ' })],
    period: 'once',
    windowOpens: null,
    windowCloses: null,
    decisionDays: null,
    escalation: null,
    makerRoles: makers,
    checkerRoles: checkers,
    sources: [
      { field: 'rules.age-20-40', source: `${plan} 第二部分 一-8：招募 108 位 20 至 40 歲…創業青年` },
      { field: 'entitlement.amount', source: `${plan} 第二部分 一-8：提供租金及獎勵金，每人每月 3.3 萬元` },
      { field: 'quota.places', source: `${plan} 第二部分 一-8：108 位` },
      { field: 'bases', source: `${plan} 第二部分 一-8：摘星山莊(潭子區)、光復新村(霧峰區)、審計新村(西區)` },
      { field: 'industry', source: 'Cultural-creative and e-commerce businesses (一-8): checked by staff from the business plan; no rule kind yet.' },
      { field: 'entitlement.split', source: 'The NT$33,000 a month is rent and incentive together (租金及獎勵金); the plan neither splits it nor says the unit is rent-free: staff confirm.' },
      { field: 'facts.months', source: 'The months of a tenancy are not in the plan: staff enter them on the application (the amount approved is 33,000 × months).' },
    ],
  },
  {
    code: 'youth-startup-loan-interest',
    effectiveFrom: catalogEffectiveFrom,
    kind: 'subsidy',
    applicantKind: 'person',
    names: { 'zh-TW': '青年創業貸款利息補貼', en: 'Youth start-up loan interest subsidy', id: 'Subsidi bunga pinjaman usaha pemuda', vi: 'Trợ cấp lãi vay khởi nghiệp cho thanh niên', th: 'เงินอุดหนุนดอกเบี้ยเงินกู้เริ่มธุรกิจของเยาวชน' },
    rules: [],
    entitlement: { kind: 'fixed', amount: null },
    documents: [idDoc, doc('loan-contract', { 'zh-TW': '貸款契約', en: 'Loan contract', id: 'Perjanjian pinjaman', vi: 'Hợp đồng vay', th: 'สัญญาเงินกู้' })],
    period: 'once',
    windowOpens: null,
    windowCloses: null,
    decisionDays: null,
    escalation: null,
    makerRoles: makers,
    checkerRoles: checkers,
    sources: [
      { field: 'program', source: `${plan} 第二部分 一-7：提供青年創業貸款利息補貼減輕青年創業經濟壓力` },
      { field: 'subsidy', source: 'The plan gives no subsidised rate or share, cap or years: staff enter them on the loan with their source (startup_loans).' },
      { field: 'entitlement.amount', source: 'Staff enter the total of the loan’s period table on the decision; each period’s claim is paid as a part of it.' },
      { field: 'rules', source: 'The age range of 青年 and any residence rule are not in the plan: add them in a new version.' },
    ],
  },
  {
    code: 'employer-childcare-incentive',
    effectiveFrom: catalogEffectiveFrom,
    kind: 'incentive',
    applicantKind: 'employer',
    names: { 'zh-TW': '事業單位托兒措施獎勵金', en: 'Employer childcare incentive', id: 'Insentif penitipan anak bagi pemberi kerja', vi: 'Tiền thưởng chăm sóc trẻ cho doanh nghiệp', th: 'เงินรางวัลจัดบริการดูแลเด็กของนายจ้าง' },
    rules: [],
    entitlement: { kind: 'fixed', amount: null, capPerPerson: 60_000 },
    documents: [doc('childcare-measures', { 'zh-TW': '托兒措施說明', en: 'Description of the childcare measures', id: 'Uraian fasilitas penitipan anak', vi: 'Mô tả biện pháp chăm sóc trẻ', th: 'รายละเอียดมาตรการดูแลเด็ก' })],
    period: 'year',
    windowOpens: null,
    windowCloses: null,
    decisionDays: null,
    escalation: null,
    makerRoles: makers,
    checkerRoles: checkers,
    sources: [
      { field: 'entitlement.capPerPerson', source: `${plan} 第二部分 三-4：依企業規模及辦理托兒措施項目，發給最高 6 萬元獎勵金` },
      { field: 'entitlement.amount', source: 'The amount by employer size and measure is not in the plan: staff enter it on the decision (up to the cap).' },
    ],
  },
  {
    code: 'death-consolation',
    effectiveFrom: catalogEffectiveFrom,
    kind: 'aid',
    applicantKind: 'person',
    names: { 'zh-TW': '職災死亡勞工家屬慰問金', en: 'Consolation payment for families of workers killed at work', id: 'Santunan bagi keluarga pekerja yang meninggal karena kecelakaan kerja', vi: 'Tiền an ủi gia đình người lao động tử vong do tai nạn lao động', th: 'เงินปลอบขวัญครอบครัวแรงงานที่เสียชีวิตจากการทำงาน' },
    rules: [],
    entitlement: { kind: 'fixed', amount: null },
    documents: [idDoc, doc('death-certificate', { 'zh-TW': '死亡證明書', en: 'Death certificate', id: 'Akta kematian', vi: 'Giấy chứng tử', th: 'ใบมรณบัตร' })],
    period: 'once',
    windowOpens: null,
    windowCloses: null,
    decisionDays: 3,
    // Two thirds of the 72 hours: the supervisor still has a working day to get it paid. The bureau's own
    // working rule (no law sets it); the supervisor's mailbox is entered by staff in a new version.
    escalation: { afterHours: 48, notifyEmail: null, source: 'Bureau working rule for the 3-day payment (第二部分 三-2): escalate to the supervisor at 48 hours; to be confirmed by the bureau.' },
    makerRoles: makers,
    checkerRoles: checkers,
    sources: [
      { field: 'decisionDays', source: `${plan} 第二部分 三-2：於申請後 3 日內發放職災死亡慰問金` },
      { field: 'entitlement.amount', source: 'The amount is not in the plan: staff enter it on the decision.' },
    ],
  },
  {
    code: 'occupational-injury-aid',
    effectiveFrom: catalogEffectiveFrom,
    kind: 'aid',
    applicantKind: 'person',
    names: { 'zh-TW': '職災勞工生活及子女就學補助', en: 'Living and school aid for injured workers', id: 'Bantuan hidup dan sekolah anak bagi pekerja cedera', vi: 'Trợ cấp sinh hoạt và học phí con cho người lao động bị tai nạn', th: 'เงินช่วยเหลือค่าครองชีพและการศึกษาบุตรของแรงงานที่บาดเจ็บจากการทำงาน' },
    rules: [{ code: 'residence', kind: 'residence' }],
    entitlement: { kind: 'fixed', amount: null },
    documents: [idDoc],
    period: 'year',
    windowOpens: null,
    windowCloses: null,
    decisionDays: null,
    escalation: null,
    makerRoles: makers,
    checkerRoles: checkers,
    sources: [
      { field: 'program', source: `${plan} 第二部分 三-2：運用勞工權益基金…提供生活、職災慰助、子女就學等補助措施` },
      { field: 'rules.residence', source: 'A city program for its workers; the fund rules (勞工權益基金) to be confirmed by the bureau.' },
      { field: 'entitlement.amount', source: 'The amounts are not in the plan: staff enter them on the decision.' },
    ],
  },
  {
    code: 'youth-stable-employment',
    effectiveFrom: catalogEffectiveFrom,
    kind: 'incentive',
    applicantKind: 'person',
    names: { 'zh-TW': '青年穩定就業獎勵', en: 'Youth stable-employment incentive', id: 'Insentif kerja stabil bagi pemuda', vi: 'Thưởng việc làm ổn định cho thanh niên', th: 'เงินรางวัลการทำงานต่อเนื่องของเยาวชน' },
    rules: [
      { code: 'residence', kind: 'residence' },
      // Read from the employment module's placements and attached evidence (ADR 0041); the months are not
      // in the plan, so null until staff set them in a new version.
      { code: 'continuous-employment', kind: 'continuous-employment', minMonths: null, allowedGapDays: 0 },
      { code: 'registered-before-hire', kind: 'registered-before-hire' },
    ],
    entitlement: { kind: 'fixed', amount: null },
    documents: [idDoc],
    period: 'once',
    windowOpens: null,
    windowCloses: null,
    decisionDays: null,
    escalation: null,
    makerRoles: makers,
    checkerRoles: checkers,
    sources: [
      { field: 'rules', source: `${plan} 第二部分 一-1：鼓勵設籍本市之待業青年就業` },
      { field: 'rules.months', source: 'The months of continuous employment and the youth age range are not in the plan: add them in a new version.' },
      { field: 'rules.registered-before-hire', source: `${plan} 第二部分 一-1：待業青年 — read as registered as a job seeker before the job began.` },
      { field: 'rules.allowedGapDays', source: 'No gap between jobs is allowed unless a new version sets one with its source.' },
      { field: 'entitlement.amount', source: 'The amount is not in the plan: staff enter it on the decision.' },
    ],
  },
  {
    code: 'skills-award',
    effectiveFrom: catalogEffectiveFrom,
    kind: 'award',
    applicantKind: 'person',
    names: { 'zh-TW': '勞工藝級棒獎勵', en: 'Skills award for workers', id: 'Penghargaan keterampilan pekerja', vi: 'Giải thưởng tay nghề cho người lao động', th: 'รางวัลฝีมือแรงงาน' },
    rules: [
      { code: 'employed', kind: 'employment', states: ['employed'] },
      { code: 'certificate', kind: 'certificate', anyOf: ['technician-a', 'technician-b', 'skills-competition-national', 'skills-competition-international'] },
    ],
    entitlement: { kind: 'fixed', amount: null },
    documents: [doc('certificate', { 'zh-TW': '證照或獲獎證明', en: 'Certificate or prize', id: 'Sertifikat atau bukti hadiah', vi: 'Chứng chỉ hoặc giấy khen', th: 'ใบรับรองหรือหลักฐานรางวัล' })],
    period: 'year',
    windowOpens: null,
    windowCloses: null,
    decisionDays: null,
    escalation: null,
    makerRoles: makers,
    checkerRoles: checkers,
    sources: [
      { field: 'rules', source: `${plan} 第二部分 二-7：在職期間勞動部核發之技術士甲級或乙級證照者，或參加國際及全國技能競賽獲獎者` },
      { field: 'entitlement.amount', source: 'The award amounts by kind are not in the plan: staff enter them on the decision.' },
    ],
  },
];

/**
 * The labor university's special groups with full subsidy. The plan names these (第一部分 七: 中(低)收入戶、
 * 原住民、身心障礙者、中高齡、非自願性失業、初任人員、獨力負擔家計及新住民 …等 12 項); the remaining ones are
 * added by staff with their source, never guessed here.
 */
const named = `${plan} 第一部分 七`;
export const laborUniversityGroups: { code: string; names: Record<Locale, string>; source: string }[] = [
  { code: 'low-income', names: { 'zh-TW': '低收入戶', en: 'Low-income household', id: 'Rumah tangga berpenghasilan rendah', vi: 'Hộ nghèo', th: 'ครัวเรือนรายได้น้อย' }, source: named },
  { code: 'middle-low-income', names: { 'zh-TW': '中低收入戶', en: 'Middle-low-income household', id: 'Rumah tangga berpenghasilan menengah ke bawah', vi: 'Hộ cận nghèo', th: 'ครัวเรือนรายได้ปานกลางค่อนข้างน้อย' }, source: named },
  { code: 'indigenous', names: { 'zh-TW': '原住民', en: 'Indigenous person', id: 'Masyarakat adat', vi: 'Người bản địa', th: 'ชนพื้นเมือง' }, source: named },
  { code: 'disability', names: { 'zh-TW': '身心障礙者', en: 'Person with a disability', id: 'Penyandang disabilitas', vi: 'Người khuyết tật', th: 'ผู้พิการ' }, source: named },
  { code: 'middle-aged-older', names: { 'zh-TW': '中高齡者', en: 'Middle-aged or older worker', id: 'Pekerja paruh baya atau lanjut usia', vi: 'Người lao động trung niên hoặc cao tuổi', th: 'แรงงานวัยกลางคนหรือสูงอายุ' }, source: named },
  { code: 'involuntarily-unemployed', names: { 'zh-TW': '非自願性失業者', en: 'Involuntarily unemployed person', id: 'Penganggur tidak sukarela', vi: 'Người thất nghiệp không tự nguyện', th: 'ผู้ว่างงานโดยไม่สมัครใจ' }, source: named },
  { code: 'first-job', names: { 'zh-TW': '初任人員', en: 'Person in a first job', id: 'Pekerja baru pertama kali', vi: 'Người mới đi làm lần đầu', th: 'ผู้เริ่มงานครั้งแรก' }, source: named },
  { code: 'sole-breadwinner', names: { 'zh-TW': '獨力負擔家計者', en: 'Sole breadwinner', id: 'Pencari nafkah tunggal', vi: 'Người một mình gánh vác gia đình', th: 'ผู้หาเลี้ยงครอบครัวเพียงคนเดียว' }, source: named },
  { code: 'new-immigrant', names: { 'zh-TW': '新住民', en: 'New immigrant', id: 'Imigran baru', vi: 'Tân di dân', th: 'ผู้ย้ายถิ่นใหม่' }, source: named },
];

/** The 摘星青年 places and the three bases, from 一-8. */
export const starYouthPlaces = { places: 108, source: `${plan} 第二部分 一-8` };
