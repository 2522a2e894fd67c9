/**
 * The shipped 勞動法令 Q&A: real questions with answers checked against the articles they cite (law texts
 * on laws.mol.gov.tw / law.moj.gov.tw; figures from shared/research/labor-law.md and data-formats.md §6).
 * zh-TW is the source; every item has English; the items migrant workers ask most also have Indonesian,
 * Vietnamese and Thai. Amounts are for 2026. When a law changes, edit the item here AND in the database
 * (a loaded item is never overwritten), or give the changed item a new key.
 */
import type { QaSeedItem } from './types.ts';
import { qaSeedMore } from './qa.seed-more.ts';
import { qaTranslations } from './qa.seed-translations.ts';

const wagesAndHours: QaSeedItem[] = [
  {
    key: 'wages-minimum-wage-2026',
    category: 'wages',
    legalBasis: [
      { law: 'MWA', article: '3' },
      { law: 'MWA', article: '4' },
      { law: 'MWA', article: '5' },
    ],
    text: {
      'zh-TW': {
        question: '2026年（115年）的最低工資是多少？',
        answer:
          '自2026年1月1日起，每月最低工資為新臺幣29,500元，每小時最低工資為新臺幣196元。\n\n' +
          '勞雇雙方約定的工資不得低於最低工資；約定低於最低工資的，依法以最低工資為工資數額。最低工資是正常工作時間內的報酬，不包括加班費，也不包括休息日、國定假日及例假日出勤的加給。\n\n' +
          '月薪與時薪的最低標準分開適用：按時計酬的勞工每小時不得低於196元，不能用29,500元除以240來換算。最低工資法適用於所有適用勞動基準法的勞工，包括在工廠、營造工地、養護機構工作的外籍勞工。',
      },
      en: {
        question: 'What is the minimum wage in 2026?',
        answer:
          'From 1 January 2026 the monthly minimum wage is NT$29,500 and the hourly minimum wage is NT$196.\n\n' +
          'An agreed wage may not be lower; if it is, the minimum wage applies by law instead. The minimum covers pay for regular working hours only: overtime pay and the extra pay for work on rest days, national holidays and regular days off come on top.\n\n' +
          'The monthly and hourly minimums apply separately: a worker paid by the hour must get at least NT$196 for every hour, which is not the same as NT$29,500 divided by 240. The Minimum Wage Act covers every worker under the Labor Standards Act, including migrant workers in factories, on construction sites and in care institutions.',
      },
      id: {
        question: 'Berapa upah minimum tahun 2026?',
        answer:
          'Mulai 1 Januari 2026, upah minimum bulanan adalah NT$29.500 dan upah minimum per jam adalah NT$196.\n\n' +
          'Upah yang disepakati tidak boleh lebih rendah; jika lebih rendah, menurut hukum yang berlaku adalah upah minimum. Upah minimum hanya untuk jam kerja normal: upah lembur dan tambahan upah untuk bekerja pada hari istirahat, hari libur nasional, dan hari libur wajib dibayar di luar itu.\n\n' +
          'Upah minimum bulanan dan per jam berlaku terpisah: pekerja yang dibayar per jam harus menerima paling sedikit NT$196 untuk setiap jam, dan angka itu tidak boleh dihitung dengan membagi NT$29.500 dengan 240. Aturan ini berlaku bagi semua pekerja yang tunduk pada UU Standar Ketenagakerjaan, termasuk pekerja migran di pabrik, proyek konstruksi, dan panti perawatan.',
      },
      vi: {
        question: 'Lương tối thiểu năm 2026 là bao nhiêu?',
        answer:
          'Từ ngày 1/1/2026, lương tối thiểu theo tháng là 29.500 Đài tệ và lương tối thiểu theo giờ là 196 Đài tệ.\n\n' +
          'Tiền lương do hai bên thỏa thuận không được thấp hơn mức này; nếu thấp hơn thì theo luật áp dụng mức lương tối thiểu. Lương tối thiểu chỉ tính cho giờ làm việc bình thường: tiền làm thêm giờ và tiền trả thêm khi làm vào ngày nghỉ, ngày lễ và ngày nghỉ định kỳ được trả riêng.\n\n' +
          'Mức theo tháng và theo giờ áp dụng riêng: người hưởng lương theo giờ phải nhận ít nhất 196 Đài tệ cho mỗi giờ làm, không được quy đổi bằng cách lấy 29.500 Đài tệ chia cho 240. Quy định áp dụng cho mọi người lao động thuộc Luật Tiêu chuẩn Lao động, kể cả lao động di trú làm việc ở nhà máy, công trường xây dựng và cơ sở chăm sóc.',
      },
      th: {
        question: 'ค่าจ้างขั้นต่ำปี 2026 เท่าไร?',
        answer:
          'ตั้งแต่วันที่ 1 มกราคม 2026 ค่าจ้างขั้นต่ำรายเดือนคือ 29,500 ดอลลาร์ไต้หวัน และค่าจ้างขั้นต่ำรายชั่วโมงคือ 196 ดอลลาร์ไต้หวัน\n\n' +
          'ค่าจ้างที่ตกลงกันต้องไม่ต่ำกว่านี้ หากต่ำกว่า กฎหมายให้ใช้ค่าจ้างขั้นต่ำแทน ค่าจ้างขั้นต่ำคิดเฉพาะเวลาทำงานปกติ ค่าล่วงเวลาและค่าจ้างเพิ่มสำหรับการทำงานในวันพัก วันหยุดนักขัตฤกษ์ และวันหยุดประจำสัปดาห์ต้องจ่ายเพิ่มต่างหาก\n\n' +
          'ค่าจ้างขั้นต่ำรายเดือนและรายชั่วโมงใช้แยกกัน ลูกจ้างรายชั่วโมงต้องได้รับอย่างน้อยชั่วโมงละ 196 ดอลลาร์ไต้หวัน จะคำนวณโดยนำ 29,500 ดอลลาร์ไต้หวันหารด้วย 240 ไม่ได้ กฎนี้ใช้กับลูกจ้างทุกคนที่อยู่ภายใต้พระราชบัญญัติมาตรฐานแรงงาน รวมถึงแรงงานข้ามชาติในโรงงาน งานก่อสร้าง และสถานดูแล',
      },
    },
  },
  {
    key: 'wages-deductions',
    category: 'wages',
    legalBasis: [
      { law: 'LSA', article: '22', paragraph: 2 },
      { law: 'LSA', article: '26' },
      { law: 'LSA', article: '23', paragraph: 1 },
    ],
    text: {
      'zh-TW': {
        question: '雇主可以從薪水裡扣錢當罰款或賠償嗎？',
        answer:
          '工資應全額直接給付勞工。只有法令另有規定（例如代扣勞保、健保自付保費或所得稅）或勞雇雙方另有約定時，才可以扣除。\n\n' +
          '雇主不得預扣勞工工資作為違約金或賠償費用。即使勞工真的造成損害，雇主也應另外協商或依法請求，不能直接從薪水扣掉。\n\n' +
          '雇主發薪時應提供工資各項目計算方式的明細。薪資單上有說不清楚的扣款，可以向臺中市政府勞工局申訴，或申請勞資爭議調解。',
      },
      en: {
        question: 'Can my employer deduct money from my wages as a fine or for damages?',
        answer:
          'Wages must be paid in full and directly to the worker. Deductions are allowed only where a law provides for them (for example your share of labor and health insurance premiums, or income tax) or where you and the employer have agreed on them.\n\n' +
          'An employer may never withhold wages in advance as a penalty for breaking the contract or as compensation for damage. Even if you really caused a loss, the employer must settle it with you or claim it through the proper channels, not take it out of your pay.\n\n' +
          'With every payment the employer must give you a statement of how each item of your wage was calculated. For deductions that are not explained you can complain to the Labor Affairs Bureau or apply for dispute mediation.',
      },
      id: {
        question: 'Bolehkah majikan memotong gaji saya sebagai denda atau ganti rugi?',
        answer:
          'Upah harus dibayar penuh dan langsung kepada pekerja. Potongan hanya boleh jika diatur oleh peraturan (misalnya iuran asuransi tenaga kerja dan kesehatan bagian pekerja, atau pajak penghasilan) atau jika sudah disepakati oleh pekerja dan majikan.\n\n' +
          'Majikan tidak boleh menahan upah lebih dulu sebagai denda pelanggaran kontrak atau ganti rugi. Meskipun pekerja benar-benar menimbulkan kerugian, majikan harus membicarakannya atau menuntut melalui jalur yang sah, bukan memotong gaji.\n\n' +
          'Setiap kali membayar upah, majikan wajib memberikan rincian cara menghitung setiap komponen upah. Jika ada potongan yang tidak jelas, Anda dapat mengadu ke Biro Urusan Tenaga Kerja atau mengajukan mediasi perselisihan.',
      },
      vi: {
        question: 'Chủ thuê có được trừ lương để phạt hoặc bồi thường không?',
        answer:
          'Tiền lương phải được trả đầy đủ và trực tiếp cho người lao động. Chỉ được khấu trừ khi pháp luật có quy định (ví dụ phần phí bảo hiểm lao động, bảo hiểm y tế của người lao động, thuế thu nhập) hoặc khi hai bên đã thỏa thuận.\n\n' +
          'Chủ thuê không được giữ trước tiền lương để làm tiền phạt vi phạm hợp đồng hoặc tiền bồi thường. Dù người lao động thật sự gây thiệt hại, chủ thuê phải thương lượng hoặc yêu cầu theo đúng thủ tục, không được tự trừ vào lương.\n\n' +
          'Mỗi lần trả lương, chủ thuê phải đưa bảng chi tiết cách tính từng khoản lương. Nếu có khoản trừ không rõ ràng, bạn có thể khiếu nại với Cục Lao động hoặc xin hòa giải tranh chấp lao động.',
      },
      th: {
        question: 'นายจ้างหักเงินเดือนเป็นค่าปรับหรือค่าเสียหายได้หรือไม่?',
        answer:
          'ค่าจ้างต้องจ่ายเต็มจำนวนและจ่ายให้ลูกจ้างโดยตรง หักได้เฉพาะเมื่อมีกฎหมายกำหนด (เช่น เบี้ยประกันแรงงานและประกันสุขภาพส่วนของลูกจ้าง หรือภาษีเงินได้) หรือเมื่อลูกจ้างกับนายจ้างตกลงกันไว้\n\n' +
          'นายจ้างจะหักค่าจ้างไว้ล่วงหน้าเป็นค่าปรับผิดสัญญาหรือค่าเสียหายไม่ได้ แม้ลูกจ้างทำให้เกิดความเสียหายจริง นายจ้างต้องเจรจาหรือเรียกร้องตามขั้นตอนที่ถูกต้อง ไม่ใช่หักจากค่าจ้าง\n\n' +
          'ทุกครั้งที่จ่ายค่าจ้าง นายจ้างต้องให้รายละเอียดวิธีคำนวณค่าจ้างแต่ละรายการ หากมีการหักที่ไม่ชัดเจน สามารถร้องเรียนต่อสำนักงานแรงงานหรือยื่นขอไกล่เกลี่ยข้อพิพาทแรงงานได้',
      },
    },
  },
  {
    key: 'wages-payday',
    category: 'wages',
    legalBasis: [{ law: 'LSA', article: '23' }],
    text: {
      'zh-TW': {
        question: '工資多久要發一次？雇主要給薪資明細嗎？',
        answer:
          '除非勞雇雙方有特別約定或按月預付，工資每月至少應定期發給2次；按件計酬者也一樣。實務上多數是約定每月發薪一次，但仍應在約定的固定日期發給，不可以任意延後。\n\n' +
          '發薪時，雇主應提供工資各項目計算方式的明細，例如本薪、加班費、津貼及扣款項目。雇主也應置備勞工工資清冊，記載工資、加班費等事項，並保存5年。',
      },
      en: {
        question: 'How often must wages be paid, and must I get a payslip?',
        answer:
          'Unless the parties have agreed otherwise or wages are paid monthly in advance, wages must be paid on fixed dates at least twice a month; the same applies to piece-rate pay. In practice most contracts agree on one payday a month, but the agreed date must be kept and may not be pushed back at will.\n\n' +
          'With each payment the employer must give a statement of how each item was calculated, such as base pay, overtime, allowances and deductions. The employer must also keep a wage register recording wages and overtime pay, and keep it for five years.',
      },
    },
  },
  {
    key: 'wages-overtime-weekday',
    category: 'wages',
    legalBasis: [
      { law: 'LSA', article: '24', paragraph: 1 },
      { law: 'LSA', article: '32', paragraph: 2 },
    ],
    text: {
      'zh-TW': {
        question: '平日加班費怎麼算？',
        answer:
          '工作日超過正常工時的延長工作時間，前2小時每小時按平日每小時工資額加給三分之一以上；再延長的第3、4小時，加給三分之二以上。\n\n' +
          '月薪制勞工的每小時工資，一般以月薪（正常工時工資）除以30再除以8計算。例如月薪36,000元，每小時工資為150元：平日加班2小時，加班費至少為150×4/3×2＝400元；若加班3小時，第3小時至少再加150×5/3＝250元。\n\n' +
          '每日正常工時加上延長工時不得超過12小時，每月延長工時原則上不得超過46小時。可以使用本平台的加班費試算。',
      },
      en: {
        question: 'How is overtime pay on a workday calculated?',
        answer:
          'For hours beyond the regular working hours on a workday, the first two hours are paid at the hourly wage plus at least one third; the third and fourth hours at the hourly wage plus at least two thirds.\n\n' +
          'For a monthly-paid worker the hourly wage is usually the monthly wage for regular hours divided by 30 and then by 8. For example, NT$36,000 a month gives NT$150 an hour: two hours of overtime pay at least 150 × 4/3 × 2 = NT$400; a third hour adds at least 150 × 5/3 = NT$250.\n\n' +
          'Regular and overtime hours together may not exceed 12 in a day, and overtime is in principle capped at 46 hours a month. Try the overtime calculator on this site.',
      },
      id: {
        question: 'Bagaimana menghitung upah lembur pada hari kerja?',
        answer:
          'Untuk jam kerja melebihi jam normal pada hari kerja, 2 jam pertama dibayar upah per jam ditambah paling sedikit sepertiga; jam ke-3 dan ke-4 dibayar upah per jam ditambah paling sedikit dua pertiga.\n\n' +
          'Bagi pekerja bergaji bulanan, upah per jam biasanya dihitung dari gaji bulanan jam normal dibagi 30 lalu dibagi 8. Contoh: gaji NT$36.000 per bulan berarti NT$150 per jam; lembur 2 jam dibayar paling sedikit 150 × 4/3 × 2 = NT$400; jam ke-3 ditambah paling sedikit 150 × 5/3 = NT$250.\n\n' +
          'Jam normal ditambah lembur tidak boleh lebih dari 12 jam sehari, dan lembur pada prinsipnya paling banyak 46 jam sebulan.',
      },
      vi: {
        question: 'Tiền làm thêm giờ vào ngày làm việc được tính thế nào?',
        answer:
          'Với thời gian làm vượt giờ làm việc bình thường trong ngày làm việc, 2 giờ đầu được trả theo lương giờ cộng thêm ít nhất một phần ba; giờ thứ 3 và thứ 4 được cộng thêm ít nhất hai phần ba.\n\n' +
          'Với người hưởng lương tháng, lương giờ thường được tính bằng lương tháng của giờ làm bình thường chia 30 rồi chia 8. Ví dụ: lương 36.000 Đài tệ/tháng tương đương 150 Đài tệ/giờ; làm thêm 2 giờ được ít nhất 150 × 4/3 × 2 = 400 Đài tệ; giờ thứ 3 được thêm ít nhất 150 × 5/3 = 250 Đài tệ.\n\n' +
          'Tổng giờ làm bình thường và làm thêm không được quá 12 giờ mỗi ngày, và làm thêm về nguyên tắc không quá 46 giờ mỗi tháng.',
      },
      th: {
        question: 'ค่าล่วงเวลาในวันทำงานคำนวณอย่างไร?',
        answer:
          'ชั่วโมงที่ทำงานเกินเวลาปกติในวันทำงาน 2 ชั่วโมงแรกได้รับค่าจ้างรายชั่วโมงบวกเพิ่มอย่างน้อยหนึ่งในสาม ชั่วโมงที่ 3 และ 4 บวกเพิ่มอย่างน้อยสองในสาม\n\n' +
          'สำหรับลูกจ้างรายเดือน ค่าจ้างรายชั่วโมงมักคิดจากเงินเดือนของเวลาทำงานปกติหาร 30 แล้วหาร 8 ตัวอย่าง: เงินเดือน 36,000 ดอลลาร์ไต้หวัน เท่ากับชั่วโมงละ 150 ทำล่วงเวลา 2 ชั่วโมงได้อย่างน้อย 150 × 4/3 × 2 = 400 ดอลลาร์ไต้หวัน ชั่วโมงที่ 3 ได้เพิ่มอย่างน้อย 150 × 5/3 = 250 ดอลลาร์ไต้หวัน\n\n' +
          'เวลาทำงานปกติรวมกับล่วงเวลาต้องไม่เกินวันละ 12 ชั่วโมง และล่วงเวลาโดยหลักต้องไม่เกินเดือนละ 46 ชั่วโมง',
      },
    },
  },
  {
    key: 'wages-overtime-rest-day',
    category: 'wages',
    legalBasis: [
      { law: 'LSA', article: '24', paragraph: 2 },
      { law: 'LSA', article: '36', paragraph: 3 },
    ],
    text: {
      'zh-TW': {
        question: '休息日加班費怎麼算？',
        answer:
          '雇主經勞工同意在休息日工作的，前2小時每小時按平日每小時工資額另再加給1又三分之一以上；第3小時起另再加給1又三分之二以上。自2018年3月1日起依實際工作時數計算，已不再有「做1小時給4小時」的規定。\n\n' +
          '例如每小時工資150元：休息日工作2小時，至少加給150×(1+1/3)×2＝400元；工作8小時，至少加給400＋150×(1+2/3)×6＝1,900元。月薪制勞工當日的工資已含在月薪內，以上是另外加給的部分。\n\n' +
          '休息日工作的時數要計入每月延長工時的上限。',
      },
      en: {
        question: 'How is overtime pay on a rest day calculated?',
        answer:
          'When a worker agrees to work on a rest day, the first two hours are paid an additional 1⅓ times the hourly wage or more, and from the third hour an additional 1⅔ times or more. Since 1 March 2018 the pay follows the hours actually worked: the old rule that one hour counts as four no longer exists.\n\n' +
          'For example, at NT$150 an hour, two hours on a rest day add at least 150 × (1 + 1/3) × 2 = NT$400; eight hours add at least 400 + 150 × (1 + 2/3) × 6 = NT$1,900. For monthly-paid workers the day\'s ordinary wage is already in the monthly salary; these amounts come on top.\n\n' +
          'Hours worked on rest days count toward the monthly overtime cap.',
      },
      id: {
        question: 'Bagaimana menghitung upah lembur pada hari istirahat?',
        answer:
          'Jika pekerja setuju bekerja pada hari istirahat, 2 jam pertama dibayar tambahan paling sedikit 1⅓ kali upah per jam, dan mulai jam ke-3 tambahan paling sedikit 1⅔ kali. Sejak 1 Maret 2018 dihitung menurut jam kerja yang sebenarnya; aturan lama "kerja 1 jam dibayar 4 jam" sudah tidak berlaku.\n\n' +
          'Contoh: upah NT$150 per jam, bekerja 2 jam pada hari istirahat mendapat tambahan paling sedikit 150 × (1 + 1/3) × 2 = NT$400; bekerja 8 jam mendapat tambahan paling sedikit 400 + 150 × (1 + 2/3) × 6 = NT$1.900. Bagi pekerja bergaji bulanan, upah hari itu sudah termasuk dalam gaji bulanan; jumlah di atas adalah tambahannya.\n\n' +
          'Jam kerja pada hari istirahat dihitung dalam batas lembur bulanan.',
      },
      vi: {
        question: 'Tiền làm thêm vào ngày nghỉ (休息日) được tính thế nào?',
        answer:
          'Khi người lao động đồng ý làm việc vào ngày nghỉ, 2 giờ đầu được trả thêm ít nhất 1⅓ lần lương giờ, từ giờ thứ 3 được trả thêm ít nhất 1⅔ lần. Từ ngày 1/3/2018 tính theo số giờ thực tế làm việc; quy định cũ "làm 1 giờ tính 4 giờ" không còn nữa.\n\n' +
          'Ví dụ lương giờ 150 Đài tệ: làm 2 giờ vào ngày nghỉ được thêm ít nhất 150 × (1 + 1/3) × 2 = 400 Đài tệ; làm 8 giờ được thêm ít nhất 400 + 150 × (1 + 2/3) × 6 = 1.900 Đài tệ. Với người hưởng lương tháng, tiền lương của ngày đó đã nằm trong lương tháng; các khoản trên là phần trả thêm.\n\n' +
          'Số giờ làm vào ngày nghỉ được tính vào giới hạn làm thêm giờ hằng tháng.',
      },
      th: {
        question: 'ค่าทำงานในวันพัก (休息日) คำนวณอย่างไร?',
        answer:
          'เมื่อลูกจ้างยินยอมทำงานในวันพัก 2 ชั่วโมงแรกได้รับเพิ่มอย่างน้อย 1⅓ เท่าของค่าจ้างรายชั่วโมง ตั้งแต่ชั่วโมงที่ 3 ได้รับเพิ่มอย่างน้อย 1⅔ เท่า ตั้งแต่ 1 มีนาคม 2018 คิดตามชั่วโมงที่ทำงานจริง กฎเดิม "ทำ 1 ชั่วโมงคิด 4 ชั่วโมง" ยกเลิกแล้ว\n\n' +
          'ตัวอย่าง ค่าจ้างชั่วโมงละ 150 ดอลลาร์ไต้หวัน ทำงานวันพัก 2 ชั่วโมงได้เพิ่มอย่างน้อย 150 × (1 + 1/3) × 2 = 400 ทำงาน 8 ชั่วโมงได้เพิ่มอย่างน้อย 400 + 150 × (1 + 2/3) × 6 = 1,900 ดอลลาร์ไต้หวัน สำหรับลูกจ้างรายเดือน ค่าจ้างของวันนั้นรวมอยู่ในเงินเดือนแล้ว จำนวนข้างต้นเป็นส่วนที่จ่ายเพิ่ม\n\n' +
          'ชั่วโมงที่ทำงานในวันพักนับรวมในเพดานชั่วโมงล่วงเวลาต่อเดือน',
      },
    },
  },
  {
    key: 'hours-rest-days',
    category: 'working-hours',
    legalBasis: [
      { law: 'LSA', article: '36', paragraph: 1 },
      { law: 'LSA', article: '40' },
    ],
    text: {
      'zh-TW': {
        question: '一週應該休幾天？例假日可以叫我上班嗎？',
        answer:
          '勞工每7日中應有2日休息，其中1日為例假，1日為休息日。\n\n' +
          '例假原則上不得要求勞工出勤。只有遇到天災、事變或突發事件，雇主認為有繼續工作的必要時，才可以停止例假；這時工資應加倍發給，事後要給勞工補假休息，雇主並應在事後24小時內詳述理由，報當地主管機關核備。\n\n' +
          '休息日經勞工同意可以出勤，但要依規定發給休息日加班費。',
      },
      en: {
        question: 'How many days off a week do I get? Can I be made to work on my regular day off?',
        answer:
          'In every seven days a worker has two days of rest: one regular day off (例假) and one rest day (休息日).\n\n' +
          'Work on the regular day off is in principle not allowed. Only for a natural disaster, an incident or an emergency, when the employer considers the work must continue, may the day off be suspended; the wages for that day are then doubled, the worker gets a compensatory day off afterwards, and the employer must report the reasons to the local authority within 24 hours.\n\n' +
          'On the rest day a worker may work if they agree, and must be paid rest-day overtime.',
      },
      id: {
        question: 'Berapa hari libur dalam seminggu? Apakah saya boleh disuruh bekerja pada hari libur wajib?',
        answer:
          'Dalam setiap 7 hari, pekerja berhak atas 2 hari istirahat: 1 hari libur wajib (例假) dan 1 hari istirahat (休息日).\n\n' +
          'Pada hari libur wajib, pada prinsipnya pekerja tidak boleh disuruh bekerja. Hanya karena bencana alam, kejadian luar biasa, atau keadaan darurat, jika majikan menilai pekerjaan harus dilanjutkan, hari libur itu boleh ditiadakan; upah hari itu dibayar dua kali lipat, pekerja mendapat libur pengganti, dan majikan wajib melapor ke pemerintah setempat dalam 24 jam.\n\n' +
          'Pada hari istirahat, pekerja boleh bekerja jika setuju, dan harus dibayar upah lembur hari istirahat.',
      },
      vi: {
        question: 'Một tuần được nghỉ mấy ngày? Chủ thuê có được bắt tôi làm vào ngày nghỉ định kỳ không?',
        answer:
          'Cứ 7 ngày, người lao động được nghỉ 2 ngày: 1 ngày nghỉ định kỳ (例假) và 1 ngày nghỉ (休息日).\n\n' +
          'Về nguyên tắc không được bắt làm việc vào ngày nghỉ định kỳ. Chỉ khi có thiên tai, sự cố hoặc tình huống khẩn cấp mà chủ thuê thấy cần tiếp tục làm việc thì mới được tạm dừng ngày nghỉ; khi đó tiền lương ngày đó phải trả gấp đôi, người lao động được nghỉ bù sau đó, và chủ thuê phải báo cáo lý do với cơ quan chức năng địa phương trong vòng 24 giờ.\n\n' +
          'Vào ngày nghỉ (休息日), người lao động có thể làm việc nếu đồng ý và phải được trả tiền làm thêm của ngày nghỉ.',
      },
      th: {
        question: 'สัปดาห์หนึ่งหยุดได้กี่วัน? นายจ้างสั่งให้ทำงานในวันหยุดประจำสัปดาห์ได้หรือไม่?',
        answer:
          'ทุก 7 วัน ลูกจ้างมีวันหยุด 2 วัน คือวันหยุดประจำสัปดาห์ (例假) 1 วัน และวันพัก (休息日) 1 วัน\n\n' +
          'โดยหลักห้ามให้ทำงานในวันหยุดประจำสัปดาห์ ยกเว้นกรณีภัยธรรมชาติ เหตุการณ์ หรือเหตุฉุกเฉินที่นายจ้างเห็นว่าจำเป็นต้องทำงานต่อ ในกรณีนั้นต้องจ่ายค่าจ้างวันนั้นเป็นสองเท่า ให้หยุดชดเชยภายหลัง และนายจ้างต้องรายงานเหตุผลต่อหน่วยงานท้องถิ่นภายใน 24 ชั่วโมง\n\n' +
          'ในวันพัก ลูกจ้างทำงานได้หากยินยอม และต้องได้รับค่าทำงานในวันพัก',
      },
    },
  },
  {
    key: 'hours-national-holidays',
    category: 'working-hours',
    legalBasis: [
      { law: 'LSA', article: '37' },
      { law: 'LSA', article: '39' },
    ],
    text: {
      'zh-TW': {
        question: '國定假日上班，工資要加倍嗎？',
        answer:
          '內政部所定應放假的紀念日、節日、勞動節，以及其他中央主管機關指定應放假的日子，勞工均應休假，工資照給。\n\n' +
          '雇主經勞工同意在這些日子工作的，工資應加倍發給：當日工作在8小時以內的，除原本的工資外再加發1日工資，即使只工作1小時也一樣；超過8小時的部分，依平日延長工時的標準計算。',
      },
      en: {
        question: 'Do I get double pay for working on a national holiday?',
        answer:
          'Memorial days and festivals set by the Ministry of the Interior, Labor Day and other days off designated by the central authority are paid holidays.\n\n' +
          'If the worker agrees to work on such a day, the wages are doubled: for work of up to 8 hours the worker gets one extra day\'s wage on top of the normal wage, even for a single hour; hours beyond 8 are paid at the workday overtime rates.',
      },
      id: {
        question: 'Apakah bekerja pada hari libur nasional dibayar dua kali lipat?',
        answer:
          'Hari peringatan dan hari raya yang ditetapkan Kementerian Dalam Negeri, Hari Buruh, dan hari libur lain yang ditetapkan pemerintah pusat adalah hari libur dengan upah tetap dibayar.\n\n' +
          'Jika pekerja setuju bekerja pada hari tersebut, upahnya dibayar dua kali lipat: untuk kerja sampai 8 jam, pekerja mendapat tambahan upah 1 hari di samping upah biasa, meskipun hanya bekerja 1 jam; jam di atas 8 jam dibayar dengan tarif lembur hari kerja.',
      },
      vi: {
        question: 'Làm việc vào ngày lễ có được trả gấp đôi lương không?',
        answer:
          'Các ngày kỷ niệm, ngày lễ tết do Bộ Nội chính quy định, ngày Quốc tế Lao động và các ngày nghỉ khác do cơ quan trung ương chỉ định là ngày nghỉ có hưởng lương.\n\n' +
          'Nếu người lao động đồng ý làm việc vào những ngày này thì lương được trả gấp đôi: làm trong vòng 8 giờ thì ngoài lương bình thường được trả thêm 1 ngày lương, kể cả khi chỉ làm 1 giờ; phần vượt quá 8 giờ tính theo mức làm thêm giờ của ngày làm việc.',
      },
      th: {
        question: 'ทำงานในวันหยุดนักขัตฤกษ์ได้ค่าจ้างสองเท่าหรือไม่?',
        answer:
          'วันรำลึกและวันเทศกาลที่กระทรวงมหาดไทยกำหนด วันแรงงาน และวันหยุดอื่นที่หน่วยงานกลางกำหนด เป็นวันหยุดที่ได้รับค่าจ้าง\n\n' +
          'หากลูกจ้างยินยอมทำงานในวันดังกล่าว ต้องได้รับค่าจ้างสองเท่า คือทำงานไม่เกิน 8 ชั่วโมงได้ค่าจ้างเพิ่มอีก 1 วันนอกจากค่าจ้างปกติ แม้ทำงานเพียง 1 ชั่วโมงก็ตาม ส่วนที่เกิน 8 ชั่วโมงคิดตามอัตราค่าล่วงเวลาของวันทำงาน',
      },
    },
  },
  {
    key: 'hours-overtime-limits',
    category: 'working-hours',
    legalBasis: [
      { law: 'LSA', article: '30', paragraph: 1 },
      { law: 'LSA', article: '32' },
    ],
    text: {
      'zh-TW': {
        question: '加班時數有上限嗎？',
        answer:
          '有。正常工作時間每日不得超過8小時，每週不得超過40小時。\n\n' +
          '雇主要延長工時，應經工會同意；事業單位沒有工會的，應經勞資會議同意。每日正常工時加延長工時不得超過12小時，每月延長工時不得超過46小時。經工會或勞資會議同意的，每月可以延長到54小時，但每3個月合計不得超過138小時；僱用勞工30人以上的雇主採這種安排時，應報當地主管機關備查。\n\n' +
          '休息日出勤的時數也要計入。',
      },
      en: {
        question: 'Is there a limit on overtime hours?',
        answer:
          'Yes. Regular working hours may not exceed 8 a day and 40 a week.\n\n' +
          'To extend hours the employer needs the consent of the union, or of a labor-management conference where there is no union. Regular plus overtime hours may not exceed 12 a day, and overtime may not exceed 46 hours a month. With union or labor-management conference consent, overtime may reach 54 hours in a month but no more than 138 hours in three months; employers with 30 or more workers must file such an arrangement with the local authority.\n\n' +
          'Hours worked on rest days count too.',
      },
    },
  },
  {
    key: 'hours-comp-time',
    category: 'working-hours',
    legalBasis: [{ law: 'LSA', article: '32-1' }],
    text: {
      'zh-TW': {
        question: '雇主可以用補休代替加班費嗎？',
        answer:
          '可以，但必須由勞工自己選擇，雇主不能單方決定。勞工延長工時或休息日出勤後，可以選擇補休，補休時數依工作的時數1比1計算。\n\n' +
          '補休期限由勞雇雙方協商；期限屆滿或契約終止時還沒休完的時數，雇主應依延長工時或休息日工作當日的工資標準發給加班費，未發給的違法。',
      },
      en: {
        question: 'Can my employer give me time off instead of overtime pay?',
        answer:
          'Yes, but only if the worker chooses it; the employer cannot decide alone. After overtime or rest-day work the worker may choose compensatory time off, counted hour for hour.\n\n' +
          'The period for taking it is agreed between the parties. Hours not taken when that period ends or the contract ends must be paid as overtime at the rates of the day the work was done; not paying them is a violation.',
      },
    },
  },
  {
    key: 'hours-attendance-records',
    category: 'working-hours',
    legalBasis: [
      { law: 'LSA', article: '30', paragraph: 5 },
      { law: 'LSA', article: '30', paragraph: 6 },
    ],
    text: {
      'zh-TW': {
        question: '雇主一定要保存出勤紀錄嗎？我可以要影本嗎？',
        answer:
          '雇主應置備勞工出勤紀錄並保存5年，出勤紀錄應逐日記載勞工出勤情形到分鐘為止。\n\n' +
          '勞工向雇主申請出勤紀錄的副本或影本時，雇主不得拒絕。出勤紀錄是計算加班費的重要證據；也可以用本平台的工時紀錄功能，在自己的手機上記下每天的上下班時間。',
      },
      en: {
        question: 'Must my employer keep attendance records, and can I get a copy?',
        answer:
          'The employer must keep attendance records for five years, recording each worker\'s attendance day by day to the minute.\n\n' +
          'When a worker asks for a copy of their attendance records, the employer may not refuse. These records are key evidence for overtime pay; you can also keep your own log of start and finish times on your phone with this site\'s hours log.',
      },
    },
  },
  {
    key: 'hours-breaks',
    category: 'working-hours',
    legalBasis: [{ law: 'LSA', article: '35' }],
    text: {
      'zh-TW': {
        question: '連續工作多久可以休息？',
        answer:
          '勞工繼續工作4小時，至少應有30分鐘的休息。實行輪班制或工作有連續性、緊急性的，雇主可以在工作時間內另行調配休息時間，但不能因此不給休息。',
      },
      en: {
        question: 'After how long must I get a break?',
        answer:
          'After four hours of continuous work a worker must have a break of at least 30 minutes. In shift work, or where the work is continuous or urgent, the employer may arrange the break differently within working hours, but may not leave it out.',
      },
    },
  },
  {
    key: 'hours-shift-interval',
    category: 'working-hours',
    legalBasis: [{ law: 'LSA', article: '34' }],
    text: {
      'zh-TW': {
        question: '輪班換班之間至少要休息多久？',
        answer:
          '採晝夜輪班制的，勞工的工作班次原則上每週更換一次，但經勞工同意的不在此限。\n\n' +
          '更換班次時，至少應有連續11小時的休息時間。只有因工作特性或特殊原因，經中央目的事業主管機關商請勞動部公告的行業，才可以變更為不少於連續8小時。',
      },
      en: {
        question: 'How much rest must there be between shifts when the shift changes?',
        answer:
          'In day-and-night shift work the shifts are in principle rotated once a week, unless the worker agrees otherwise.\n\n' +
          'When the shift changes there must be at least 11 consecutive hours of rest. Only in industries announced by the Ministry of Labor at the request of the industry\'s competent authority, because of the nature of the work or special reasons, may this be reduced, and never below 8 consecutive hours.',
      },
    },
  },
];

/** Each item with the Indonesian, Vietnamese and Thai written later (qa.seed-translations.ts, issue 15 §2). */
export const qaSeed: QaSeedItem[] = [...wagesAndHours, ...qaSeedMore].map((item) => ({
  ...item,
  text: { ...qaTranslations[item.key], ...item.text },
}));
