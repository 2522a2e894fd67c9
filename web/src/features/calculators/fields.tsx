import { useEffect, useState } from 'react';
import { formatDateInput, parseDateInput } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { fieldId } from '../../ui/error-summary.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import type { FieldErrors, FormValues } from './calculator-form.ts';

type Bound = { name: string; label: string; hint?: string; values: FormValues; errors: FieldErrors; onChange: (name: string, value: string) => void };

/** A number typed as text (so "36,000" and full-width digits are accepted) with the numeric keypad on phones. */
export function NumberField({ name, label, hint, values, errors, onChange, decimal = false }: Bound & { decimal?: boolean }) {
  return (
    <TextField
      label={label}
      hint={hint}
      id={fieldId(name)}
      error={errors[name]}
      name={name}
      inputMode={decimal ? 'decimal' : 'numeric'}
      autoComplete="off"
      value={values[name] ?? ''}
      onChange={(event) => onChange(name, event.target.value)}
    />
  );
}

/**
 * A date typed as text, so that 民國 dates are accepted (115/12/01) as well as 2026-12-01. The form keeps
 * `YYYY-MM-DD` once the text is a real day; until then it keeps the text, which the calculator reports.
 */
export function DateField({ name, label, hint, values, errors, onChange }: Bound) {
  const { t, isRocYear } = useI18n();
  const value = values[name] ?? '';
  const [text, setText] = useState(() => formatDateInput(value, isRocYear));
  // A value set from outside (a shared link, "fill six months") shows in the user's way.
  useEffect(() => {
    if ((parseDateInput(text) ?? text) !== value) setText(formatDateInput(value, isRocYear));
  }, [value]);
  return (
    <TextField
      label={label}
      hint={[hint, t('calculators.common.date_hint')].filter(Boolean).join(' ')}
      id={fieldId(name)}
      error={errors[name]}
      name={name}
      autoComplete="off"
      spellCheck={false}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(name, parseDateInput(event.target.value) ?? event.target.value);
      }}
    />
  );
}

export function ChoiceField({ name, label, hint, values, errors, onChange, options }: Bound & { options: readonly { value: string; label: string }[] }) {
  return (
    <SelectField
      label={label}
      hint={hint}
      id={fieldId(name)}
      error={errors[name]}
      name={name}
      value={values[name] ?? ''}
      options={options}
      onChange={(event) => onChange(name, event.target.value)}
    />
  );
}
