/**
 * The form kit: React Hook Form, validated by the same zod contract the server uses, with a GOV.UK-style
 * error summary.
 *
 *   const form = useContractForm({ schema: qaWriteRequest, defaultValues, toRequest });   // toRequest optional
 *   <KitForm form={form} label={«…form»} submitLabel={«…save»} onSubmit={async (request) => save(request)}>
 *     <FormText form={form} name="title" label={«…»} hint={«…»} />
 *     <FormSelect form={form} name="category" label={«…»} options={[…]} />
 *     <FormTextArea form={form} name="translations.en.body" label={«…»} />
 *   </KitForm>
 *
 * - The contract checks the values in the browser first (`toRequest` turns what the fields hold, all strings,
 *   into the request body the contract describes; issue paths are the same field paths, e.g.
 *   `translations.en.question`). Its messages are worded from `common.validation.*` in the user's language.
 * - A 400 problem+json answer's `errors` are put on the fields they name (`form.setError`); a problem without
 *   field errors shows as an alert above the form.
 * - After a failed submit (browser or server), the summary at the top of the form lists every error as a link
 *   to its field, and takes focus so a screen reader reads it out. Fields get stable ids (`fieldId(name)`).
 * `onSubmit` gets the parsed request; when it throws, the error is shown and the form stays as it was. To
 * put an error of its own on a field (a consent box, a 409 that means "this ID number is taken"), it throws
 * `new FormFieldErrors([{ field, message }])`. `messages: { path: text }` words a field's "wrong value" issue.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { type Control, type FieldErrors, type FieldValues, type Path, type Resolver, useController, useForm, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../app/api-client.ts';
import { formatDateInput, parseDateInput } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { Button } from './button.tsx';
import { ErrorSummary, fieldId } from './error-summary.tsx';
import { SelectField, TextAreaField, TextField } from './form-field.tsx';
import { ProblemAlert } from './problem-alert.tsx';
import './kit.css';

export { ErrorSummary, fieldId };

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A zod issue in the user's words (the server words its own; these are for checks made in the browser). */
function issueMessage(issue: z.core.$ZodRawIssue, t: Translate, messages: Record<string, string>, required: Record<string, string>): string {
  const input = issue.input;
  const isEmpty = input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
  const path = (issue.path ?? []).join('.');
  if (isEmpty) return required[path] ?? t('common.validation.required');
  const own = messages[path];
  if (own) return own;
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return t('common.validation.too_short', { min: Number(issue.minimum) });
    if (issue.origin === 'number' || issue.origin === 'int') return t('common.validation.min', { min: Number(issue.minimum) });
    if (issue.origin === 'array' || issue.origin === 'set') return t('common.validation.too_few', { min: Number(issue.minimum) });
  }
  if (issue.code === 'too_big') {
    if (issue.origin === 'string') return t('common.validation.too_long', { max: Number(issue.maximum) });
    if (issue.origin === 'number' || issue.origin === 'int') return t('common.validation.max', { max: Number(issue.maximum) });
    if (issue.origin === 'array') return t('common.validation.too_many', { max: Number(issue.maximum) });
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number') return t('common.validation.number');
  if (issue.code === 'invalid_value') return t('common.validation.choice');
  return t('common.validation.invalid');
}

/**
 * A contract's own messages (`validation.id_number`) are keys of the server's catalog, which the browser does
 * not load, and a schema's message wins over the parse-time one: reword them here, from the field's value.
 */
function rewordContractMessages(
  errors: FieldErrors,
  values: FieldValues,
  t: Translate,
  words: { messages: Record<string, string>; required: Record<string, string> },
  prefix = '',
): void {
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object' || key === 'ref') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const error = value as { message?: unknown };
    if (typeof error.message === 'string') {
      if (!error.message.startsWith('validation.')) continue;
      let input: unknown = values;
      for (const part of path.split('.')) input = input && typeof input === 'object' ? (input as Record<string, unknown>)[part] : undefined;
      const isEmpty = input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
      error.message =
        isEmpty || error.message === 'validation.required'
          ? (words.required[path] ?? t('common.validation.required'))
          : (words.messages[path] ?? t('common.validation.invalid'));
    } else {
      rewordContractMessages(value as FieldErrors, values, t, words, path);
    }
  }
}

