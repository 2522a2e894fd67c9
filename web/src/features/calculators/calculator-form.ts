/**
 * Form state for the calculators: values kept as the strings typed, read from and written to the URL
 * query so a result can be shared (no names, notes or identifiers ever go there), and the rules'
 * input errors turned into messages for the fields.
 */
import { RateNotFoundError, RuleInputError } from '#labor-rules';
import { useCallback, useState } from 'react';
import { parseDateInput } from '../../i18n/format.ts';

export type FormValues = Record<string, string>;
export type FieldErrors = Record<string, string>;

/** Reads the known fields from the current URL query, falling back to the defaults. */
export function readQuery<T extends FormValues>(defaults: T): { values: T; isPresent: boolean } {
  const search = new URLSearchParams(window.location.search);
  const values = { ...defaults };
  let isPresent = false;
  for (const key of Object.keys(defaults)) {
    const value = search.get(key);
    if (value !== null) {
      (values as FormValues)[key] = value.slice(0, 4000);
      isPresent = true;
    }
  }
  return { values, isPresent };
}

/** Replaces the query with the non-empty fields, without a new history entry or a scroll jump. */
export function writeQuery(values: FormValues): void {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== '') search.set(key, value);
  const query = search.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
}

export function useCalculatorForm<T extends FormValues>(defaults: T) {
  const [initial] = useState(() => readQuery(defaults));
  const [values, setValues] = useState<T>(initial.values);
  const set = useCallback((key: keyof T & string, value: string) => setValues((current) => ({ ...current, [key]: value })), []);
  return { values, setValues, set, isFromLink: initial.isPresent };
}

/** Thrown by the parsers below; `reason` is a key under `calculators.errors`. */
export class FieldError extends Error {
  readonly field: string;
  readonly reason: string;
  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.field = field;
    this.reason = reason;
  }
}

/**
 * While a calculation's inputs are read for the first time, every field is checked (GOV.UK: all errors at
 * once, not one per submit): the parsers then record their errors here and hand back a stand-in value so
 * that reading goes on to the next field.
 */
let collected: FieldError[] | null = null;

function fail(error: FieldError, standIn: number | string | undefined): never | typeof standIn {
  if (!collected) throw error;
  collected.push(error);
  return standIn;
}

/**
 * Runs `compute` with every field error gathered. When a field was wrong, a rule's error is dropped: the
 * rules then saw a stand-in value, and the worker fixes the fields first.
 */
export function collectFieldErrors<R>(compute: () => R): { result?: R; fieldErrors: FieldError[]; error?: unknown } {
  const errors: FieldError[] = [];
  collected = errors;
  try {
    const result = compute();
    return errors.length ? { fieldErrors: errors } : { result, fieldErrors: [] };
  } catch (error) {
    // A page's own check (`throw new FieldError(…)`) is one more field error; a rule's goes through errorsFrom.
    if (error instanceof FieldError) return { fieldErrors: [...errors, error] };
    return errors.length ? { fieldErrors: errors } : { fieldErrors: [], error };
  } finally {
    collected = null;
  }
}

/** A number typed in a field (commas and full-width digits allowed), at least `min`. */
export function parseNumber(values: FormValues, field: string, options: { min?: number; max?: number; integer?: boolean; optional?: boolean } = {}): number | undefined {
  const raw = (values[field] ?? '')
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
  // 1 rather than 0, so that a page's own "must be positive" check does not stop the reading of the next fields.
  const standIn = options.optional ? undefined : Math.min(Math.max(options.min ?? 0, 1), options.max ?? Infinity);
  if (raw === '') {
    if (options.optional) return undefined;
    return fail(new FieldError(field, 'required'), standIn) as number;
  }
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return fail(new FieldError(field, 'not-a-number'), standIn) as number | undefined;
  const value = Number(raw);
  if (options.integer && !Number.isInteger(value)) return fail(new FieldError(field, 'not-an-integer'), standIn) as number | undefined;
  if (value < (options.min ?? 0)) return fail(new FieldError(field, 'too-small'), standIn) as number | undefined;
  if (options.max !== undefined && value > options.max) return fail(new FieldError(field, 'too-large'), standIn) as number | undefined;
  return value;
}

export function requireNumber(values: FormValues, field: string, options: { min?: number; max?: number; integer?: boolean } = {}): number {
  return parseNumber(values, field, options) ?? 0;
}

/** A date field that must be filled: 民國 (115/12/01) or Gregorian, as `YYYY-MM-DD` (the rules check the day). */
export function requireDate(values: FormValues, field: string): string {
  const value = (values[field] ?? '').trim();
  if (value === '') return fail(new FieldError(field, 'required'), '1970-01-01') as string;
  return parseDateInput(value) ?? value;
}

/** The messages of every field error gathered, the first per field. */
export function messagesFor(fieldErrors: readonly FieldError[], t: (key: string, params?: Record<string, string | number>) => string): FieldErrors {
  const messages: FieldErrors = {};
  for (const error of fieldErrors) messages[error.field] ??= t(`calculators.errors.${knownReason(error.reason)}`);
  return messages;
}

/** Field errors from whatever a calculation threw; `fieldFor` maps a rule's field name to a form field. */
export function errorsFrom(error: unknown, t: (key: string, params?: Record<string, string | number>) => string, fieldFor: (ruleField: string) => string): FieldErrors | undefined {
  if (error instanceof FieldError) return { [error.field]: t(`calculators.errors.${knownReason(error.reason)}`) };
  if (error instanceof RuleInputError) return { [fieldFor(error.field)]: t(`calculators.errors.${knownReason(error.reason)}`) };
  if (error instanceof RateNotFoundError) return { [fieldFor('date')]: t('calculators.errors.rate-not-found', { date: error.date }) };
  return undefined;
}

const reasons = new Set([
  'required',
  'not-a-number',
  'not-an-integer',
  'too-small',
  'too-large',
  'invalid-date',
  'invalid-time',
  'before-hire-date',
  'before-from',
  'end-before-start',
  'exceeds-employees',
  'negative',
  'not-positive',
  'out-of-range',
  'not-a-non-negative-integer',
  'required-for-hire-before-2005-07-01',
  'not-before-event-date',
  'no-countable-days',
]);

function knownReason(reason: string): string {
  return reasons.has(reason) ? reason : 'invalid';
}
