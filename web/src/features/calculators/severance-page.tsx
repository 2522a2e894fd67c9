import { calculateSeverancePay, type SeverancePayInput } from '#labor-rules';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type FormValues, parseNumber, requireDate, requireNumber, useCalculatorForm } from './calculator-form.ts';
import { CalculatorPage, ResultPanel } from './calculator-page.tsx';
import { ChoiceField, DateField, NumberField } from './fields.tsx';
import { useCalculation } from './use-calculation.ts';

const defaults = {
  wage: '',
  mode: 'dates',
  hire: '',
  end: '',
  system: 'switched',
  switch: '2005-07-01',
  oldY: '',
  oldM: '',
  oldD: '',
  newY: '',
  newM: '',
  newD: '',
  age: '',
};

const service = (values: FormValues, prefix: 'old' | 'new') => {
  const part = (suffix: string) => parseNumber(values, `${prefix}${suffix}`, { integer: true, max: 1200, optional: true }) ?? 0;
  return { years: part('Y'), months: part('M'), days: part('D') };
};

function compute(values: typeof defaults) {
  const averageMonthlyWage = requireNumber(values, 'wage', { max: 10_000_000 });
  const age = parseNumber(values, 'age', { integer: true, min: 15, max: 120, optional: true });
  const withAge = age === undefined ? {} : { age };
  let input: SeverancePayInput;
  if (values.mode === 'dates') {
    const isBeforeNewSystem = values.hire !== '' && values.hire < '2005-07-01';
    input = {
      averageMonthlyWage,
      hireDate: requireDate(values, 'hire'),
      terminationDate: requireDate(values, 'end'),
      ...(isBeforeNewSystem ? { switchDate: values.system === 'old' ? null : values.switch } : {}),
      ...withAge,
    };
  } else {
    input = { averageMonthlyWage, oldSystemService: service(values, 'old'), newSystemService: service(values, 'new'), ...withAge };
  }
  return calculateSeverancePay(input);
}

const ruleFields: Record<string, string> = {
  averageMonthlyWage: 'wage',
  hireDate: 'hire',
  terminationDate: 'end',
  switchDate: 'switch',
  'oldSystemService.years': 'oldY',
  'oldSystemService.months': 'oldM',
  'oldSystemService.days': 'oldD',
  'newSystemService.years': 'newY',
  'newSystemService.months': 'newM',
  'newSystemService.days': 'newD',
  date: 'end',
};

/** 資遣費: old system (LSA Art. 17), new system (Labor Pension Act Art. 12), or both. */
export function SeverancePage() {
  const { t, formatMoney, formatNumber } = useI18n();
  const { values, set, isFromLink } = useCalculatorForm(defaults);
  const { result, errors, run } = useCalculation(values, compute, { isFromLink, fieldFor: (field) => ruleFields[field] ?? field });
  const bound = { values, errors, onChange: set as (name: string, value: string) => void };
  const isBeforeNewSystem = values.mode === 'dates' && values.hire !== '' && values.hire < '2005-07-01';
  const serviceFields = (prefix: 'old' | 'new') => (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t(`calculators.severance.${prefix}_service`)}</legend>
      <div className="field-row">
        <NumberField name={`${prefix}Y`} label={t('calculators.common.years')} {...bound} />
        <NumberField name={`${prefix}M`} label={t('calculators.common.months')} {...bound} />
        <NumberField name={`${prefix}D`} label={t('calculators.common.days')} {...bound} />
      </div>
    </fieldset>
  );
  return (
    <CalculatorPage
      service="severance"
      onSubmit={run}
      errors={errors}
      form={
        <>
          <NumberField name="wage" label={t('calculators.common.average_monthly_wage')} hint={t('calculators.common.average_monthly_wage_hint')} decimal {...bound} />
          <ChoiceField
            name="mode"
            label={t('calculators.severance.mode')}
            options={[
              { value: 'dates', label: t('calculators.severance.mode_dates') },
              { value: 'service', label: t('calculators.severance.mode_service') },
            ]}
            {...bound}
          />
          {values.mode === 'dates' ? (
            <>
              <DateField name="hire" label={t('calculators.common.hire_date')} {...bound} />
              <DateField name="end" label={t('calculators.severance.termination_date')} hint={t('calculators.severance.termination_date_hint')} {...bound} />
              {isBeforeNewSystem ? (
                <>
                  <ChoiceField
                    name="system"
                    label={t('calculators.severance.system')}
                    options={[
                      { value: 'switched', label: t('calculators.severance.system_switched') },
                      { value: 'old', label: t('calculators.severance.system_old') },
                    ]}
                    {...bound}
                  />
                  {values.system === 'old' ? null : <DateField name="switch" label={t('calculators.severance.switch_date')} {...bound} />}
                </>
              ) : null}
            </>
          ) : (
            <>
              {serviceFields('old')}
              {serviceFields('new')}
            </>
          )}
          <NumberField name="age" label={t('calculators.old_pension.age')} hint={t('calculators.severance.age_hint')} {...bound} />
        </>
      }
      result={
        result ? (
          <ResultPanel
            figures={[
              { label: t('calculators.severance.amount'), value: formatMoney(result.amount) },
              // A hire on or after 2005-07-01 has no old-system service: no row of NT$0 for a system that never applied.
              ...(result.oldSystemBase > 0
                ? [{ label: t('calculators.severance.old_part'), value: formatMoney(result.oldSystemAmount), detail: `(${formatNumber(result.oldSystemBase)} ${t('calculators.severance.months_of_wage')})` }]
                : []),
              { label: t('calculators.severance.new_part'), value: formatMoney(result.newSystemAmount), detail: `(${formatNumber(result.newSystemBase)} ${t('calculators.severance.months_of_wage')})` },
              // Retirement next to severance (LSA Arts. 53, 55): shown when an age was given and there is old-system service.
              ...(result.retirement
                ? [
                  { label: t('calculators.severance.retirement_eligible'), value: result.retirement.eligible ? t('calculators.common.yes') : t('calculators.common.no') },
                  { label: t('calculators.severance.old_pension'), value: formatMoney(result.retirement.oldPensionAmount), detail: `(${formatNumber(result.retirement.oldPensionBases)} ${t('calculators.severance.months_of_wage')})` },
                  { label: t('calculators.severance.total_with_pension'), value: formatMoney(result.retirement.totalWithPension) },
                ]
                : []),
            ]}
            steps={result.steps}
          />
        ) : null
      }
    />
  );
}