type ContractFormOptions<Values extends FieldValues, Schema extends z.ZodType> = {
  schema: Schema;
  defaultValues: Values;
  /** From the fields' values to the request body the contract checks; defaults to the values themselves. */
  toRequest?: (values: Values) => z.input<Schema>;
  /** A page's own words for a field whose value is there but wrong, by path (`{ idNumber: … }`). */
  messages?: Record<string, string>;
  /** A page's own words for a required field left empty, by path (default: «common.validation.required»). */
  required?: Record<string, string>;
};

/**
 * Thrown by an `onSubmit` for errors it finds itself (a check the contract cannot make, a 409 that belongs to
 * one field): KitForm puts them on their fields and in the summary, as it does with a 400's `errors`.
 */
export class FormFieldErrors extends Error {
  readonly issues: readonly { field: string; message: string }[];
  constructor(issues: readonly { field: string; message: string }[]) {
    super(issues.map((issue) => issue.field).join(', '));
    this.name = 'FormFieldErrors';
    this.issues = issues;
  }
}

export type ContractForm<Values extends FieldValues, Schema extends z.ZodType = z.ZodType> = UseFormReturn<Values, unknown, z.output<Schema>>;

export function useContractForm<Values extends FieldValues, Schema extends z.ZodType>(
  options: ContractFormOptions<Values, Schema>,
): ContractForm<Values, Schema> {
  const { t } = useI18n();
  const contract = zodResolver(options.schema as never, { error: (issue: z.core.$ZodRawIssue) => issueMessage(issue, t, options.messages ?? {}, options.required ?? {}) } as never) as unknown as Resolver<
    FieldValues,
    unknown,
    z.output<Schema>
  >;
  const resolver: Resolver<Values, unknown, z.output<Schema>> = async (values, context, resolverOptions) => {
    const result = await contract((options.toRequest ? options.toRequest(values) : values) as FieldValues, context, resolverOptions as never);
    rewordContractMessages(result.errors as FieldErrors, values, t, { messages: options.messages ?? {}, required: options.required ?? {} });
    return result as never;
  };
  return useForm<Values, unknown, z.output<Schema>>({
    defaultValues: options.defaultValues as never,
    resolver,
    // The summary takes focus after a failed submit; the first field in error is one link away.
    shouldFocusError: false,
  });
}

/** Every error of the form as `path → message`, in the order the fields stand on the page. */
function flattenErrors(errors: FieldErrors, prefix = ''): { path: string; message: string }[] {
  const found: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === 'ref') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && 'message' in value && typeof value.message === 'string') found.push({ path, message: value.message });
    else if (typeof value === 'object') found.push(...flattenErrors(value as FieldErrors, path));
  }
  return found;
}

