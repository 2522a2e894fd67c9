import { fieldId } from '../../ui/error-summary.tsx';
import { calculateOvertimePay, periodsCovering, type OvertimePayInput, type RateTables, type WorkedDay } from '#labor-rules';
import { RatesUsed } from '../rates/rates-used.tsx';
import { useRateTables } from '../rates/use-rates.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { FieldError, parseNumber, requireDate, useCalculatorForm } from './calculator-form.ts';
import { CalculatorPage, ResultPanel } from './calculator-page.tsx';
import { ArrangementFields, arrangementDefaults, arrangementInput } from './arrangement-fields.tsx';
import { ChoiceField, NumberField } from './fields.tsx';
import { type DayRow, dayTypes, decodeDays, emptyRow, encodeDays } from './overtime-days.ts';
import { useCalculation } from './use-calculation.ts';

const defaults = { basis: 'monthly', wage: '', days: '', ...arrangementDefaults };

function compute(values: typeof defaults, tables: RateTables) {
  const wage = parseNumber(values, 'wage', { max: values.basis === 'hourly' ? 100_000 : 10_000_000 }) ?? 0;
  if (wage <= 0) throw new FieldError('wage', 'not-positive');
  const days: WorkedDay[] = decodeDays(values.days).map((row, index) => {
    const field = `day${index}`;
    const date = requireDate({ [`${field}.date`]: row.date }, `${field}.date`);
    const hours = parseNumber({ [`${field}.hours`]: row.hours }, `${field}.hours`, { max: 24 }) ?? 0;
    return {
      date,
      dayType: row.dayType,
      hoursWorked: hours,
      ...(row.start && row.end ? { start: row.start, end: row.end } : {}),
      ...(row.emergency ? { emergency: true } : {}),
    };
  });
  const arrangement = arrangementInput(values);
  const input: OvertimePayInput = values.basis === 'hourly'
    ? { hourlyWage: wage, days, ...arrangement, minimumWages: tables.minimumWages }
    : { monthlyWage: wage, days, ...arrangement, minimumWages: tables.minimumWages };
  // The minimum-wage check uses the period each day falls in: the page says which (issue 14 §3).
  const used = periodsCovering(tables.minimumWages, days.map((day) => day.date)).map((period) => ({ kind: 'minimum-wage' as const, period }));
  return { ...calculateOvertimePay(input), used };
}

function ruleField(field: string): string {
  const match = /^days\[(\d+)\]\.(\w+)$/.exec(field);
  if (match) return `day${match[1]}.${match[2] === 'hoursWorked' ? 'hours' : match[2]}`;
  if (field === 'monthlyWage' || field === 'hourlyWage') return 'wage';
  if (field === 'date') return 'day0.date';
  return field;
}

/** 加班費: weekday overtime, rest days, holidays and regular days off, with working-time warnings. */
export function OvertimePayPage() {
  const { t, formatMoney, formatNumber } = useI18n();
  // Shown in whole dollars like every amount; the cents the calculation carries stay readable beside it.
  const exactDetail = (value: number) => (Number.isInteger(value) ? {} : { detail: `(${t('calculators.common.exact_value', { value: formatNumber(value) })})` });
  const { values, set, isFromLink } = useCalculatorForm(defaults);
  const rates = useRateTables();
  const { result, errors, run } = useCalculation(values, (current) => compute(current, rates.tables), { isFromLink, fieldFor: ruleField, rates: rates.tables });
  const bound = { values, errors, onChange: set as (name: string, value: string) => void };
  const rows = decodeDays(values.days);
  const setRows = (next: DayRow[]) => set('days', encodeDays(next));
  const update = (index: number, patch: Partial<DayRow>) => setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const addRow = () => {
    const last = rows.at(-1);
    setRows([...rows, { ...emptyRow(), dayType: last?.dayType ?? 'workday' }]);
  };
  return (
    <CalculatorPage
      service="overtime-pay"
      onSubmit={run}
      errors={errors}
      form={
        <>
          <div className="field-row field-row--2">
            <ChoiceField
              name="basis"
              label={t('calculators.overtime.basis')}
              options={[
                { value: 'monthly', label: t('calculators.overtime.basis_monthly') },
                { value: 'hourly', label: t('calculators.overtime.basis_hourly') },
              ]}
              {...bound}
            />
            <NumberField name="wage" label={values.basis === 'hourly' ? t('calculators.overtime.hourly_wage') : t('calculators.overtime.monthly_wage')} decimal {...bound} />
          </div>
          <ArrangementFields {...bound} />
          <ol className="day-rows">
            {rows.map((row, index) => (
              <li key={index}>
                <fieldset className="day-row">
                  <legend>{t('calculators.overtime.day_legend', { number: index + 1 })}</legend>
                  <TextField label={t('calculators.common.date')} type="date" name={`day${index}-date`} value={row.date} id={fieldId(`day${index}.date`)} error={errors[`day${index}.date`]} onChange={(event) => update(index, { date: event.target.value })} />
                  <SelectField
                    label={t('calculators.overtime.day_type')}
                    name={`day${index}-type`}
                    value={row.dayType}
                    options={dayTypes.map((type) => ({ value: type, label: t(`calculators.day_types.${type}`) }))}
                    onChange={(event) => update(index, { dayType: event.target.value as DayRow['dayType'] })}
                  />
                  <TextField label={t('calculators.overtime.hours')} inputMode="decimal" autoComplete="off" name={`day${index}-hours`} value={row.hours} id={fieldId(`day${index}.hours`)} error={errors[`day${index}.hours`]} onChange={(event) => update(index, { hours: event.target.value })} />
                  <TextField label={t('calculators.overtime.start')} type="time" name={`day${index}-start`} value={row.start} id={fieldId(`day${index}.start`)} error={errors[`day${index}.start`]} onChange={(event) => update(index, { start: event.target.value })} />
                  <TextField label={t('calculators.overtime.end')} type="time" name={`day${index}-end`} value={row.end} id={fieldId(`day${index}.end`)} error={errors[`day${index}.end`]} onChange={(event) => update(index, { end: event.target.value })} />
                  <div className="checkbox checkbox--single day-row__emergency">
                    <input id={`day${index}-emergency`} type="checkbox" checked={row.emergency} onChange={(event) => update(index, { emergency: event.target.checked })} />
                    <label htmlFor={`day${index}-emergency`}>{t('calculators.arrangement.emergency_day')}</label>
                  </div>
                  {rows.length > 1 ? (
                    <Button variant="secondary" className="day-row__remove no-print" onClick={() => setRows(rows.filter((_, i) => i !== index))}>
                      {t('calculators.overtime.remove_day', { number: index + 1 })}
                    </Button>
                  ) : null}
                </fieldset>
              </li>
            ))}
          </ol>
          <div className="button-row no-print">
            <Button variant="secondary" onClick={addRow} disabled={rows.length >= 400}>
              {t('calculators.overtime.add_day')}
            </Button>
          </div>
        </>
      }
      result={
        result ? (
          <ResultPanel
            figures={[
              { label: t('calculators.overtime.overtime_pay'), value: formatMoney(result.overtimePay) },
              { label: t('calculators.overtime.hourly_rate'), value: formatMoney(result.hourlyWage), ...exactDetail(result.hourlyWage) },
            ]}
            steps={result.steps}
            warnings={result.warnings}
          >
            <RatesUsed used={result.used} state={rates} />
          </ResultPanel>
        ) : null
      }
    />
  );
}
