import { calculateMaternityLeave } from '#labor-rules';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { parseNumber, requireDate, requireNumber, useCalculatorForm } from './calculator-form.ts';
import { CalculatorPage, ResultPanel } from './calculator-page.tsx';
import { ChoiceField, DateField, NumberField } from './fields.tsx';
import { useCalculation } from './use-calculation.ts';

const defaults = { wage: '', average: '', hire: '', start: '', kind: 'birth' };

function compute(values: typeof defaults) {
  const average = parseNumber(values, 'average', { max: 10_000_000, optional: true });
  return calculateMaternityLeave({
    monthlyWage: requireNumber(values, 'wage', { max: 10_000_000 }),
    ...(average === undefined ? {} : { averageMonthlyWage: average }),
    hireDate: requireDate(values, 'hire'),
    leaveStartDate: requireDate(values, 'start'),
    kind: values.kind === 'miscarriage' ? 'miscarriage' : 'birth',
  });
}

const ruleFields: Record<string, string> = { monthlyWage: 'wage', averageMonthlyWage: 'average', hireDate: 'hire', leaveStartDate: 'start', date: 'start' };

/** 產假: 8 weeks (or 4 after a miscarriage from 3 months), full pay after 6 months' service, half before (LSA Art. 50). */
export function MaternityLeavePage() {
  const { t, formatMoney, formatNumber, formatPlainDate } = useI18n();
  const { values, set, isFromLink } = useCalculatorForm(defaults);
  const { result, errors, run } = useCalculation(values, compute, { isFromLink, fieldFor: (field) => ruleFields[field] ?? field });
  const bound = { values, errors, onChange: set as (name: string, value: string) => void };
  return (
    <CalculatorPage
      service="maternity-leave"
      onSubmit={run}
      errors={errors}
      form={
        <>
          <NumberField name="wage" label={t('calculators.maternity.monthly_wage')} decimal {...bound} />
          <NumberField name="average" label={t('calculators.maternity.average_wage')} hint={t('calculators.maternity.average_wage_hint')} decimal {...bound} />
          <DateField name="hire" label={t('calculators.common.hire_date')} {...bound} />
          <DateField name="start" label={t('calculators.maternity.leave_start')} {...bound} />
          <ChoiceField
            name="kind"
            label={t('calculators.maternity.kind')}
            options={[
              { value: 'birth', label: t('calculators.maternity.kind_birth') },
              { value: 'miscarriage', label: t('calculators.maternity.kind_miscarriage') },
            ]}
            {...bound}
          />
        </>
      }
      result={
        result ? (
          <ResultPanel
            figures={[
              { label: t('calculators.maternity.weeks'), value: t('calculators.maternity.weeks_value', { weeks: formatNumber(result.weeks) }), detail: `(${formatPlainDate(values.start)} – ${formatPlainDate(result.leaveEndDate)})` },
              { label: t('calculators.maternity.pay'), value: formatMoney(result.pay), detail: `(${result.paidInFull ? t('calculators.maternity.full_pay') : t('calculators.maternity.half_pay')})` },
            ]}
            steps={result.steps}
          />
        ) : null
      }
    />
  );
}
