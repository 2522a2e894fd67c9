import type { ReactNode } from 'react';
import { HoursLogPage } from '../hours-log/hours-log-page.tsx';
import { AnnualLeavePage } from './annual-leave-page.tsx';
import { AverageWagePage } from './average-wage-page.tsx';
import { DisabilityQuotaPage } from './disability-quota-page.tsx';
import { HeatIndexPage } from './heat-index-page.tsx';
import { OldPensionPage } from './old-pension-page.tsx';
import { OvertimePayPage } from './overtime-pay-page.tsx';
import { SeverancePage } from './severance-page.tsx';

/**
 * The calculators and the hours log, by path. They are bundled with the app (not loaded on demand)
 * so that, once the service worker has the app's files, they all work offline.
 */
const pages: Record<string, () => ReactNode> = {
  '/calculators/overtime-pay': () => <OvertimePayPage />,
  '/calculators/severance': () => <SeverancePage />,
  '/calculators/annual-leave': () => <AnnualLeavePage />,
  '/calculators/old-pension': () => <OldPensionPage />,
  '/calculators/average-wage': () => <AverageWagePage />,
  '/calculators/disability-quota': () => <DisabilityQuotaPage />,
  '/calculators/heat-index': () => <HeatIndexPage />,
  '/hours-log': () => <HoursLogPage />,
};

export function calculatorPage(pathname: string): ReactNode | null {
  return pages[pathname.replace(/\/+$/, '')]?.() ?? null;
}
