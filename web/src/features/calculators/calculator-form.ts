/**
 * Form state for the calculators: values kept as the strings typed, read from and written to the URL
 * query so a result can be shared (no names, notes or identifiers ever go there), and the rules'
 * input errors turned into messages for the fields.
 */
import { RateNotFoundError, RuleInputError } from '#labor-rules';
import { useCallback, useState } from 'react';

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

/** A number typed in a field (commas and full-width digits allowed), at least `min`. */
export function parseNumber(values: FormValues, field: string, options: { min?: number; max?: number; integer?: boolean; optional?: boolean } = {}): number | undefined {
  const raw = (values[field] ?? '')
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
  if (raw === '') {
    if (options.optional) return undefined;
    throw new FieldError(field, 'required');
  }
  if (!/^-?\d+(\.\d+)?$/.test(raw)) throw new FieldError(field, 'not-a-number');
  const value = Number(raw);
  if (options.integer && !Number.isInteger(value)) throw new FieldError(field, 'not-an-integer');
  if (value < (options.min ?? 0)) throw new FieldError(field, 'too-small');
  if (options.max !== undefined && value > options.max) throw new FieldError(field, 'too-large');
  return value;
}

export function requireNumber(values: FormValues, field: string, options: { min?: number; max?: number; integer?: boolean } = {}): number {
  return parseNumber(values, field, options) ?? 0;
}

/** A `YYYY-MM-DD` date field that must be filled (the rules check that it is a real date). */
export function requireDate(values: FormValues, field: string): string {
  const value = (values[field] ?? '').trim();
  if (value === '') throw new FieldError(field, 'required');
  return value;
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
