import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, type Ref, useId } from 'react';

type FieldText = { label: string; hint?: string | undefined; error?: string | undefined };

/** Ids and aria attributes shared by every single-control field. */
function useFieldIds(text: FieldText, explicitId?: string) {
  const generated = useId();
  // The form kit gives fields stable ids, so that its error summary can link to them.
  const id = explicitId ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const ids = [text.hint ? hintId : '', text.error ? errorId : ''].filter(Boolean);
  return {
    id,
    hintId,
    errorId,
    control: {
      id,
      'aria-invalid': text.error ? true : undefined,
      'aria-describedby': ids.length ? ids.join(' ') : undefined,
    },
  };
}

/** Label, hint and error around one control; the hint and error are read out with it (aria-describedby). */
function FieldFrame({
  text,
  ids,
  className,
  children,
}: {
  text: FieldText;
  ids: { id: string; hintId: string; errorId: string };
  className?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={['field', text.error ? 'field--error' : '', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={ids.id}>
        {text.label}
      </label>
      {text.hint ? (
        <p className="field__hint" id={ids.hintId}>
          {text.hint}
        </p>
      ) : null}
      {text.error ? (
        <p className="field__error" id={ids.errorId}>
          {text.error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** A labelled input whose hint and error are read out with it. */
export function TextField({ label, hint, error, className, id, ...input }: FieldText & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const text = { label, hint, error };
  const ids = useFieldIds(text, id);
  return (
    <FieldFrame text={text} ids={ids} className={className}>
      <input className="field__input" {...ids.control} {...input} />
    </FieldFrame>
  );
}

/** `group` puts options under an <optgroup> of that label (options of one group must stand together). */
type Option = { value: string; label: string; lang?: string; group?: string };

const renderOption = (option: Option) => (
  <option key={option.value} value={option.value} lang={option.lang}>
    {option.label}
  </option>
);

function groupOptions(options: readonly Option[]): [string | undefined, Option[]][] {
  const groups: [string | undefined, Option[]][] = [];
  for (const option of options) {
    const last = groups.at(-1);
    if (last && last[0] === option.group) last[1].push(option);
    else groups.push([option.group, [option]]);
  }
  return groups;
}

export function SelectField({
  label,
  hint,
  error,
  options,
  className,
  id,
  ...select
}: FieldText & { options: readonly Option[] } & SelectHTMLAttributes<HTMLSelectElement>) {
  const text = { label, hint, error };
  const ids = useFieldIds(text, id);
  return (
    <FieldFrame text={text} ids={ids} className={className}>
      <select className="field__input" {...ids.control} {...select}>
        {groupOptions(options).map(([group, items]) =>
          group ? (
            <optgroup key={group} label={group}>
              {items.map(renderOption)}
            </optgroup>
          ) : (
            items.map(renderOption)
          ),
        )}
      </select>
    </FieldFrame>
  );
}

type CheckboxGroupProps = {
  /** Given to the first checkbox, so that an error summary can link to the group. */
  id?: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  name: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
};

/** Related checkboxes grouped under a legend, so the question is read with each choice. */
export function CheckboxGroup({ id: firstId, legend, hint, error, name, options, selected, onChange }: CheckboxGroupProps) {
  const id = useId();
  const toggle = (value: string, isChecked: boolean) =>
    onChange(isChecked ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <fieldset
      className={['fieldset', error ? 'field--error' : ''].filter(Boolean).join(' ')}
      aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend className="fieldset__legend">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="checkboxes">
        {options.map((option, index) => (
          <label className="checkbox" key={option.value}>
            <input
              id={index === 0 ? firstId : undefined}
              type="checkbox"
              name={name}
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A labelled multi-line field whose hint and error are read with it. */
export function TextAreaField({ label, hint, error, id, ...textarea }: FieldText & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const text = { label, hint, error };
  const ids = useFieldIds(text, id);
  return (
    <FieldFrame text={text} ids={ids}>
      <textarea className="field__input field__textarea" {...ids.control} {...textarea} />
    </FieldFrame>
  );
}
