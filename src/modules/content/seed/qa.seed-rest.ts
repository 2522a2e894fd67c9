/** Severance, retirement, safety, migrant-worker and dispute items of the shipped Q&A (see qa.seed.ts). */
import type { QaSeedItem } from './types.ts';

const severanceAndRetirement: QaSeedItem[] = [
  {
    key: 'severance-calculation',
    category: 'severance-retirement',
    legalBasis: [
      { law: 'LPA', article: '12' },
      { law: 'LSA', article: '17' },
      { law: 'LSA', article: '2' },
    ],
    text: {
      'zh-TW': {
        question: '資遣費怎麼算？',
        answer:
          '適用勞工退休金條例（勞退新制，2005年7月1日起）的工作年資，每滿1年發給二分之一個月的平均工資，未滿1年的以比例計給，最高以發給6個月平均工資為限，雇主應於終止勞動契約後30日內發給。\n\n' +
          '2005年7月1日以前的舊制年資，依勞動基準法計算：每滿1年發給1個月平均工資，剩餘月數以比例計給，未滿1個月的以1個月計。新、舊制年資分別計算後相加。\n\n' +
          '平均工資是事由發生當日前6個月內的工資總額除以該期間總日數。例如平均工資每月30,000元、新制年資3年6個月15天，新制資遣費約為53,125元。可以使用本平台的資遣費試算。',
      },
      en: {
        question: 'How is severance pay calculated?',
        answer:
          'For service under the Labor Pension Act (the new system, from 1 July 2005) severance is half a month of average wage for each full year, with part years prorated, up to a total of 6 months of average wage, paid within 30 days after the contract ends.\n\n' +
          'Service before 1 July 2005 under the old system is calculated under the Labor Standards Act: one month of average wage per full year, remaining months prorated, and any part of a month counted as a full month. The two parts are calculated separately and added.\n\n' +
          'The average wage is the total wages of the 6 months before the event divided by the number of days in that period. For example, with an average wage of NT$30,000 a month and 3 years, 6 months and 15 days of new-system service, the severance is about NT$53,125. Try the severance calculator on this site.',
      },
    },
  },
  {
    key: 'severance-lawful-grounds',
    category: 'severance-retirement',
    legalBasis: [
      { law: 'LSA', article: '11' },
      { law: 'LSA', article: '16' },
      { law: 'LPA', article: '12' },
    ],
    text: {
      'zh-TW': {
        question: '雇主在什麼情況下可以資遣勞工？',
        answer:
          '非有下列情事之一，雇主不得預告勞工終止勞動契約：\n一、歇業或轉讓時。\n二、虧損或業務緊縮時。\n三、不可抗力暫停工作在1個月以上時。\n四、業務性質變更，有減少勞工之必要，又無適當工作可供安置時。\n五、勞工對於所擔任之工作確不能勝任時。\n\n' +
          '依這些理由終止契約，雇主應依規定預告並發給資遣費。試用期間以勞工「不適任」為由終止契約，同樣屬於資遣，仍應預告並發給資遣費。',
      },
      en: {
        question: 'When may an employer lay off a worker?',
        answer:
          'An employer may end a contract with notice only for one of these reasons:\n1. the business closes or is transferred;\n2. the business makes losses or contracts;\n3. force majeure stops work for one month or more;\n4. the nature of the business changes, fewer workers are needed and there is no suitable job to move the worker to;\n5. the worker is clearly not competent for the job.\n\n' +
          'In these cases the employer must give the statutory notice and pay severance. Ending a contract during probation because the worker "does not fit" is also a layoff: notice and severance are still due.',
      },
    },
  },
  {
    key: 'severance-notice-period',
    category: 'severance-retirement',
    legalBasis: [
      { law: 'LSA', article: '16' },
      { law: 'ESA', article: '33', paragraph: 1 },
    ],
    text: {
      'zh-TW': {
        question: '被資遣前，雇主要多早通知？有謀職假嗎？',
        answer:
          '雇主依法資遣勞工時，應依年資預告：繼續工作3個月以上未滿1年者，於10日前預告；1年以上未滿3年者，於20日前預告；3年以上者，於30日前預告。\n\n' +
          '勞工接到預告後，為另謀工作可以在工作時間請假外出，每星期不得超過2日的工作時間，請假期間工資照給。雇主未依規定預告的，應發給預告期間的工資。\n\n' +
          '此外，雇主應於員工離職的10日前，將被資遣員工的資料列冊通報當地主管機關及公立就業服務機構（因天災、事變等不可抗力資遣者，於離職之日起3日內通報）。',
      },
      en: {
        question: 'How much notice must an employer give before a layoff? Do I get time off to look for work?',
        answer:
          'Notice depends on length of service: 10 days for 3 months to under 1 year; 20 days for 1 to under 3 years; 30 days for 3 years or more.\n\n' +
          'After receiving notice, the worker may take time off during working hours to look for a new job, up to two days\' working time a week, on full pay. An employer who does not give the notice must pay wages for the notice period instead.\n\n' +
          'The employer must also report the laid-off worker to the local authority and the public employment service 10 days before the worker leaves (within 3 days after leaving when the layoff is caused by force majeure).',
      },
    },
  },
  {
    key: 'severance-worker-terminates',
    category: 'severance-retirement',
    legalBasis: [
      { law: 'LSA', article: '14' },
      { law: 'LSA', article: '19' },
      { law: 'LPA', article: '12' },
    ],
    text: {
      'zh-TW': {
        question: '雇主欠薪或違法，我可以直接離職並請求資遣費嗎？',
        answer:
          '可以。雇主有下列等情形時，勞工可以不經預告終止契約，並請求資遣費：雇主不依勞動契約給付工作報酬；雇主違反勞動契約或勞工法令，致有損害勞工權益之虞；雇主、雇主家屬或代理人對勞工實施暴行或有重大侮辱的行為。\n\n' +
          '因雇主違反勞動契約或勞工法令而終止契約的，應自知悉其情形之日起30日內為之。離職時，勞工可以請求雇主發給服務證明書，雇主不得拒絕。建議保留薪資單、出勤紀錄等證據，並可向勞工局申請調解。',
      },
      en: {
        question: 'My employer does not pay me or breaks the law. Can I quit at once and still get severance?',
        answer:
          'Yes. A worker may end the contract without notice and claim severance when, for example, the employer does not pay the wages agreed in the contract; breaks the contract or labor laws in a way likely to harm the worker\'s rights; or the employer, a family member or agent of the employer uses violence against or gravely insults the worker.\n\n' +
          'Where the reason is a breach of the contract or of labor laws, the worker must act within 30 days of learning of it. On leaving, the worker may ask for a certificate of service, which the employer may not refuse. Keep payslips and attendance records as evidence; you can apply to the Labor Affairs Bureau for mediation.',
      },
    },
  },
  {
    key: 'severance-dismissal-without-notice',
    category: 'severance-retirement',
    legalBasis: [
      { law: 'LSA', article: '12' },
      { law: 'LSA', article: '18' },
    ],
    text: {
      'zh-TW': {
        question: '雇主在什麼情況下可以不經預告解僱，也不用給資遣費？',
        answer:
          '勞工有下列情形之一的，雇主可以不經預告終止契約，且不必發給資遣費：\n一、訂立勞動契約時為虛偽意思表示，使雇主誤信而有受損害之虞。\n二、對雇主、雇主家屬、雇主代理人或其他共同工作的勞工，實施暴行或有重大侮辱的行為。\n三、受有期徒刑以上刑的宣告確定，而未諭知緩刑或未准易科罰金。\n四、違反勞動契約或工作規則，情節重大。\n五、故意損耗機器、工具、原料、產品或其他雇主所有物品，或故意洩漏雇主技術上、營業上的秘密，致雇主受有損害。\n六、無正當理由繼續曠工3日，或1個月內曠工達6日。\n\n' +
          '雇主依第一、二、四至六款終止契約的，應自知悉其情形之日起30日內為之。',
      },
      en: {
        question: 'When may an employer dismiss a worker without notice and without severance?',
        answer:
          'An employer may end the contract without notice and without severance if the worker:\n1. made false statements when signing the contract, misleading the employer in a way likely to cause it loss;\n2. used violence against or gravely insulted the employer, the employer\'s family or agent, or co-workers;\n3. was finally sentenced to imprisonment without suspension or the option of a fine;\n4. seriously breached the contract or the work rules;\n5. deliberately damaged machines, tools, materials, products or other property of the employer, or deliberately disclosed its technical or business secrets, causing loss;\n6. was absent without good reason for 3 days in a row, or 6 days within a month.\n\n' +
          'For grounds 1, 2 and 4 to 6 the employer must act within 30 days of learning of the facts.',
      },
    },
  },
  {
    key: 'retirement-pension-contribution',
    category: 'severance-retirement',
    legalBasis: [{ law: 'LPA', article: '14' }],
    text: {
      'zh-TW': {
        question: '勞退新制，雇主每月要幫我提繳多少？',
        answer:
          '雇主應為適用勞工退休金條例的勞工，每月負擔提繳不低於勞工每月工資6%的退休金，存入勞保局的勞工退休金個人專戶。這筆錢由雇主負擔，不可以從勞工的工資中扣除。\n\n' +
          '勞工也可以在每月工資6%的範圍內自願另行提繳，自願提繳的部分可以從當年度個人綜合所得總額中全數扣除。可以透過勞保局的網站或App查詢雇主是否按月提繳。',
      },
      en: {
        question: 'Under the new pension system, how much must my employer contribute each month?',
        answer:
          'For workers under the Labor Pension Act the employer must contribute at least 6% of the monthly wage into the worker\'s individual pension account at the Bureau of Labor Insurance. The employer bears this cost: it may not be deducted from the worker\'s wage.\n\n' +
          'Workers may also contribute voluntarily up to 6% of their monthly wage; voluntary contributions are fully deductible from that year\'s taxable income. You can check whether your employer pays every month on the Bureau of Labor Insurance website or app.',
      },
    },
  },
  {
    key: 'retirement-claim-new-system',
    category: 'severance-retirement',
    legalBasis: [{ law: 'LPA', article: '24' }],
    text: {
      'zh-TW': {
        question: '勞退新制的退休金什麼時候可以領？',
        answer:
          '勞工年滿60歲，就可以向勞保局請領個人專戶的退休金：工作年資滿15年以上的，可以選擇請領月退休金或一次退休金；未滿15年的，請領一次退休金。選擇的方式經勞保局核付後不得變更。\n\n' +
          '工作年資以實際提繳退休金的年資為準；年資中斷的，前後提繳年資合併計算。',
      },
      en: {
        question: 'When can I claim my new-system pension?',
        answer:
          'From age 60 a worker can claim the money in their individual account from the Bureau of Labor Insurance: with 15 years of service or more, as a monthly pension or a lump sum, as the worker chooses; with under 15 years, as a lump sum. Once the Bureau has paid, the choice cannot be changed.\n\n' +
          'Service counts the years in which contributions were actually made; interrupted periods are added together.',
      },
    },
  },
  {
    key: 'retirement-old-system',
    category: 'severance-retirement',
    legalBasis: [
      { law: 'LSA', article: '53' },
      { law: 'LSA', article: '55' },
    ],
    text: {
      'zh-TW': {
        question: '勞基法舊制退休金的條件和計算方式是什麼？',
        answer:
          '有舊制年資的勞工，有下列情形之一可以自請退休：工作15年以上年滿55歲；工作25年以上；工作10年以上年滿60歲。\n\n' +
          '退休金基數的標準：前15年的工作年資，每滿1年給與2個基數；超過15年的部分，每滿1年給與1個基數，最高總數以45個基數為限。未滿半年者以半年計，滿半年者以1年計。1個基數為核准退休時1個月的平均工資。雇主應於勞工退休之日起30日內給付。',
      },
      en: {
        question: 'What are the conditions and the formula for the old-system retirement pension?',
        answer:
          'A worker with old-system service may retire voluntarily with 15 years of service at age 55 or older, with 25 years of service, or with 10 years of service at age 60 or older.\n\n' +
          'The pension is 2 bases for each full year of the first 15 years and 1 base for each full year after that, up to 45 bases in total. Less than half a year counts as half a year; half a year or more counts as a full year. One base is one month of average wage at the time of retirement. The employer must pay within 30 days of the retirement date.',
      },
    },
  },
];

