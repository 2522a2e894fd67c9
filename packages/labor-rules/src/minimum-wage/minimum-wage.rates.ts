import type { EffectiveDated } from '../effective-dated.ts';

/** Monthly and hourly minimum wage (基本工資; 最低工資 since 2024-01-01) in whole NT$. */
export type MinimumWageRate = EffectiveDated & { readonly monthly: number; readonly hourly: number };

// Sources: /work/shared/research/data-formats.md §6 and labor-law.md §5. Each
// period ends the day before the next begins; the last is open-ended until a
// new amount is approved (Minimum Wage Act Art. 14: in force from 1 January).
export const MINIMUM_WAGE_RATES: readonly MinimumWageRate[] = [
  { effectiveFrom: '2014-07-01', effectiveTo: '2015-06-30', monthly: 19273, hourly: 115, source: 'MOL press release (ajcpb.com newsid=152)' },
  { effectiveFrom: '2015-07-01', effectiveTo: '2016-09-30', monthly: 20008, hourly: 120, source: 'MOL press release 2015 (ajcpb.com newsid=152)' },
  { effectiveFrom: '2016-10-01', effectiveTo: '2016-12-31', monthly: 20008, hourly: 126, source: 'Executive Yuan notice (SETN/CNA NewsID=183090)' },
  { effectiveFrom: '2017-01-01', effectiveTo: '2017-12-31', monthly: 21009, hourly: 133, source: 'Executive Yuan notice (SETN/CNA NewsID=183090)' },
  // Start date 2018-01-01 is unconfirmed in data-formats.md §6 (amount confirmed by CNA 2018-08-16).
  { effectiveFrom: '2018-01-01', effectiveTo: '2018-12-31', monthly: 22000, hourly: 140, source: 'CNA 2018-08-16 (start date unconfirmed)' },
  { effectiveFrom: '2019-01-01', effectiveTo: '2019-12-31', monthly: 23100, hourly: 150, source: 'CNA 2018-08-16; TVBS 986926' },
  { effectiveFrom: '2020-01-01', effectiveTo: '2020-12-31', monthly: 23800, hourly: 158, source: 'MOL notice (自109年1月1日起)' },
  { effectiveFrom: '2021-01-01', effectiveTo: '2021-12-31', monthly: 24000, hourly: 160, source: 'MOL notice (自110年1月1日起)' },
  // Start date 2022-01-01 is unconfirmed in data-formats.md §6 (amount confirmed; also used in the TSMC 2022 quota case).
  { effectiveFrom: '2022-01-01', effectiveTo: '2022-12-31', monthly: 25250, hourly: 168, source: 'accounting.org.tw n=2362 (start date unconfirmed)' },
  { effectiveFrom: '2023-01-01', effectiveTo: '2023-12-31', monthly: 26400, hourly: 176, source: 'accounting.org.tw n=2362' },
  { effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31', monthly: 27470, hourly: 183, source: 'Executive Yuan (ocacnews 350181)' },
  { effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31', monthly: 28590, hourly: 190, source: 'MOL notice 2024-09-19 (CNA)' },
  { effectiveFrom: '2026-01-01', effectiveTo: null, monthly: 29500, hourly: 196, source: 'MOL notice 2025-10-21 (CNA 202510210328)' },
];
