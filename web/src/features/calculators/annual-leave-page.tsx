import { calculateAnnualLeave, calculateUnusedAnnualLeavePay } from '#labor-rules';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { parseNumber, requireDate, useCalculatorForm } from './calculator-form.ts';
import { CalculatorPage, ResultPanel, StepList } from './calculator-page.tsx';
import { ChoiceField, DateField, NumberField } from './fields.tsx';
import { useCalculation } from './use-calculation.ts';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const defaults = { mode: 'dates', hire: '', asOf: '', system: 'anniversary', years: '', months: '', unused: '', wage: '' };

function compute(values: typeof defaults) {
  const leave =
    values.mode === 'service'
      ? calculateAnnualLeave({
          service: {
            years: parseNumber(values, 'years', { integer: true, max: 100, optional: true }) ?? 0,
            months: parseNumber(values, 'months', { integer: true, max: 1200, optional: true }) ?? 0,
            days: 0,
          },
        })
      : calculateAnnualLeave({
          hireDate: requireDate(values, 'hire'),
          asOfDate: values.asOf || today(),
          system: values.system === 'calendar-year' ? 'calendar-year' : 'anniversary',
        });
  const unusedDays = parseNumber(values, 'unused', { max: 366, optional: true });
  const pay =
    unusedDays === undefined
      ? undefined
      : calculateUnusedAnnualLeavePay({ unusedDays, monthlyWage: parseNumber(values, 'wage', { max: 10_000_000 }) ?? 0 });
  return { leave, pay };
}

const ruleFields: Record<string, string> = {
  hireDate: 'hire',
  asOfDate: 'asOf',
  'service.years': 'years',
  'service.months': 'months',
  unusedDays: 'unused',
  monthlyWage: 'wage',
  date: 'asOf',
};

/** 特別休假: days by seniority under the law in force, and pay for unused days. */
export function AnnualLeavePage() {
  const { t, formatMoney, formatNumber } = useI18n();
  const { values, set, isFromLink } = useCalculatorForm(defaults);
  const { result, errors, run } = useCalculation(values, compute, { isFromLink, fieldFor: (field) => ruleFields[field] ?? field });
  const bound = { values, errors, onChange: set as (name: string, value: string) => void };
  return (
    <CalculatorPage
      service="annual-leave"
      onSubmit={run}
      errors={errors}
      form={
        <>
          <ChoiceField
            name="mode"
            label={t('calculators.annual_leave.mode')}
            options={[
              { value: 'dates', label: t('calculators.annual_leave.mode_dates') },
              { value: 'service', label: t('calculators.annual_leave.mode_service') },
            ]}
            {...bound}
          />
          {values.mode === 'service' ? (
            <div className="field-row field-row--2">
              <NumberField name="years" label={t('calculators.common.years')} {...bound} />
              <NumberField name="months" label={t('calculators.common.months')} {...bound} />
            </div>
          ) : (
            <>
              <DateField name="hire" label={t('calculators.common.hire_date')} {...bound} />
              <DateField name="asOf" label={t('calculators.annual_leave.as_of')} hint={t('calculators.annual_leave.as_of_hint')} {...bound} />
              <ChoiceField
                name="system"
                label={t('calculators.annual_leave.system')}
                options={[
                  { value: 'anniversary', label: t('calculators.annual_leave.system_anniversary') },
                  { value: 'calendar-year', label: t('calculators.annual_leave.system_calendar') },
                ]}
                {...bound}
              />
            </>
          )}
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('calculators.annual_leave.unused_title')}</legend>
            <div className="field-row field-row--2">
              <NumberField name="unused" label={t('calculators.annual_leave.unused_days')} decimal {...bound} />
              <NumberField name="wage" label={t('calculators.overtime.monthly_wage')} decimal {...bound} />
            </div>
          </fieldset>
        </>
      }
      result={
        result ? (
          <ResultPanel
            figures={[
              { label: t('calculators.annual_leave.days'), value: t('calculators.annual_leave.days_value', { days: formatNumber(result.leave.days) }) },
              ...(result.pay ? [{ label: t('calculators.annual_leave.unused_pay'), value: formatMoney(result.pay.amount) }] : []),
            ]}
            steps={result.leave.steps}
          >
            {result.pay ? <StepList steps={result.pay.steps} title={t('calculators.annual_leave.unused_pay')} /> : null}
          </ResultPanel>
        ) : null
      }
    />
  );
}