const safety: QaSeedItem[] = [
  {
    key: 'safety-accident-compensation',
    category: 'occupational-safety',
    legalBasis: [
      { law: 'LSA', article: '59' },
      { law: 'OSHA', article: '37', paragraph: 2 },
    ],
    text: {
      'zh-TW': {
        question: '發生職業災害，雇主要負什麼責任？',
        answer:
          '勞工因遭遇職業災害而致死亡、失能、傷害或疾病時，雇主應依勞動基準法補償：必需的醫療費用；醫療中不能工作時，按原領工資數額補償；經治療終止後審定為失能的，依平均工資及失能程度一次給予失能補償；死亡的，給與5個月平均工資的喪葬費，並一次給與遺屬40個月平均工資的死亡補償。同一事故依勞工保險或職業災害保險已由雇主支付費用補償的，雇主可以抵充。\n\n' +
          '事業單位勞動場所發生死亡災害、罹災人數在3人以上，或罹災人數1人以上且需住院治療的職業災害，雇主應於8小時內通報勞動檢查機構。',
      },
      en: {
        question: 'What must an employer do after an occupational accident?',
        answer:
          'When a worker dies, is disabled, injured or falls ill because of an occupational accident, the employer must compensate under the Labor Standards Act: necessary medical costs; the wage the worker was receiving for the time they cannot work; a lump-sum disability payment based on the average wage and the degree of disability once treatment ends; and in case of death, 5 months of average wage for the funeral and 40 months of average wage to the survivors. Insurance benefits for the same accident paid for by the employer may be set off.\n\n' +
          'For an accident with a death, with 3 or more victims, or with at least one victim needing hospital treatment, the employer must notify the labor inspection authority within 8 hours.',
      },
    },
  },
  {
    key: 'safety-right-to-withdraw',
    category: 'occupational-safety',
    legalBasis: [{ law: 'OSHA', article: '18' }],
    text: {
      'zh-TW': {
        question: '工作時發現有立即危險，可以自己停止作業嗎？',
        answer:
          '可以。勞工執行職務發現有立即發生危險之虞時，得在不危及其他工作者安全的情形下，自行停止作業及退避至安全場所，並立即向直屬主管報告。\n\n' +
          '雇主不得因此對勞工予以解僱、調職、不給付停止作業期間的工資或其他不利處分；只有雇主證明勞工濫用停止作業權，經報主管機關認定並符合勞動法令規定時才例外。',
      },
      en: {
        question: 'If I see an immediate danger at work, may I stop working?',
        answer:
          'Yes. A worker who finds that danger is imminent may, without endangering other workers, stop work, withdraw to a safe place and report at once to their direct supervisor.\n\n' +
          'The employer may not dismiss or transfer the worker, withhold wages for the time work stopped, or treat the worker unfavourably in any other way, unless the employer proves that the worker abused this right and the authority has confirmed it.',
      },
    },
  },
  {
    key: 'safety-outdoor-heat',
    category: 'occupational-safety',
    legalBasis: [
      { law: 'OSHA', article: '6', paragraph: 1 },
      { law: 'OSH-FR', article: '324-6' },
    ],
    text: {
      'zh-TW': {
        question: '夏天在戶外工作很熱，雇主應該做什麼？',
        answer:
          '雇主有義務提供必要的安全衛生設備及措施，防止高溫引起的危害；勞工在戶外從事高氣溫作業時，雇主應採取熱危害預防措施，例如：提供遮陽及降低作業環境溫度的設備、在附近設置陰涼的休息場所、提供充足的飲用水及電解質、依熱危害風險等級調整作業與休息時間、避免在最熱的時段從事戶外工作，並讓新進或久未工作的勞工逐步適應高溫。\n\n' +
          '可以在本平台的熱危害頁面查詢各區的熱指數與等級。出現頭暈、噁心、抽筋、大量出汗或反而不再出汗時，應立即停止工作、到陰涼處休息降溫，情況嚴重時立即送醫。',
      },
      en: {
        question: 'It is very hot working outdoors in summer. What must my employer do?',
        answer:
          'Employers must provide the safety and health equipment and measures needed to prevent harm from heat. For outdoor work in high temperatures they must take heat-hazard prevention measures, such as shade and equipment that lowers the temperature at work, a cool rest area nearby, enough drinking water and electrolytes, work and rest times adjusted to the heat-risk level, avoiding outdoor work in the hottest hours, and letting new or returning workers get used to the heat gradually.\n\n' +
          'Check the heat index and level for your district on this site\'s heat page. If you feel dizzy or sick, have cramps, sweat heavily or stop sweating, stop work, rest in a cool place and cool down; in serious cases get medical help at once.',
      },
    },
  },
  {
    key: 'safety-occupational-accident-insurance',
    category: 'occupational-safety',
    legalBasis: [{ law: 'LOAIPA', article: '6' }],
    text: {
      'zh-TW': {
        question: '公司只有幾個人，也要幫我投保職業災害保險嗎？',
        answer:
          '要。勞工職業災害保險及保護法自2022年5月1日施行後，受僱於領有執業證照、依法已辦理登記、設有稅籍或經中央主管機關依法核發聘僱許可之雇主的勞工，不論公司人數多少，雇主都應以其為投保單位，為勞工參加職業災害保險。\n\n' +
          '可以向勞保局查詢自己的投保紀錄。雇主未依規定投保的，可以向勞保局或勞工局反映。',
      },
      en: {
        question: 'My company has only a few employees. Must it still insure me against occupational accidents?',
        answer:
          'Yes. Since the Labor Occupational Accident Insurance and Protection Act took effect on 1 May 2022, an employer that holds a business licence, is registered, has a tax registration or has a permit to hire foreign workers must insure its workers against occupational accidents, whatever the size of the company.\n\n' +
          'You can check your insurance record with the Bureau of Labor Insurance, and report an employer who has not insured you to that Bureau or to the Labor Affairs Bureau.',
      },
    },
  },
];

