import { fieldId } from '../../ui/error-summary.tsx';
import { addDays, calculateAverageWage, type ExclusionReason, isPlainDate, monthsEarlier } from '#labor-rules';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { FieldError, parseNumber, requireDate, useCalculatorForm } from './calculator-form.ts';
import { CalculatorPage, ResultPanel } from './calculator-page.tsx';
import { ChoiceField, DateField, NumberField } from './fields.tsx';
import { useCalculation } from './use-calculation.ts';

const reasons: readonly ExclusionReason[] = ['occupationalInjury', 'maternityHalfPay', 'forceMajeure', 'ordinarySickLeave', 'genderEqualityLeave', 'unpaidLeave'];

type Period = { from: string; to: string; value: string };

/** Rows in the URL: `from,to,amount` (wages) or `from,to,reason` (excluded periods) joined by `;`. */
function decode(text: string): Period[] {
  if (text.trim() === '') return [];
  return text.split(';').slice(0, 60).map((part) => {
    const [from = '', to = '', value = ''] = part.split(',');
    return { from, to, value };
  });
}
const encode = (rows: readonly Period[]) => rows.map((row) => [row.from, row.to, row.value].join(',')).join(';');

const defaults = { event: '', hire: '', basis: 'monthly', worked: '', wages: '', excluded: '' };

function compute(values: typeof defaults) {
  const eventDate = requireDate(values, 'event');
  const wages = decode(values.wages).map((row, index) => ({
    from: requireDate({ [`wage${index}.from`]: row.from }, `wage${index}.from`),
    to: requireDate({ [`wage${index}.to`]: row.to }, `wage${index}.to`),
    amount: parseNumber({ [`wage${index}.amount`]: row.value }, `wage${index}.amount`, { max: 100_000_000 }) ?? 0,
  }));
  if (wages.length === 0) throw new FieldError('wage0.from', 'required');
  const excludedPeriods = decode(values.excluded).map((row, index) => ({
    from: requireDate({ [`excluded${index}.from`]: row.from }, `excluded${index}.from`),
    to: requireDate({ [`excluded${index}.to`]: row.to }, `excluded${index}.to`),
    reason: (reasons as readonly string[]).includes(row.value) ? (row.value as ExclusionReason) : 'unpaidLeave',
  }));
  const basis = values.basis === 'daily' || values.basis === 'hourly' || values.basis === 'piece-rate' ? values.basis : 'monthly';
  const worked = basis === 'monthly' ? undefined : parseNumber(values, 'worked', { integer: true, min: 1, max: 400 });
  return calculateAverageWage({
    eventDate,
    ...(values.hire ? { hireDate: values.hire } : {}),
    wages,
    excludedPeriods,
    payBasis: basis,
    ...(worked === undefined ? {} : { actualWorkingDays: worked }),
  });
}

function ruleField(field: string): string {
  const match = /^(wages|excludedPeriods)\[(\d+)\]\.(\w+)$/.exec(field);
  if (match) return `${match[1] === 'wages' ? 'wage' : 'excluded'}${match[2]}.${match[3]}`;
  const names: Record<string, string> = { eventDate: 'event', hireDate: 'hire', actualWorkingDays: 'worked', excludedPeriods: 'excluded0.from', date: 'event' };
  return names[field] ?? field;
}

/** The six calendar months before the event, one row each, for the worker to fill in the wages. */
function sixMonths(event: string): Period[] {
  const rows: Period[] = [];
  for (let i = 6; i >= 1; i -= 1) {
    const from = monthsEarlier(event, i);
    rows.push({ from, to: addDays(monthsEarlier(event, i - 1), -1), value: '' });
  }
  return rows;
}

