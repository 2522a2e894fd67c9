/**
 * Sample labor-law news for demo installs: real changes, described in our own words. Sources:
 * shared/research/labor-law.md §5 and data-formats.md §1.1 and §6 (MOL notices 2024-09-19 and 2025-10-21;
 * Minimum Wage Act in force 2024-01-01; MOL instruction of December 2025 on violation records; the
 * Gender Equality in Employment Act amendment of 2023-08-16, its harassment rules in force 2024-03-08).
 */
import { newsTranslations } from './news.seed-translations.ts';
import type { NewsSeedPost } from './types.ts';

const newsSource: NewsSeedPost[] = [
  {
    key: 'news-2025-12-violation-records-online',
    publishedAt: '2025-12-29T10:00:00+08:00',
    text: {
      'zh-TW': {
        title: '勞動部：違反勞動法令事業單位公布資料不再設下架期限',
        body:
          '勞動部於2025年12月函請各地方政府，已依勞動基準法第80條之1等規定公布的違反勞動法令事業單位資料，應持續公開於網站，不再設定下架期限。\n\n' +
          '公布違法事業單位名稱、負責人、處分日期、違反法條及罰鍰金額，是為了讓求職者與社會大眾能查詢雇主過去的守法情形。本平台的「違反勞動法令事業單位查詢」收錄勞動部開放資料與本局的檢查結果，可以依事業單位名稱（台、臺皆可）、法規、條號及日期查詢並下載。\n\n' +
          '事業單位對處分提起行政救濟的，查詢結果會註明「行政救濟中」。',
      },
      en: {
        title: 'Ministry of Labor: published violation records to stay online with no take-down date',
        body:
          'In December 2025 the Ministry of Labor asked all local governments to keep the records of businesses published for violating labor laws (under Article 80-1 of the Labor Standards Act and similar provisions) on their websites, with no date for taking them down.\n\n' +
          'Publishing the business name, the responsible person, the date of the decision, the articles violated and the fine lets job seekers and the public check an employer\'s record. This site\'s violations search holds the Ministry\'s open data and the Bureau\'s own inspection results; search by employer name (written with 台 or 臺), law, article and date, and download the results.\n\n' +
          'Where a business has appealed the decision, the record is marked as under appeal.',
      },
    },
  },
  {
    key: 'news-2025-10-minimum-wage-2026',
    publishedAt: '2025-10-22T09:00:00+08:00',
    text: {
      'zh-TW': {
        title: '2026年1月1日起最低工資調整為月薪29,500元、時薪196元',
        body:
          '勞動部公告，自2026年（115年）1月1日起，每月最低工資由28,590元調整為29,500元，每小時最低工資由190元調整為196元。\n\n' +
          '雇主與勞工約定的工資不得低於最低工資；按時計酬的勞工每小時不得低於196元，月薪制勞工的正常工時工資每月不得低於29,500元。加班費、休息日及國定假日出勤的加給不包含在最低工資內，應另外計算。\n\n' +
          '配合最低工資調整，勞工保險及職業災害保險的投保薪資第一級也隨之調整為29,500元。雇主請及早檢視薪資及投保薪資；勞工如發現工資低於最低工資，可以向臺中市政府勞工局申訴。',
      },
      en: {
        title: 'Minimum wage rises to NT$29,500 a month and NT$196 an hour from 1 January 2026',
        body:
          'The Ministry of Labor has announced that from 1 January 2026 the monthly minimum wage rises from NT$28,590 to NT$29,500 and the hourly minimum wage from NT$190 to NT$196.\n\n' +
          'Agreed wages may not be lower: hourly-paid workers must get at least NT$196 an hour, and monthly-paid workers at least NT$29,500 a month for their regular hours. Overtime pay and the extra pay for work on rest days and national holidays are not part of the minimum and are paid on top.\n\n' +
          'With the change, the lowest insured-salary grade of labor insurance and occupational accident insurance also becomes NT$29,500. Employers should check pay and insured salaries now; workers paid below the minimum can complain to the Taichung City Labor Affairs Bureau.',
      },
    },
  },
  {
    key: 'news-2024-09-minimum-wage-2025',
    publishedAt: '2024-09-20T09:00:00+08:00',
    text: {
      'zh-TW': {
        title: '2025年最低工資：月薪28,590元、時薪190元',
        body:
          '勞動部公告，自2025年（114年）1月1日起，每月最低工資調整為28,590元，每小時最低工資調整為190元。這是最低工資法施行後，第一次依該法審議調整的最低工資。\n\n' +
          '請雇主依新標準調整薪資，並注意最低工資只涵蓋正常工作時間的工資，加班費應另外發給。',
      },
      en: {
        title: 'Minimum wage for 2025: NT$28,590 a month and NT$190 an hour',
        body:
          'The Ministry of Labor has announced that from 1 January 2025 the monthly minimum wage is NT$28,590 and the hourly minimum wage NT$190. It is the first minimum wage set under the Minimum Wage Act.\n\n' +
          'Employers should adjust pay to the new rates; the minimum covers pay for regular working hours only, and overtime pay comes on top.',
      },
    },
  },
  {
    key: 'news-2024-03-harassment-rules',
    publishedAt: '2024-03-08T09:00:00+08:00',
    text: {
      'zh-TW': {
        title: '性別平等工作法職場性騷擾新制3月8日上路',
        body:
          '2023年8月修正公布的性別平等工作法（原名性別工作平等法），有關職場性騷擾防治的規定自2024年3月8日起施行。\n\n' +
          '重點包括：僱用受僱者10人以上未達30人的雇主，應訂定性騷擾申訴管道並在工作場所公開揭示；30人以上者應訂定防治措施、申訴及懲戒規範；雇主知悉性騷擾後，不論是否接獲申訴，都應採取立即有效的糾正及補救措施；行為人為最高負責人等情形，被害人可以向地方主管機關提出申訴。\n\n' +
          '臺中市政府勞工局受理工作場所性騷擾申訴，並提供法律諮詢。',
      },
      en: {
        title: 'New workplace sexual-harassment rules take effect on 8 March',
        body:
          'The rules on workplace sexual harassment in the Gender Equality in Employment Act, amended in August 2023 (when its Chinese title changed from 性別工作平等法 to 性別平等工作法), take effect on 8 March 2024.\n\n' +
          'Among the changes: employers with 10 to 29 employees must set up a complaint channel and post it at the workplace, and those with 30 or more must adopt prevention measures and complaint and discipline rules; once an employer knows of harassment, with or without a complaint, it must take immediate and effective corrective and remedial action; where the harasser is the head of the organisation, among other cases, the victim may complain to the local authority.\n\n' +
          'The Taichung City Labor Affairs Bureau handles workplace sexual-harassment complaints and offers legal advice.',
      },
    },
  },
  {
    key: 'news-2024-01-minimum-wage-act',
    publishedAt: '2024-01-02T09:00:00+08:00',
    text: {
      'zh-TW': {
        title: '最低工資法2024年1月1日施行，「基本工資」改稱「最低工資」',
        body:
          '最低工資法於2023年12月27日公布，自2024年1月1日起施行，原本依勞動基準法訂定的「基本工資」改稱「最低工資」，並由最低工資審議會每年審議。\n\n' +
          '最低工資分為每月最低工資及每小時最低工資，適用於所有適用勞動基準法的勞工。勞雇雙方議定的工資不得低於最低工資；議定低於最低工資的，以最低工資為其工資數額。審議通過的最低工資，除另有決定外，自次年1月1日起實施。2024年的最低工資為每月27,470元、每小時183元。',
      },
      en: {
        title: 'Minimum Wage Act in force from 1 January 2024: the "basic wage" becomes the "minimum wage"',
        body:
          'The Minimum Wage Act, promulgated on 27 December 2023, took effect on 1 January 2024. The "basic wage" set under the Labor Standards Act is now the "minimum wage", reviewed every year by the Minimum Wage Review Committee.\n\n' +
          'There is a monthly and an hourly minimum wage, and they apply to every worker covered by the Labor Standards Act. Agreed wages may not be lower; a lower agreed wage is replaced by the minimum wage. A newly approved minimum wage takes effect on 1 January of the following year unless decided otherwise. For 2024 the minimum wage is NT$27,470 a month and NT$183 an hour.',
      },
    },
  },
];

/** Each post with its Indonesian, Vietnamese and Thai (news.seed-translations.ts). */
export const newsSeed: NewsSeedPost[] = newsSource.map((post) => ({ ...post, text: { ...newsTranslations[post.key], ...post.text } }));