const migrantWorkers: QaSeedItem[] = [
  {
    key: 'migrant-passport-documents',
    category: 'migrant-workers',
    legalBasis: [
      { law: 'ESA', article: '5', paragraph: 2 },
      { law: 'ESA', article: '40' },
    ],
    text: {
      'zh-TW': {
        question: '雇主或仲介可以保管我的護照或居留證嗎？',
        answer:
          '不可以違反你的意思保管。雇主招募或僱用員工，不得違反員工的意思留置其身分證明、工作憑證或其他證明文件，也不得扣留員工財物或收取保證金。私立就業服務機構（仲介）同樣不得違反求職人的意思留置證件、扣留財物或收取推介就業保證金。\n\n' +
          '護照和居留證應由你自己保管。如果被扣留，可以撥打1955專線（24小時、免付費），或向臺中市政府勞工局申訴。',
      },
      en: {
        question: 'May my employer or broker keep my passport or residence permit?',
        answer:
          'Not against your will. An employer may not keep an employee\'s identity documents, work permit or other certificates against the employee\'s will, nor hold the employee\'s property or take a deposit. A private employment agency (broker) likewise may not keep documents against the worker\'s will, hold property or take a placement deposit.\n\n' +
          'Keep your passport and residence permit yourself. If they are being held, call the 1955 hotline (24 hours, free) or complain to the Taichung City Labor Affairs Bureau.',
      },
      id: {
        question: 'Bolehkah majikan atau agen menyimpan paspor atau ARC saya?',
        answer:
          'Tidak boleh tanpa persetujuan Anda. Majikan tidak boleh menahan dokumen identitas, izin kerja, atau dokumen lain milik pekerja tanpa persetujuan pekerja, juga tidak boleh menahan harta benda pekerja atau meminta uang jaminan. Agensi tenaga kerja swasta juga tidak boleh menahan dokumen tanpa persetujuan, menahan harta benda, atau meminta uang jaminan penempatan.\n\n' +
          'Simpanlah sendiri paspor dan ARC Anda. Jika ditahan, hubungi saluran 1955 (24 jam, gratis) atau adukan ke Biro Urusan Tenaga Kerja Kota Taichung.',
      },
      vi: {
        question: 'Chủ thuê hoặc công ty môi giới có được giữ hộ chiếu hoặc thẻ cư trú của tôi không?',
        answer:
          'Không được giữ trái ý bạn. Chủ thuê không được giữ giấy tờ tùy thân, giấy phép lao động hoặc giấy tờ khác của người lao động trái với ý muốn của họ, cũng không được giữ tài sản hoặc thu tiền đặt cọc. Công ty môi giới (cơ sở dịch vụ việc làm tư nhân) cũng không được giữ giấy tờ trái ý người lao động, giữ tài sản hoặc thu tiền bảo đảm giới thiệu việc làm.\n\n' +
          'Hãy tự giữ hộ chiếu và thẻ cư trú. Nếu bị giữ, hãy gọi đường dây 1955 (24 giờ, miễn phí) hoặc khiếu nại với Cục Lao động thành phố Đài Trung.',
      },
      th: {
        question: 'นายจ้างหรือบริษัทจัดหางานเก็บหนังสือเดินทางหรือบัตรถิ่นที่อยู่ของฉันไว้ได้หรือไม่?',
        answer:
          'ไม่ได้ หากขัดกับความประสงค์ของคุณ นายจ้างจะยึดเอกสารประจำตัว ใบอนุญาตทำงาน หรือเอกสารอื่นของลูกจ้างโดยลูกจ้างไม่ยินยอมไม่ได้ และจะยึดทรัพย์สินหรือเก็บเงินประกันไม่ได้ บริษัทจัดหางานเอกชนก็เช่นเดียวกัน จะยึดเอกสาร ยึดทรัพย์สิน หรือเก็บเงินประกันการจัดหางานไม่ได้\n\n' +
          'ควรเก็บหนังสือเดินทางและบัตรถิ่นที่อยู่ไว้เอง หากถูกยึด โทรสายด่วน 1955 (24 ชั่วโมง ฟรี) หรือร้องเรียนต่อสำนักงานแรงงานนครไถจง',
      },
    },
  },
  {
    key: 'migrant-1955-false-absconding',
    category: 'migrant-workers',
    legalBasis: [
      { law: 'ESA', article: '56', paragraph: 2 },
      { law: 'LSA', article: '74' },
    ],
    text: {
      'zh-TW': {
        question: '外籍勞工遇到問題可以找誰？雇主謊報我「連續曠職3日失去聯繫」怎麼辦？',
        answer:
          '可以撥打勞動部1955專線：24小時、全年無休、免付費，提供中文、英語、印尼語、越南語及泰語服務，可以諮詢或申訴薪資、加班、休假、人身安全、性騷擾等問題，申訴案件會轉交地方勞工主管機關（在臺中為臺中市政府勞工局）處理。\n\n' +
          '受聘僱外國人遭雇主不實通報連續曠職3日失去聯繫的，可以向當地主管機關申訴；經查證確實不實的，中央主管機關應撤銷原本廢止聘僱許可及限令出國的處分。勞工向主管機關申訴雇主違法時，雇主不得因此解僱、降調、減薪或給予其他不利處分。',
      },
      en: {
        question: 'Where can a migrant worker get help? What if my employer falsely reports that I ran away (absent 3 days without contact)?',
        answer:
          'Call the Ministry of Labor\'s 1955 hotline: 24 hours a day, every day, free of charge, in Chinese, English, Indonesian, Vietnamese and Thai. You can ask questions or complain about wages, overtime, leave, personal safety, sexual harassment and more; complaints are passed to the local labor authority (in Taichung, the Taichung City Labor Affairs Bureau).\n\n' +
          'A foreign worker falsely reported by the employer as absent for 3 days without contact can complain to the local authority; if the report is found to be untrue, the central authority must cancel the revocation of the work permit and the order to leave the country. An employer may not dismiss, demote, cut the pay of or otherwise punish a worker for complaining to the authorities.',
      },
      id: {
        question: 'Ke mana pekerja migran bisa minta bantuan? Bagaimana jika majikan melaporkan palsu bahwa saya kabur (mangkir 3 hari)?',
        answer:
          'Hubungi saluran 1955 Kementerian Tenaga Kerja: 24 jam, setiap hari, gratis, dalam bahasa Mandarin, Inggris, Indonesia, Vietnam, dan Thai. Anda bisa bertanya atau mengadu soal gaji, lembur, cuti, keselamatan diri, pelecehan seksual, dan lainnya; pengaduan diteruskan ke instansi tenaga kerja setempat (di Taichung: Biro Urusan Tenaga Kerja Kota Taichung).\n\n' +
          'Pekerja asing yang dilaporkan palsu oleh majikan sebagai mangkir 3 hari berturut-turut dan hilang kontak dapat mengadu ke instansi setempat; jika terbukti laporan itu tidak benar, pencabutan izin kerja dan perintah keluar negeri harus dibatalkan. Majikan tidak boleh memecat, menurunkan jabatan, memotong gaji, atau merugikan pekerja karena pekerja mengadu kepada pemerintah.',
      },
      vi: {
        question: 'Lao động di trú có thể tìm ai giúp đỡ? Nếu chủ thuê báo sai rằng tôi bỏ trốn (nghỉ 3 ngày mất liên lạc) thì sao?',
        answer:
          'Hãy gọi đường dây 1955 của Bộ Lao động: 24 giờ, tất cả các ngày, miễn phí, bằng tiếng Trung, Anh, Indonesia, Việt và Thái. Bạn có thể hỏi hoặc khiếu nại về tiền lương, làm thêm giờ, nghỉ phép, an toàn thân thể, quấy rối tình dục…; khiếu nại được chuyển cho cơ quan lao động địa phương (tại Đài Trung là Cục Lao động thành phố Đài Trung).\n\n' +
          'Lao động nước ngoài bị chủ thuê báo sai là nghỉ việc 3 ngày liên tục mất liên lạc có thể khiếu nại với cơ quan địa phương; nếu xác minh báo cáo là sai sự thật, cơ quan trung ương phải hủy quyết định thu hồi giấy phép lao động và buộc xuất cảnh. Chủ thuê không được sa thải, giáng chức, giảm lương hoặc gây bất lợi cho người lao động vì đã khiếu nại với cơ quan chức năng.',
      },
      th: {
        question: 'แรงงานข้ามชาติขอความช่วยเหลือได้ที่ไหน? ถ้านายจ้างแจ้งเท็จว่าฉันหลบหนี (ขาดงาน 3 วันติดต่อไม่ได้) ทำอย่างไร?',
        answer:
          'โทรสายด่วน 1955 ของกระทรวงแรงงาน ตลอด 24 ชั่วโมงทุกวัน ไม่เสียค่าใช้จ่าย มีบริการภาษาจีน อังกฤษ อินโดนีเซีย เวียดนาม และไทย สอบถามหรือร้องเรียนเรื่องค่าจ้าง ล่วงเวลา วันลา ความปลอดภัย การล่วงละเมิดทางเพศ และอื่นๆ ได้ เรื่องร้องเรียนจะส่งต่อให้หน่วยงานแรงงานท้องถิ่น (ในไถจงคือสำนักงานแรงงานนครไถจง)\n\n' +
          'แรงงานต่างชาติที่ถูกนายจ้างแจ้งเท็จว่าขาดงาน 3 วันติดต่อกันและติดต่อไม่ได้ ร้องเรียนต่อหน่วยงานท้องถิ่นได้ หากตรวจสอบแล้วพบว่าแจ้งเท็จ หน่วยงานกลางต้องเพิกถอนคำสั่งยกเลิกใบอนุญาตทำงานและคำสั่งให้ออกนอกประเทศ นายจ้างจะเลิกจ้าง ลดตำแหน่ง ลดค่าจ้าง หรือกระทำการที่เป็นผลเสียต่อลูกจ้างเพราะลูกจ้างร้องเรียนต่อทางราชการไม่ได้',
      },
    },
  },
  {
    key: 'migrant-change-employer',
    category: 'migrant-workers',
    legalBasis: [{ law: 'ESA', article: '59', paragraph: 1 }],
    text: {
      'zh-TW': {
        question: '外籍勞工可以轉換雇主嗎？',
        answer:
          '從事海洋漁撈、家庭幫傭及看護、製造業、營造業等工作的外籍勞工，原則上不得轉換雇主或工作；但有下列情形之一，經中央主管機關核准的，可以轉換：\n一、雇主或被看護者死亡或移民。\n二、船舶被扣押、沉沒或修繕而無法繼續作業。\n三、雇主關廠、歇業或不依勞動契約給付工作報酬，經終止勞動契約。\n四、其他不可歸責於受聘僱外國人的事由。\n\n' +
          '如果雇主欠薪或違法，可以先撥打1955或向勞工局申訴，由主管機關協助處理。',
      },
      en: {
        question: 'Can a migrant worker change employers?',
        answer:
          'Foreign workers in fishing, domestic help and caregiving, manufacturing, construction and similar work may in principle not change employer or job, but may do so with the central authority\'s approval in any of these cases:\n1. the employer or the person cared for dies or emigrates;\n2. the fishing vessel is seized, sinks or is under repair and cannot operate;\n3. the employer closes the factory or business, or does not pay the wages in the contract, and the contract has been ended;\n4. other reasons for which the foreign worker is not to blame.\n\n' +
          'If your employer does not pay you or breaks the law, call 1955 or complain to the Labor Affairs Bureau first; the authority will help.',
      },
      id: {
        question: 'Bisakah pekerja migran pindah majikan?',
        answer:
          'Pekerja asing di bidang perikanan laut, penata laksana rumah tangga dan perawat, manufaktur, konstruksi, dan sejenisnya pada prinsipnya tidak boleh pindah majikan atau pekerjaan, tetapi boleh pindah dengan persetujuan pemerintah pusat dalam salah satu keadaan berikut:\n1. majikan atau orang yang dirawat meninggal atau pindah ke luar negeri;\n2. kapal ditahan, tenggelam, atau diperbaiki sehingga tidak bisa beroperasi;\n3. majikan menutup pabrik atau usaha, atau tidak membayar upah sesuai kontrak, dan kontrak telah diakhiri;\n4. alasan lain yang bukan kesalahan pekerja asing.\n\n' +
          'Jika majikan tidak membayar gaji atau melanggar hukum, hubungi 1955 atau adukan ke Biro Urusan Tenaga Kerja terlebih dahulu.',
      },
      vi: {
        question: 'Lao động di trú có thể chuyển chủ thuê không?',
        answer:
          'Lao động nước ngoài làm đánh bắt hải sản, giúp việc gia đình và chăm sóc, sản xuất, xây dựng… về nguyên tắc không được chuyển chủ thuê hoặc công việc, nhưng được chuyển khi cơ quan trung ương chấp thuận trong một trong các trường hợp sau:\n1. chủ thuê hoặc người được chăm sóc qua đời hoặc di cư;\n2. tàu bị bắt giữ, bị chìm hoặc đang sửa chữa nên không thể hoạt động;\n3. chủ thuê đóng cửa nhà máy, ngừng kinh doanh, hoặc không trả lương theo hợp đồng và hợp đồng đã chấm dứt;\n4. các lý do khác không do lỗi của người lao động nước ngoài.\n\n' +
          'Nếu chủ thuê nợ lương hoặc vi phạm pháp luật, hãy gọi 1955 hoặc khiếu nại với Cục Lao động trước.',
      },
      th: {
        question: 'แรงงานข้ามชาติเปลี่ยนนายจ้างได้หรือไม่?',
        answer:
          'แรงงานต่างชาติที่ทำงานประมงทะเล งานบ้านและงานดูแล งานผลิต งานก่อสร้าง และงานลักษณะเดียวกัน โดยหลักเปลี่ยนนายจ้างหรืองานไม่ได้ แต่เปลี่ยนได้เมื่อหน่วยงานกลางอนุมัติในกรณีใดกรณีหนึ่งต่อไปนี้\n1. นายจ้างหรือผู้ได้รับการดูแลเสียชีวิตหรือย้ายไปต่างประเทศ\n2. เรือถูกยึด จม หรืออยู่ระหว่างซ่อมจนทำงานไม่ได้\n3. นายจ้างปิดโรงงานหรือเลิกกิจการ หรือไม่จ่ายค่าจ้างตามสัญญา และสัญญาสิ้นสุดลงแล้ว\n4. เหตุอื่นที่ไม่ใช่ความผิดของแรงงานต่างชาติ\n\n' +
          'หากนายจ้างค้างค่าจ้างหรือทำผิดกฎหมาย โทร 1955 หรือร้องเรียนต่อสำนักงานแรงงานก่อน',
      },
    },
  },
  {
    key: 'migrant-broker-service-fees',
    category: 'migrant-workers',
    legalBasis: [
      { law: 'ESA-FEE', article: '6' },
      { law: 'ESA', article: '40' },
    ],
    text: {
      'zh-TW': {
        question: '仲介每個月可以向外籍勞工收多少服務費？',
        answer:
          '從事海洋漁撈、家庭幫傭及看護、製造、營造等工作的外籍勞工，仲介（營利就業服務機構）向外籍勞工收取的服務費，每月上限為：第1年新臺幣1,800元、第2年1,700元、第3年起1,500元。\n\n' +
          '仲介不得要求、期約或收受規定標準以外的費用或不正利益。請保留每一次付款的紀錄；被超收時，可以撥打1955或向臺中市政府勞工局檢舉。',
      },
      en: {
        question: 'How much may a broker charge a migrant worker in monthly service fees?',
        answer:
          'For foreign workers in fishing, domestic help and caregiving, manufacturing, construction and similar work, the monthly service fee a broker (a for-profit employment agency) may charge the worker is at most NT$1,800 in the first year, NT$1,700 in the second year and NT$1,500 from the third year.\n\n' +
          'Brokers may not ask for, agree to or accept any fee or benefit beyond these standards. Keep a record of every payment; if you were overcharged, call 1955 or report it to the Taichung City Labor Affairs Bureau.',
      },
      id: {
        question: 'Berapa biaya layanan bulanan yang boleh dipungut agen dari pekerja migran?',
        answer:
          'Bagi pekerja asing di bidang perikanan laut, penata laksana rumah tangga dan perawat, manufaktur, konstruksi, dan sejenisnya, biaya layanan yang boleh dipungut agen dari pekerja paling banyak NT$1.800 per bulan pada tahun pertama, NT$1.700 pada tahun kedua, dan NT$1.500 mulai tahun ketiga.\n\n' +
          'Agen tidak boleh meminta, menjanjikan, atau menerima biaya atau keuntungan di luar standar itu. Simpan bukti setiap pembayaran; jika dipungut berlebih, hubungi 1955 atau laporkan ke Biro Urusan Tenaga Kerja Kota Taichung.',
      },
      vi: {
        question: 'Công ty môi giới được thu phí dịch vụ hằng tháng của lao động di trú bao nhiêu?',
        answer:
          'Với lao động nước ngoài làm đánh bắt hải sản, giúp việc gia đình và chăm sóc, sản xuất, xây dựng…, phí dịch vụ hằng tháng công ty môi giới được thu của người lao động tối đa là: năm thứ nhất 1.800 Đài tệ, năm thứ hai 1.700 Đài tệ, từ năm thứ ba 1.500 Đài tệ.\n\n' +
          'Công ty môi giới không được đòi, hứa hẹn hoặc nhận bất kỳ khoản phí hay lợi ích nào ngoài tiêu chuẩn này. Hãy giữ lại chứng từ mỗi lần thanh toán; nếu bị thu quá mức, hãy gọi 1955 hoặc tố cáo với Cục Lao động thành phố Đài Trung.',
      },
      th: {
        question: 'บริษัทจัดหางานเก็บค่าบริการรายเดือนจากแรงงานข้ามชาติได้เท่าไร?',
        answer:
          'สำหรับแรงงานต่างชาติที่ทำงานประมงทะเล งานบ้านและงานดูแล งานผลิต งานก่อสร้าง และงานลักษณะเดียวกัน ค่าบริการที่บริษัทจัดหางานเก็บจากแรงงานได้สูงสุดคือ ปีแรกเดือนละ 1,800 ดอลลาร์ไต้หวัน ปีที่สองเดือนละ 1,700 และตั้งแต่ปีที่สามเดือนละ 1,500\n\n' +
          'บริษัทจัดหางานจะเรียก สัญญาว่าจะรับ หรือรับค่าธรรมเนียมหรือผลประโยชน์เกินมาตรฐานนี้ไม่ได้ เก็บหลักฐานการจ่ายเงินทุกครั้ง หากถูกเก็บเกิน โทร 1955 หรือแจ้งสำนักงานแรงงานนครไถจง',
      },
    },
  },
  {
    key: 'migrant-household-workers',
    category: 'migrant-workers',
    legalBasis: [
      { law: 'MWA', article: '3', paragraph: 1 },
      { law: 'ESA', article: '46', paragraph: 3 },
      { law: 'ESA', article: '5', paragraph: 2 },
    ],
    text: {
      'zh-TW': {
        question: '家庭看護工、家庭幫傭適用勞基法和最低工資嗎？',
        answer:
          '目前家庭看護工及家庭幫傭不適用勞動基準法，因此也不在最低工資法的適用範圍內，勞基法的工時、加班費等規定不直接適用。\n\n' +
          '聘僱外籍家庭看護工或家庭幫傭，雇主必須訂立書面勞動契約，並以定期契約為限；薪資、休假等勞動條件依契約約定，雇主必須依約給付。就業服務法的保護仍然適用：雇主不得違反本人意思留置證件、扣留財物或收取保證金。有爭議時可以撥打1955或向勞工局申訴、申請調解。',
      },
      en: {
        question: 'Do the Labor Standards Act and the minimum wage apply to household caregivers and domestic helpers?',
        answer:
          'At present household caregivers and domestic helpers are not covered by the Labor Standards Act, and so not by the Minimum Wage Act either; the Act\'s rules on working hours and overtime pay do not apply to them directly.\n\n' +
          'An employer hiring a foreign household caregiver or domestic helper must sign a written, fixed-term employment contract; pay, days off and other conditions follow that contract, and the employer must honour it. The Employment Service Act still protects these workers: the employer may not keep their documents against their will, hold their property or take a deposit. In a dispute, call 1955 or complain to or apply for mediation at the Labor Affairs Bureau.',
      },
    },
  },
  {
    key: 'migrant-equal-rights',
    category: 'migrant-workers',
    legalBasis: [
      { law: 'LSA', article: '24' },
      { law: 'LSA', article: '36' },
      { law: 'LSA', article: '38' },
    ],
    text: {
      'zh-TW': {
        question: '外籍勞工也有加班費、例假和特休嗎？',
        answer:
          '有。在適用勞動基準法的行業（例如製造業、營造業）工作的外籍勞工，和本國勞工一樣適用勞基法：每日正常工時8小時、每週40小時，超過的要發加班費；每7日應有1日例假及1日休息日；國定假日應休假，工資照給；在同一雇主工作滿6個月以上就有特別休假。\n\n' +
          '工資也不得低於最低工資（2026年每月29,500元、每小時196元）。被少算時，可以撥打1955或向臺中市政府勞工局申訴。',
      },
      en: {
        question: 'Do migrant workers also get overtime pay, regular days off and annual leave?',
        answer:
          'Yes. Foreign workers in industries covered by the Labor Standards Act (such as manufacturing and construction) have the same rights under that Act as Taiwanese workers: 8 regular hours a day and 40 a week, with overtime pay beyond that; one regular day off and one rest day in every seven days; paid national holidays; and annual paid leave after 6 months with the same employer.\n\n' +
          'Wages may not be below the minimum wage either (NT$29,500 a month or NT$196 an hour in 2026). If you are underpaid, call 1955 or complain to the Taichung City Labor Affairs Bureau.',
      },
      id: {
        question: 'Apakah pekerja migran juga berhak atas upah lembur, hari libur wajib, dan cuti tahunan?',
        answer:
          'Ya. Pekerja asing di industri yang tunduk pada UU Standar Ketenagakerjaan (misalnya manufaktur dan konstruksi) memiliki hak yang sama dengan pekerja Taiwan: jam kerja normal 8 jam sehari dan 40 jam seminggu, dengan upah lembur jika lebih; 1 hari libur wajib dan 1 hari istirahat dalam setiap 7 hari; libur nasional dengan upah tetap dibayar; dan cuti tahunan berbayar setelah 6 bulan bekerja pada majikan yang sama.\n\n' +
          'Upah juga tidak boleh di bawah upah minimum (tahun 2026: NT$29.500 per bulan atau NT$196 per jam). Jika dibayar kurang, hubungi 1955 atau adukan ke Biro Urusan Tenaga Kerja Kota Taichung.',
      },
      vi: {
        question: 'Lao động di trú có được tiền làm thêm giờ, ngày nghỉ định kỳ và phép năm không?',
        answer:
          'Có. Lao động nước ngoài làm trong các ngành thuộc Luật Tiêu chuẩn Lao động (như sản xuất, xây dựng) có quyền lợi như lao động Đài Loan: làm việc bình thường 8 giờ mỗi ngày, 40 giờ mỗi tuần, vượt quá phải trả tiền làm thêm; cứ 7 ngày có 1 ngày nghỉ định kỳ và 1 ngày nghỉ; ngày lễ được nghỉ và hưởng lương; làm cho cùng chủ thuê đủ 6 tháng trở lên có phép năm.\n\n' +
          'Tiền lương cũng không được thấp hơn lương tối thiểu (năm 2026: 29.500 Đài tệ/tháng hoặc 196 Đài tệ/giờ). Nếu bị trả thiếu, hãy gọi 1955 hoặc khiếu nại với Cục Lao động thành phố Đài Trung.',
      },
      th: {
        question: 'แรงงานข้ามชาติได้รับค่าล่วงเวลา วันหยุดประจำสัปดาห์ และวันลาพักร้อนด้วยหรือไม่?',
        answer:
          'ได้ แรงงานต่างชาติในกิจการที่อยู่ภายใต้พระราชบัญญัติมาตรฐานแรงงาน (เช่น งานผลิตและงานก่อสร้าง) มีสิทธิเหมือนแรงงานไต้หวัน คือทำงานปกติวันละ 8 ชั่วโมง สัปดาห์ละ 40 ชั่วโมง เกินกว่านั้นต้องได้ค่าล่วงเวลา ทุก 7 วันมีวันหยุดประจำสัปดาห์ 1 วันและวันพัก 1 วัน วันหยุดนักขัตฤกษ์ได้หยุดโดยได้รับค่าจ้าง และทำงานกับนายจ้างเดียวกันครบ 6 เดือนขึ้นไปมีวันลาพักร้อน\n\n' +
          'ค่าจ้างต้องไม่ต่ำกว่าค่าจ้างขั้นต่ำ (ปี 2026 เดือนละ 29,500 หรือชั่วโมงละ 196 ดอลลาร์ไต้หวัน) หากได้รับไม่ครบ โทร 1955 หรือร้องเรียนต่อสำนักงานแรงงานนครไถจง',
      },
    },
  },
];

