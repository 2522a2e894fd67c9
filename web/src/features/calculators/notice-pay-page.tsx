import { calculateNoticePay } from '#labor-rules';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { parseNumber, requireDate, requireNumber, useCalculatorForm } from './calculator-form.ts';
import { CalculatorPage, ResultPanel } from './calculator-page.tsx';
import { DateField, NumberField } from './fields.tsx';
import { useCalculation } from './use-calculation.ts';

const defaults = { wage: '', hire: '', end: '', given: '' };

function compute(values: typeof defaults) {
  const given = parseNumber(values, 'given', { integer: true, max: 3650, optional: true });
  return calculateNoticePay({
    averageMonthlyWage: requireNumber(values, 'wage', { max: 10_000_000 }),
    hireDate: requireDate(values, 'hire'),
    terminationDate: requireDate(values, 'end'),
    ...(given === undefined ? {} : { noticeGivenDays: given }),
  });
}

const ruleFields: Record<string, string> = { averageMonthlyWage: 'wage', hireDate: 'hire', terminationDate: 'end', noticeGivenDays: 'given', date: 'end' };

/** 預告期間與預告工資: notice by length of service, paid job-search leave, pay for the notice not given (LSA Art. 16). */
export function NoticePayPage() {
  const { t, formatMoney, formatNumber } = useI18n();
  const { values, set, isFromLink } = useCalculatorForm(defaults);
  const { result, errors, run } = useCalculation(values, compute, { isFromLink, fieldFor: (field) => ruleFields[field] ?? field });
  const bound = { values, errors, onChange: set as (name: string, value: string) => void };
  return (
    <CalculatorPage
      service="notice-pay"
      onSubmit={run}
      errors={errors}
      form={
        <>
          <NumberField name="wage" label={t('calculators.common.average_monthly_wage')} hint={t('calculators.common.average_monthly_wage_hint')} decimal {...bound} />
          <DateField name="hire" label={t('calculators.common.hire_date')} {...bound} />
          <DateField name="end" label={t('calculators.severance.termination_date')} hint={t('calculators.severance.termination_date_hint')} {...bound} />
          <NumberField name="given" label={t('calculators.notice.given_days')} hint={t('calculators.notice.given_days_hint')} {...bound} />
        </>
      }
      result={
        result ? (
          <ResultPanel
            figures={[
              { label: t('calculators.notice.notice_days'), value: t('calculators.notice.days_value', { days: formatNumber(result.noticeDays) }) },
              { label: t('calculators.notice.notice_pay'), value: formatMoney(result.noticePay), detail: `(${t('calculators.notice.shortfall', { days: formatNumber(result.shortfallDays) })})` },
              { label: t('calculators.notice.job_search_leave'), value: t('calculators.notice.per_week', { days: formatNumber(result.jobSearchLeaveDaysPerWeek) }) },
            ]}
            steps={result.steps}
          />
        ) : null
      }
    />
  );
}
