/**
 * How the worker's time is arranged, which decides whether some working-time rules bind at all:
 * shift work (the 11-hour rest of LSA Art. 34 para. 2), a flexible schedule (Arts. 30-1, 36 paras. 2-4),
 * the agreed fixed three-month periods of the 138-hour cap (Art. 32 para. 2) and part-time normal hours
 * (the minimum wage pro rata). Shared by the overtime calculator (values in the URL) and the hours log
 * (values on the device), so both take the same inputs and give the rules the same fields.
 */
import { fieldId } from '../../ui/error-summary.tsx';
import type { FlexibleSchedule, OvertimePayInput } from '#labor-rules';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { FieldError, type FieldErrors, type FormValues, parseNumber } from './calculator-form.ts';
import { CheckField } from './fields-extra.tsx';
import { ChoiceField, NumberField } from './fields.tsx';

export const arrangementDefaults = { shiftWork: '', flexibleSchedule: '', threeMonthPeriodStart: '', normalWeeklyHours: '' };
export type Arrangement = typeof arrangementDefaults;

const schedules: readonly FlexibleSchedule[] = ['2-week', '4-week', '8-week'];

type ArrangementInput = Pick<OvertimePayInput, 'shiftWork' | 'flexibleSchedule' | 'threeMonthPeriodStart' | 'normalWeeklyHours'>;

/** The rules' fields from the typed values; a bad value is a `FieldError` on its field. */
export function arrangementInput(values: FormValues): ArrangementInput {
  const input: { -readonly [K in keyof ArrangementInput]: ArrangementInput[K] } = {};
  if (values.shiftWork === '1') input.shiftWork = true;
  const schedule = schedules.find((value) => value === values.flexibleSchedule);
  if (schedule) input.flexibleSchedule = schedule;
  const start = (values.threeMonthPeriodStart ?? '').trim();
  if (start !== '') {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(start)) throw new FieldError('threeMonthPeriodStart', 'invalid-date');
    input.threeMonthPeriodStart = start;
  }
  const weekly = parseNumber(values, 'normalWeeklyHours', { optional: true, max: 40 });
  if (weekly !== undefined) {
    if (weekly <= 0) throw new FieldError('normalWeeklyHours', 'not-positive');
    input.normalWeeklyHours = weekly;
  }
  return input;
}

export function ArrangementFields({ values, errors, onChange }: { values: FormValues; errors: FieldErrors; onChange: (name: string, value: string) => void }) {
  const { t } = useI18n();
  const bound = { values, errors, onChange };
  return (
    <fieldset className="fieldset arrangement">
      <legend>{t('calculators.arrangement.legend')}</legend>
      <CheckField name="shiftWork" label={t('calculators.arrangement.shift_work')} values={values} onChange={onChange} />
      <div className="field-row field-row--2">
        <ChoiceField
          name="flexibleSchedule"
          label={t('calculators.arrangement.flexible_schedule')}
          options={[{ value: '', label: t('calculators.arrangement.schedule_none') }, ...schedules.map((value) => ({ value, label: t(`calculators.arrangement.schedule_${value.replace('-', '_')}`) }))]}
          {...bound}
        />
        {/* Text with the YYYY-MM shape: <input type="month"> is missing in Firefox and Safari. */}
        <TextField
          label={t('calculators.arrangement.three_month_start')}
          hint={t('calculators.arrangement.three_month_start_hint')}
          id={fieldId('threeMonthPeriodStart')}
          error={errors.threeMonthPeriodStart}
          name="threeMonthPeriodStart"
          inputMode="numeric"
          autoComplete="off"
          placeholder="2026-01"
          value={values.threeMonthPeriodStart ?? ''}
          onChange={(event) => onChange('threeMonthPeriodStart', event.target.value.slice(0, 7))}
        />
      </div>
      <NumberField name="normalWeeklyHours" label={t('calculators.arrangement.normal_weekly_hours')} hint={t('calculators.arrangement.normal_weekly_hours_hint')} decimal {...bound} />
    </fieldset>
  );
}