const disputes: QaSeedItem[] = [
  {
    key: 'disputes-apply-mediation',
    category: 'disputes',
    legalBasis: [
      { law: 'SLMD', article: '9' },
      { law: 'SLMD', article: '11' },
      { law: 'SLMD', article: '12' },
    ],
    text: {
      'zh-TW': {
        question: '和雇主有勞資爭議，要怎麼申請調解？',
        answer:
          '勞資爭議當事人可以向勞方勞務提供地的直轄市或縣（市）主管機關提出調解申請書；在臺中市工作的，向臺中市政府勞工局申請。申請書寫明雙方當事人、爭議事項及你的主張，並附上薪資單、出勤紀錄等相關資料。\n\n' +
          '主管機關依申請人的請求，指派調解人或組成勞資爭議調解委員會進行調解。指派調解人的，主管機關應在收到申請後3日內指派；調解人應在指派後7日內開始調解，並在開始調解後10日內作出調解方案。外籍勞工也可以申請，需要協助時可以撥打1955。',
      },
      en: {
        question: 'I have a dispute with my employer. How do I apply for mediation?',
        answer:
          'Either party may file an application for mediation with the city or county authority where the worker works; if you work in Taichung, apply to the Taichung City Labor Affairs Bureau. State both parties, what the dispute is about and what you ask for, and attach payslips, attendance records and other evidence.\n\n' +
          'At the applicant\'s request the authority appoints a mediator or forms a mediation committee. When a mediator is appointed, the authority must do so within 3 days of receiving the application; the mediator must start mediation within 7 days of appointment and make a mediation proposal within 10 days after starting. Migrant workers can apply too; call 1955 if you need help.',
      },
      id: {
        question: 'Saya punya perselisihan dengan majikan. Bagaimana cara mengajukan mediasi?',
        answer:
          'Salah satu pihak dapat mengajukan permohonan mediasi kepada pemerintah kota atau kabupaten di tempat pekerja bekerja; jika bekerja di Taichung, ajukan ke Biro Urusan Tenaga Kerja Kota Taichung. Tuliskan identitas kedua pihak, pokok perselisihan, dan tuntutan Anda, serta lampirkan slip gaji, catatan kehadiran, dan bukti lain.\n\n' +
          'Atas permintaan pemohon, pemerintah menunjuk seorang mediator atau membentuk komite mediasi. Jika menunjuk mediator, pemerintah harus melakukannya dalam 3 hari setelah menerima permohonan; mediator harus memulai mediasi dalam 7 hari setelah ditunjuk dan membuat usulan penyelesaian dalam 10 hari setelah mediasi dimulai. Pekerja migran juga boleh mengajukan; hubungi 1955 jika perlu bantuan.',
      },
      vi: {
        question: 'Tôi có tranh chấp với chủ thuê. Làm thế nào để xin hòa giải?',
        answer:
          'Một trong hai bên có thể nộp đơn xin hòa giải tại chính quyền thành phố hoặc huyện nơi người lao động làm việc; nếu làm việc tại Đài Trung, nộp tại Cục Lao động thành phố Đài Trung. Ghi rõ hai bên, nội dung tranh chấp và yêu cầu của bạn, kèm bảng lương, bảng chấm công và các chứng cứ khác.\n\n' +
          'Theo yêu cầu của người nộp đơn, cơ quan chức năng chỉ định hòa giải viên hoặc thành lập ủy ban hòa giải. Nếu chỉ định hòa giải viên, cơ quan phải chỉ định trong vòng 3 ngày kể từ khi nhận đơn; hòa giải viên phải bắt đầu hòa giải trong vòng 7 ngày sau khi được chỉ định và đưa ra phương án hòa giải trong vòng 10 ngày sau khi bắt đầu. Lao động di trú cũng có thể nộp đơn; gọi 1955 nếu cần giúp đỡ.',
      },
      th: {
        question: 'ฉันมีข้อพิพาทกับนายจ้าง จะขอไกล่เกลี่ยได้อย่างไร?',
        answer:
          'คู่กรณีฝ่ายใดฝ่ายหนึ่งยื่นคำร้องขอไกล่เกลี่ยต่อหน่วยงานของเมืองหรืออำเภอที่ลูกจ้างทำงานอยู่ได้ หากทำงานในไถจง ให้ยื่นที่สำนักงานแรงงานนครไถจง ระบุคู่กรณีทั้งสองฝ่าย เรื่องที่พิพาท และข้อเรียกร้องของคุณ พร้อมแนบสลิปเงินเดือน บันทึกเวลาทำงาน และหลักฐานอื่น\n\n' +
          'ตามคำขอของผู้ยื่น หน่วยงานจะแต่งตั้งผู้ไกล่เกลี่ยหรือตั้งคณะกรรมการไกล่เกลี่ย หากแต่งตั้งผู้ไกล่เกลี่ย ต้องแต่งตั้งภายใน 3 วันหลังได้รับคำร้อง ผู้ไกล่เกลี่ยต้องเริ่มไกล่เกลี่ยภายใน 7 วันหลังได้รับแต่งตั้ง และเสนอแนวทางไกล่เกลี่ยภายใน 10 วันหลังเริ่มไกล่เกลี่ย แรงงานข้ามชาติยื่นได้เช่นกัน หากต้องการความช่วยเหลือโทร 1955',
      },
    },
  },
  {
    key: 'disputes-mediation-outcome',
    category: 'disputes',
    legalBasis: [
      { law: 'SLMD', article: '23' },
      { law: 'SLMD', article: '59', paragraph: 1 },
    ],
    text: {
      'zh-TW': {
        question: '調解成立以後，雇主不照約定付錢怎麼辦？',
        answer:
          '勞資爭議經調解成立的，視為爭議雙方當事人間的契約；當事人一方為工會時，視為當事人間的團體協約。\n\n' +
          '調解成立的內容中，一方負有給付義務卻不履行時，他方可以向該管法院聲請裁定強制執行，並暫免繳裁判費；聲請強制執行時，也暫免繳執行費。調解不成立的，可以再循仲裁、裁決或勞動訴訟等途徑處理。',
      },
      en: {
        question: 'Mediation succeeded, but my employer does not pay what was agreed. What can I do?',
        answer:
          'A mediation settlement counts as a contract between the parties; where one party is a union, it counts as a collective agreement.\n\n' +
          'If a party does not pay what the settlement requires, the other party may ask the court for an order of compulsory enforcement, with the court fee deferred; the enforcement fee is also deferred. If mediation fails, arbitration, adjudication or a labor lawsuit remain open.',
      },
    },
  },
  {
    key: 'disputes-protection-during-mediation',
    category: 'disputes',
    legalBasis: [{ law: 'SLMD', article: '8' }],
    text: {
      'zh-TW': {
        question: '我申請勞資爭議調解後，雇主可以因此解僱我嗎？',
        answer:
          '不可以。勞資爭議在調解、仲裁或裁決期間，資方不得因該勞資爭議事件而歇業、停工、終止勞動契約或為其他不利於勞工的行為；勞方在這段期間也不得因該事件而罷工或為其他爭議行為。',
      },
      en: {
        question: 'After I apply for mediation, may my employer dismiss me for it?',
        answer:
          'No. While a labor dispute is in mediation, arbitration or adjudication, the employer may not close the business, stop work, end the contract or take any other action against the worker because of the dispute; the workers for their part may not strike or take other industrial action over it during that time.',
      },
    },
  },
  {
    key: 'disputes-confidential-complaint',
    category: 'disputes',
    legalBasis: [{ law: 'LSA', article: '74' }],
    text: {
      'zh-TW': {
        question: '向勞工局檢舉雇主違法，雇主會知道是我嗎？',
        answer:
          '勞工發現事業單位違反勞動基準法或其他勞工法令時，可以向雇主、主管機關或勞動檢查機構申訴。主管機關或檢查機構應對申訴人的身分資料嚴守秘密，不得洩漏足以識別其身分的資訊。\n\n' +
          '雇主不得因勞工申訴而予以解僱、降調、減薪、損害其依法令、契約或習慣上所應享有的權益，或為其他不利處分；這樣的處分無效。可以使用本平台的檢舉功能，也可以選擇匿名檢舉。',
      },
      en: {
        question: 'If I report my employer to the Labor Affairs Bureau, will the employer find out it was me?',
        answer:
          'A worker who finds that a business breaks the Labor Standards Act or other labor laws may complain to the employer, the competent authority or the labor inspection authority. The authorities must keep the complainant\'s identity strictly secret and may not disclose anything that could identify them.\n\n' +
          'The employer may not dismiss, demote, cut the pay of, take away rights from or otherwise punish a worker for complaining; any such action is void. You can use this site\'s complaint form, anonymously if you prefer.',
      },
    },
  },
];

export const qaSeedRest: QaSeedItem[] = [...severanceAndRetirement, ...safety, ...migrantWorkers, ...disputes];
