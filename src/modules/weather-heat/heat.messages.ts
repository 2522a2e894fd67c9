/**
 * The fixed sentences staff can put in a heat warning, in the five languages. Staff pick keys rather
 * than type the same advice five times; free text per language is added next to them when needed.
 * The sentences name no city, so that any city running the platform can use them as they are.
 */
import type { Locale } from '../../shared/i18n/locales.ts';

export const warningMessageKeys = [
  'extremeHeat',
  'avoidMiddayOutdoorWork',
  'employerDuties',
  'watchForHeatIllness',
  'reportUnsafeConditions',
] as const;

export type WarningMessageKey = (typeof warningMessageKeys)[number];

export const warningMessages: Record<Locale, Record<WarningMessageKey, string>> = {
  'zh-TW': {
    extremeHeat: '高溫警示：熱危害風險高，戶外工作者請加強防護。',
    avoidMiddayOutdoorWork: '中午前後（上午 11 時到下午 3 時）盡量不要在戶外做粗重的工作。',
    employerDuties: '雇主要提供遮陽、降溫設備、陰涼的休息地方和足夠的飲水。',
    watchForHeatIllness: '注意自己和同事有沒有頭暈、噁心、大量流汗或意識不清；情況嚴重時馬上撥打 119。',
    reportUnsafeConditions: '雇主沒有提供防護措施時，可以向本市勞工局檢舉，我們會保護檢舉人的身分。',
  },
  en: {
    extremeHeat: 'Heat warning: the risk of heat illness is high. Outdoor workers, take extra care.',
    avoidMiddayOutdoorWork: 'Around midday (11 a.m. to 3 p.m.), avoid heavy outdoor work as far as possible.',
    employerDuties: 'Employers must provide shade, cooling equipment, a cool place to rest and enough drinking water.',
    watchForHeatIllness:
      'Watch yourself and your co-workers for dizziness, nausea, heavy sweating or confusion; in serious cases call 119 at once.',
    reportUnsafeConditions:
      'If your employer does not provide these protections, you can report it to the city’s labor affairs bureau. We protect the identity of people who report.',
  },
  id: {
    extremeHeat: 'Peringatan panas: risiko penyakit akibat panas tinggi. Pekerja di luar ruangan, harap lebih berhati-hati.',
    avoidMiddayOutdoorWork: 'Sekitar tengah hari (pukul 11.00 sampai 15.00), sebisa mungkin hindari pekerjaan berat di luar ruangan.',
    employerDuties: 'Majikan wajib menyediakan peneduh, alat pendingin, tempat istirahat yang sejuk, dan air minum yang cukup.',
    watchForHeatIllness:
      'Perhatikan diri sendiri dan rekan kerja: pusing, mual, berkeringat sangat banyak, atau bingung. Jika parah, segera hubungi 119.',
    reportUnsafeConditions:
      'Jika majikan tidak menyediakan perlindungan ini, Anda dapat melaporkannya ke dinas tenaga kerja kota ini. Identitas pelapor kami lindungi.',
  },
  vi: {
    extremeHeat: 'Cảnh báo nắng nóng: nguy cơ bệnh do nhiệt cao. Người làm việc ngoài trời hãy cẩn thận hơn.',
    avoidMiddayOutdoorWork: 'Khoảng giữa trưa (11 giờ đến 15 giờ), hạn chế tối đa việc nặng ngoài trời.',
    employerDuties: 'Chủ sử dụng lao động phải cung cấp chỗ che nắng, thiết bị làm mát, chỗ nghỉ mát mẻ và đủ nước uống.',
    watchForHeatIllness:
      'Theo dõi bản thân và đồng nghiệp: chóng mặt, buồn nôn, ra rất nhiều mồ hôi hoặc lú lẫn. Nếu nghiêm trọng, gọi ngay 119.',
    reportUnsafeConditions:
      'Nếu chủ sử dụng lao động không cung cấp các biện pháp bảo vệ này, bạn có thể tố giác với cơ quan lao động của thành phố. Danh tính người tố giác được bảo vệ.',
  },
  th: {
    extremeHeat: 'เตือนภัยความร้อน: เสี่ยงต่อการเจ็บป่วยจากความร้อนสูง ผู้ทำงานกลางแจ้งโปรดระวังเป็นพิเศษ',
    avoidMiddayOutdoorWork: 'ช่วงเที่ยงวัน (11.00 ถึง 15.00 น.) หลีกเลี่ยงงานหนักกลางแจ้งให้มากที่สุด',
    employerDuties: 'นายจ้างต้องจัดให้มีร่มเงา อุปกรณ์ลดความร้อน ที่พักที่เย็นสบาย และน้ำดื่มที่เพียงพอ',
    watchForHeatIllness:
      'สังเกตตัวเองและเพื่อนร่วมงานว่ามีอาการเวียนศีรษะ คลื่นไส้ เหงื่อออกมาก หรือสับสนหรือไม่ หากอาการรุนแรงให้โทร 119 ทันที',
    reportUnsafeConditions:
      'หากนายจ้างไม่จัดมาตรการป้องกันเหล่านี้ คุณสามารถร้องเรียนต่อหน่วยงานแรงงานของเมืองได้ เราจะปกป้องตัวตนของผู้ร้องเรียน',
  },
};
