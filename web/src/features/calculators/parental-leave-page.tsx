import { calculateParentalLeave } from '#labor-rules';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { parseNumber, requireDate, requireNumber, useCalculatorForm } from './calculator-form.ts';
import { CalculatorPage, ResultPanel } from './calculator-page.tsx';
import { DateField, NumberField } from './fields.tsx';
import { useCalculation } from './use-calculation.ts';

const defaults = { wage: '', average: '', date: '' };

function compute(values: typeof defaults) {
  const average = parseNumber(values, 'average', { max: 10_000_000, optional: true });
  return calculateParentalLeave({
    monthlyWage: requireNumber(values, 'wage', { max: 10_000_000 }),
    ...(average === undefined ? {} : { averageMonthlyWage: average }),
    date: requireDate(values, 'date'),
  });
}

const ruleFields: Record<string, string> = { monthlyWage: 'wage', averageMonthlyWage: 'average' };

/** 產檢假與陪產檢及陪產假: Act of Gender Equality in Employment Art. 15, paid in full. */
export function ParentalLeavePage() {
  const { t, formatMoney, formatNumber } = useI18n();
  const { values, set, isFromLink } = useCalculatorForm(defaults);
  const { result, errors, run } = useCalculation(values, compute, { isFromLink, fieldFor: (field) => ruleFields[field] ?? field });
  const bound = { values, errors, onChange: set as (name: string, value: string) => void };
  return (
    <CalculatorPage
      service="parental-leave"
      onSubmit={run}
      errors={errors}
      form={
        <>
          <NumberField name="wage" label={t('calculators.maternity.monthly_wage')} decimal {...bound} />
          <NumberField name="average" label={t('calculators.maternity.average_wage')} hint={t('calculators.maternity.average_wage_hint')} decimal {...bound} />
          <DateField name="date" label={t('calculators.parental.date')} hint={t('calculators.parental.date_hint')} {...bound} />
        </>
      }
      result={
        result ? (
          <ResultPanel
            figures={[
              { label: t('calculators.parental.prenatal_check'), value: formatMoney(result.prenatalCheckPay), detail: `(${t('calculators.notice.days_value', { days: formatNumber(result.prenatalCheckDays) })})` },
              { label: t('calculators.parental.paternity'), value: formatMoney(result.paternityPay), detail: `(${t('calculators.notice.days_value', { days: formatNumber(result.paternityDays) })})` },
            ]}
            steps={result.steps}
          />
        ) : null
      }
    />
  );
}