/** 平均工資: wages of the 6 months before the event over their calendar days. */
export function AverageWagePage() {
  const { t, formatMoney, formatNumber, formatPlainDate } = useI18n();
  // Shown in whole dollars like every amount; the cents the calculation carries stay readable beside it.
  const exactDetail = (value: number) => (Number.isInteger(value) ? {} : { detail: `(${t('calculators.common.exact_value', { value: formatNumber(value) })})` });
  const { values, set, isFromLink } = useCalculatorForm(defaults);
  const { result, errors, run } = useCalculation(values, compute, { isFromLink, fieldFor: ruleField });
  const bound = { values, errors, onChange: set as (name: string, value: string) => void };
  const wages = decode(values.wages);
  const excluded = decode(values.excluded);
  const setWages = (rows: Period[]) => set('wages', encode(rows));
  const setExcluded = (rows: Period[]) => set('excluded', encode(rows));
  const patch = (rows: Period[], index: number, change: Partial<Period>) => rows.map((row, i) => (i === index ? { ...row, ...change } : row));
  return (
    <CalculatorPage
      service="average-wage"
      onSubmit={run}
      errors={errors}
      form={
        <>
          <DateField name="event" label={t('calculators.average_wage.event_date')} hint={t('calculators.average_wage.event_date_hint')} {...bound} />
          <DateField name="hire" label={t('calculators.common.hire_date')} hint={t('calculators.average_wage.hire_hint')} {...bound} />
          <div className="button-row no-print">
            <Button variant="secondary" disabled={!isPlainDate(values.event)} onClick={() => setWages(sixMonths(values.event))}>
              {t('calculators.average_wage.fill_months')}
            </Button>
          </div>
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('calculators.average_wage.wages')}</legend>
            {errors['wage0.from'] && wages.length === 0 ? <p className="field__error">{errors['wage0.from']}</p> : null}
            <ol className="day-rows">
              {wages.map((row, index) => (
                <li key={index}>
                  <fieldset className="day-row">
                    <legend>{t('calculators.average_wage.period_legend', { number: index + 1 })}</legend>
                    <TextField label={t('calculators.common.from')} type="date" value={row.from} id={fieldId(`wage${index}.from`)} error={errors[`wage${index}.from`]} onChange={(e) => setWages(patch(wages, index, { from: e.target.value }))} />
                    <TextField label={t('calculators.common.to')} type="date" value={row.to} id={fieldId(`wage${index}.to`)} error={errors[`wage${index}.to`]} onChange={(e) => setWages(patch(wages, index, { to: e.target.value }))} />
                    <TextField label={t('calculators.average_wage.amount')} inputMode="decimal" autoComplete="off" value={row.value} id={fieldId(`wage${index}.amount`)} error={errors[`wage${index}.amount`]} onChange={(e) => setWages(patch(wages, index, { value: e.target.value }))} />
                    <Button variant="secondary" className="day-row__remove no-print" onClick={() => setWages(wages.filter((_, i) => i !== index))}>
                      {t('calculators.average_wage.remove_period', { number: index + 1 })}
                    </Button>
                  </fieldset>
                </li>
              ))}
            </ol>
            <div className="button-row no-print">
              <Button variant="secondary" onClick={() => setWages([...wages, { from: '', to: '', value: '' }])} disabled={wages.length >= 60}>
                {t('calculators.average_wage.add_wage')}
              </Button>
            </div>
          </fieldset>
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{t('calculators.average_wage.excluded')}</legend>
            <p className="field__hint">{t('calculators.average_wage.excluded_hint')}</p>
            <ol className="day-rows">
              {excluded.map((row, index) => (
                <li key={index}>
                  <fieldset className="day-row">
                    <legend>{t('calculators.average_wage.period_legend', { number: index + 1 })}</legend>
                    <TextField label={t('calculators.common.from')} type="date" value={row.from} id={fieldId(`excluded${index}.from`)} error={errors[`excluded${index}.from`]} onChange={(e) => setExcluded(patch(excluded, index, { from: e.target.value }))} />
                    <TextField label={t('calculators.common.to')} type="date" value={row.to} id={fieldId(`excluded${index}.to`)} error={errors[`excluded${index}.to`]} onChange={(e) => setExcluded(patch(excluded, index, { to: e.target.value }))} />
                    <SelectField
                      label={t('calculators.average_wage.reason')}
                      value={row.value || 'unpaidLeave'}
                      options={reasons.map((reason) => ({ value: reason, label: t(`calculators.average_wage.reasons.${reason}`) }))}
                      onChange={(e) => setExcluded(patch(excluded, index, { value: e.target.value }))}
                    />
                    <Button variant="secondary" className="day-row__remove no-print" onClick={() => setExcluded(excluded.filter((_, i) => i !== index))}>
                      {t('calculators.average_wage.remove_period', { number: index + 1 })}
                    </Button>
                  </fieldset>
                </li>
              ))}
            </ol>
            <div className="button-row no-print">
              <Button variant="secondary" onClick={() => setExcluded([...excluded, { from: '', to: '', value: 'unpaidLeave' }])} disabled={excluded.length >= 20}>
                {t('calculators.average_wage.add_excluded')}
              </Button>
            </div>
          </fieldset>
          <ChoiceField
            name="basis"
            label={t('calculators.average_wage.pay_basis')}
            options={(['monthly', 'daily', 'hourly', 'piece-rate'] as const).map((basis) => ({ value: basis, label: t(`calculators.average_wage.pay_bases.${basis}`) }))}
            {...bound}
          />
          {values.basis === 'monthly' ? null : <NumberField name="worked" label={t('calculators.average_wage.worked_days')} {...bound} />}
        </>
      }
      result={
        result ? (
          <ResultPanel
            figures={[
              { label: t('calculators.average_wage.monthly_average'), value: formatMoney(result.monthlyAverage) },
              { label: t('calculators.average_wage.daily_average'), value: formatMoney(result.dailyAverage), ...exactDetail(result.dailyAverage) },
              { label: t('calculators.average_wage.window'), value: `${formatPlainDate(result.window.from)} – ${formatPlainDate(result.window.to)}` },
            ]}
            steps={result.steps}
          />
        ) : null
      }
    />
  );
}
