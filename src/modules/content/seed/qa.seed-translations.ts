/**
 * Indonesian, Vietnamese and Thai for the shipped Q&A that had only Chinese and English (issue 15 §2),
 * translated from the Chinese with a machine's help and checked against it by the engineer who wrote
 * them: days, hours, amounts and article numbers as in the source. They load as machine-assisted until
 * the bureau's reviewers mark them reviewed (ADR 0030). Items are keyed by their seed key.
 */
import type { Locale } from '../../../shared/i18n/locales.ts';

type Text = { question: string; answer: string };

export const qaTranslations: Record<string, Partial<Record<Locale, Text>>> = {
  'wages-payday': {
    id: {
      question: 'Berapa kali upah harus dibayar? Apakah pemberi kerja wajib memberi rincian gaji?',
      answer:
        'Kecuali pekerja dan pemberi kerja membuat kesepakatan khusus atau upah dibayar di muka setiap bulan, upah harus dibayar secara tetap paling sedikit 2 kali sebulan; begitu juga untuk upah borongan (per satuan hasil). Dalam praktik kebanyakan disepakati gajian sekali sebulan, tetapi upah tetap harus dibayar pada tanggal tetap yang disepakati dan tidak boleh ditunda sesuka hati.\n\n' +
        'Saat membayar upah, pemberi kerja wajib memberi rincian cara menghitung setiap komponen, misalnya gaji pokok, upah lembur, tunjangan dan potongan. Pemberi kerja juga wajib menyimpan daftar upah pekerja yang mencatat upah, upah lembur dan lainnya, selama 5 tahun.',
    },
    vi: {
      question: 'Tiền lương phải trả bao lâu một lần? Người sử dụng lao động có phải đưa bảng lương chi tiết không?',
      answer:
        'Trừ khi hai bên có thỏa thuận riêng hoặc trả trước theo tháng, tiền lương phải được trả định kỳ ít nhất 2 lần mỗi tháng; lương theo sản phẩm cũng vậy. Trên thực tế phần lớn thỏa thuận trả lương mỗi tháng một lần, nhưng vẫn phải trả vào ngày cố định đã thỏa thuận, không được tùy ý hoãn lại.\n\n' +
        'Khi trả lương, người sử dụng lao động phải cung cấp bảng chi tiết cách tính từng khoản, ví dụ lương cơ bản, tiền làm thêm giờ, phụ cấp và các khoản khấu trừ. Người sử dụng lao động cũng phải lập sổ lương của người lao động, ghi tiền lương, tiền làm thêm giờ…, và lưu giữ 5 năm.',
    },
    th: {
      question: 'ต้องจ่ายค่าจ้างบ่อยแค่ไหน นายจ้างต้องให้รายละเอียดค่าจ้างหรือไม่',
      answer:
        'เว้นแต่นายจ้างและลูกจ้างจะตกลงกันเป็นพิเศษหรือจ่ายล่วงหน้ารายเดือน ต้องจ่ายค่าจ้างตามกำหนดอย่างน้อยเดือนละ 2 ครั้ง ค่าจ้างตามผลงานก็เช่นเดียวกัน ในทางปฏิบัติส่วนใหญ่ตกลงจ่ายเดือนละครั้ง แต่ต้องจ่ายในวันที่กำหนดไว้ตามที่ตกลง จะเลื่อนออกไปตามใจไม่ได้\n\n' +
        'เมื่อจ่ายค่าจ้าง นายจ้างต้องให้รายละเอียดวิธีคำนวณแต่ละรายการ เช่น ค่าจ้างพื้นฐาน ค่าล่วงเวลา เงินเพิ่ม และรายการหัก นายจ้างต้องจัดทำทะเบียนค่าจ้างของลูกจ้างที่บันทึกค่าจ้าง ค่าล่วงเวลา ฯลฯ และเก็บไว้ 5 ปี',
    },
  },
  'hours-overtime-limits': {
    id: {
      question: 'Apakah jam lembur ada batasnya?',
      answer:
        'Ada. Jam kerja normal tidak boleh lebih dari 8 jam sehari dan 40 jam seminggu.\n\n' +
        'Untuk memperpanjang jam kerja, pemberi kerja harus mendapat persetujuan serikat pekerja; bila tidak ada serikat pekerja, persetujuan rapat bipartit (勞資會議). Jam kerja normal ditambah lembur tidak boleh lebih dari 12 jam sehari, dan lembur tidak boleh lebih dari 46 jam sebulan. Dengan persetujuan serikat pekerja atau rapat bipartit, lembur boleh sampai 54 jam sebulan, tetapi jumlahnya dalam 3 bulan tidak boleh lebih dari 138 jam; pemberi kerja dengan 30 pekerja atau lebih yang memakai pengaturan ini wajib melaporkannya kepada otoritas setempat.\n\n' +
        'Jam kerja pada hari istirahat juga dihitung.',
    },
    vi: {
      question: 'Số giờ làm thêm có giới hạn không?',
      answer:
        'Có. Giờ làm việc bình thường không được quá 8 giờ mỗi ngày và 40 giờ mỗi tuần.\n\n' +
        'Muốn kéo dài giờ làm, người sử dụng lao động phải được công đoàn đồng ý; nơi không có công đoàn thì phải được hội nghị lao động – quản lý (勞資會議) đồng ý. Giờ làm bình thường cộng giờ làm thêm không được quá 12 giờ mỗi ngày, giờ làm thêm không được quá 46 giờ mỗi tháng. Nếu công đoàn hoặc hội nghị lao động – quản lý đồng ý, giờ làm thêm có thể lên đến 54 giờ một tháng, nhưng tổng cộng mỗi 3 tháng không được quá 138 giờ; người sử dụng lao động có từ 30 lao động trở lên áp dụng cách này phải báo cho cơ quan chủ quản địa phương để lưu hồ sơ.\n\n' +
        'Số giờ làm vào ngày nghỉ cũng phải tính vào.',
    },
    th: {
      question: 'ชั่วโมงทำงานล่วงเวลามีขีดจำกัดหรือไม่',
      answer:
        'มี เวลาทำงานปกติต้องไม่เกินวันละ 8 ชั่วโมง และสัปดาห์ละ 40 ชั่วโมง\n\n' +
        'นายจ้างที่จะให้ทำงานล่วงเวลาต้องได้รับความยินยอมจากสหภาพแรงงาน หากสถานประกอบการไม่มีสหภาพแรงงาน ต้องได้รับความยินยอมจากที่ประชุมนายจ้างและลูกจ้าง (勞資會議) เวลาทำงานปกติรวมกับเวลาทำงานล่วงเวลาต้องไม่เกินวันละ 12 ชั่วโมง และทำงานล่วงเวลาได้ไม่เกินเดือนละ 46 ชั่วโมง หากสหภาพแรงงานหรือที่ประชุมนายจ้างและลูกจ้างยินยอม ทำงานล่วงเวลาได้ถึงเดือนละ 54 ชั่วโมง แต่รวมทุก 3 เดือนต้องไม่เกิน 138 ชั่วโมง นายจ้างที่มีลูกจ้างตั้งแต่ 30 คนขึ้นไปที่ใช้วิธีนี้ต้องแจ้งหน่วยงานที่มีอำนาจในท้องถิ่นเพื่อทราบ\n\n' +
        'ชั่วโมงที่ทำงานในวันหยุดพักก็ต้องนับรวมด้วย',
    },
  },
  'hours-comp-time': {
    id: {
      question: 'Bolehkah pemberi kerja memberi cuti pengganti sebagai ganti upah lembur?',
      answer:
        'Boleh, tetapi harus atas pilihan pekerja sendiri; pemberi kerja tidak boleh memutuskan sepihak. Setelah lembur atau bekerja pada hari istirahat, pekerja boleh memilih cuti pengganti, dihitung 1 banding 1 menurut jam kerjanya.\n\n' +
        'Batas waktu cuti pengganti dirundingkan kedua pihak; jam yang belum diambil ketika batas waktu habis atau kontrak berakhir wajib dibayar pemberi kerja sebagai upah lembur menurut standar upah pada hari lembur atau hari istirahat itu. Tidak membayarnya melanggar hukum.',
    },
    vi: {
      question: 'Người sử dụng lao động có thể cho nghỉ bù thay cho tiền làm thêm giờ không?',
      answer:
        'Có thể, nhưng phải do người lao động tự chọn, người sử dụng lao động không được đơn phương quyết định. Sau khi làm thêm giờ hoặc làm vào ngày nghỉ, người lao động có thể chọn nghỉ bù, số giờ nghỉ bù tính theo tỷ lệ 1:1 với số giờ đã làm.\n\n' +
        'Thời hạn nghỉ bù do hai bên thỏa thuận; số giờ chưa nghỉ hết khi hết thời hạn hoặc khi chấm dứt hợp đồng thì người sử dụng lao động phải trả tiền làm thêm giờ theo mức lương của ngày làm thêm hoặc ngày nghỉ đã làm việc đó; không trả là vi phạm pháp luật.',
    },
    th: {
      question: 'นายจ้างให้หยุดชดเชยแทนการจ่ายค่าล่วงเวลาได้หรือไม่',
      answer:
        'ได้ แต่ต้องเป็นการเลือกของลูกจ้างเอง นายจ้างจะตัดสินใจฝ่ายเดียวไม่ได้ หลังจากทำงานล่วงเวลาหรือทำงานในวันหยุดพัก ลูกจ้างเลือกหยุดชดเชยได้ โดยคิดชั่วโมงหยุดชดเชย 1 ต่อ 1 ตามชั่วโมงที่ทำงาน\n\n' +
        'กำหนดเวลาการหยุดชดเชยให้ทั้งสองฝ่ายตกลงกัน ชั่วโมงที่ยังไม่ได้หยุดเมื่อครบกำหนดหรือเมื่อสัญญาสิ้นสุด นายจ้างต้องจ่ายเป็นค่าล่วงเวลาตามอัตราค่าจ้างของวันที่ทำงานล่วงเวลาหรือวันหยุดพักนั้น การไม่จ่ายถือว่าผิดกฎหมาย',
    },
  },
  'hours-attendance-records': {
    id: {
      question: 'Apakah pemberi kerja wajib menyimpan catatan kehadiran? Bolehkah saya meminta salinannya?',
      answer:
        'Pemberi kerja wajib menyimpan catatan kehadiran pekerja selama 5 tahun, dan catatan itu harus mencatat kehadiran pekerja setiap hari sampai hitungan menit.\n\n' +
        'Bila pekerja meminta salinan atau fotokopi catatan kehadirannya, pemberi kerja tidak boleh menolak. Catatan kehadiran adalah bukti penting untuk menghitung upah lembur; Anda juga dapat mencatat jam masuk dan pulang setiap hari di ponsel sendiri dengan fitur catatan jam kerja di situs ini.',
    },
    vi: {
      question: 'Người sử dụng lao động có bắt buộc lưu hồ sơ chấm công không? Tôi có được xin bản sao không?',
      answer:
        'Người sử dụng lao động phải lập hồ sơ chấm công của người lao động và lưu giữ 5 năm; hồ sơ phải ghi tình hình đi làm từng ngày, chính xác đến phút.\n\n' +
        'Khi người lao động xin bản sao hoặc bản photo hồ sơ chấm công, người sử dụng lao động không được từ chối. Hồ sơ chấm công là chứng cứ quan trọng để tính tiền làm thêm giờ; bạn cũng có thể dùng chức năng ghi giờ làm của trang này để ghi giờ vào làm và tan làm mỗi ngày trên điện thoại của mình.',
    },
    th: {
      question: 'นายจ้างต้องเก็บบันทึกการมาทำงานหรือไม่ ฉันขอสำเนาได้หรือไม่',
      answer:
        'นายจ้างต้องจัดทำบันทึกการมาทำงานของลูกจ้างและเก็บไว้ 5 ปี โดยบันทึกการมาทำงานของลูกจ้างเป็นรายวันละเอียดถึงนาที\n\n' +
        'เมื่อลูกจ้างขอสำเนาหรือถ่ายสำเนาบันทึกการมาทำงาน นายจ้างจะปฏิเสธไม่ได้ บันทึกการมาทำงานเป็นหลักฐานสำคัญในการคำนวณค่าล่วงเวลา ท่านยังใช้ฟังก์ชันบันทึกเวลาทำงานของเว็บไซต์นี้ จดเวลาเข้าและออกงานทุกวันไว้ในโทรศัพท์ของตนเองได้ด้วย',
    },
  },
  'hours-breaks': {
    id: {
      question: 'Setelah bekerja berapa lama saya berhak istirahat?',
      answer:
        'Pekerja yang bekerja terus-menerus selama 4 jam harus mendapat istirahat paling sedikit 30 menit. Pada sistem kerja bergilir (shift) atau pekerjaan yang bersifat terus-menerus atau mendesak, pemberi kerja boleh mengatur waktu istirahat secara lain dalam jam kerja, tetapi tidak boleh karena itu tidak memberi istirahat.',
    },
    vi: {
      question: 'Làm việc liên tục bao lâu thì được nghỉ giải lao?',
      answer:
        'Người lao động làm việc liên tục 4 giờ phải được nghỉ ít nhất 30 phút. Nơi làm theo ca hoặc công việc có tính liên tục, khẩn cấp, người sử dụng lao động có thể sắp xếp thời gian nghỉ khác trong giờ làm việc, nhưng không được vì thế mà không cho nghỉ.',
    },
    th: {
      question: 'ทำงานติดต่อกันนานเท่าไรจึงได้พัก',
      answer:
        'ลูกจ้างที่ทำงานติดต่อกัน 4 ชั่วโมง ต้องได้พักอย่างน้อย 30 นาที งานที่ใช้ระบบกะหรืองานที่มีลักษณะต่อเนื่องหรือเร่งด่วน นายจ้างจัดเวลาพักแบบอื่นภายในเวลาทำงานได้ แต่จะอ้างเหตุนี้ไม่ให้พักไม่ได้',
    },
  },
  'hours-shift-interval': {
    id: {
      question: 'Berapa lama istirahat paling sedikit saat pergantian giliran kerja (shift)?',
      answer:
        'Pada sistem giliran kerja siang-malam, giliran kerja pekerja pada prinsipnya diganti seminggu sekali, kecuali pekerja menyetujui lain.\n\n' +
        'Saat pergantian giliran, harus ada istirahat paling sedikit 11 jam berturut-turut. Hanya pada bidang usaha yang, karena sifat pekerjaan atau alasan khusus, diumumkan Kementerian Tenaga Kerja atas permintaan otoritas pusat bidang usaha tersebut, waktu itu boleh diubah menjadi tidak kurang dari 8 jam berturut-turut.',
    },
    vi: {
      question: 'Khi đổi ca phải được nghỉ ít nhất bao lâu?',
      answer:
        'Nơi làm theo chế độ ca ngày – đêm, ca làm việc của người lao động về nguyên tắc được đổi mỗi tuần một lần, trừ khi người lao động đồng ý khác.\n\n' +
        'Khi đổi ca, phải có thời gian nghỉ liên tục ít nhất 11 giờ. Chỉ những ngành mà, do đặc thù công việc hoặc lý do đặc biệt, Bộ Lao động công bố theo đề nghị của cơ quan chủ quản trung ương của ngành đó mới được đổi thành không ít hơn 8 giờ liên tục.',
    },
    th: {
      question: 'เมื่อเปลี่ยนกะ ต้องได้พักอย่างน้อยนานเท่าไร',
      answer:
        'งานที่ใช้ระบบกะกลางวันกลางคืน โดยหลักให้เปลี่ยนกะของลูกจ้างสัปดาห์ละครั้ง เว้นแต่ลูกจ้างยินยอมเป็นอย่างอื่น\n\n' +
        'เมื่อเปลี่ยนกะ ต้องมีเวลาพักติดต่อกันอย่างน้อย 11 ชั่วโมง เฉพาะกิจการที่กระทรวงแรงงานประกาศตามคำขอของหน่วยงานกลางที่รับผิดชอบกิจการนั้น เพราะลักษณะงานหรือเหตุพิเศษ จึงเปลี่ยนเป็นไม่น้อยกว่า 8 ชั่วโมงติดต่อกันได้',
    },
  },
  'leave-unused-annual-leave': {
    id: {
      question: 'Bagaimana jika cuti tahunan tidak habis diambil?',
      answer:
        'Hari cuti tahunan (特別休假) yang tidak diambil karena tahun berakhir atau kontrak berakhir wajib dibayar upahnya oleh pemberi kerja. Bila kedua pihak sepakat, hari yang belum diambil pada akhir tahun boleh ditunda ke tahun berikutnya; hari yang ditunda dan masih belum diambil pada akhir tahun berikutnya atau saat kontrak berakhir tetap wajib dibayar upahnya.\n\n' +
        'Upah yang dibayar adalah jumlah hari yang tidak diambil dikali upah 1 hari. Upah 1 hari pekerja bulanan adalah upah jam kerja normal pada 1 bulan terakhir sebelum akhir tahun atau berakhirnya kontrak dibagi 30.',
    },
    vi: {
      question: 'Phép năm chưa nghỉ hết thì sao?',
      answer:
        'Số ngày phép năm (特別休假) chưa nghỉ do hết năm hoặc chấm dứt hợp đồng, người sử dụng lao động phải trả lương. Nếu hai bên thỏa thuận đồng ý, số ngày chưa nghỉ khi hết năm có thể chuyển sang năm sau; số ngày đã chuyển mà đến hết năm sau hoặc khi chấm dứt hợp đồng vẫn chưa nghỉ thì người sử dụng lao động vẫn phải trả lương.\n\n' +
        'Tiền phải trả bằng số ngày chưa nghỉ nhân với lương 1 ngày. Lương 1 ngày của người hưởng lương tháng bằng tiền lương giờ làm việc bình thường của 1 tháng gần nhất trước khi hết năm hoặc chấm dứt hợp đồng chia cho 30.',
    },
    th: {
      question: 'ถ้าใช้วันลาพักร้อนไม่หมดจะเป็นอย่างไร',
      answer:
        'วันลาพักร้อน (特別休假) ที่ไม่ได้ใช้เพราะสิ้นปีหรือสัญญาสิ้นสุด นายจ้างต้องจ่ายค่าจ้างแทน หากทั้งสองฝ่ายตกลงกัน วันที่ไม่ได้ใช้เมื่อสิ้นปีเลื่อนไปใช้ในปีถัดไปได้ วันที่เลื่อนไปแล้วหากยังไม่ได้ใช้เมื่อสิ้นปีถัดไปหรือเมื่อสัญญาสิ้นสุด นายจ้างยังต้องจ่ายค่าจ้าง\n\n' +
        'ค่าจ้างที่ต้องจ่ายคือจำนวนวันที่ไม่ได้ใช้คูณค่าจ้าง 1 วัน ค่าจ้าง 1 วันของลูกจ้างรายเดือนคือค่าจ้างในเวลาทำงานปกติของ 1 เดือนล่าสุดก่อนสิ้นปีหรือสัญญาสิ้นสุด หารด้วย 30',
    },
  },
  'leave-personal-leave': {
    id: {
      question: 'Berapa hari cuti urusan pribadi dalam setahun? Apakah dibayar?',
      answer:
        'Pekerja yang mempunyai urusan yang harus diurus sendiri boleh mengambil cuti urusan pribadi, paling banyak 14 hari dalam setahun. Selama cuti ini pemberi kerja boleh tidak membayar upah.\n\n' +
        'Cuti merawat keluarga menurut Undang-Undang Kesetaraan Gender dalam Pekerjaan (性別平等工作法, 7 hari setahun) dihitung ke dalam cuti urusan pribadi.',
    },
    vi: {
      question: 'Một năm được nghỉ việc riêng mấy ngày? Có được trả lương không?',
      answer:
        'Người lao động có việc phải tự mình giải quyết thì được nghỉ việc riêng, tổng cộng không quá 14 ngày trong một năm. Trong thời gian nghỉ việc riêng, người sử dụng lao động có thể không trả lương.\n\n' +
        'Ngày nghỉ chăm sóc gia đình theo Luật Bình đẳng giới trong việc làm (性別平等工作法, 7 ngày mỗi năm) được tính vào ngày nghỉ việc riêng.',
    },
    th: {
      question: 'ลากิจได้ปีละกี่วัน ได้รับค่าจ้างหรือไม่',
      answer:
        'ลูกจ้างที่มีธุระจำเป็นต้องจัดการด้วยตนเองลากิจได้ รวมแล้วไม่เกินปีละ 14 วัน ระหว่างลากิจนายจ้างไม่จ่ายค่าจ้างก็ได้\n\n' +
        'วันลาดูแลครอบครัวตามพระราชบัญญัติความเท่าเทียมทางเพศในการจ้างงาน (性別平等工作法 ปีละ 7 วัน) ให้นับรวมในวันลากิจ',
    },
  },
  'leave-marriage-funeral': {
    id: {
      question: 'Berapa hari cuti menikah dan cuti duka?',
      answer:
        'Pekerja yang menikah mendapat cuti menikah 8 hari dengan upah penuh.\n\n' +
        'Cuti duka juga dengan upah penuh: 8 hari bila orang tua, orang tua angkat, orang tua tiri atau suami/istri meninggal; 6 hari bila kakek/nenek, anak, orang tua suami/istri, atau orang tua angkat atau tiri suami/istri meninggal; 3 hari bila kakek/nenek buyut, saudara kandung, atau kakek/nenek suami/istri meninggal.',
    },
    vi: {
      question: 'Nghỉ kết hôn và nghỉ tang được mấy ngày?',
      answer:
        'Người lao động kết hôn được nghỉ kết hôn 8 ngày, hưởng nguyên lương.\n\n' +
        'Nghỉ tang cũng hưởng nguyên lương: cha mẹ, cha mẹ nuôi, cha mẹ kế hoặc vợ/chồng qua đời: 8 ngày; ông bà, con, cha mẹ của vợ/chồng, cha mẹ nuôi hoặc cha mẹ kế của vợ/chồng qua đời: 6 ngày; cụ (ông bà cố), anh chị em ruột, ông bà của vợ/chồng qua đời: 3 ngày.',
    },
    th: {
      question: 'ลาสมรสและลาไว้ทุกข์ได้กี่วัน',
      answer:
        'ลูกจ้างที่สมรสได้ลาสมรส 8 วัน โดยได้รับค่าจ้างตามปกติ\n\n' +
        'ลาไว้ทุกข์ได้รับค่าจ้างตามปกติ: บิดามารดา บิดามารดาบุญธรรม บิดามารดาเลี้ยง หรือคู่สมรสเสียชีวิต 8 วัน ปู่ย่าตายาย บุตร บิดามารดาของคู่สมรส หรือบิดามารดาบุญธรรมหรือบิดามารดาเลี้ยงของคู่สมรสเสียชีวิต 6 วัน ทวด พี่น้อง หรือปู่ย่าตายายของคู่สมรสเสียชีวิต 3 วัน',
    },
  },
  'leave-occupational-injury-leave': {
    id: {
      question: 'Saya cedera karena pekerjaan (kecelakaan kerja). Bolehkah saya mengambil cuti sakit akibat kerja?',
      answer:
        'Pekerja yang mengalami cacat, cedera atau penyakit karena kecelakaan kerja boleh mengambil cuti sakit akibat kerja (公傷病假) selama masa pengobatan dan pemulihan. Selama masa pengobatan ketika tidak dapat bekerja, pemberi kerja wajib memberi kompensasi sebesar upah yang biasa diterima; manfaat asuransi tenaga kerja atau asuransi kecelakaan kerja untuk kecelakaan yang sama yang premi­nya dibayar pemberi kerja boleh diperhitungkan.\n\n' +
        'Selama masa pengobatan, pemberi kerja tidak boleh memutus kontrak kerja; kecuali bila usaha tidak dapat dilanjutkan karena bencana alam, kejadian luar biasa atau keadaan kahar lain, dan hal itu disetujui otoritas yang berwenang.',
    },
    vi: {
      question: 'Tôi bị thương vì công việc (tai nạn lao động), có được nghỉ ốm do tai nạn lao động không?',
      answer:
        'Người lao động bị thương tật, thương tích hoặc bệnh tật do tai nạn lao động được nghỉ ốm do tai nạn lao động (公傷病假) trong thời gian điều trị và nghỉ dưỡng. Trong thời gian điều trị không thể làm việc, người sử dụng lao động phải bồi thường bằng mức lương đang hưởng; khoản trợ cấp bảo hiểm lao động hoặc bảo hiểm tai nạn lao động cho cùng sự cố mà người sử dụng lao động đã đóng phí có thể được khấu trừ.\n\n' +
        'Trong thời gian điều trị, người sử dụng lao động không được chấm dứt hợp đồng lao động; chỉ trừ trường hợp do thiên tai, sự biến hoặc bất khả kháng khác khiến doanh nghiệp không thể tiếp tục hoạt động và được cơ quan chủ quản phê duyệt.',
    },
    th: {
      question: 'ฉันบาดเจ็บจากการทำงาน (อุบัติเหตุจากการทำงาน) ลาป่วยจากการทำงานได้หรือไม่',
      answer:
        'ลูกจ้างที่ทุพพลภาพ บาดเจ็บ หรือเจ็บป่วยเพราะอุบัติเหตุจากการทำงาน ลาป่วยจากการทำงาน (公傷病假) ได้ในระหว่างการรักษาและพักฟื้น ระหว่างการรักษาที่ทำงานไม่ได้ นายจ้างต้องจ่ายค่าทดแทนเท่ากับค่าจ้างที่เคยได้รับ เงินประโยชน์ทดแทนจากประกันแรงงานหรือประกันอุบัติเหตุจากการทำงานสำหรับเหตุเดียวกันที่นายจ้างเป็นผู้จ่ายเบี้ย นำมาหักกลบได้\n\n' +
        'ระหว่างการรักษา นายจ้างจะเลิกสัญญาจ้างไม่ได้ ยกเว้นกรณีที่กิจการดำเนินต่อไปไม่ได้เพราะภัยธรรมชาติ เหตุการณ์ร้ายแรง หรือเหตุสุดวิสัยอื่น และหน่วยงานที่มีอำนาจอนุมัติแล้ว',
    },
  },
  'migrant-household-workers': {
    id: {
      question: 'Apakah UU Standar Ketenagakerjaan dan upah minimum berlaku bagi perawat rumah tangga dan penata laksana rumah tangga?',
      answer:
        'Saat ini perawat rumah tangga dan penata laksana rumah tangga tidak tunduk pada Undang-Undang Standar Ketenagakerjaan (勞動基準法), sehingga juga tidak termasuk dalam cakupan Undang-Undang Upah Minimum; aturan undang-undang itu tentang jam kerja, upah lembur dan lainnya tidak berlaku langsung.\n\n' +
        'Pemberi kerja yang mempekerjakan perawat atau penata laksana rumah tangga asing wajib membuat kontrak kerja tertulis, dan hanya boleh kontrak waktu tertentu; upah, hari libur dan syarat kerja lainnya mengikuti kontrak, dan pemberi kerja wajib membayar sesuai kontrak. Perlindungan Undang-Undang Layanan Ketenagakerjaan (就業服務法) tetap berlaku: pemberi kerja tidak boleh menahan dokumen di luar kehendak pekerja, menahan harta benda atau memungut uang jaminan. Bila ada perselisihan, hubungi 1955 atau adukan ke Biro Urusan Tenaga Kerja dan ajukan mediasi.',
    },
    vi: {
      question: 'Người khán hộ gia đình và giúp việc gia đình có được áp dụng Luật Tiêu chuẩn Lao động và lương tối thiểu không?',
      answer:
        'Hiện nay người khán hộ gia đình và người giúp việc gia đình không thuộc phạm vi áp dụng của Luật Tiêu chuẩn Lao động (勞動基準法), vì vậy cũng không thuộc phạm vi áp dụng của Luật Tiền lương tối thiểu; các quy định về giờ làm, tiền làm thêm giờ… của luật này không áp dụng trực tiếp.\n\n' +
        'Khi thuê người khán hộ gia đình hoặc giúp việc gia đình nước ngoài, người sử dụng lao động phải ký hợp đồng lao động bằng văn bản và chỉ được là hợp đồng có thời hạn; tiền lương, ngày nghỉ và các điều kiện lao động khác theo hợp đồng, người sử dụng lao động phải trả theo hợp đồng. Sự bảo vệ của Luật Dịch vụ việc làm (就業服務法) vẫn được áp dụng: người sử dụng lao động không được giữ giấy tờ trái ý muốn của người lao động, giữ tài sản hoặc thu tiền đặt cọc. Khi có tranh chấp, hãy gọi 1955 hoặc khiếu nại, xin hòa giải tại Cục Lao động.',
    },
    th: {
      question: 'ผู้อนุบาลในครัวเรือนและผู้ช่วยงานบ้านอยู่ภายใต้พระราชบัญญัติมาตรฐานแรงงานและค่าจ้างขั้นต่ำหรือไม่',
      answer:
        'ปัจจุบันผู้อนุบาลในครัวเรือนและผู้ช่วยงานบ้านไม่อยู่ภายใต้พระราชบัญญัติมาตรฐานแรงงาน (勞動基準法) จึงไม่อยู่ในขอบเขตของพระราชบัญญัติค่าจ้างขั้นต่ำด้วย บทบัญญัติเรื่องเวลาทำงาน ค่าล่วงเวลา ฯลฯ ของกฎหมายนี้ไม่ใช้บังคับโดยตรง\n\n' +
        'นายจ้างที่จ้างผู้อนุบาลในครัวเรือนหรือผู้ช่วยงานบ้านชาวต่างชาติต้องทำสัญญาจ้างเป็นลายลักษณ์อักษร และต้องเป็นสัญญาที่มีกำหนดระยะเวลาเท่านั้น ค่าจ้าง วันหยุด และสภาพการจ้างอื่นเป็นไปตามสัญญา นายจ้างต้องจ่ายตามสัญญา ความคุ้มครองตามพระราชบัญญัติบริการจัดหางาน (就業服務法) ยังใช้บังคับ นายจ้างจะยึดเอกสารโดยขัดต่อความประสงค์ของลูกจ้าง ยึดทรัพย์สิน หรือเรียกเงินประกันไม่ได้ หากมีข้อพิพาท โทร 1955 หรือร้องเรียนและขอไกล่เกลี่ยที่สำนักงานแรงงาน',
    },
  },
  'disputes-mediation-outcome': {
    id: {
      question: 'Setelah mediasi berhasil, bagaimana jika pemberi kerja tidak membayar sesuai kesepakatan?',
      answer:
        'Perselisihan perburuhan yang berhasil dimediasi dianggap sebagai kontrak antara para pihak; bila salah satu pihak adalah serikat pekerja, dianggap sebagai perjanjian kerja bersama.\n\n' +
        'Bila salah satu pihak wajib membayar menurut isi kesepakatan mediasi tetapi tidak melaksanakannya, pihak lain dapat memohon penetapan eksekusi paksa kepada pengadilan yang berwenang, dengan biaya perkara ditangguhkan sementara; saat memohon eksekusi paksa, biaya eksekusi juga ditangguhkan sementara. Bila mediasi gagal, masih dapat ditempuh arbitrase, adjudikasi atau gugatan perburuhan.',
    },
    vi: {
      question: 'Sau khi hòa giải thành, người sử dụng lao động không trả tiền như đã thỏa thuận thì làm sao?',
      answer:
        'Tranh chấp lao động đã hòa giải thành được coi là hợp đồng giữa hai bên đương sự; nếu một bên là công đoàn thì được coi là thỏa ước tập thể giữa các bên.\n\n' +
        'Nếu theo nội dung hòa giải thành một bên có nghĩa vụ thanh toán mà không thực hiện, bên kia có thể xin tòa án có thẩm quyền ra quyết định cưỡng chế thi hành và tạm thời được miễn nộp án phí; khi xin cưỡng chế thi hành cũng tạm thời được miễn nộp phí thi hành. Nếu hòa giải không thành, có thể tiếp tục giải quyết bằng trọng tài, phán quyết hoặc tố tụng lao động.',
    },
    th: {
      question: 'หลังไกล่เกลี่ยสำเร็จแล้ว นายจ้างไม่จ่ายเงินตามที่ตกลง ทำอย่างไร',
      answer:
        'ข้อพิพาทแรงงานที่ไกล่เกลี่ยสำเร็จให้ถือเป็นสัญญาระหว่างคู่กรณี หากฝ่ายหนึ่งเป็นสหภาพแรงงาน ให้ถือเป็นข้อตกลงร่วมระหว่างคู่กรณี\n\n' +
        'หากตามผลการไกล่เกลี่ย ฝ่ายหนึ่งมีหน้าที่ต้องจ่ายแต่ไม่ปฏิบัติ อีกฝ่ายยื่นคำร้องต่อศาลที่มีเขตอำนาจให้มีคำสั่งบังคับคดีได้ โดยยกเว้นค่าธรรมเนียมศาลไว้ก่อน และเมื่อยื่นขอบังคับคดีก็ยกเว้นค่าธรรมเนียมการบังคับคดีไว้ก่อนเช่นกัน หากไกล่เกลี่ยไม่สำเร็จ ยังดำเนินการต่อด้วยอนุญาโตตุลาการ การวินิจฉัยชี้ขาด หรือการฟ้องคดีแรงงานได้',
    },
  },
  'disputes-protection-during-mediation': {
    id: {
      question: 'Setelah saya mengajukan mediasi perselisihan perburuhan, bolehkah pemberi kerja memecat saya karena itu?',
      answer:
        'Tidak boleh. Selama perselisihan perburuhan dalam proses mediasi, arbitrase atau adjudikasi, pihak pengusaha tidak boleh karena perselisihan itu menutup usaha, menghentikan pekerjaan, memutus kontrak kerja atau melakukan tindakan lain yang merugikan pekerja; pihak pekerja juga tidak boleh karena perselisihan itu mogok kerja atau melakukan tindakan perselisihan lain selama masa itu.',
    },
    vi: {
      question: 'Sau khi tôi xin hòa giải tranh chấp lao động, người sử dụng lao động có được vì thế mà sa thải tôi không?',
      answer:
        'Không được. Trong thời gian tranh chấp lao động đang được hòa giải, trọng tài hoặc phán quyết, bên sử dụng lao động không được vì vụ tranh chấp đó mà đóng cửa, ngừng việc, chấm dứt hợp đồng lao động hoặc có hành vi khác bất lợi cho người lao động; bên lao động trong thời gian này cũng không được vì vụ việc đó mà đình công hoặc có hành vi tranh chấp khác.',
    },
    th: {
      question: 'หลังจากฉันยื่นขอไกล่เกลี่ยข้อพิพาทแรงงาน นายจ้างเลิกจ้างฉันเพราะเหตุนี้ได้หรือไม่',
      answer:
        'ไม่ได้ ระหว่างที่ข้อพิพาทแรงงานอยู่ในการไกล่เกลี่ย อนุญาโตตุลาการ หรือการวินิจฉัยชี้ขาด ฝ่ายนายจ้างจะอ้างข้อพิพาทนั้นปิดกิจการ หยุดงาน เลิกสัญญาจ้าง หรือกระทำการอื่นที่เป็นผลร้ายต่อลูกจ้างไม่ได้ และฝ่ายลูกจ้างในระหว่างนี้ก็จะอ้างเรื่องนั้นนัดหยุดงานหรือกระทำการพิพาทอื่นไม่ได้เช่นกัน',
    },
  },
  'disputes-confidential-complaint': {
    id: {
      question: 'Jika saya melaporkan pelanggaran pemberi kerja ke Biro Urusan Tenaga Kerja, apakah pemberi kerja akan tahu itu saya?',
      answer:
        'Pekerja yang mendapati badan usaha melanggar Undang-Undang Standar Ketenagakerjaan atau peraturan ketenagakerjaan lain dapat mengadu kepada pemberi kerja, otoritas yang berwenang atau lembaga pengawas ketenagakerjaan. Otoritas atau lembaga pengawas wajib merahasiakan identitas pengadu dengan ketat dan tidak boleh membocorkan informasi yang dapat mengungkap identitasnya.\n\n' +
        'Pemberi kerja tidak boleh karena pengaduan itu memecat, menurunkan jabatan, memotong upah, merugikan hak yang semestinya diterima pekerja menurut peraturan, kontrak atau kebiasaan, atau menjatuhkan tindakan merugikan lainnya; tindakan seperti itu tidak sah. Anda dapat memakai fitur pengaduan di situs ini, juga secara anonim.',
    },
    vi: {
      question: 'Tôi tố cáo người sử dụng lao động vi phạm pháp luật với Cục Lao động, người sử dụng lao động có biết là tôi không?',
      answer:
        'Người lao động phát hiện doanh nghiệp vi phạm Luật Tiêu chuẩn Lao động hoặc các quy định pháp luật lao động khác có thể khiếu nại với người sử dụng lao động, cơ quan chủ quản hoặc cơ quan thanh tra lao động. Cơ quan chủ quản hoặc cơ quan thanh tra phải giữ bí mật nghiêm ngặt thông tin nhân thân của người khiếu nại, không được tiết lộ thông tin có thể nhận ra người đó.\n\n' +
        'Người sử dụng lao động không được vì người lao động khiếu nại mà sa thải, giáng chức, giảm lương, làm tổn hại quyền lợi mà người lao động đáng được hưởng theo pháp luật, hợp đồng hoặc tập quán, hoặc có xử lý bất lợi khác; những xử lý như vậy đều vô hiệu. Bạn có thể dùng chức năng tố cáo của trang này, và có thể chọn tố cáo ẩn danh.',
    },
    th: {
      question: 'ถ้าฉันแจ้งเรื่องนายจ้างทำผิดกฎหมายต่อสำนักงานแรงงาน นายจ้างจะรู้หรือไม่ว่าเป็นฉัน',
      answer:
        'ลูกจ้างที่พบว่าสถานประกอบการละเมิดพระราชบัญญัติมาตรฐานแรงงานหรือกฎหมายแรงงานอื่น ร้องเรียนต่อนายจ้าง หน่วยงานที่มีอำนาจ หรือหน่วยงานตรวจแรงงานได้ หน่วยงานที่มีอำนาจหรือหน่วยงานตรวจต้องเก็บข้อมูลตัวตนของผู้ร้องเรียนเป็นความลับอย่างเคร่งครัด จะเปิดเผยข้อมูลที่ระบุตัวผู้ร้องเรียนได้ไม่ได้\n\n' +
        'นายจ้างจะอ้างเหตุที่ลูกจ้างร้องเรียนเลิกจ้าง ลดตำแหน่ง ลดค่าจ้าง ทำให้เสียสิทธิที่ลูกจ้างพึงได้ตามกฎหมาย สัญญา หรือประเพณี หรือลงโทษในทางอื่นไม่ได้ การกระทำเช่นนั้นเป็นโมฆะ ท่านใช้ฟังก์ชันแจ้งเรื่องของเว็บไซต์นี้ได้ และเลือกแจ้งโดยไม่เปิดเผยชื่อได้',
    },
  },
  'equality-menstrual-leave': {
    id: {
      question: 'Bagaimana cara mengambil cuti haid? Apakah dibayar?',
      answer:
        'Pekerja perempuan yang kesulitan bekerja karena haid boleh mengambil cuti haid 1 hari setiap bulan.\n\n' +
        'Cuti haid yang dalam setahun tidak lebih dari 3 hari tidak dihitung sebagai cuti sakit; kelebihannya dari 3 hari dihitung sebagai cuti sakit. Dihitung sebagai cuti sakit atau tidak, upah cuti haid dibayar setengah. Pemberi kerja tidak boleh menolak, dan tidak boleh karena itu memotong bonus kehadiran penuh atau menjatuhkan tindakan merugikan.',
    },
    vi: {
      question: 'Nghỉ kinh nguyệt xin thế nào? Có được trả lương không?',
      answer:
        'Lao động nữ gặp khó khăn trong công việc do kỳ kinh nguyệt được nghỉ kinh nguyệt 1 ngày mỗi tháng.\n\n' +
        'Số ngày nghỉ kinh nguyệt cả năm không quá 3 ngày thì không tính vào nghỉ ốm; phần vượt quá 3 ngày thì tính vào nghỉ ốm. Dù có tính vào nghỉ ốm hay không, ngày nghỉ kinh nguyệt đều được trả một nửa lương. Người sử dụng lao động không được từ chối, cũng không được vì thế mà trừ thưởng chuyên cần hoặc xử lý bất lợi.',
    },
    th: {
      question: 'ลาเนื่องจากมีประจำเดือนอย่างไร ได้รับค่าจ้างหรือไม่',
      answer:
        'ลูกจ้างหญิงที่ทำงานลำบากเพราะมีประจำเดือน ลาได้เดือนละ 1 วัน\n\n' +
        'การลาเนื่องจากมีประจำเดือนที่ทั้งปีไม่เกิน 3 วัน ไม่นับรวมในวันลาป่วย ส่วนที่เกิน 3 วันนับรวมในวันลาป่วย ไม่ว่าจะนับรวมในวันลาป่วยหรือไม่ ได้รับค่าจ้างครึ่งหนึ่ง นายจ้างจะปฏิเสธไม่ได้ และจะอ้างเหตุนี้หักเบี้ยขยันหรือลงโทษในทางอื่นไม่ได้',
    },
  },
  'equality-maternity-leave': {
    id: {
      question: 'Berapa lama cuti melahirkan? Apakah dibayar?',
      answer:
        'Sebelum dan sesudah melahirkan, pemberi kerja wajib menghentikan pekerjaan pekerja dan memberi cuti melahirkan 8 minggu; keguguran pada usia kehamilan 3 bulan atau lebih, 4 minggu; keguguran pada usia kehamilan 2 bulan sampai kurang dari 3 bulan, 1 minggu; keguguran pada usia kehamilan kurang dari 2 bulan, 5 hari. Cuti melahirkan dihitung berturut-turut menurut kalender.\n\n' +
        'Bagi pekerja perempuan yang tunduk pada Undang-Undang Standar Ketenagakerjaan, cuti 8 minggu dan 4 minggu dibayar penuh bila telah bekerja 6 bulan atau lebih, dan dibayar setengah bila kurang dari 6 bulan. Selama cuti melahirkan pemberi kerja tidak boleh memutus kontrak kerja.',
    },
    vi: {
      question: 'Nghỉ thai sản được bao nhiêu ngày? Có được trả lương không?',
      answer:
        'Trước và sau khi sinh, người sử dụng lao động phải cho người lao động ngừng làm việc, nghỉ thai sản 8 tuần; sảy thai khi mang thai từ 3 tháng trở lên: 4 tuần; sảy thai khi mang thai từ 2 tháng đến dưới 3 tháng: 1 tuần; sảy thai khi mang thai dưới 2 tháng: 5 ngày. Nghỉ thai sản được tính liên tục theo lịch.\n\n' +
        'Với lao động nữ thuộc phạm vi Luật Tiêu chuẩn Lao động, thời gian nghỉ 8 tuần và 4 tuần được hưởng nguyên lương nếu đã làm việc từ 6 tháng trở lên; chưa đủ 6 tháng thì hưởng một nửa lương. Trong thời gian nghỉ thai sản, người sử dụng lao động không được chấm dứt hợp đồng lao động.',
    },
    th: {
      question: 'ลาคลอดได้กี่วัน ได้รับค่าจ้างหรือไม่',
      answer:
        'ก่อนและหลังคลอด นายจ้างต้องให้ลูกจ้างหยุดงานและให้ลาคลอด 8 สัปดาห์ แท้งเมื่อตั้งครรภ์ 3 เดือนขึ้นไป 4 สัปดาห์ แท้งเมื่อตั้งครรภ์ 2 เดือนขึ้นไปแต่ไม่ถึง 3 เดือน 1 สัปดาห์ แท้งเมื่อตั้งครรภ์ไม่ถึง 2 เดือน 5 วัน วันลาคลอดนับต่อเนื่องตามปฏิทิน\n\n' +
        'ลูกจ้างหญิงที่อยู่ภายใต้พระราชบัญญัติมาตรฐานแรงงาน การลาคลอด 8 สัปดาห์และ 4 สัปดาห์ ได้รับค่าจ้างเต็มหากทำงานมาแล้ว 6 เดือนขึ้นไป หากไม่ถึง 6 เดือนได้รับครึ่งหนึ่ง ระหว่างลาคลอดนายจ้างจะเลิกสัญญาจ้างไม่ได้',
    },
  },
  'equality-prenatal-paternity-leave': {
    id: {
      question: 'Berapa hari cuti pemeriksaan kehamilan, cuti mendampingi pemeriksaan dan cuti mendampingi persalinan?',
      answer:
        'Selama pekerja hamil, pemberi kerja wajib memberi cuti pemeriksaan kehamilan 7 hari. Bila pekerja mendampingi pasangannya memeriksakan kehamilan atau melahirkan, pemberi kerja wajib memberi cuti mendampingi pemeriksaan dan persalinan 7 hari. Upah cuti-cuti ini dibayar penuh.\n\n' +
        'Cuti mendampingi pemeriksaan dan persalinan dapat dibagi sendiri dalam jatah 7 hari: untuk mendampingi pemeriksaan diambil selama pasangan hamil; untuk mendampingi persalinan diambil dalam 15 hari yang mencakup hari persalinan serta sebelum dan sesudahnya.',
    },
    vi: {
      question: 'Nghỉ khám thai, nghỉ đi cùng khám thai và nghỉ khi vợ sinh con được mấy ngày?',
      answer:
        'Trong thời gian người lao động mang thai, người sử dụng lao động phải cho nghỉ khám thai 7 ngày. Khi người lao động đi cùng vợ/chồng khám thai hoặc khi vợ/chồng sinh con, người sử dụng lao động phải cho nghỉ đi cùng khám thai và nghỉ khi vợ sinh 7 ngày. Các ngày nghỉ này được hưởng nguyên lương.\n\n' +
        'Nghỉ đi cùng khám thai và nghỉ khi vợ sinh có thể tự phân bổ trong hạn mức 7 ngày: đi cùng khám thai thì nghỉ trong thời gian vợ/chồng mang thai; khi sinh thì nghỉ trong 15 ngày gồm ngày sinh và trước, sau ngày đó.',
    },
    th: {
      question: 'ลาไปตรวจครรภ์ ลาไปเป็นเพื่อนตรวจครรภ์ และลาไปดูแลภรรยาคลอด ได้กี่วัน',
      answer:
        'ระหว่างที่ลูกจ้างตั้งครรภ์ นายจ้างต้องให้ลาไปตรวจครรภ์ 7 วัน เมื่อลูกจ้างไปเป็นเพื่อนคู่สมรสตรวจครรภ์หรือเมื่อคู่สมรสคลอดบุตร นายจ้างต้องให้ลาไปเป็นเพื่อนตรวจครรภ์และลาไปดูแลการคลอด 7 วัน วันลาเหล่านี้ได้รับค่าจ้างตามปกติ\n\n' +
        'การลาไปเป็นเพื่อนตรวจครรภ์และดูแลการคลอดแบ่งใช้เองได้ภายในโควตา 7 วัน การไปเป็นเพื่อนตรวจครรภ์ให้ลาในช่วงที่คู่สมรสตั้งครรภ์ การดูแลการคลอดให้ลาภายใน 15 วันรวมวันคลอดและช่วงก่อนหลัง',
    },
  },
  'equality-parental-leave': {
    id: {
      question: 'Bolehkah saya mengajukan cuti pengasuhan anak tanpa upah (育嬰留職停薪)?',
      answer:
        'Setelah bekerja 6 bulan, pekerja boleh mengajukan cuti pengasuhan anak tanpa upah sebelum setiap anak berusia 3 tahun, sampai anak itu berusia 3 tahun tetapi tidak lebih dari 2 tahun; bila mengasuh 2 anak atau lebih sekaligus, masanya digabung, paling lama sampai anak bungsu diasuh 2 tahun. Ayah dan ibu boleh mengajukan bersamaan.\n\n' +
        'Selama cuti, pekerja dapat tetap ikut asuransi sosialnya: premi bagian pemberi kerja dibebaskan, dan premi bagian pekerja boleh ditunda pembayarannya selama 3 tahun. Bila pekerja mengajukan sesuai hukum, pemberi kerja tidak boleh menolak dan tidak boleh karena itu menjatuhkan tindakan merugikan.',
    },
    vi: {
      question: 'Tôi có thể xin nghỉ nuôi con không lương (育嬰留職停薪) không?',
      answer:
        'Người lao động làm việc đủ 6 tháng, trước khi mỗi con đủ 3 tuổi, có thể xin nghỉ nuôi con không lương, thời gian đến khi con đủ 3 tuổi nhưng không quá 2 năm; nếu cùng lúc nuôi từ 2 con trở lên thì thời gian được cộng gộp, tối đa đến khi con nhỏ nhất được nuôi 2 năm. Cha và mẹ có thể cùng lúc xin nghỉ.\n\n' +
        'Trong thời gian nghỉ có thể tiếp tục tham gia bảo hiểm xã hội như cũ: phần phí do người sử dụng lao động chịu được miễn, phần phí do người lao động chịu có thể hoãn nộp 3 năm. Khi người lao động xin nghỉ theo đúng luật, người sử dụng lao động không được từ chối, cũng không được vì thế mà xử lý bất lợi.',
    },
    th: {
      question: 'ขอลาเลี้ยงดูบุตรโดยไม่รับค่าจ้าง (育嬰留職停薪) ได้หรือไม่',
      answer:
        'ลูกจ้างที่ทำงานครบ 6 เดือนแล้ว ขอลาเลี้ยงดูบุตรโดยไม่รับค่าจ้างได้ก่อนบุตรแต่ละคนอายุครบ 3 ปี จนบุตรนั้นอายุครบ 3 ปี แต่ไม่เกิน 2 ปี หากเลี้ยงดูบุตร 2 คนขึ้นไปพร้อมกัน ให้นับระยะเวลารวมกัน นานที่สุดจนบุตรคนเล็กได้รับการเลี้ยงดูครบ 2 ปี บิดาและมารดาขอลาพร้อมกันได้\n\n' +
        'ระหว่างลา ลูกจ้างยังอยู่ในประกันสังคมเดิมได้ เบี้ยส่วนที่นายจ้างรับผิดชอบได้รับยกเว้น เบี้ยส่วนที่ลูกจ้างรับผิดชอบเลื่อนไปจ่ายได้ 3 ปี เมื่อลูกจ้างยื่นขอตามกฎหมาย นายจ้างจะปฏิเสธไม่ได้ และจะอ้างเหตุนี้ลงโทษในทางใดไม่ได้',
    },
  },
  'equality-family-care-leave': {
    id: {
      question: 'Anggota keluarga sakit dan perlu dirawat. Bolehkah saya cuti?',
      answer:
        'Bila anggota keluarga pekerja diimunisasi, menderita penyakit berat atau mengalami kejadian penting lain sehingga harus dirawat sendiri, pekerja boleh mengambil cuti merawat keluarga, paling banyak 7 hari setahun, dihitung ke dalam cuti urusan pribadi.\n\n' +
        'Bila pekerja memintanya, pemberi kerja tidak boleh menolak, dan tidak boleh menganggapnya sebagai ketidakhadiran yang memengaruhi bonus kehadiran penuh atau penilaian kinerja, atau menjatuhkan tindakan merugikan lainnya.',
    },
    vi: {
      question: 'Người nhà bị ốm cần chăm sóc, tôi có được xin nghỉ không?',
      answer:
        'Khi thành viên gia đình của người lao động đi tiêm chủng, mắc bệnh nặng hoặc gặp sự cố lớn khác mà cần tự mình chăm sóc, người lao động được nghỉ chăm sóc gia đình, tối đa 7 ngày mỗi năm, tính vào nghỉ việc riêng.\n\n' +
        'Khi người lao động đề nghị, người sử dụng lao động không được từ chối, cũng không được coi là vắng mặt để ảnh hưởng đến thưởng chuyên cần, đánh giá thành tích hoặc có xử lý bất lợi khác.',
    },
    th: {
      question: 'คนในครอบครัวป่วยและต้องดูแล ลางานได้หรือไม่',
      answer:
        'เมื่อสมาชิกในครอบครัวของลูกจ้างไปรับวัคซีน ป่วยหนัก หรือเกิดเหตุสำคัญอื่นที่ลูกจ้างต้องดูแลด้วยตนเอง ลาดูแลครอบครัวได้ไม่เกินปีละ 7 วัน โดยนับรวมในวันลากิจ\n\n' +
        'เมื่อลูกจ้างขอ นายจ้างจะปฏิเสธไม่ได้ และจะถือเป็นการขาดงานจนกระทบเบี้ยขยัน ผลการประเมิน หรือลงโทษในทางอื่นไม่ได้',
    },
  },
  'equality-sexual-harassment': {
    id: {
      question: 'Apa yang harus saya lakukan bila mengalami pelecehan seksual di tempat kerja?',
      answer:
        'Pemberi kerja wajib mencegah terjadinya pelecehan seksual. Pemberi kerja dengan 10 sampai kurang dari 30 pekerja wajib menetapkan saluran pengaduan dan mengumumkannya secara terbuka di tempat kerja; dengan 30 pekerja atau lebih wajib menetapkan langkah pencegahan pelecehan seksual serta aturan pengaduan dan sanksi disiplin dan mengumumkannya secara terbuka. Bila mengetahui adanya pelecehan seksual, pemberi kerja wajib segera mengambil tindakan koreksi dan pemulihan yang efektif.\n\n' +
        'Korban dapat mengadu kepada perusahaan; bila pelakunya pimpinan tertinggi, atau pemberi kerja tidak menangani atau korban tidak menerima hasilnya, korban dapat mengadu sesuai hukum kepada otoritas daerah (Biro Urusan Tenaga Kerja Kota Taichung). Pekerja yang dirugikan karena pelecehan seksual dapat menuntut ganti rugi dari pemberi kerja dan pelaku.',
    },
    vi: {
      question: 'Bị quấy rối tình dục nơi làm việc thì phải làm sao?',
      answer:
        'Người sử dụng lao động phải phòng ngừa hành vi quấy rối tình dục. Nơi có từ 10 đến dưới 30 người lao động phải lập kênh khiếu nại và công bố công khai tại nơi làm việc; từ 30 người trở lên phải ban hành biện pháp phòng chống quấy rối tình dục, quy định khiếu nại và kỷ luật và công bố công khai. Khi biết có quấy rối tình dục, người sử dụng lao động phải lập tức áp dụng biện pháp khắc phục và sửa chữa hiệu quả.\n\n' +
        'Nạn nhân có thể khiếu nại với công ty; nếu người có hành vi là người phụ trách cao nhất, hoặc người sử dụng lao động không xử lý hoặc nạn nhân không đồng ý với kết quả xử lý, có thể khiếu nại theo luật với cơ quan chủ quản địa phương (Cục Lao động thành phố Đài Trung). Người lao động bị thiệt hại do quấy rối tình dục có thể yêu cầu người sử dụng lao động và người có hành vi bồi thường.',
    },
    th: {
      question: 'ถูกล่วงละเมิดทางเพศในที่ทำงานต้องทำอย่างไร',
      answer:
        'นายจ้างต้องป้องกันไม่ให้เกิดการล่วงละเมิดทางเพศ นายจ้างที่มีลูกจ้างตั้งแต่ 10 คนแต่ไม่ถึง 30 คน ต้องจัดช่องทางร้องเรียนและประกาศโดยเปิดเผยในที่ทำงาน ตั้งแต่ 30 คนขึ้นไปต้องกำหนดมาตรการป้องกันการล่วงละเมิดทางเพศ ระเบียบการร้องเรียนและการลงโทษทางวินัย และประกาศโดยเปิดเผย เมื่อนายจ้างทราบว่ามีการล่วงละเมิดทางเพศ ต้องดำเนินมาตรการแก้ไขและเยียวยาที่มีประสิทธิผลทันที\n\n' +
        'ผู้เสียหายร้องเรียนต่อบริษัทได้ หากผู้กระทำเป็นผู้บริหารสูงสุด หรือนายจ้างไม่ดำเนินการหรือผู้เสียหายไม่ยอมรับผล ร้องเรียนต่อหน่วยงานที่มีอำนาจระดับท้องถิ่น (สำนักงานแรงงานนครไถจง) ได้ตามกฎหมาย ลูกจ้างที่ได้รับความเสียหายจากการล่วงละเมิดทางเพศเรียกค่าเสียหายจากนายจ้างและผู้กระทำได้',
    },
  },
  'equality-pregnancy-dismissal': {
    id: {
      question: 'Saya diminta berhenti kerja karena hamil. Apakah itu sah?',
      answer:
        'Tidak sah. Dalam pensiun, pemutusan hubungan kerja karena alasan usaha (資遣), pengunduran diri dan pemecatan, pemberi kerja tidak boleh membeda-bedakan pekerja karena jenis kelamin atau orientasi seksual. Peraturan kerja, kontrak kerja atau perjanjian kerja bersama tidak boleh menetapkan atau menyepakati lebih dahulu bahwa pekerja harus berhenti atau cuti tanpa upah bila menikah, hamil, melahirkan atau mengasuh anak, dan hal itu tidak boleh dijadikan alasan pemecatan; ketentuan atau kesepakatan yang melanggar tidak sah, dan pemutusan kontrak kerja tidak berlaku.\n\n' +
        'Selama pekerja perempuan berhenti bekerja karena cuti melahirkan, pemberi kerja juga tidak boleh memutus kontrak kerja. Bila mengalami hal ini, Anda dapat mengadu ke Biro Urusan Tenaga Kerja Kota Taichung.',
    },
    vi: {
      question: 'Tôi bị yêu cầu nghỉ việc vì mang thai, như vậy có hợp pháp không?',
      answer:
        'Không hợp pháp. Trong việc nghỉ hưu, cho thôi việc (資遣), nghỉ việc và sa thải, người sử dụng lao động không được đối xử phân biệt vì giới tính hoặc xu hướng tính dục. Nội quy lao động, hợp đồng lao động hoặc thỏa ước tập thể không được quy định hoặc thỏa thuận trước rằng người lao động phải nghỉ việc hoặc nghỉ không lương khi kết hôn, mang thai, sinh con hoặc nuôi con, cũng không được lấy đó làm lý do sa thải; quy định hoặc thỏa thuận vi phạm là vô hiệu, việc chấm dứt hợp đồng lao động không có hiệu lực.\n\n' +
        'Trong thời gian lao động nữ ngừng làm việc để nghỉ thai sản, người sử dụng lao động cũng không được chấm dứt hợp đồng lao động. Gặp trường hợp này, bạn có thể khiếu nại với Cục Lao động thành phố Đài Trung.',
    },
    th: {
      question: 'ถูกบอกให้ลาออกเพราะตั้งครรภ์ ถูกกฎหมายหรือไม่',
      answer:
        'ไม่ถูกกฎหมาย ในการเกษียณ การเลิกจ้างเพราะเหตุทางธุรกิจ (資遣) การลาออก และการไล่ออก นายจ้างจะเลือกปฏิบัติเพราะเพศหรือรสนิยมทางเพศไม่ได้ ข้อบังคับการทำงาน สัญญาจ้าง หรือข้อตกลงร่วม จะกำหนดหรือตกลงไว้ล่วงหน้าว่าลูกจ้างต้องลาออกหรือลาโดยไม่รับค่าจ้างเมื่อสมรส ตั้งครรภ์ คลอดบุตร หรือเลี้ยงดูบุตรไม่ได้ และจะใช้เป็นเหตุเลิกจ้างไม่ได้ ข้อกำหนดหรือข้อตกลงที่ขัดเป็นโมฆะ และการเลิกสัญญาจ้างไม่มีผล\n\n' +
        'ระหว่างที่ลูกจ้างหญิงหยุดงานเพื่อลาคลอด นายจ้างก็จะเลิกสัญญาจ้างไม่ได้ หากพบกรณีเช่นนี้ ร้องเรียนได้ที่สำนักงานแรงงานนครไถจง',
    },
  },
  'equality-breastfeeding': {
    id: {
      question: 'Bolehkah saya menyusui atau memerah ASI pada jam kerja?',
      answer:
        'Bila anak belum berusia 2 tahun dan pekerja perlu menyusui (memerah ASI) sendiri, selain waktu istirahat yang ditetapkan, pemberi kerja wajib memberi waktu menyusui (memerah ASI) tambahan 60 menit setiap hari. Bila pekerja lembur 1 jam atau lebih di luar jam kerja normal, pemberi kerja wajib memberi tambahan waktu menyusui (memerah ASI) 30 menit. Waktu menyusui (memerah ASI) dianggap waktu kerja dan upah tidak boleh dipotong.',
    },
    vi: {
      question: 'Trong giờ làm việc có được cho con bú hoặc vắt sữa không?',
      answer:
        'Con chưa đủ 2 tuổi và người lao động cần tự mình cho con bú (vắt sữa) thì ngoài thời gian nghỉ theo quy định, người sử dụng lao động phải cho thêm 60 phút mỗi ngày để cho con bú (vắt sữa). Người lao động làm thêm từ 1 giờ trở lên ngoài giờ làm bình thường thì người sử dụng lao động phải cho thêm 30 phút cho con bú (vắt sữa). Thời gian cho con bú (vắt sữa) được coi là thời gian làm việc, không được trừ lương.',
    },
    th: {
      question: 'ระหว่างเวลาทำงานให้นมบุตรหรือปั๊มนมได้หรือไม่',
      answer:
        'บุตรอายุยังไม่ถึง 2 ปี และลูกจ้างต้องให้นม (ปั๊มนม) ด้วยตนเอง นอกจากเวลาพักที่กำหนดแล้ว นายจ้างต้องให้เวลาให้นม (ปั๊มนม) เพิ่มวันละ 60 นาที หากลูกจ้างทำงานล่วงเวลานอกเวลาทำงานปกติตั้งแต่ 1 ชั่วโมงขึ้นไป นายจ้างต้องให้เวลาให้นม (ปั๊มนม) เพิ่มอีก 30 นาที เวลาให้นม (ปั๊มนม) ถือเป็นเวลาทำงาน จะหักค่าจ้างไม่ได้',
    },
  },
  'safety-accident-compensation': {
    id: {
      question: 'Bila terjadi kecelakaan kerja, apa tanggung jawab pemberi kerja?',
      answer:
        'Bila pekerja meninggal, cacat, cedera atau sakit karena kecelakaan kerja, pemberi kerja wajib memberi kompensasi menurut Undang-Undang Standar Ketenagakerjaan: biaya pengobatan yang diperlukan; selama pengobatan tidak dapat bekerja, kompensasi sebesar upah yang biasa diterima; bila setelah pengobatan selesai dinyatakan cacat, kompensasi cacat sekaligus menurut upah rata-rata dan tingkat kecacatan; bila meninggal, biaya pemakaman sebesar 5 bulan upah rata-rata dan kompensasi kematian sekaligus kepada ahli waris sebesar 40 bulan upah rata-rata. Kompensasi untuk kecelakaan yang sama yang telah dibayar melalui asuransi tenaga kerja atau asuransi kecelakaan kerja dengan premi dari pemberi kerja boleh diperhitungkan oleh pemberi kerja.\n\n' +
        'Bila di tempat kerja terjadi kecelakaan kerja yang menyebabkan kematian, korban 3 orang atau lebih, atau korban 1 orang atau lebih yang perlu dirawat inap, pemberi kerja wajib melapor kepada lembaga pengawas ketenagakerjaan dalam 8 jam.',
    },
    vi: {
      question: 'Khi xảy ra tai nạn lao động, người sử dụng lao động phải chịu trách nhiệm gì?',
      answer:
        'Khi người lao động chết, thương tật, bị thương hoặc bị bệnh do tai nạn lao động, người sử dụng lao động phải bồi thường theo Luật Tiêu chuẩn Lao động: chi phí y tế cần thiết; trong thời gian điều trị không thể làm việc thì bồi thường bằng mức lương đang hưởng; sau khi kết thúc điều trị mà được xác định là thương tật thì trả một lần tiền bồi thường thương tật theo tiền lương bình quân và mức độ thương tật; nếu chết thì trả tiền mai táng bằng 5 tháng lương bình quân và trả một lần cho thân nhân tiền bồi thường tử vong bằng 40 tháng lương bình quân. Khoản bồi thường cho cùng sự cố đã được chi trả qua bảo hiểm lao động hoặc bảo hiểm tai nạn lao động do người sử dụng lao động đóng phí thì người sử dụng lao động được khấu trừ.\n\n' +
        'Khi tại nơi làm việc xảy ra tai nạn lao động làm chết người, có từ 3 người bị nạn trở lên, hoặc có từ 1 người bị nạn trở lên cần nằm viện điều trị, người sử dụng lao động phải báo cho cơ quan thanh tra lao động trong vòng 8 giờ.',
    },
    th: {
      question: 'เมื่อเกิดอุบัติเหตุจากการทำงาน นายจ้างต้องรับผิดชอบอย่างไร',
      answer:
        'เมื่อลูกจ้างเสียชีวิต ทุพพลภาพ บาดเจ็บ หรือเจ็บป่วยเพราะอุบัติเหตุจากการทำงาน นายจ้างต้องจ่ายค่าทดแทนตามพระราชบัญญัติมาตรฐานแรงงาน ได้แก่ ค่ารักษาพยาบาลที่จำเป็น ระหว่างรักษาที่ทำงานไม่ได้ จ่ายค่าทดแทนเท่ากับค่าจ้างที่เคยได้รับ หากรักษาเสร็จแล้วได้รับการวินิจฉัยว่าทุพพลภาพ จ่ายค่าทดแทนการทุพพลภาพครั้งเดียวตามค่าจ้างเฉลี่ยและระดับการทุพพลภาพ หากเสียชีวิต จ่ายค่าทำศพเท่ากับค่าจ้างเฉลี่ย 5 เดือน และจ่ายค่าทดแทนการเสียชีวิตครั้งเดียวแก่ทายาทเท่ากับค่าจ้างเฉลี่ย 40 เดือน ค่าทดแทนสำหรับเหตุเดียวกันที่จ่ายแล้วจากประกันแรงงานหรือประกันอุบัติเหตุจากการทำงานซึ่งนายจ้างจ่ายเบี้ย นายจ้างนำมาหักกลบได้\n\n' +
        'หากในสถานที่ทำงานเกิดอุบัติเหตุจากการทำงานที่มีผู้เสียชีวิต มีผู้ประสบเหตุตั้งแต่ 3 คนขึ้นไป หรือมีผู้ประสบเหตุตั้งแต่ 1 คนขึ้นไปที่ต้องนอนโรงพยาบาล นายจ้างต้องแจ้งหน่วยงานตรวจแรงงานภายใน 8 ชั่วโมง',
    },
  },
  'safety-right-to-withdraw': {
    id: {
      question: 'Bila saat bekerja saya melihat bahaya yang segera terjadi, bolehkah saya menghentikan pekerjaan sendiri?',
      answer:
        'Boleh. Pekerja yang saat menjalankan tugas mendapati ada kemungkinan bahaya segera terjadi boleh, tanpa membahayakan keselamatan pekerja lain, menghentikan pekerjaan sendiri dan menyingkir ke tempat aman, lalu segera melapor kepada atasan langsung.\n\n' +
        'Pemberi kerja tidak boleh karena itu memecat, memindahkan, tidak membayar upah selama pekerjaan dihentikan, atau menjatuhkan tindakan merugikan lainnya; kecuali pemberi kerja membuktikan pekerja menyalahgunakan hak menghentikan pekerjaan, dan hal itu dilaporkan serta ditetapkan otoritas yang berwenang sesuai peraturan ketenagakerjaan.',
    },
    vi: {
      question: 'Khi làm việc phát hiện nguy hiểm trước mắt, tôi có được tự ngừng làm việc không?',
      answer:
        'Được. Người lao động khi làm nhiệm vụ phát hiện có nguy cơ xảy ra nguy hiểm ngay thì có thể, trong điều kiện không gây nguy hiểm cho an toàn của người lao động khác, tự ngừng làm việc và lánh đến nơi an toàn, đồng thời báo ngay cho cấp trên trực tiếp.\n\n' +
        'Người sử dụng lao động không được vì thế mà sa thải, điều chuyển, không trả lương trong thời gian ngừng việc hoặc xử lý bất lợi khác; chỉ trừ khi người sử dụng lao động chứng minh người lao động lạm dụng quyền ngừng việc, đã báo và được cơ quan chủ quản xác nhận, phù hợp với quy định pháp luật lao động.',
    },
    th: {
      question: 'ขณะทำงานพบอันตรายที่อาจเกิดขึ้นทันที หยุดงานเองได้หรือไม่',
      answer:
        'ได้ ลูกจ้างที่ปฏิบัติงานแล้วพบว่ามีอันตรายที่อาจเกิดขึ้นทันที หยุดงานเองและหลบไปยังที่ปลอดภัยได้ โดยไม่ทำให้ผู้ปฏิบัติงานอื่นตกอยู่ในอันตราย และต้องรายงานหัวหน้างานโดยตรงทันที\n\n' +
        'นายจ้างจะอ้างเหตุนี้เลิกจ้าง ย้ายงาน ไม่จ่ายค่าจ้างระหว่างหยุดงาน หรือลงโทษในทางอื่นไม่ได้ ยกเว้นนายจ้างพิสูจน์ได้ว่าลูกจ้างใช้สิทธิหยุดงานโดยมิชอบ และได้แจ้งให้หน่วยงานที่มีอำนาจวินิจฉัยแล้วตามกฎหมายแรงงาน',
    },
  },
  'safety-outdoor-heat': {
    id: {
      question: 'Bekerja di luar ruangan pada musim panas sangat panas. Apa yang harus dilakukan pemberi kerja?',
      answer:
        'Pemberi kerja wajib menyediakan peralatan dan langkah keselamatan dan kesehatan yang diperlukan untuk mencegah bahaya akibat suhu tinggi; bila pekerja bekerja di luar ruangan pada suhu tinggi, pemberi kerja wajib mengambil langkah pencegahan bahaya panas, misalnya: menyediakan peneduh dan peralatan untuk menurunkan suhu lingkungan kerja, menyediakan tempat istirahat yang teduh di dekatnya, menyediakan air minum dan elektrolit yang cukup, mengatur waktu kerja dan istirahat menurut tingkat risiko bahaya panas, menghindari kerja di luar ruangan pada jam terpanas, dan membiarkan pekerja baru atau yang lama tidak bekerja menyesuaikan diri dengan panas secara bertahap.\n\n' +
        'Anda dapat melihat indeks panas dan tingkatnya untuk setiap distrik di halaman bahaya panas situs ini. Bila merasa pusing, mual, kram, berkeringat sangat banyak atau justru berhenti berkeringat, segera hentikan pekerjaan, beristirahat di tempat teduh dan dinginkan tubuh; bila parah, segera bawa ke dokter.',
    },
    vi: {
      question: 'Mùa hè làm việc ngoài trời rất nóng, người sử dụng lao động phải làm gì?',
      answer:
        'Người sử dụng lao động có nghĩa vụ cung cấp thiết bị và biện pháp an toàn vệ sinh cần thiết để phòng ngừa nguy hại do nhiệt độ cao; khi người lao động làm việc ngoài trời trong nhiệt độ cao, người sử dụng lao động phải áp dụng biện pháp phòng ngừa nguy hại do nóng, ví dụ: cung cấp thiết bị che nắng và làm giảm nhiệt độ môi trường làm việc, bố trí nơi nghỉ mát ở gần, cung cấp đủ nước uống và chất điện giải, điều chỉnh thời gian làm việc và nghỉ ngơi theo mức độ rủi ro nguy hại do nóng, tránh làm việc ngoài trời vào giờ nóng nhất, và cho người mới vào làm hoặc lâu ngày không làm việc thích nghi dần với nhiệt độ cao.\n\n' +
        'Bạn có thể xem chỉ số nhiệt và mức độ của từng khu trên trang nguy hại do nóng của trang này. Khi thấy chóng mặt, buồn nôn, chuột rút, ra mồ hôi rất nhiều hoặc ngược lại không còn ra mồ hôi, hãy ngừng làm việc ngay, nghỉ ở chỗ mát để hạ nhiệt; nếu nặng, hãy đưa đi cấp cứu ngay.',
    },
    th: {
      question: 'ทำงานกลางแจ้งในฤดูร้อนร้อนมาก นายจ้างต้องทำอะไรบ้าง',
      answer:
        'นายจ้างมีหน้าที่จัดอุปกรณ์และมาตรการด้านความปลอดภัยและอาชีวอนามัยที่จำเป็น เพื่อป้องกันอันตรายจากความร้อน เมื่อลูกจ้างทำงานกลางแจ้งในอุณหภูมิสูง นายจ้างต้องดำเนินมาตรการป้องกันอันตรายจากความร้อน เช่น จัดที่บังแดดและอุปกรณ์ลดอุณหภูมิในสภาพแวดล้อมการทำงาน จัดที่พักในร่มไว้ใกล้ ๆ จัดน้ำดื่มและเกลือแร่ให้เพียงพอ ปรับเวลาทำงานและเวลาพักตามระดับความเสี่ยงอันตรายจากความร้อน หลีกเลี่ยงการทำงานกลางแจ้งในช่วงที่ร้อนที่สุด และให้ลูกจ้างใหม่หรือผู้ที่ไม่ได้ทำงานมานานค่อย ๆ ปรับตัวกับความร้อน\n\n' +
        'ตรวจดูดัชนีความร้อนและระดับของแต่ละเขตได้ที่หน้าอันตรายจากความร้อนของเว็บไซต์นี้ หากมีอาการเวียนศีรษะ คลื่นไส้ ตะคริว เหงื่อออกมาก หรือกลับไม่มีเหงื่อ ให้หยุดงานทันที ไปพักในที่ร่มเพื่อลดความร้อน หากอาการรุนแรงให้ส่งโรงพยาบาลทันที',
    },
  },
  'safety-occupational-accident-insurance': {
    id: {
      question: 'Perusahaan saya hanya beberapa orang. Apakah tetap wajib mengasuransikan saya dalam asuransi kecelakaan kerja?',
      answer:
        'Wajib. Sejak Undang-Undang Asuransi dan Perlindungan Kecelakaan Kerja (勞工職業災害保險及保護法) berlaku pada 1 Mei 2022, untuk pekerja yang dipekerjakan oleh pemberi kerja yang memiliki izin usaha, telah terdaftar sesuai hukum, memiliki nomor pajak, atau memperoleh izin mempekerjakan dari otoritas pusat, berapa pun jumlah pekerjanya, pemberi kerja wajib menjadi unit peserta dan mengikutsertakan pekerja dalam asuransi kecelakaan kerja.\n\n' +
        'Anda dapat menanyakan catatan kepesertaan Anda ke Biro Asuransi Tenaga Kerja (勞保局). Bila pemberi kerja tidak mengasuransikan sesuai aturan, Anda dapat melaporkannya ke Biro Asuransi Tenaga Kerja atau Biro Urusan Tenaga Kerja.',
    },
    vi: {
      question: 'Công ty chỉ có vài người, có phải đóng bảo hiểm tai nạn lao động cho tôi không?',
      answer:
        'Có. Từ khi Luật Bảo hiểm và Bảo vệ tai nạn lao động (勞工職業災害保險及保護法) có hiệu lực ngày 1 tháng 5 năm 2022, người lao động làm cho người sử dụng lao động có giấy phép hành nghề, đã đăng ký theo luật, có mã số thuế hoặc được cơ quan chủ quản trung ương cấp giấy phép tuyển dụng, thì bất kể công ty có bao nhiêu người, người sử dụng lao động đều phải làm đơn vị tham gia bảo hiểm và cho người lao động tham gia bảo hiểm tai nạn lao động.\n\n' +
        'Bạn có thể tra cứu hồ sơ tham gia bảo hiểm của mình tại Cục Bảo hiểm Lao động (勞保局). Nếu người sử dụng lao động không đóng bảo hiểm theo quy định, bạn có thể phản ánh với Cục Bảo hiểm Lao động hoặc Cục Lao động.',
    },
    th: {
      question: 'บริษัทมีพนักงานเพียงไม่กี่คน ยังต้องทำประกันอุบัติเหตุจากการทำงานให้ฉันหรือไม่',
      answer:
        'ต้องทำ ตั้งแต่พระราชบัญญัติประกันและคุ้มครองอุบัติเหตุจากการทำงานของลูกจ้าง (勞工職業災害保險及保護法) มีผลใช้บังคับเมื่อวันที่ 1 พฤษภาคม 2022 ลูกจ้างที่ทำงานให้นายจ้างที่มีใบอนุญาตประกอบกิจการ จดทะเบียนตามกฎหมายแล้ว มีเลขประจำตัวผู้เสียภาษี หรือได้รับใบอนุญาตจ้างจากหน่วยงานกลางที่มีอำนาจ ไม่ว่าบริษัทจะมีพนักงานกี่คน นายจ้างต้องเป็นหน่วยผู้เอาประกันและให้ลูกจ้างเข้าประกันอุบัติเหตุจากการทำงาน\n\n' +
        'ตรวจสอบประวัติการประกันของตนได้ที่สำนักงานประกันแรงงาน (勞保局) หากนายจ้างไม่ทำประกันตามกฎหมาย แจ้งสำนักงานประกันแรงงานหรือสำนักงานแรงงานได้',
    },
  },
  'severance-calculation': {
    id: {
      question: 'Bagaimana pesangon (資遣費) dihitung?',
      answer:
        'Untuk masa kerja yang tunduk pada Undang-Undang Pensiun Pekerja (勞工退休金條例, sistem pensiun baru, sejak 1 Juli 2005), setiap 1 tahun penuh diberi setengah bulan upah rata-rata, kurang dari 1 tahun dihitung menurut perbandingan, paling banyak 6 bulan upah rata-rata; pemberi kerja wajib membayarnya dalam 30 hari setelah kontrak kerja berakhir.\n\n' +
        'Masa kerja sistem lama sebelum 1 Juli 2005 dihitung menurut Undang-Undang Standar Ketenagakerjaan: setiap 1 tahun penuh diberi 1 bulan upah rata-rata, sisa bulan dihitung menurut perbandingan, dan kurang dari 1 bulan dihitung 1 bulan. Masa kerja sistem baru dan lama dihitung terpisah lalu dijumlahkan.\n\n' +
        'Upah rata-rata adalah jumlah upah dalam 6 bulan sebelum hari kejadian dibagi jumlah hari dalam masa itu. Misalnya, dengan upah rata-rata NT$30.000 sebulan dan masa kerja sistem baru 3 tahun 6 bulan 15 hari, pesangon sistem baru sekitar NT$53.125. Anda dapat memakai kalkulator pesangon di situs ini.',
    },
    vi: {
      question: 'Trợ cấp thôi việc (資遣費) tính thế nào?',
      answer:
        'Thâm niên thuộc phạm vi Điều lệ Hưu trí người lao động (勞工退休金條例, chế độ hưu trí mới, từ ngày 1 tháng 7 năm 2005): mỗi năm đủ được trả nửa tháng lương bình quân, chưa đủ 1 năm thì tính theo tỷ lệ, tối đa 6 tháng lương bình quân; người sử dụng lao động phải trả trong vòng 30 ngày sau khi chấm dứt hợp đồng lao động.\n\n' +
        'Thâm niên chế độ cũ trước ngày 1 tháng 7 năm 2005 tính theo Luật Tiêu chuẩn Lao động: mỗi năm đủ được 1 tháng lương bình quân, số tháng còn lại tính theo tỷ lệ, chưa đủ 1 tháng thì tính là 1 tháng. Thâm niên chế độ mới và cũ được tính riêng rồi cộng lại.\n\n' +
        'Lương bình quân là tổng tiền lương trong 6 tháng trước ngày phát sinh sự việc chia cho tổng số ngày của khoảng thời gian đó. Ví dụ lương bình quân 30.000 Đài tệ mỗi tháng, thâm niên chế độ mới 3 năm 6 tháng 15 ngày, trợ cấp thôi việc chế độ mới khoảng 53.125 Đài tệ. Bạn có thể dùng công cụ tính trợ cấp thôi việc của trang này.',
    },
    th: {
      question: 'ค่าชดเชยการเลิกจ้าง (資遣費) คำนวณอย่างไร',
      answer:
        'อายุงานที่อยู่ภายใต้พระราชบัญญัติเงินบำเหน็จบำนาญของลูกจ้าง (勞工退休金條例 ระบบบำนาญใหม่ ตั้งแต่ 1 กรกฎาคม 2005) ทุก 1 ปีเต็มได้ค่าจ้างเฉลี่ยครึ่งเดือน ไม่ถึง 1 ปีคิดตามสัดส่วน สูงสุดไม่เกินค่าจ้างเฉลี่ย 6 เดือน นายจ้างต้องจ่ายภายใน 30 วันหลังเลิกสัญญาจ้าง\n\n' +
        'อายุงานระบบเดิมก่อน 1 กรกฎาคม 2005 คำนวณตามพระราชบัญญัติมาตรฐานแรงงาน ทุก 1 ปีเต็มได้ค่าจ้างเฉลี่ย 1 เดือน เดือนที่เหลือคิดตามสัดส่วน ไม่ถึง 1 เดือนคิดเป็น 1 เดือน อายุงานระบบใหม่และระบบเดิมคำนวณแยกกันแล้วนำมารวมกัน\n\n' +
        'ค่าจ้างเฉลี่ยคือค่าจ้างรวมใน 6 เดือนก่อนวันที่เกิดเหตุ หารด้วยจำนวนวันทั้งหมดในช่วงนั้น เช่น ค่าจ้างเฉลี่ยเดือนละ 30,000 ดอลลาร์ไต้หวัน อายุงานระบบใหม่ 3 ปี 6 เดือน 15 วัน ค่าชดเชยระบบใหม่ประมาณ 53,125 ดอลลาร์ไต้หวัน ใช้เครื่องคำนวณค่าชดเชยของเว็บไซต์นี้ได้',
    },
  },
  'severance-lawful-grounds': {
    id: {
      question: 'Dalam keadaan apa pemberi kerja boleh memutus hubungan kerja dengan pesangon (資遣)?',
      answer:
        'Kecuali dalam salah satu keadaan berikut, pemberi kerja tidak boleh memutus kontrak kerja dengan pemberitahuan lebih dahulu:\n' +
        '1. usaha ditutup atau dialihkan;\n' +
        '2. usaha merugi atau dikurangi;\n' +
        '3. pekerjaan terhenti 1 bulan atau lebih karena keadaan kahar;\n' +
        '4. sifat usaha berubah sehingga perlu mengurangi pekerja dan tidak ada pekerjaan lain yang sesuai untuk menempatkannya;\n' +
        '5. pekerja benar-benar tidak cakap untuk pekerjaan yang dipegangnya.\n\n' +
        'Bila kontrak diputus dengan alasan-alasan ini, pemberi kerja wajib memberi pemberitahuan sesuai aturan dan membayar pesangon. Memutus kontrak pada masa percobaan dengan alasan pekerja "tidak cocok" juga termasuk pemutusan dengan pesangon; pemberitahuan dan pesangon tetap wajib.',
    },
    vi: {
      question: 'Trong trường hợp nào người sử dụng lao động được cho người lao động thôi việc (資遣)?',
      answer:
        'Trừ khi có một trong các trường hợp sau, người sử dụng lao động không được báo trước để chấm dứt hợp đồng lao động:\n' +
        '1. ngừng kinh doanh hoặc chuyển nhượng;\n' +
        '2. thua lỗ hoặc thu hẹp kinh doanh;\n' +
        '3. do bất khả kháng phải tạm ngừng công việc từ 1 tháng trở lên;\n' +
        '4. thay đổi tính chất kinh doanh, cần giảm bớt lao động mà không có công việc phù hợp để bố trí;\n' +
        '5. người lao động thực sự không đủ năng lực đảm nhận công việc.\n\n' +
        'Khi chấm dứt hợp đồng vì các lý do này, người sử dụng lao động phải báo trước theo quy định và trả trợ cấp thôi việc. Chấm dứt hợp đồng trong thời gian thử việc với lý do người lao động "không phù hợp" cũng là cho thôi việc, vẫn phải báo trước và trả trợ cấp thôi việc.',
    },
    th: {
      question: 'นายจ้างเลิกจ้างโดยจ่ายค่าชดเชย (資遣) ได้ในกรณีใดบ้าง',
      answer:
        'หากไม่มีกรณีใดกรณีหนึ่งต่อไปนี้ นายจ้างจะบอกกล่าวล่วงหน้าเพื่อเลิกสัญญาจ้างไม่ได้\n' +
        '1. เลิกกิจการหรือโอนกิจการ\n' +
        '2. ขาดทุนหรือลดขนาดธุรกิจ\n' +
        '3. ต้องหยุดงานตั้งแต่ 1 เดือนขึ้นไปเพราะเหตุสุดวิสัย\n' +
        '4. ลักษณะธุรกิจเปลี่ยนไป จำเป็นต้องลดลูกจ้าง และไม่มีงานที่เหมาะสมให้ย้ายไปทำ\n' +
        '5. ลูกจ้างไม่สามารถทำงานที่รับผิดชอบได้จริง\n\n' +
        'เมื่อเลิกสัญญาด้วยเหตุเหล่านี้ นายจ้างต้องบอกกล่าวล่วงหน้าตามกฎหมายและจ่ายค่าชดเชย การเลิกสัญญาระหว่างทดลองงานโดยอ้างว่าลูกจ้าง "ไม่เหมาะสม" ก็ถือเป็นการเลิกจ้างที่ต้องบอกกล่าวล่วงหน้าและจ่ายค่าชดเชยเช่นกัน',
    },
  },
  'severance-notice-period': {
    id: {
      question: 'Sebelum diputus hubungan kerja, berapa lama sebelumnya pemberi kerja harus memberi tahu? Apakah ada cuti mencari kerja?',
      answer:
        'Bila pemberi kerja memutus hubungan kerja sesuai hukum, pemberitahuan diberikan menurut masa kerja: bekerja terus-menerus 3 bulan sampai kurang dari 1 tahun, 10 hari sebelumnya; 1 tahun sampai kurang dari 3 tahun, 20 hari sebelumnya; 3 tahun atau lebih, 30 hari sebelumnya.\n\n' +
        'Setelah menerima pemberitahuan, pekerja boleh izin keluar pada jam kerja untuk mencari pekerjaan lain, tidak lebih dari 2 hari waktu kerja setiap minggu, dengan upah penuh. Pemberi kerja yang tidak memberi pemberitahuan sesuai aturan wajib membayar upah untuk masa pemberitahuan itu.\n\n' +
        'Selain itu, pemberi kerja wajib melaporkan data pekerja yang diputus hubungan kerjanya kepada otoritas setempat dan lembaga layanan ketenagakerjaan pemerintah 10 hari sebelum pekerja berhenti (bila karena bencana alam, kejadian luar biasa atau keadaan kahar lain, dalam 3 hari sejak hari berhenti).',
    },
    vi: {
      question: 'Trước khi cho thôi việc, người sử dụng lao động phải báo trước bao lâu? Có được nghỉ để tìm việc không?',
      answer:
        'Khi người sử dụng lao động cho người lao động thôi việc theo luật, phải báo trước theo thâm niên: làm việc liên tục từ 3 tháng đến dưới 1 năm, báo trước 10 ngày; từ 1 năm đến dưới 3 năm, báo trước 20 ngày; từ 3 năm trở lên, báo trước 30 ngày.\n\n' +
        'Sau khi nhận thông báo, người lao động có thể xin ra ngoài trong giờ làm việc để tìm việc mới, mỗi tuần không quá 2 ngày làm việc, trong thời gian đó vẫn được hưởng nguyên lương. Người sử dụng lao động không báo trước theo quy định thì phải trả tiền lương cho thời gian báo trước.\n\n' +
        'Ngoài ra, người sử dụng lao động phải lập danh sách người bị cho thôi việc và thông báo cho cơ quan chủ quản địa phương và cơ quan dịch vụ việc làm công 10 ngày trước khi người lao động nghỉ việc (nếu cho thôi việc vì thiên tai, sự biến hoặc bất khả kháng khác thì thông báo trong vòng 3 ngày kể từ ngày nghỉ việc).',
    },
    th: {
      question: 'ก่อนเลิกจ้าง นายจ้างต้องแจ้งล่วงหน้านานเท่าไร มีวันลาไปหางานหรือไม่',
      answer:
        'เมื่อนายจ้างเลิกจ้างตามกฎหมาย ต้องบอกกล่าวล่วงหน้าตามอายุงาน ทำงานติดต่อกัน 3 เดือนขึ้นไปแต่ไม่ถึง 1 ปี บอกล่วงหน้า 10 วัน 1 ปีขึ้นไปแต่ไม่ถึง 3 ปี บอกล่วงหน้า 20 วัน 3 ปีขึ้นไป บอกล่วงหน้า 30 วัน\n\n' +
        'หลังได้รับการบอกกล่าว ลูกจ้างลาออกไปหางานใหม่ในเวลาทำงานได้ ไม่เกินสัปดาห์ละ 2 วันทำงาน และได้รับค่าจ้างตามปกติระหว่างลา นายจ้างที่ไม่บอกกล่าวล่วงหน้าตามกฎหมายต้องจ่ายค่าจ้างสำหรับระยะเวลาบอกกล่าวนั้น\n\n' +
        'นอกจากนี้ นายจ้างต้องแจ้งรายชื่อลูกจ้างที่ถูกเลิกจ้างต่อหน่วยงานที่มีอำนาจในท้องถิ่นและหน่วยงานบริการจัดหางานของรัฐ 10 วันก่อนลูกจ้างออกจากงาน (หากเลิกจ้างเพราะภัยธรรมชาติ เหตุการณ์ร้ายแรง หรือเหตุสุดวิสัยอื่น แจ้งภายใน 3 วันนับแต่วันออกจากงาน)',
    },
  },
  'severance-worker-terminates': {
    id: {
      question: 'Pemberi kerja menunggak upah atau melanggar hukum. Bolehkah saya langsung berhenti dan menuntut pesangon?',
      answer:
        'Boleh. Dalam keadaan seperti berikut, pekerja boleh memutus kontrak tanpa pemberitahuan lebih dahulu dan menuntut pesangon: pemberi kerja tidak membayar upah sesuai kontrak kerja; pemberi kerja melanggar kontrak kerja atau peraturan ketenagakerjaan sehingga hak pekerja dapat dirugikan; pemberi kerja, keluarganya atau wakilnya melakukan kekerasan atau penghinaan berat terhadap pekerja.\n\n' +
        'Pemutusan kontrak karena pemberi kerja melanggar kontrak kerja atau peraturan ketenagakerjaan harus dilakukan dalam 30 hari sejak mengetahui keadaan itu. Saat berhenti, pekerja boleh meminta surat keterangan kerja, dan pemberi kerja tidak boleh menolak. Simpan slip gaji, catatan kehadiran dan bukti lain; Anda juga dapat mengajukan mediasi ke Biro Urusan Tenaga Kerja.',
    },
    vi: {
      question: 'Người sử dụng lao động nợ lương hoặc vi phạm pháp luật, tôi có thể nghỉ việc ngay và đòi trợ cấp thôi việc không?',
      answer:
        'Được. Khi người sử dụng lao động có các trường hợp sau, người lao động có thể chấm dứt hợp đồng không cần báo trước và yêu cầu trợ cấp thôi việc: người sử dụng lao động không trả tiền công theo hợp đồng lao động; người sử dụng lao động vi phạm hợp đồng lao động hoặc pháp luật lao động, có nguy cơ làm tổn hại quyền lợi của người lao động; người sử dụng lao động, người nhà hoặc người đại diện của họ có hành vi bạo lực hoặc xúc phạm nghiêm trọng đối với người lao động.\n\n' +
        'Nếu chấm dứt hợp đồng vì người sử dụng lao động vi phạm hợp đồng lao động hoặc pháp luật lao động, phải thực hiện trong vòng 30 ngày kể từ ngày biết sự việc. Khi nghỉ việc, người lao động có thể yêu cầu người sử dụng lao động cấp giấy xác nhận làm việc, người sử dụng lao động không được từ chối. Nên giữ lại bảng lương, hồ sơ chấm công và các chứng cứ khác; bạn cũng có thể xin hòa giải tại Cục Lao động.',
    },
    th: {
      question: 'นายจ้างค้างค่าจ้างหรือทำผิดกฎหมาย ฉันลาออกทันทีและเรียกค่าชดเชยได้หรือไม่',
      answer:
        'ได้ เมื่อนายจ้างมีกรณีต่อไปนี้ ลูกจ้างเลิกสัญญาโดยไม่ต้องบอกกล่าวล่วงหน้าและเรียกค่าชดเชยได้ นายจ้างไม่จ่ายค่าตอบแทนตามสัญญาจ้าง นายจ้างละเมิดสัญญาจ้างหรือกฎหมายแรงงานจนอาจทำให้สิทธิของลูกจ้างเสียหาย นายจ้าง ครอบครัวของนายจ้าง หรือตัวแทนของนายจ้างใช้ความรุนแรงหรือดูหมิ่นลูกจ้างอย่างร้ายแรง\n\n' +
        'การเลิกสัญญาเพราะนายจ้างละเมิดสัญญาจ้างหรือกฎหมายแรงงาน ต้องทำภายใน 30 วันนับแต่วันที่ทราบเหตุ เมื่อออกจากงาน ลูกจ้างขอหนังสือรับรองการทำงานจากนายจ้างได้ และนายจ้างจะปฏิเสธไม่ได้ ควรเก็บสลิปเงินเดือน บันทึกการมาทำงาน และหลักฐานอื่นไว้ และยื่นขอไกล่เกลี่ยที่สำนักงานแรงงานได้',
    },
  },
  'severance-dismissal-without-notice': {
    id: {
      question: 'Dalam keadaan apa pemberi kerja boleh memecat tanpa pemberitahuan dan tanpa pesangon?',
      answer:
        'Bila pekerja melakukan salah satu hal berikut, pemberi kerja boleh memutus kontrak tanpa pemberitahuan dan tidak wajib membayar pesangon:\n' +
        '1. memberi keterangan palsu saat membuat kontrak kerja sehingga pemberi kerja keliru percaya dan dapat dirugikan;\n' +
        '2. melakukan kekerasan atau penghinaan berat terhadap pemberi kerja, keluarga pemberi kerja, wakil pemberi kerja atau rekan kerja;\n' +
        '3. dijatuhi putusan pidana penjara yang berkekuatan tetap tanpa pidana bersyarat dan tanpa izin menggantinya dengan denda;\n' +
        '4. melanggar kontrak kerja atau peraturan kerja secara berat;\n' +
        '5. dengan sengaja merusak mesin, alat, bahan baku, produk atau barang lain milik pemberi kerja, atau dengan sengaja membocorkan rahasia teknis atau usaha pemberi kerja, sehingga pemberi kerja dirugikan;\n' +
        '6. tanpa alasan yang sah tidak masuk kerja 3 hari berturut-turut, atau 6 hari dalam 1 bulan.\n\n' +
        'Pemutusan kontrak berdasarkan butir 1, 2 dan 4 sampai 6 harus dilakukan pemberi kerja dalam 30 hari sejak mengetahui keadaan itu.',
    },
    vi: {
      question: 'Trong trường hợp nào người sử dụng lao động được sa thải không báo trước và không trả trợ cấp thôi việc?',
      answer:
        'Người lao động có một trong các trường hợp sau thì người sử dụng lao động có thể chấm dứt hợp đồng không cần báo trước và không phải trả trợ cấp thôi việc:\n' +
        '1. khi giao kết hợp đồng lao động đã khai báo gian dối, khiến người sử dụng lao động tin nhầm và có nguy cơ bị thiệt hại;\n' +
        '2. có hành vi bạo lực hoặc xúc phạm nghiêm trọng đối với người sử dụng lao động, người nhà, người đại diện của người sử dụng lao động hoặc người cùng làm việc;\n' +
        '3. bị tuyên án phạt tù có hiệu lực mà không được hưởng án treo hoặc không được phép chuyển sang nộp phạt tiền;\n' +
        '4. vi phạm hợp đồng lao động hoặc nội quy lao động ở mức nghiêm trọng;\n' +
        '5. cố ý làm hư hại máy móc, dụng cụ, nguyên liệu, sản phẩm hoặc tài sản khác của người sử dụng lao động, hoặc cố ý tiết lộ bí mật kỹ thuật, kinh doanh của người sử dụng lao động, gây thiệt hại cho người sử dụng lao động;\n' +
        '6. không có lý do chính đáng mà nghỉ việc liên tục 3 ngày, hoặc nghỉ việc 6 ngày trong 1 tháng.\n\n' +
        'Người sử dụng lao động chấm dứt hợp đồng theo khoản 1, 2 và 4 đến 6 thì phải thực hiện trong vòng 30 ngày kể từ ngày biết sự việc.',
    },
    th: {
      question: 'นายจ้างเลิกจ้างโดยไม่บอกกล่าวล่วงหน้าและไม่จ่ายค่าชดเชยได้ในกรณีใด',
      answer:
        'หากลูกจ้างมีกรณีใดกรณีหนึ่งต่อไปนี้ นายจ้างเลิกสัญญาโดยไม่ต้องบอกกล่าวล่วงหน้าและไม่ต้องจ่ายค่าชดเชยได้\n' +
        '1. แสดงเจตนาเท็จเมื่อทำสัญญาจ้าง ทำให้นายจ้างหลงเชื่อและอาจได้รับความเสียหาย\n' +
        '2. ใช้ความรุนแรงหรือดูหมิ่นอย่างร้ายแรงต่อนายจ้าง ครอบครัวของนายจ้าง ตัวแทนของนายจ้าง หรือเพื่อนร่วมงาน\n' +
        '3. ถูกพิพากษาถึงที่สุดให้จำคุก โดยไม่รอการลงโทษและไม่อนุญาตให้เปลี่ยนเป็นโทษปรับ\n' +
        '4. ละเมิดสัญญาจ้างหรือข้อบังคับการทำงานอย่างร้ายแรง\n' +
        '5. จงใจทำให้เครื่องจักร เครื่องมือ วัตถุดิบ ผลิตภัณฑ์ หรือทรัพย์สินอื่นของนายจ้างเสียหาย หรือจงใจเปิดเผยความลับทางเทคนิคหรือทางธุรกิจของนายจ้าง จนนายจ้างได้รับความเสียหาย\n' +
        '6. ขาดงานติดต่อกัน 3 วัน หรือขาดงานรวม 6 วันใน 1 เดือน โดยไม่มีเหตุอันสมควร\n\n' +
        'นายจ้างที่เลิกสัญญาตามข้อ 1 ข้อ 2 และข้อ 4 ถึงข้อ 6 ต้องทำภายใน 30 วันนับแต่วันที่ทราบเหตุ',
    },
  },
  'retirement-pension-contribution': {
    id: {
      question: 'Dalam sistem pensiun baru, berapa iuran yang wajib dibayar pemberi kerja setiap bulan untuk saya?',
      answer:
        'Untuk pekerja yang tunduk pada Undang-Undang Pensiun Pekerja, pemberi kerja wajib menanggung iuran pensiun setiap bulan paling sedikit 6% dari upah bulanan pekerja, disetor ke rekening pensiun pribadi pekerja di Biro Asuransi Tenaga Kerja (勞保局). Uang ini ditanggung pemberi kerja dan tidak boleh dipotong dari upah pekerja.\n\n' +
        'Pekerja juga boleh menambah iuran sukarela sampai 6% dari upah bulanan; iuran sukarela dapat dikurangkan seluruhnya dari penghasilan kena pajak tahun itu. Anda dapat memeriksa apakah pemberi kerja menyetor setiap bulan melalui situs web atau aplikasi Biro Asuransi Tenaga Kerja.',
    },
    vi: {
      question: 'Theo chế độ hưu trí mới, mỗi tháng người sử dụng lao động phải đóng cho tôi bao nhiêu?',
      answer:
        'Với người lao động thuộc phạm vi Điều lệ Hưu trí người lao động, người sử dụng lao động phải chịu đóng mỗi tháng tiền hưu trí không thấp hơn 6% tiền lương tháng của người lao động, nộp vào tài khoản hưu trí cá nhân của người lao động tại Cục Bảo hiểm Lao động (勞保局). Khoản tiền này do người sử dụng lao động chịu, không được trừ vào lương của người lao động.\n\n' +
        'Người lao động cũng có thể tự nguyện đóng thêm trong phạm vi 6% tiền lương tháng; phần tự nguyện được khấu trừ toàn bộ khỏi tổng thu nhập chịu thuế của năm đó. Bạn có thể tra cứu người sử dụng lao động có đóng hằng tháng hay không qua trang web hoặc ứng dụng của Cục Bảo hiểm Lao động.',
    },
    th: {
      question: 'ในระบบบำนาญใหม่ นายจ้างต้องจ่ายเงินสมทบให้ฉันเดือนละเท่าไร',
      answer:
        'สำหรับลูกจ้างที่อยู่ภายใต้พระราชบัญญัติเงินบำเหน็จบำนาญของลูกจ้าง นายจ้างต้องรับภาระจ่ายเงินสมทบบำนาญทุกเดือนไม่ต่ำกว่าร้อยละ 6 ของค่าจ้างรายเดือนของลูกจ้าง เข้าบัญชีบำนาญส่วนบุคคลของลูกจ้างที่สำนักงานประกันแรงงาน (勞保局) เงินนี้นายจ้างเป็นผู้รับภาระ จะหักจากค่าจ้างของลูกจ้างไม่ได้\n\n' +
        'ลูกจ้างจ่ายเงินสมทบเพิ่มโดยสมัครใจได้ไม่เกินร้อยละ 6 ของค่าจ้างรายเดือน ส่วนที่จ่ายโดยสมัครใจนำไปหักจากเงินได้พึงประเมินของปีนั้นได้ทั้งหมด ตรวจสอบว่านายจ้างจ่ายทุกเดือนหรือไม่ได้ทางเว็บไซต์หรือแอปของสำนักงานประกันแรงงาน',
    },
  },
  'retirement-claim-new-system': {
    id: {
      question: 'Kapan pensiun sistem baru dapat diambil?',
      answer:
        'Pekerja yang telah berusia 60 tahun dapat mengajukan pengambilan dana pensiun dari rekening pribadinya ke Biro Asuransi Tenaga Kerja: bila masa kerja 15 tahun atau lebih, boleh memilih pensiun bulanan atau pensiun sekaligus; bila kurang dari 15 tahun, pensiun sekaligus. Cara yang dipilih tidak dapat diubah setelah disetujui dan dibayar Biro Asuransi Tenaga Kerja.\n\n' +
        'Masa kerja dihitung menurut tahun-tahun iuran pensiun yang benar-benar disetor; bila masa kerja terputus, masa iuran sebelum dan sesudahnya digabung.',
    },
    vi: {
      question: 'Khi nào được lĩnh lương hưu theo chế độ mới?',
      answer:
        'Người lao động đủ 60 tuổi có thể xin lĩnh tiền hưu trong tài khoản cá nhân tại Cục Bảo hiểm Lao động: thâm niên từ 15 năm trở lên có thể chọn lĩnh hưu hằng tháng hoặc lĩnh một lần; chưa đủ 15 năm thì lĩnh một lần. Cách đã chọn không được thay đổi sau khi Cục Bảo hiểm Lao động duyệt chi trả.\n\n' +
        'Thâm niên được tính theo số năm thực tế đã đóng tiền hưu trí; nếu thâm niên bị gián đoạn thì số năm đóng trước và sau được cộng gộp.',
    },
    th: {
      question: 'เงินบำนาญระบบใหม่รับได้เมื่อไร',
      answer:
        'ลูกจ้างที่อายุครบ 60 ปี ยื่นขอรับเงินบำนาญจากบัญชีส่วนบุคคลที่สำนักงานประกันแรงงานได้ อายุงาน 15 ปีขึ้นไป เลือกรับบำนาญรายเดือนหรือบำเหน็จครั้งเดียวได้ ไม่ถึง 15 ปี รับบำเหน็จครั้งเดียว วิธีที่เลือกแล้วเปลี่ยนไม่ได้หลังสำนักงานประกันแรงงานอนุมัติจ่าย\n\n' +
        'อายุงานนับตามปีที่จ่ายเงินสมทบบำนาญจริง หากอายุงานขาดช่วง ให้นับรวมปีที่จ่ายสมทบก่อนและหลังเข้าด้วยกัน',
    },
  },
  'retirement-old-system': {
    id: {
      question: 'Apa syarat dan cara menghitung pensiun sistem lama menurut UU Standar Ketenagakerjaan?',
      answer:
        'Pekerja yang memiliki masa kerja sistem lama boleh mengajukan pensiun sendiri dalam salah satu keadaan berikut: bekerja 15 tahun atau lebih dan berusia 55 tahun; bekerja 25 tahun atau lebih; bekerja 10 tahun atau lebih dan berusia 60 tahun.\n\n' +
        'Standar basis pensiun: untuk 15 tahun masa kerja pertama, setiap 1 tahun penuh diberi 2 basis; untuk bagian lebih dari 15 tahun, setiap 1 tahun penuh diberi 1 basis, paling banyak 45 basis. Kurang dari setengah tahun dihitung setengah tahun, setengah tahun atau lebih dihitung 1 tahun. 1 basis adalah upah rata-rata 1 bulan pada saat pensiun disetujui. Pemberi kerja wajib membayar dalam 30 hari sejak hari pensiun.',
    },
    vi: {
      question: 'Điều kiện và cách tính lương hưu chế độ cũ theo Luật Tiêu chuẩn Lao động là gì?',
      answer:
        'Người lao động có thâm niên chế độ cũ có thể tự xin nghỉ hưu khi có một trong các trường hợp sau: làm việc từ 15 năm trở lên và đủ 55 tuổi; làm việc từ 25 năm trở lên; làm việc từ 10 năm trở lên và đủ 60 tuổi.\n\n' +
        'Tiêu chuẩn số cơ số hưu trí: 15 năm thâm niên đầu, mỗi năm đủ được 2 cơ số; phần trên 15 năm, mỗi năm đủ được 1 cơ số, tổng cộng tối đa 45 cơ số. Chưa đủ nửa năm thì tính là nửa năm, đủ nửa năm thì tính là 1 năm. 1 cơ số là lương bình quân 1 tháng tại thời điểm được duyệt nghỉ hưu. Người sử dụng lao động phải chi trả trong vòng 30 ngày kể từ ngày người lao động nghỉ hưu.',
    },
    th: {
      question: 'เงินบำเหน็จระบบเดิมตามพระราชบัญญัติมาตรฐานแรงงานมีเงื่อนไขและวิธีคำนวณอย่างไร',
      answer:
        'ลูกจ้างที่มีอายุงานระบบเดิม ขอเกษียณเองได้เมื่อมีกรณีใดกรณีหนึ่งต่อไปนี้ ทำงาน 15 ปีขึ้นไปและอายุครบ 55 ปี ทำงาน 25 ปีขึ้นไป ทำงาน 10 ปีขึ้นไปและอายุครบ 60 ปี\n\n' +
        'เกณฑ์ฐานเงินบำเหน็จ: อายุงาน 15 ปีแรก ทุก 1 ปีเต็มได้ 2 ฐาน ส่วนที่เกิน 15 ปี ทุก 1 ปีเต็มได้ 1 ฐาน รวมสูงสุดไม่เกิน 45 ฐาน ไม่ถึงครึ่งปีคิดเป็นครึ่งปี ครึ่งปีขึ้นไปคิดเป็น 1 ปี 1 ฐานคือค่าจ้างเฉลี่ย 1 เดือน ณ วันที่อนุมัติให้เกษียณ นายจ้างต้องจ่ายภายใน 30 วันนับแต่วันที่ลูกจ้างเกษียณ',
    },
  },
};
