import { useId } from 'react';
import type { FormValues } from './calculator-form.ts';

/** A yes/no question as one checkbox; the value kept in the form (and the URL) is "1" or "". */
export function CheckField({ name, label, values, onChange }: { name: string; label: string; values: FormValues; onChange: (name: string, value: string) => void }) {
  const id = useId();
  return (
    <div className="checkbox checkbox--single">
      <input id={id} type="checkbox" name={name} checked={values[name] === '1'} onChange={(event) => onChange(name, event.target.checked ? '1' : '')} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
