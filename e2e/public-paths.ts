/** The public app's calculators and the hours log, as the browser walks visit them (accessibility, languages). */
export const calculatorPaths = [
  '/calculators/overtime-pay',
  '/calculators/severance',
  '/calculators/annual-leave',
  '/calculators/old-pension',
  '/calculators/average-wage',
  '/calculators/disability-quota',
  '/calculators/heat-index',
  '/calculators/notice-pay',
  '/calculators/maternity-leave',
  '/calculators/parental-leave',
  '/calculators/occupational-injury',
  '/calculators/pension-contribution',
  '/hours-log',
] as const;
