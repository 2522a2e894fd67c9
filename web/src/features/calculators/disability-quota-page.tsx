import { fieldId } from '../../ui/error-summary.tsx';
import { calculateDisabilityQuota, rateOn, type RateTables } from '#labor-rules';
import { RatesUsed } from '../rates/rates-used.tsx';
import { useRateTables } from '../rates/use-rates.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { parseNumber, requireNumber, useCalculatorForm } from './calculator-form.ts';
import { CalculatorPage, ResultPanel } from './calculator-page.tsx';
import { ChoiceField, NumberField } from './fields.tsx';
import { useCalculation } from './use-calculation.ts';

function thisMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

const defaults = { sector: 'private', employees: '', severe: '', other: '', partTime: '', month: '' };

function compute(values: typeof defaults, tables: RateTables) {
  const count = (field: string) => parseNumber(values, field, { integer: true, max: 10_000_000, optional: true }) ?? 0;
  const month = values.month || thisMonth();
  const result = calculateDisabilityQuota({
    sector: values.sector === 'public' ? 'public' : 'private',
    employees: requireNumber(values, 'employees', { integer: true, max: 10_000_000 }),
    disabledEmployees: { severe: count('severe'), other: count('other'), partTimeHalfWage: count('partTime') },
    month,
    minimumWages: tables.minimumWages,
  });
  const period = rateOn(tables.minimumWages, `${month}-01`);
  return { ...result, used: period ? [{ kind: 'minimum-wage' as const, period }] : [] };
}

const ruleFields: Record<string, string> = {
  'disabledEmployees.severe': 'severe',
  'disabledEmployees.other': 'other',
  'disabledEmployees.partTimeHalfWage': 'partTime',
  date: 'month',
};

/** 身心障礙者定額進用: required count, counted hires, shortfall payment. */
export function DisabilityQuotaPage() {
  const { t, formatMoney, formatNumber } = useI18n();
  const { values, set, isFromLink } = useCalculatorForm(defaults);
  const rates = useRateTables();
  const { result, errors, run } = useCalculation(values, (current) => compute(current, rates.tables), { isFromLink, fieldFor: (field) => ruleFields[field] ?? field, rates: rates.tables });
  const bound = { values, errors, onChange: set as (name: string, value: string) => void };
  return (
    <CalculatorPage
      service="disability-quota"
      onSubmit={run}
      errors={errors}
      form={
        <>
          <ChoiceField
            name="sector"
            label={t('calculators.quota.sector')}
            options={[
              { value: 'private', label: t('calculators.quota.sector_private') },
              { value: 'public', label: t('calculators.quota.sector_public') },
            ]}
            {...bound}
          />
          <NumberField name="employees" label={t('calculators.quota.employees')} hint={t('calculators.quota.employees_hint')} {...bound} />
          <NumberField name="severe" label={t('calculators.quota.severe')} {...bound} />
          <NumberField name="other" label={t('calculators.quota.other')} {...bound} />
          <NumberField name="partTime" label={t('calculators.quota.part_time')} {...bound} />
          <TextField
            label={t('calculators.quota.month')}
            hint={t('calculators.quota.month_hint')}
            type="month"
            name="month"
            min="2014-07"
            max="2099-12"
            id={fieldId('month')}
            error={errors.month}
            value={values.month}
            onChange={(event) => set('month', event.target.value)}
          />
        </>
      }
      result={
        result ? (
          <ResultPanel
            figures={[
              { label: t('calculators.quota.required'), value: formatNumber(result.requiredCount) },
              { label: t('calculators.quota.counted'), value: formatNumber(result.countedCount) },
              { label: t('calculators.quota.shortfall'), value: formatNumber(result.shortfall) },
              { label: t('calculators.quota.payment'), value: formatMoney(result.monthlyShortfallPayment) },
            ]}
            steps={result.steps}
          >
            <RatesUsed used={result.used} state={rates} />
          </ResultPanel>
        ) : null
      }
    />
  );
}
