/** Leave, gender equality, severance and retirement items of the shipped Q&A (see qa.seed.ts). */
import type { QaSeedItem } from './types.ts';
import { qaSeedRest } from './qa.seed-rest.ts';

const leaveAndEquality: QaSeedItem[] = [
  {
    key: 'leave-annual-leave',
    category: 'leave',
    legalBasis: [
      { law: 'LSA', article: '38', paragraph: 1 },
      { law: 'LSA', article: '38', paragraph: 2 },
    ],
    text: {
      'zh-TW': {
        question: '特休（特別休假）有幾天？',
        answer:
          '勞工在同一雇主或事業單位繼續工作滿一定期間，每年應給特別休假：\n' +
          '6個月以上未滿1年：3日\n1年以上未滿2年：7日\n2年以上未滿3年：10日\n3年以上未滿5年：每年14日\n5年以上未滿10年：每年15日\n10年以上：每1年加給1日，加至30日為止。\n\n' +
          '特休日期由勞工排定；雇主基於企業經營上的急迫需求，或勞工因個人因素，都可以和對方協商調整。可以使用本平台的特休試算。',
      },
      en: {
        question: 'How many days of annual paid leave do I get?',
        answer:
          'A worker who has worked continuously for the same employer for a certain time gets annual paid leave each year:\n' +
          '6 months to under 1 year: 3 days\n1 to under 2 years: 7 days\n2 to under 3 years: 10 days\n3 to under 5 years: 14 days a year\n5 to under 10 years: 15 days a year\n10 years or more: one more day for each further year, up to 30 days.\n\n' +
          'The worker schedules the days; either the employer, for urgent business needs, or the worker, for personal reasons, may ask the other to agree on a change. Try the annual-leave calculator on this site.',
      },
      id: {
        question: 'Berapa hari cuti tahunan (特休) yang saya dapat?',
        answer:
          'Pekerja yang bekerja terus-menerus pada majikan yang sama selama jangka waktu tertentu berhak atas cuti tahunan berbayar setiap tahun:\n' +
          '6 bulan sampai kurang dari 1 tahun: 3 hari\n1 sampai kurang dari 2 tahun: 7 hari\n2 sampai kurang dari 3 tahun: 10 hari\n3 sampai kurang dari 5 tahun: 14 hari per tahun\n5 sampai kurang dari 10 tahun: 15 hari per tahun\n10 tahun atau lebih: tambah 1 hari untuk setiap tahun berikutnya, paling banyak 30 hari.\n\n' +
          'Pekerja yang menentukan tanggal cutinya; majikan karena kebutuhan usaha yang mendesak, atau pekerja karena alasan pribadi, dapat meminta perubahan dengan persetujuan pihak lain.',
      },
      vi: {
        question: 'Tôi được nghỉ phép năm (特休) bao nhiêu ngày?',
        answer:
          'Người lao động làm việc liên tục cho cùng một chủ thuê trong một thời gian nhất định được nghỉ phép năm có hưởng lương mỗi năm:\n' +
          'Từ 6 tháng đến dưới 1 năm: 3 ngày\nTừ 1 đến dưới 2 năm: 7 ngày\nTừ 2 đến dưới 3 năm: 10 ngày\nTừ 3 đến dưới 5 năm: 14 ngày mỗi năm\nTừ 5 đến dưới 10 năm: 15 ngày mỗi năm\nTừ 10 năm trở lên: mỗi năm thêm 1 ngày, tối đa 30 ngày.\n\n' +
          'Người lao động tự sắp xếp ngày nghỉ; chủ thuê vì nhu cầu kinh doanh cấp bách, hoặc người lao động vì lý do cá nhân, có thể thương lượng để thay đổi.',
      },
      th: {
        question: 'ฉันได้วันลาพักร้อน (特休) กี่วัน?',
        answer:
          'ลูกจ้างที่ทำงานต่อเนื่องกับนายจ้างเดียวกันครบระยะเวลาที่กำหนด มีสิทธิลาพักร้อนโดยได้รับค่าจ้างทุกปี:\n' +
          '6 เดือนแต่ไม่ถึง 1 ปี: 3 วัน\n1 ปีแต่ไม่ถึง 2 ปี: 7 วัน\n2 ปีแต่ไม่ถึง 3 ปี: 10 วัน\n3 ปีแต่ไม่ถึง 5 ปี: ปีละ 14 วัน\n5 ปีแต่ไม่ถึง 10 ปี: ปีละ 15 วัน\n10 ปีขึ้นไป: เพิ่มปีละ 1 วัน สูงสุด 30 วัน\n\n' +
          'ลูกจ้างเป็นผู้กำหนดวันลา นายจ้างที่มีความจำเป็นเร่งด่วนทางธุรกิจ หรือลูกจ้างที่มีเหตุส่วนตัว สามารถเจรจาขอเปลี่ยนวันได้',
      },
    },
  },
  {
    key: 'leave-unused-annual-leave',
    category: 'leave',
    legalBasis: [
      { law: 'LSA', article: '38', paragraph: 4 },
      { law: 'LSA-ER', article: '24-1' },
    ],
    text: {
      'zh-TW': {
        question: '特休沒有休完怎麼辦？',
        answer:
          '特別休假因年度終結或契約終止而未休的日數，雇主應發給工資。經勞雇雙方協商同意，年度終結未休的日數可以遞延到次一年度實施；遞延的日數到次一年度終結或契約終止時仍未休的，雇主仍應發給工資。\n\n' +
          '應發給的工資為未休日數乘以1日工資。月薪制勞工的1日工資，為年度終結或契約終止前最近1個月正常工作時間所得工資除以30所得的金額。',
      },
      en: {
        question: 'What happens to annual leave I did not take?',
        answer:
          'Days of annual leave not taken when the leave year ends or the contract ends must be paid. If both sides agree, days not taken by the end of the year may be carried over to the next year; carried-over days still not taken at the end of that year, or when the contract ends, must then be paid.\n\n' +
          'The amount is the number of days not taken times one day\'s wage. For a monthly-paid worker one day\'s wage is the pay for regular working hours in the last month before the year end or the contract end, divided by 30.',
      },
    },
  },
  {
    key: 'leave-sick-leave',
    category: 'leave',
    legalBasis: [
      { law: 'LLR', article: '4' },
      { law: 'LLR', article: '5' },
      { law: 'LSA', article: '43' },
    ],
    text: {
      'zh-TW': {
        question: '生病請假（普通傷病假）有薪水嗎？可以請幾天？',
        answer:
          '勞工因普通傷害、疾病或生理原因必須治療或休養的，可以請普通傷病假：未住院者，一年內合計不超過30日；住院者，二年內合計不超過1年；兩者合計二年內不超過1年。\n\n' +
          '一年內未超過30日的部分，工資折半發給；如果勞工保險的普通傷病給付未達工資半數，由雇主補足差額。\n\n' +
          '超過上述期限仍未痊癒的，經以事假或特別休假抵充後，可以留職停薪，但以1年為限。',
      },
      en: {
        question: 'Am I paid when I take sick leave, and for how many days?',
        answer:
          'A worker who needs treatment or rest for an ordinary (not work-related) injury or illness may take sick leave: up to 30 days in a year without hospitalisation; up to one year in two years with hospitalisation; and no more than one year in two years in total.\n\n' +
          'For the first 30 days in a year, half the wage is paid; if the labor insurance sickness benefit is less than half the wage, the employer pays the difference.\n\n' +
          'A worker still not recovered after these limits may use personal leave or annual leave, and then take unpaid leave of absence for up to one year.',
      },
      id: {
        question: 'Apakah cuti sakit dibayar, dan berapa lama?',
        answer:
          'Pekerja yang perlu berobat atau beristirahat karena cedera atau penyakit biasa (bukan karena pekerjaan) boleh mengambil cuti sakit: tanpa rawat inap paling lama 30 hari dalam setahun; dengan rawat inap paling lama 1 tahun dalam 2 tahun; seluruhnya tidak lebih dari 1 tahun dalam 2 tahun.\n\n' +
          'Untuk 30 hari pertama dalam setahun, upah dibayar setengah; jika tunjangan sakit dari asuransi tenaga kerja kurang dari setengah upah, majikan menutup kekurangannya.\n\n' +
          'Jika setelah batas itu belum sembuh, pekerja dapat memakai cuti pribadi atau cuti tahunan, lalu mengambil cuti di luar tanggungan paling lama 1 tahun.',
      },
      vi: {
        question: 'Nghỉ ốm có được trả lương không, và được nghỉ bao nhiêu ngày?',
        answer:
          'Người lao động cần điều trị hoặc nghỉ ngơi do thương tích, bệnh thông thường (không do công việc) được nghỉ ốm: không nằm viện tối đa 30 ngày trong một năm; nằm viện tối đa 1 năm trong 2 năm; tổng cộng không quá 1 năm trong 2 năm.\n\n' +
          'Trong 30 ngày đầu của một năm được trả một nửa tiền lương; nếu trợ cấp ốm đau của bảo hiểm lao động thấp hơn một nửa tiền lương thì chủ thuê bù phần chênh lệch.\n\n' +
          'Nếu quá thời hạn trên vẫn chưa khỏi, sau khi dùng ngày nghỉ việc riêng hoặc phép năm, người lao động có thể xin tạm nghỉ không lương tối đa 1 năm.',
      },
      th: {
        question: 'ลาป่วยได้รับค่าจ้างหรือไม่ และลาได้กี่วัน?',
        answer:
          'ลูกจ้างที่ต้องรักษาตัวหรือพักฟื้นจากการบาดเจ็บหรือเจ็บป่วยทั่วไป (ไม่ใช่จากการทำงาน) ลาป่วยได้ ไม่นอนโรงพยาบาลรวมไม่เกิน 30 วันต่อปี นอนโรงพยาบาลรวมไม่เกิน 1 ปีในระยะ 2 ปี และรวมทั้งหมดไม่เกิน 1 ปีในระยะ 2 ปี\n\n' +
          '30 วันแรกของปีได้รับค่าจ้างครึ่งหนึ่ง หากเงินทดแทนการเจ็บป่วยจากประกันแรงงานน้อยกว่าครึ่งหนึ่งของค่าจ้าง นายจ้างต้องจ่ายส่วนต่าง\n\n' +
          'หากเกินระยะเวลาดังกล่าวแล้วยังไม่หาย หลังใช้วันลากิจหรือวันลาพักร้อนแล้ว ลูกจ้างขอพักงานโดยไม่รับค่าจ้างได้ไม่เกิน 1 ปี',
      },
    },
  },
  {
    key: 'leave-personal-leave',
    category: 'leave',
    legalBasis: [
      { law: 'LLR', article: '7' },
      { law: 'GEEA', article: '20' },
    ],
    text: {
      'zh-TW': {
        question: '事假一年可以請幾天？有薪水嗎？',
        answer:
          '勞工因有事故必須親自處理的，可以請事假，一年內合計不得超過14日。事假期間雇主可以不發工資。\n\n' +
          '依性別平等工作法請的家庭照顧假（每年7日）併入事假計算。',
      },
      en: {
        question: 'How many days of personal leave can I take, and is it paid?',
        answer:
          'A worker who must personally deal with a matter may take personal leave of up to 14 days in a year in total. The employer need not pay wages for these days.\n\n' +
          'Family care leave under the Gender Equality in Employment Act (7 days a year) counts toward these 14 days.',
      },
    },
  },
  {
    key: 'leave-marriage-funeral',
    category: 'leave',
    legalBasis: [
      { law: 'LLR', article: '2' },
      { law: 'LLR', article: '3' },
    ],
    text: {
      'zh-TW': {
        question: '婚假、喪假各有幾天？',
        answer:
          '勞工結婚的，給婚假8日，工資照給。\n\n' +
          '喪假工資照給：父母、養父母、繼父母、配偶喪亡者，8日；祖父母、子女、配偶的父母、配偶的養父母或繼父母喪亡者，6日；曾祖父母、兄弟姊妹、配偶的祖父母喪亡者，3日。',
      },
      en: {
        question: 'How many days of marriage leave and funeral leave do I get?',
        answer:
          'A worker who marries gets 8 days of marriage leave with pay.\n\n' +
          'Funeral leave is paid: 8 days for a parent, adoptive parent, step-parent or spouse; 6 days for a grandparent, a child, or a parent, adoptive parent or step-parent of the spouse; 3 days for a great-grandparent, a sibling or a grandparent of the spouse.',
      },
    },
  },
  {
    key: 'leave-occupational-injury-leave',
    category: 'leave',
    legalBasis: [
      { law: 'LLR', article: '6' },
      { law: 'LSA', article: '59' },
      { law: 'LSA', article: '13' },
    ],
    text: {
      'zh-TW': {
        question: '因為工作受傷（職業災害），可以請公傷病假嗎？',
        answer:
          '勞工因職業災害而致失能、傷害或疾病的，在治療、休養期間可以請公傷病假。醫療期間不能工作的，雇主應按原領工資數額予以補償；同一事故已由雇主支付費用的勞工保險或職業災害保險給付，可以抵充。\n\n' +
          '在醫療期間，雇主不得終止勞動契約；只有雇主因天災、事變或其他不可抗力致事業不能繼續，並經主管機關核定時例外。',
      },
      en: {
        question: 'I was injured at work. Can I take occupational injury leave?',
        answer:
          'A worker disabled, injured or ill because of an occupational accident may take occupational injury leave during treatment and recovery. For the time they cannot work, the employer must pay compensation equal to the wage they were receiving; insurance benefits for the same accident paid for by the employer (labor or occupational accident insurance) may be set off.\n\n' +
          'During the treatment period the employer may not end the contract, except when a natural disaster, incident or other force majeure makes it impossible to continue the business and the authority has approved.',
      },
    },
  },
  {
    key: 'equality-menstrual-leave',
    category: 'gender-equality',
    legalBasis: [{ law: 'GEEA', article: '14' }],
    text: {
      'zh-TW': {
        question: '生理假怎麼請？有薪水嗎？',
        answer:
          '女性受僱者因生理日致工作有困難的，每月可以請生理假1日。\n\n' +
          '全年請生理假未超過3日的，不併入病假計算；超過3日的部分併入病假計算。不論是否併入病假，生理假的薪資都減半發給。雇主不得拒絕，也不得因此扣全勤獎金或給予不利處分。',
      },
      en: {
        question: 'How does menstrual leave work, and is it paid?',
        answer:
          'A female employee who finds it hard to work because of her period may take one day of menstrual leave a month.\n\n' +
          'Up to three days a year do not count as sick leave; days beyond three count toward sick leave. Either way, menstrual leave is paid at half pay. The employer may not refuse it, and may not cut a full-attendance bonus or otherwise treat the employee unfavourably because of it.',
      },
    },
  },
  {
    key: 'equality-maternity-leave',
    category: 'gender-equality',
    legalBasis: [
      { law: 'GEEA', article: '15', paragraph: 1 },
      { law: 'LSA', article: '50' },
    ],
    text: {
      'zh-TW': {
        question: '產假有幾天？有薪水嗎？',
        answer:
          '分娩前後，雇主應使受僱者停止工作，給予產假8星期；妊娠3個月以上流產者，4星期；妊娠2個月以上未滿3個月流產者，1星期；妊娠未滿2個月流產者，5日。產假依曆連續計算。\n\n' +
          '適用勞動基準法的女性勞工，8星期及4星期的產假，受僱工作在6個月以上者工資照給；未滿6個月者減半發給。產假期間雇主不得終止勞動契約。',
      },
      en: {
        question: 'How long is maternity leave, and is it paid?',
        answer:
          'Around childbirth the employer must let the employee stop work on 8 weeks of maternity leave; after a miscarriage at 3 months of pregnancy or later, 4 weeks; at 2 to under 3 months, 1 week; under 2 months, 5 days. The leave runs in consecutive calendar days.\n\n' +
          'For women covered by the Labor Standards Act, the 8-week and 4-week leaves are on full pay after at least 6 months of employment, and on half pay before that. The employer may not end the contract during maternity leave.',
      },
    },
  },
  {
    key: 'equality-prenatal-paternity-leave',
    category: 'gender-equality',
    legalBasis: [{ law: 'GEEA', article: '15' }],
    text: {
      'zh-TW': {
        question: '產檢假、陪產檢及陪產假各有幾天？',
        answer:
          '受僱者妊娠期間，雇主應給予產檢假7日。受僱者陪伴配偶妊娠產檢或配偶分娩時，雇主應給予陪產檢及陪產假7日。這些假期的薪資照給。\n\n' +
          '陪產檢及陪產假可以在7日額度內自行分配：陪伴產檢的在配偶妊娠期間請休；陪產的在配偶分娩當日及前後合計15日內請休。',
      },
      en: {
        question: 'How many days of prenatal check-up leave and paternity leave are there?',
        answer:
          'A pregnant employee gets 7 days of leave for prenatal check-ups. An employee whose spouse is pregnant gets 7 days of leave to accompany her to check-ups or at childbirth. Both are on full pay.\n\n' +
          'The 7 days for the spouse can be split as the employee wishes: days for check-ups are taken during the pregnancy, and days for the birth within the 15 days around the day of delivery.',
      },
    },
  },
  {
    key: 'equality-parental-leave',
    category: 'gender-equality',
    legalBasis: [
      { law: 'GEEA', article: '16' },
      { law: 'GEEA', article: '21' },
    ],
    text: {
      'zh-TW': {
        question: '可以申請育嬰留職停薪嗎？',
        answer:
          '受僱者任職滿6個月後，在每一子女滿3歲前，可以申請育嬰留職停薪，期間至該子女滿3歲為止，但不得超過2年；同時撫育子女2人以上的，期間合併計算，最長以最幼子女受撫育2年為限。父母雙方可以同時申請。\n\n' +
          '留職停薪期間可以繼續參加原有的社會保險：原由雇主負擔的保費免繳，原由受僱者負擔的保費可以遞延3年繳納。受僱者依法提出申請時，雇主不得拒絕，也不得因此給予不利處分。',
      },
      en: {
        question: 'Can I take unpaid parental leave (育嬰留職停薪)?',
        answer:
          'After 6 months of employment, an employee may take parental leave without pay for each child under 3, until the child turns 3 but for no more than 2 years; for two or more children the periods are counted together, up to 2 years for the youngest. Both parents may take it at the same time.\n\n' +
          'During the leave the employee can stay in their social insurance: the employer\'s share of premiums is waived and the employee may defer their own share for 3 years. The employer may not refuse a lawful request or treat the employee unfavourably because of it.',
      },
    },
  },
  {
    key: 'equality-family-care-leave',
    category: 'gender-equality',
    legalBasis: [
      { law: 'GEEA', article: '20' },
      { law: 'GEEA', article: '21' },
    ],
    text: {
      'zh-TW': {
        question: '家人生病需要照顧，可以請假嗎？',
        answer:
          '受僱者的家庭成員預防接種、發生嚴重疾病或其他重大事故，須親自照顧時，可以請家庭照顧假，每年以7日為限，併入事假計算。\n\n' +
          '受僱者提出請求時，雇主不得拒絕，也不得視為缺勤而影響全勤獎金、考績或給予其他不利處分。',
      },
      en: {
        question: 'Can I take leave to care for a sick family member?',
        answer:
          'When a family member needs vaccination, falls seriously ill or meets another major event and the employee must care for them personally, the employee may take family care leave of up to 7 days a year, counted as personal leave.\n\n' +
          'The employer may not refuse, and may not count it as absence affecting a full-attendance bonus or performance review, or otherwise treat the employee unfavourably.',
      },
    },
  },
  {
    key: 'equality-sexual-harassment',
    category: 'gender-equality',
    legalBasis: [
      { law: 'GEEA', article: '13' },
      { law: 'GEEA', article: '27' },
      { law: 'GEEA', article: '32-1' },
    ],
    text: {
      'zh-TW': {
        question: '在職場遇到性騷擾，怎麼辦？',
        answer:
          '雇主應防治性騷擾行為的發生。僱用受僱者10人以上未達30人的，應訂定申訴管道並在工作場所公開揭示；30人以上的，應訂定性騷擾防治措施、申訴及懲戒規範並公開揭示。雇主知悉性騷擾情形時，應採取立即有效的糾正及補救措施。\n\n' +
          '被害人可以向公司提出申訴；行為人是最高負責人，或雇主未處理或處理結果不服時，可以依法向地方主管機關（臺中市政府勞工局）申訴。受僱者因遭受性騷擾受有損害的，可以向雇主及行為人請求賠償。',
      },
      en: {
        question: 'What can I do about sexual harassment at work?',
        answer:
          'Employers must prevent sexual harassment. Those with 10 to 29 employees must set up a complaint channel and post it at the workplace; those with 30 or more must adopt prevention measures and complaint and discipline rules and post them. Once the employer knows of harassment it must take immediate and effective corrective and remedial action.\n\n' +
          'The victim can complain within the company; where the harasser is the head of the organisation, or the employer does not deal with the complaint or the victim disagrees with the outcome, the victim can complain to the local authority (the Taichung City Labor Affairs Bureau) as the law provides. An employee harmed by sexual harassment can claim damages from the employer and the harasser.',
      },
    },
  },
  {
    key: 'equality-pregnancy-dismissal',
    category: 'gender-equality',
    legalBasis: [
      { law: 'GEEA', article: '11' },
      { law: 'LSA', article: '13' },
    ],
    text: {
      'zh-TW': {
        question: '懷孕被要求離職，合法嗎？',
        answer:
          '不合法。雇主對受僱者的退休、資遣、離職及解僱，不得因性別或性傾向而有差別待遇。工作規則、勞動契約或團體協約，不得規定或事先約定受僱者結婚、懷孕、分娩或育兒時應行離職或留職停薪，也不得以此作為解僱理由；違反的規定或約定無效，勞動契約的終止不生效力。\n\n' +
          '女性勞工在產假停止工作期間，雇主也不得終止勞動契約。遇到這種情形，可以向臺中市政府勞工局申訴。',
      },
      en: {
        question: 'I was told to quit because I am pregnant. Is that legal?',
        answer:
          'No. An employer may not treat employees differently because of sex or sexual orientation in retirement, layoff, resignation or dismissal. Work rules, employment contracts or collective agreements may not require an employee to resign or take unpaid leave on marriage, pregnancy, childbirth or child-rearing, nor use these as grounds for dismissal; such terms are void and a termination on those grounds has no effect.\n\n' +
          'The employer also may not end the contract while a woman is on maternity leave. You can complain to the Taichung City Labor Affairs Bureau.',
      },
    },
  },
  {
    key: 'equality-breastfeeding',
    category: 'gender-equality',
    legalBasis: [{ law: 'GEEA', article: '18' }],
    text: {
      'zh-TW': {
        question: '上班時間可以哺乳或集乳嗎？',
        answer:
          '子女未滿2歲，須受僱者親自哺（集）乳的，除規定的休息時間外，雇主應每日另給哺（集）乳時間60分鐘。受僱者在正常工時以外延長工作時間達1小時以上的，雇主應再給哺（集）乳時間30分鐘。哺（集）乳時間視為工作時間，不可以扣薪。',
      },
      en: {
        question: 'Can I breastfeed or express milk during working hours?',
        answer:
          'An employee with a child under 2 who breastfeeds or expresses milk gets 60 minutes a day for it in addition to the regular breaks. If she works one hour or more beyond her regular hours, she gets 30 minutes more. This time counts as working time and may not be deducted from pay.',
      },
    },
  },
];

export const qaSeedMore: QaSeedItem[] = [...leaveAndEquality, ...qaSeedRest];
