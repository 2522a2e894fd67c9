/**
 * The calculators and the hours log: one chunk, loaded when the first of them opens (app.tsx). The
 * service worker precaches every chunk, so once the app has been visited they all work offline.
 */
export { HoursLogPage } from '../hours-log/hours-log-page.tsx';
export { AnnualLeavePage } from './annual-leave-page.tsx';
export { AverageWagePage } from './average-wage-page.tsx';
export { DisabilityQuotaPage } from './disability-quota-page.tsx';
export { HeatIndexPage } from './heat-index-page.tsx';
export { OldPensionPage } from './old-pension-page.tsx';
export { OvertimePayPage } from './overtime-pay-page.tsx';
export { SeverancePage } from './severance-page.tsx';
export { MaternityLeavePage } from './maternity-leave-page.tsx';
export { NoticePayPage } from './notice-pay-page.tsx';
export { OccupationalInjuryPage } from './occupational-injury-page.tsx';
export { ParentalLeavePage } from './parental-leave-page.tsx';
export { PensionContributionPage } from './pension-contribution-page.tsx';