function inPageOrder(items: { path: string; message: string }[]): { path: string; message: string }[] {
  const position = (path: string) => document.getElementById(fieldId(path));
  return [...items].sort((a, b) => {
    const first = position(a.path);
    const second = position(b.path);
    if (!first || !second) return first ? -1 : second ? 1 : 0;
    return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

type KitFormProps<Values extends FieldValues, Output> = {
  form: UseFormReturn<Values, unknown, Output>;
  label: string;
  submitLabel: string;
  onSubmit: (request: Output) => Promise<void>;
  children: ReactNode;
  /** Buttons next to submit (cancel, a link back). */
  secondary?: ReactNode;
  className?: string;
};

/** A form with the error summary on top, server field errors mapped on fields, and one submit button. */
export function KitForm<Values extends FieldValues, Output>({ form, label, submitLabel, onSubmit, children, secondary, className }: KitFormProps<Values, Output>) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const [failure, setFailure] = useState<{ error: unknown; attempt: number }>({ error: undefined, attempt: 0 });
  // After a failed submit, the summary takes focus as soon as it is on the page (the errors may arrive a render later).
  useEffect(() => {
    if (focusPending.current && summaryRef.current) {
      focusPending.current = false;
      summaryRef.current.focus();
    }
  });
  const failed = (error: unknown) => {
    focusPending.current = true;
    setFailure((previous) => ({ error, attempt: previous.attempt + 1 }));
  };
  const submit = form.handleSubmit(
    async (request) => {
      setFailure((previous) => ({ ...previous, error: undefined }));
      try {
        await onSubmit(request);
      } catch (error) {
        const issues = error instanceof FormFieldErrors ? error.issues : error instanceof ApiError ? (error.problem?.errors ?? []) : [];
        for (const issue of issues) form.setError((issue.field || 'root') as Path<Values>, { type: 'server', message: issue.message });
        failed(issues.length ? undefined : error);
      }
    },
    () => failed(undefined),
  );
  const items = failure.attempt > 0 ? inPageOrder(flattenErrors(form.formState.errors)) : [];
  return (
    <>
      <ProblemAlert error={failure.error} />
      <ErrorSummary items={items} summaryRef={summaryRef} />
      <form className={['form', className].filter(Boolean).join(' ')} onSubmit={(event) => void submit(event)} noValidate aria-label={label}>
        {children}
        <div className="button-row">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
          {secondary}
        </div>
      </form>
    </>
  );
}

type Bound<Values extends FieldValues> = { form: UseFormReturn<Values, unknown, never> | UseFormReturn<Values, unknown, unknown>; name: Path<Values>; label: string; hint?: string };

/** The message of one field (nested paths too), for the field's own error line. */
function errorAt(form: { formState: { errors: FieldErrors } }, name: string): string | undefined {
  let node: unknown = form.formState.errors;
  for (const part of name.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  const message = node && typeof node === 'object' ? (node as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : undefined;
}

type InputExtras = {
  type?: string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email' | 'tel';
  autoComplete?: string;
  autoCapitalize?: 'none' | 'characters';
  spellCheck?: boolean;
  maxLength?: number;
};

export function FormText<Values extends FieldValues>({ form, name, label, hint, ...input }: Bound<Values> & InputExtras) {
  if (input.type === 'date') return <FormDate form={form} name={name} label={label} hint={hint} autoComplete={input.autoComplete} />;
  return <TextField id={fieldId(name)} label={label} hint={hint} error={errorAt(form, name)} {...input} {...form.register(name)} />;
}

/** `lang` marks the text typed in (e.g. a warning written in Thai) for screen readers and spell checkers. */
export function FormTextArea<Values extends FieldValues>({ form, name, label, hint, rows, lang }: Bound<Values> & { rows?: number; lang?: string }) {
  return <TextAreaField id={fieldId(name)} label={label} hint={hint} error={errorAt(form, name)} rows={rows} lang={lang} {...form.register(name)} />;
}

export function FormSelect<Values extends FieldValues>({
  form,
  name,
  label,
  hint,
  options,
}: Bound<Values> & { options: readonly { value: string; label: string; lang?: string; group?: string }[] }) {
  return <SelectField id={fieldId(name)} label={label} hint={hint} error={errorAt(form, name)} options={options} {...form.register(name)} />;
}

/**
 * A date typed as text, so that 民國 dates are accepted (115/12/01) as well as 2026-12-01 (issue 15 §5): a
 * browser's date picker takes only Gregorian dates, in its own order. The form holds `YYYY-MM-DD` once the text
 * is a real day, and the text itself until then, which the contract reports as a wrong date. A value the form
 * sets (its defaults, a reset) shows the way the user writes dates. `FormText type="date"` renders this.
 */
export function FormDate<Values extends FieldValues>({ form, name, label, hint, autoComplete = 'off' }: Bound<Values> & { autoComplete?: string | undefined }) {
  const { t, isRocYear } = useI18n();
  const { field } = useController({ name, control: form.control as Control<Values> });
  const value = typeof field.value === 'string' ? field.value : '';
  const [text, setText] = useState(() => formatDateInput(value, isRocYear));
  useEffect(() => {
    if ((parseDateInput(text) ?? text) !== value) setText(formatDateInput(value, isRocYear));
  }, [value]);
  return (
    <TextField
      id={fieldId(name)}
      label={label}
      hint={[hint, t('common.date_hint')].filter(Boolean).join(' ')}
      error={errorAt(form, name)}
      name={field.name}
      autoComplete={autoComplete}
      spellCheck={false}
      value={text}
      ref={field.ref}
      onBlur={field.onBlur}
      onChange={(event) => {
        setText(event.target.value);
        field.onChange(parseDateInput(event.target.value) ?? event.target.value);
      }}
    />
  );
}
