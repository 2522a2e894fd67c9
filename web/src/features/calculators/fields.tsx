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

export function DateField({ name, label, hint, values, errors, onChange }: Bound) {
  return (
    <TextField
      label={label}
      hint={hint}
      id={fieldId(name)}
      error={errors[name]}
      name={name}
      type="date"
      min="1950-01-01"
      max="2099-12-31"
      value={values[name] ?? ''}
      onChange={(event) => onChange(name, event.target.value)}
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
