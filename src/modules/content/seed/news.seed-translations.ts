/**
 * The demo news in Indonesian, Vietnamese and Thai (issue 15 §2), translated from the Chinese with a
 * machine's help and checked against it by the engineer who wrote them: figures, dates and article numbers
 * as in the source, and each law's Chinese name once, so a reader can find it. They load as
 * machine-assisted until the bureau's reviewers mark them reviewed (ADR 0030).
 */
import type { Locale } from '../../../shared/i18n/locales.ts';

type Text = { title: string; body: string };

export const newsTranslations: Record<string, Partial<Record<Locale, Text>>> = {
  'news-2025-12-violation-records-online': {
    id: {
      title: 'Kementerian Tenaga Kerja: data badan usaha pelanggar hukum ketenagakerjaan diumumkan tanpa batas waktu penghapusan',
      body:
        'Pada Desember 2025 Kementerian Tenaga Kerja meminta semua pemerintah daerah agar data badan usaha yang telah diumumkan karena melanggar hukum ketenagakerjaan (berdasarkan Pasal 80-1 Undang-Undang Standar Ketenagakerjaan, 勞動基準法, dan ketentuan serupa) tetap dimuat di situs web, tanpa batas waktu penghapusan.\n\n' +
        'Nama badan usaha, penanggung jawab, tanggal putusan, pasal yang dilanggar dan jumlah denda diumumkan agar pencari kerja dan masyarakat dapat memeriksa kepatuhan pemberi kerja di masa lalu. Pencarian pelanggaran di situs ini memuat data terbuka Kementerian dan hasil pemeriksaan Biro sendiri; cari menurut nama badan usaha (ditulis dengan 台 atau 臺), undang-undang, pasal dan tanggal, lalu unduh hasilnya.\n\n' +
        'Jika badan usaha mengajukan upaya hukum administratif atas putusan tersebut, hasil pencarian diberi keterangan "dalam upaya hukum administratif".',
    },
    vi: {
      title: 'Bộ Lao động: dữ liệu doanh nghiệp vi phạm pháp luật lao động được công bố không còn thời hạn gỡ xuống',
      body:
        'Tháng 12 năm 2025, Bộ Lao động đề nghị các chính quyền địa phương tiếp tục công khai trên trang web dữ liệu các doanh nghiệp đã bị công bố vì vi phạm pháp luật lao động (theo Điều 80-1 Luật Tiêu chuẩn Lao động, 勞動基準法, và các quy định tương tự), không còn đặt thời hạn gỡ xuống.\n\n' +
        'Việc công bố tên doanh nghiệp, người phụ trách, ngày ra quyết định, điều luật bị vi phạm và số tiền phạt giúp người tìm việc và công chúng tra cứu việc tuân thủ pháp luật trước đây của người sử dụng lao động. Mục "Tra cứu doanh nghiệp vi phạm pháp luật lao động" trên trang này gồm dữ liệu mở của Bộ Lao động và kết quả thanh tra của chính Cục; có thể tra theo tên doanh nghiệp (viết 台 hay 臺 đều được), luật, số điều và ngày, rồi tải kết quả xuống.\n\n' +
        'Nếu doanh nghiệp đã khiếu kiện hành chính đối với quyết định xử phạt, kết quả tra cứu sẽ ghi chú "đang khiếu kiện hành chính".',
    },
    th: {
      title: 'กระทรวงแรงงาน: ข้อมูลสถานประกอบการที่ละเมิดกฎหมายแรงงานซึ่งประกาศแล้วจะไม่มีกำหนดถอดออก',
      body:
        'ในเดือนธันวาคม 2025 กระทรวงแรงงานได้ขอให้รัฐบาลท้องถิ่นทุกแห่งเปิดเผยข้อมูลสถานประกอบการที่ได้ประกาศไว้เพราะละเมิดกฎหมายแรงงาน (ตามมาตรา 80-1 แห่งพระราชบัญญัติมาตรฐานแรงงาน 勞動基準法 และบทบัญญัติที่คล้ายกัน) บนเว็บไซต์ต่อไป โดยไม่กำหนดวันถอดออก\n\n' +
        'การประกาศชื่อสถานประกอบการ ผู้รับผิดชอบ วันที่มีคำสั่ง มาตราที่ละเมิด และจำนวนค่าปรับ มีไว้เพื่อให้ผู้หางานและประชาชนตรวจสอบประวัติการปฏิบัติตามกฎหมายของนายจ้างได้ ระบบค้นหาการละเมิดกฎหมายแรงงานของเว็บไซต์นี้รวบรวมข้อมูลเปิดของกระทรวงแรงงานและผลการตรวจของสำนักงานเอง ค้นหาได้ตามชื่อสถานประกอบการ (เขียน 台 หรือ 臺 ก็ได้) กฎหมาย เลขมาตรา และวันที่ และดาวน์โหลดผลได้\n\n' +
        'หากสถานประกอบการยื่นขอเยียวยาทางปกครองต่อคำสั่งนั้น ผลการค้นหาจะระบุว่า "อยู่ระหว่างการเยียวยาทางปกครอง"',
    },
  },
  'news-2025-10-minimum-wage-2026': {
    id: {
      title: 'Mulai 1 Januari 2026 upah minimum menjadi NT$29.500 per bulan dan NT$196 per jam',
      body:
        'Kementerian Tenaga Kerja mengumumkan bahwa mulai 1 Januari 2026 (tahun Minguo 115) upah minimum bulanan naik dari NT$28.590 menjadi NT$29.500, dan upah minimum per jam dari NT$190 menjadi NT$196.\n\n' +
        'Upah yang disepakati pemberi kerja dan pekerja tidak boleh lebih rendah dari upah minimum: pekerja yang dibayar per jam paling sedikit NT$196 per jam, dan upah jam kerja normal pekerja bulanan paling sedikit NT$29.500 per bulan. Upah lembur serta tambahan upah untuk bekerja pada hari istirahat dan hari libur nasional tidak termasuk dalam upah minimum dan harus dihitung terpisah.\n\n' +
        'Seiring perubahan ini, tingkat pertama gaji yang diasuransikan pada asuransi tenaga kerja dan asuransi kecelakaan kerja juga menjadi NT$29.500. Pemberi kerja diminta segera memeriksa upah dan gaji yang diasuransikan; pekerja yang upahnya di bawah upah minimum dapat mengadu ke Biro Urusan Tenaga Kerja Kota Taichung.',
    },
    vi: {
      title: 'Từ ngày 1 tháng 1 năm 2026, lương tối thiểu là 29.500 Đài tệ/tháng và 196 Đài tệ/giờ',
      body:
        'Bộ Lao động công bố: từ ngày 1 tháng 1 năm 2026 (năm Dân Quốc 115), lương tối thiểu theo tháng tăng từ 28.590 lên 29.500 Đài tệ, lương tối thiểu theo giờ tăng từ 190 lên 196 Đài tệ.\n\n' +
        'Tiền lương do người sử dụng lao động và người lao động thỏa thuận không được thấp hơn lương tối thiểu: người lao động hưởng lương theo giờ được ít nhất 196 Đài tệ mỗi giờ, người lao động hưởng lương theo tháng được ít nhất 29.500 Đài tệ mỗi tháng cho giờ làm việc bình thường. Tiền làm thêm giờ, tiền lương tăng thêm khi làm việc vào ngày nghỉ và ngày lễ quốc gia không nằm trong lương tối thiểu và phải được tính riêng.\n\n' +
        'Cùng với việc điều chỉnh này, bậc thứ nhất của mức lương đóng bảo hiểm lao động và bảo hiểm tai nạn lao động cũng được điều chỉnh lên 29.500 Đài tệ. Người sử dụng lao động nên sớm kiểm tra tiền lương và mức lương đóng bảo hiểm; người lao động nếu thấy tiền lương thấp hơn lương tối thiểu có thể khiếu nại với Cục Lao động thành phố Đài Trung.',
    },
    th: {
      title: 'ตั้งแต่ 1 มกราคม 2026 ค่าจ้างขั้นต่ำเป็นเดือนละ 29,500 ดอลลาร์ไต้หวัน และชั่วโมงละ 196 ดอลลาร์ไต้หวัน',
      body:
        'กระทรวงแรงงานประกาศว่า ตั้งแต่วันที่ 1 มกราคม 2026 (ปีหมินกั๋วที่ 115) ค่าจ้างขั้นต่ำรายเดือนปรับจาก 28,590 เป็น 29,500 ดอลลาร์ไต้หวัน และค่าจ้างขั้นต่ำรายชั่วโมงปรับจาก 190 เป็น 196 ดอลลาร์ไต้หวัน\n\n' +
        'ค่าจ้างที่นายจ้างและลูกจ้างตกลงกันต้องไม่ต่ำกว่าค่าจ้างขั้นต่ำ ลูกจ้างที่ได้รับค่าจ้างรายชั่วโมงต้องได้ไม่ต่ำกว่าชั่วโมงละ 196 ดอลลาร์ไต้หวัน และค่าจ้างสำหรับชั่วโมงทำงานปกติของลูกจ้างรายเดือนต้องไม่ต่ำกว่าเดือนละ 29,500 ดอลลาร์ไต้หวัน ค่าล่วงเวลา และค่าจ้างเพิ่มสำหรับการทำงานในวันหยุดพักและวันหยุดนักขัตฤกษ์ไม่รวมอยู่ในค่าจ้างขั้นต่ำ ต้องคำนวณแยกต่างหาก\n\n' +
        'พร้อมกับการปรับนี้ ขั้นที่หนึ่งของค่าจ้างที่ใช้คำนวณเงินสมทบประกันแรงงานและประกันอุบัติเหตุจากการทำงานก็ปรับเป็น 29,500 ดอลลาร์ไต้หวันด้วย นายจ้างควรตรวจสอบค่าจ้างและค่าจ้างที่ใช้ทำประกันโดยเร็ว ลูกจ้างที่พบว่าได้รับค่าจ้างต่ำกว่าค่าจ้างขั้นต่ำ ร้องเรียนได้ที่สำนักงานแรงงานนครไถจง',
    },
  },
  'news-2024-09-minimum-wage-2025': {
    id: {
      title: 'Upah minimum 2025: NT$28.590 per bulan dan NT$190 per jam',
      body:
        'Kementerian Tenaga Kerja mengumumkan bahwa mulai 1 Januari 2025 (tahun Minguo 114) upah minimum bulanan menjadi NT$28.590 dan upah minimum per jam NT$190. Ini adalah upah minimum pertama yang ditinjau dan ditetapkan berdasarkan Undang-Undang Upah Minimum (最低工資法) sejak undang-undang itu berlaku.\n\n' +
        'Pemberi kerja diminta menyesuaikan upah dengan standar baru, dan perlu diingat bahwa upah minimum hanya mencakup upah jam kerja normal; upah lembur harus dibayar tersendiri.',
    },
    vi: {
      title: 'Lương tối thiểu năm 2025: 28.590 Đài tệ/tháng và 190 Đài tệ/giờ',
      body:
        'Bộ Lao động công bố: từ ngày 1 tháng 1 năm 2025 (năm Dân Quốc 114), lương tối thiểu theo tháng là 28.590 Đài tệ và lương tối thiểu theo giờ là 190 Đài tệ. Đây là lần đầu tiên lương tối thiểu được xét duyệt điều chỉnh theo Luật Tiền lương tối thiểu (最低工資法) kể từ khi luật này có hiệu lực.\n\n' +
        'Người sử dụng lao động cần điều chỉnh tiền lương theo mức mới, và lưu ý lương tối thiểu chỉ bao gồm tiền lương của giờ làm việc bình thường; tiền làm thêm giờ phải trả riêng.',
    },
    th: {
      title: 'ค่าจ้างขั้นต่ำปี 2025: เดือนละ 28,590 ดอลลาร์ไต้หวัน ชั่วโมงละ 190 ดอลลาร์ไต้หวัน',
      body:
        'กระทรวงแรงงานประกาศว่า ตั้งแต่วันที่ 1 มกราคม 2025 (ปีหมินกั๋วที่ 114) ค่าจ้างขั้นต่ำรายเดือนเป็น 28,590 ดอลลาร์ไต้หวัน และค่าจ้างขั้นต่ำรายชั่วโมงเป็น 190 ดอลลาร์ไต้หวัน นับเป็นครั้งแรกที่ค่าจ้างขั้นต่ำได้รับการพิจารณาปรับตามพระราชบัญญัติค่าจ้างขั้นต่ำ (最低工資法) นับแต่กฎหมายนี้มีผลใช้บังคับ\n\n' +
        'นายจ้างควรปรับค่าจ้างตามอัตราใหม่ และพึงทราบว่าค่าจ้างขั้นต่ำครอบคลุมเฉพาะค่าจ้างในเวลาทำงานปกติ ค่าล่วงเวลาต้องจ่ายแยกต่างหาก',
    },
  },
  'news-2024-03-harassment-rules': {
    id: {
      title: 'Aturan baru pelecehan seksual di tempat kerja berlaku mulai 8 Maret',
      body:
        'Ketentuan pencegahan pelecehan seksual di tempat kerja dalam Undang-Undang Kesetaraan Gender dalam Pekerjaan (性別平等工作法, sebelumnya bernama 性別工作平等法), yang diubah dan diundangkan pada Agustus 2023, berlaku mulai 8 Maret 2024.\n\n' +
        'Pokok-pokoknya: pemberi kerja dengan 10 sampai kurang dari 30 pekerja wajib menetapkan saluran pengaduan pelecehan seksual dan mengumumkannya secara terbuka di tempat kerja; pemberi kerja dengan 30 pekerja atau lebih wajib menetapkan langkah pencegahan serta aturan pengaduan dan sanksi disiplin; setelah mengetahui adanya pelecehan seksual, dengan atau tanpa pengaduan, pemberi kerja wajib segera mengambil tindakan koreksi dan pemulihan yang efektif; dalam keadaan tertentu, misalnya bila pelakunya adalah pimpinan tertinggi, korban dapat mengadu kepada otoritas daerah yang berwenang.\n\n' +
        'Biro Urusan Tenaga Kerja Kota Taichung menerima pengaduan pelecehan seksual di tempat kerja dan memberikan konsultasi hukum.',
    },
    vi: {
      title: 'Quy định mới về quấy rối tình dục nơi làm việc có hiệu lực từ ngày 8 tháng 3',
      body:
        'Các quy định về phòng chống quấy rối tình dục nơi làm việc trong Luật Bình đẳng giới trong việc làm (性別平等工作法, trước đây có tên 性別工作平等法), được sửa đổi và ban hành vào tháng 8 năm 2023, có hiệu lực từ ngày 8 tháng 3 năm 2024.\n\n' +
        'Các điểm chính: người sử dụng lao động có từ 10 đến dưới 30 người lao động phải lập kênh khiếu nại về quấy rối tình dục và công bố công khai tại nơi làm việc; người sử dụng lao động có từ 30 người trở lên phải ban hành biện pháp phòng ngừa, quy định khiếu nại và kỷ luật; khi biết có quấy rối tình dục, dù có nhận được khiếu nại hay không, người sử dụng lao động phải lập tức áp dụng biện pháp khắc phục và sửa chữa hiệu quả; trong một số trường hợp, chẳng hạn người có hành vi là người phụ trách cao nhất, nạn nhân có thể khiếu nại lên cơ quan chủ quản địa phương.\n\n' +
        'Cục Lao động thành phố Đài Trung tiếp nhận khiếu nại về quấy rối tình dục nơi làm việc và cung cấp tư vấn pháp luật.',
    },
    th: {
      title: 'กฎใหม่ว่าด้วยการล่วงละเมิดทางเพศในที่ทำงานมีผลตั้งแต่ 8 มีนาคม',
      body:
        'บทบัญญัติว่าด้วยการป้องกันการล่วงละเมิดทางเพศในที่ทำงานของพระราชบัญญัติความเท่าเทียมทางเพศในการจ้างงาน (性別平等工作法 เดิมชื่อ 性別工作平等法) ซึ่งแก้ไขและประกาศใช้เมื่อเดือนสิงหาคม 2023 มีผลใช้บังคับตั้งแต่วันที่ 8 มีนาคม 2024\n\n' +
        'สาระสำคัญ: นายจ้างที่มีลูกจ้างตั้งแต่ 10 คนแต่ไม่ถึง 30 คน ต้องจัดช่องทางร้องเรียนเรื่องการล่วงละเมิดทางเพศและประกาศให้ทราบโดยเปิดเผยในที่ทำงาน นายจ้างที่มีลูกจ้างตั้งแต่ 30 คนขึ้นไปต้องกำหนดมาตรการป้องกัน ระเบียบการร้องเรียนและการลงโทษทางวินัย เมื่อนายจ้างทราบว่ามีการล่วงละเมิดทางเพศ ไม่ว่าจะได้รับคำร้องเรียนหรือไม่ ต้องดำเนินมาตรการแก้ไขและเยียวยาที่มีประสิทธิผลทันที และในบางกรณี เช่น ผู้กระทำเป็นผู้บริหารสูงสุด ผู้เสียหายร้องเรียนต่อหน่วยงานที่มีอำนาจระดับท้องถิ่นได้\n\n' +
        'สำนักงานแรงงานนครไถจงรับเรื่องร้องเรียนการล่วงละเมิดทางเพศในที่ทำงาน และให้คำปรึกษาด้านกฎหมาย',
    },
  },
  'news-2024-01-minimum-wage-act': {
    id: {
      title: 'Undang-Undang Upah Minimum berlaku 1 Januari 2024: "upah dasar" kini disebut "upah minimum"',
      body:
        'Undang-Undang Upah Minimum (最低工資法) diundangkan pada 27 Desember 2023 dan berlaku mulai 1 Januari 2024. "Upah dasar" (基本工資) yang sebelumnya ditetapkan berdasarkan Undang-Undang Standar Ketenagakerjaan kini disebut "upah minimum" (最低工資), dan ditinjau setiap tahun oleh Dewan Peninjau Upah Minimum.\n\n' +
        'Upah minimum terdiri atas upah minimum bulanan dan upah minimum per jam, dan berlaku bagi semua pekerja yang tunduk pada Undang-Undang Standar Ketenagakerjaan. Upah yang disepakati pekerja dan pemberi kerja tidak boleh lebih rendah dari upah minimum; bila disepakati lebih rendah, upah minimum yang menjadi besaran upahnya. Upah minimum yang disetujui berlaku mulai 1 Januari tahun berikutnya, kecuali diputuskan lain. Upah minimum tahun 2024 adalah NT$27.470 per bulan dan NT$183 per jam.',
    },
    vi: {
      title: 'Luật Tiền lương tối thiểu có hiệu lực từ ngày 1 tháng 1 năm 2024: "lương cơ bản" đổi thành "lương tối thiểu"',
      body:
        'Luật Tiền lương tối thiểu (最低工資法) được công bố ngày 27 tháng 12 năm 2023 và có hiệu lực từ ngày 1 tháng 1 năm 2024. "Lương cơ bản" (基本工資) trước đây quy định theo Luật Tiêu chuẩn Lao động nay đổi tên thành "lương tối thiểu" (最低工資), và do Hội đồng xét duyệt lương tối thiểu xét duyệt hằng năm.\n\n' +
        'Lương tối thiểu gồm lương tối thiểu theo tháng và lương tối thiểu theo giờ, áp dụng cho mọi người lao động thuộc phạm vi áp dụng của Luật Tiêu chuẩn Lao động. Tiền lương do hai bên thỏa thuận không được thấp hơn lương tối thiểu; nếu thỏa thuận thấp hơn thì lấy lương tối thiểu làm mức tiền lương. Lương tối thiểu đã được xét duyệt, trừ khi có quyết định khác, được áp dụng từ ngày 1 tháng 1 năm sau. Lương tối thiểu năm 2024 là 27.470 Đài tệ mỗi tháng và 183 Đài tệ mỗi giờ.',
    },
    th: {
      title: 'พระราชบัญญัติค่าจ้างขั้นต่ำมีผล 1 มกราคม 2024: "ค่าจ้างพื้นฐาน" เปลี่ยนชื่อเป็น "ค่าจ้างขั้นต่ำ"',
      body:
        'พระราชบัญญัติค่าจ้างขั้นต่ำ (最低工資法) ประกาศเมื่อวันที่ 27 ธันวาคม 2023 และมีผลใช้บังคับตั้งแต่วันที่ 1 มกราคม 2024 "ค่าจ้างพื้นฐาน" (基本工資) ที่เดิมกำหนดตามพระราชบัญญัติมาตรฐานแรงงาน เปลี่ยนชื่อเป็น "ค่าจ้างขั้นต่ำ" (最低工資) และให้คณะกรรมการพิจารณาค่าจ้างขั้นต่ำพิจารณาทุกปี\n\n' +
        'ค่าจ้างขั้นต่ำมีทั้งรายเดือนและรายชั่วโมง ใช้กับลูกจ้างทุกคนที่อยู่ในบังคับของพระราชบัญญัติมาตรฐานแรงงาน ค่าจ้างที่ลูกจ้างและนายจ้างตกลงกันต้องไม่ต่ำกว่าค่าจ้างขั้นต่ำ หากตกลงต่ำกว่า ให้ถือค่าจ้างขั้นต่ำเป็นจำนวนค่าจ้าง ค่าจ้างขั้นต่ำที่ผ่านการพิจารณาแล้วมีผลตั้งแต่วันที่ 1 มกราคมของปีถัดไป เว้นแต่จะมีมติเป็นอย่างอื่น ค่าจ้างขั้นต่ำปี 2024 คือเดือนละ 27,470 ดอลลาร์ไต้หวัน และชั่วโมงละ 183 ดอลลาร์ไต้หวัน',
    },
  },
};
