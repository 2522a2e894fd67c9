import { calculateOldPension } from '#labor-rules';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { parseNumber, requireNumber, useCalculatorForm } from './calculator-form.ts';
import { CalculatorPage, ResultPanel } from './calculator-page.tsx';
import { NumberField } from './fields.tsx';
import { CheckField } from './fields-extra.tsx';
import { useCalculation } from './use-calculation.ts';

const defaults = { wage: '', years: '', months: '', days: '', age: '', duty: '' };

function compute(values: typeof defaults) {
  const part = (field: string) => parseNumber(values, field, { integer: true, max: 1200, optional: true }) ?? 0;
  const age = parseNumber(values, 'age', { integer: true, min: 15, max: 120, optional: true });
  return calculateOldPension({
    averageMonthlyWage: requireNumber(values, 'wage', { max: 10_000_000 }),
    oldSystemService: { years: part('years'), months: part('months'), days: part('days') },
    ...(age === undefined ? {} : { age }),
    isDutyDisability: values.duty === '1',
  });
}

const ruleFields: Record<string, string> = {
  averageMonthlyWage: 'wage',
  'oldSystemService.years': 'years',
  'oldSystemService.months': 'months',
  'oldSystemService.days': 'days',
};

/** 舊制退休金: LSA Arts. 53-55. */
export function OldPensionPage() {
  const { t, formatMoney, formatNumber } = useI18n();
  const { values, set, isFromLink } = useCalculatorForm(defaults);
  const { result, errors, run } = useCalculation(values, compute, { isFromLink, fieldFor: (field) => ruleFields[field] ?? field });
  const bound = { values, errors, onChange: set as (name: string, value: string) => void };
  return (
    <CalculatorPage
      service="old-pension"
      onSubmit={run}
      errors={errors}
      form={
        <>
          <NumberField name="wage" label={t('calculators.common.average_monthly_wage')} hint={t('calculators.common.average_monthly_wage_hint')} decimal {...bound} />
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('calculators.old_pension.service')}</legend>
            <div className="field-row">
              <NumberField name="years" label={t('calculators.common.years')} {...bound} />
              <NumberField name="months" label={t('calculators.common.months')} {...bound} />
              <NumberField name="days" label={t('calculators.common.days')} {...bound} />
            </div>
          </fieldset>
          <NumberField name="age" label={t('calculators.old_pension.age')} hint={t('calculators.old_pension.age_hint')} {...bound} />
          <CheckField name="duty" label={t('calculators.old_pension.duty_disability')} values={values} onChange={bound.onChange} />
        </>
      }
      result={
        result ? (
          <ResultPanel
            figures={[
              { label: t('calculators.old_pension.amount'), value: formatMoney(result.amount) },
              { label: t('calculators.old_pension.bases'), value: formatNumber(result.bases) },
              ...(result.eligible === undefined
                ? []
                : [{ label: t('calculators.old_pension.eligible'), value: (result.eligible ? t('calculators.common.yes') : t('calculators.common.no')) }]),
            ]}
            steps={result.steps}
          />
        ) : null
      }
    />
  );
}
