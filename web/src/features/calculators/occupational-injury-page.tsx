import { calculateOccupationalInjury, rateOn, type OccupationalInjuryInput, type RateTables } from '#labor-rules';
import { RatesUsed, type UsedPeriod } from '../rates/rates-used.tsx';
import { useRateTables } from '../rates/use-rates.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { parseNumber, requireDate, requireNumber, useCalculatorForm } from './calculator-form.ts';
import { CalculatorPage, ResultPanel } from './calculator-page.tsx';
import { CheckField } from './fields-extra.tsx';
import { ChoiceField, DateField, NumberField } from './fields.tsx';
import { useCalculation } from './use-calculation.ts';

const defaults = { kind: 'medical-leave', wage: '', paid: '', original: '', days: '', medical: '', lump: '', gradeDays: '', grade: '', date: '' };

/** Today in Taiwan, the default day of the grade determination (it selects the disability table). */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function compute(values: typeof defaults, tables: RateTables): ReturnType<typeof calculateOccupationalInjury> & { used: UsedPeriod[] } {
  const paid = parseNumber(values, 'paid', { max: 1_000_000_000, optional: true });
  const common = { averageMonthlyWage: requireNumber(values, 'wage', { max: 10_000_000 }), ...(paid === undefined ? {} : { insuranceBenefitsPaid: paid }) };
  let input: OccupationalInjuryInput;
  if (values.kind === 'death') {
    input = { ...common, kind: 'death' };
  } else if (values.kind === 'disability') {
    const grade = parseNumber(values, 'grade', { integer: true, min: 1, max: 15, optional: true });
    // The days from the grade determination; without them, those of the grade in the published table.
    const days = parseNumber(values, 'gradeDays', { max: 10_000, optional: true });
    const date = values.date.trim() === '' ? today() : requireDate(values, 'date');
    input = {
      ...common,
      kind: 'disability',
      date,
      disabilityGradeTables: tables.disabilityGradeTables,
      ...(days === undefined ? {} : { disabilityBenefitDays: days }),
      ...(grade === undefined ? {} : { disabilityGrade: grade }),
    };
  } else {
    const medical = parseNumber(values, 'medical', { max: 1_000_000_000, optional: true });
    input = {
      ...common,
      kind: 'medical-leave',
      originalMonthlyWage: requireNumber(values, 'original', { max: 10_000_000 }),
      daysUnableToWork: requireNumber(values, 'days', { integer: true, max: 36_500 }),
      ...(medical === undefined ? {} : { medicalCosts: medical }),
      twoYearLumpSum: values.lump === '1',
    };
  }
  const result = calculateOccupationalInjury(input);
  const period = result.disabilityTable !== undefined && input.kind === 'disability' && input.date !== undefined ? rateOn(tables.disabilityGradeTables, input.date) : undefined;
  return { ...result, used: period ? [{ kind: 'disability-grades', period }] : [] };
}

const ruleFields: Record<string, string> = {
  averageMonthlyWage: 'wage',
  insuranceBenefitsPaid: 'paid',
  originalMonthlyWage: 'original',
  daysUnableToWork: 'days',
  medicalCosts: 'medical',
  disabilityBenefitDays: 'gradeDays',
  disabilityGrade: 'grade',
};

/** 職業災害補償: what the employer owes under LSA Art. 59, less insurance benefits for the same accident. */
export function OccupationalInjuryPage() {
  const { t, formatMoney } = useI18n();
  const { values, set, isFromLink } = useCalculatorForm(defaults);
  const rates = useRateTables();
  const { result, errors, run } = useCalculation(values, (current) => compute(current, rates.tables), { isFromLink, fieldFor: (field) => ruleFields[field] ?? field, rates: rates.tables });
  const bound = { values, errors, onChange: set as (name: string, value: string) => void };
  const figure = (key: string, value: number | undefined) => (value === undefined ? [] : [{ label: t(`calculators.injury.${key}`), value: formatMoney(value) }]);
  return (
    <CalculatorPage
      service="occupational-injury"
      onSubmit={run}
      errors={errors}
      form={
        <>
          <ChoiceField
            name="kind"
            label={t('calculators.injury.kind')}
            options={(['medical-leave', 'disability', 'death'] as const).map((value) => ({ value, label: t(`calculators.injury.kind_${value.replace('-', '_')}`) }))}
            {...bound}
          />
          <NumberField name="wage" label={t('calculators.common.average_monthly_wage')} hint={t('calculators.common.average_monthly_wage_hint')} decimal {...bound} />
          {values.kind === 'medical-leave' ? (
            <>
              <NumberField name="original" label={t('calculators.injury.original_wage')} decimal {...bound} />
              <NumberField name="days" label={t('calculators.injury.days_unable')} {...bound} />
              <NumberField name="medical" label={t('calculators.injury.medical_costs')} decimal {...bound} />
              <CheckField name="lump" label={t('calculators.injury.two_year_lump_sum')} values={values} onChange={bound.onChange} />
            </>
          ) : null}
          {values.kind === 'disability' ? (
            <>
              <div className="field-row field-row--2">
                <NumberField name="grade" label={t('calculators.injury.grade')} {...bound} />
                <NumberField name="gradeDays" label={t('calculators.injury.grade_days')} hint={t('rates.injury.grade_days_hint')} {...bound} />
              </div>
              <DateField name="date" label={t('rates.injury.date')} hint={t('rates.injury.date_hint')} {...bound} />
            </>
          ) : null}
          <NumberField name="paid" label={t('calculators.injury.insurance_paid')} hint={t('calculators.injury.insurance_paid_hint')} decimal {...bound} />
        </>
      }
      result={
        result ? (
          <ResultPanel
            figures={[
              { label: t('calculators.injury.employer_owes'), value: formatMoney(result.employerOwes) },
              ...figure('funeral_allowance', result.funeralAllowance),
              ...figure('death_compensation', result.deathCompensation),
              ...figure('disability_compensation', result.disabilityCompensation),
              ...figure('medical_costs_result', result.medicalCosts),
              ...figure('wage_compensation', result.wageCompensation),
              ...figure('lump_sum', result.lumpSum),
              { label: t('calculators.injury.offset'), value: formatMoney(result.offset) },
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
