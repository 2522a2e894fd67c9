/**
 * Turns the rules' results into API answers in the caller's language, and the rules' errors into
 * 400 problems. The rules stay pure; wording and HTTP live here.
 */
import {
  formatLegalBasis,
  formatPrecaution,
  formatStep,
  formatWarning,
  RateNotFoundError,
  RuleInputError,
  type Precaution,
  type Step,
  type Warning,
} from '#labor-rules';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';

export function presentSteps(steps: readonly Step[], locale: Locale) {
  return steps.map((step) => {
    const formatted = formatStep(step, locale);
    return {
      key: step.key,
      text: formatted.text,
      legalBasis: { ...step.legalBasis },
      citation: formatted.legalBasis,
      params: { ...step.params },
      ...(step.value === undefined ? {} : { value: step.value }),
      ...(step.assumption === true ? { assumption: true as const } : {}),
      ...(step.assumptionKey === undefined ? {} : { assumptionKey: step.assumptionKey }),
      ...(formatted.assumption === undefined ? {} : { assumptionText: formatted.assumption }),
    };
  });
}

export function presentWarnings(warnings: readonly Warning[], locale: Locale) {
  return warnings.map((warning) => ({
    code: warning.code,
    ...(warning.date === undefined ? {} : { date: warning.date }),
    text: formatWarning(warning, locale).text,
    legalBasis: { ...warning.legalBasis },
    citation: formatLegalBasis(warning.legalBasis, locale),
    params: { ...warning.params },
    ...(warning.note === true ? { note: true as const } : {}),
  }));
}

export function presentPrecautions(precautions: readonly Precaution[], locale: Locale) {
  return precautions.map((key) => ({ key, text: formatPrecaution(key, locale) }));
}

/** `days[0].hoursWorked` (the rules' spelling) → `days.0.hoursWorked` (the spelling of zod field issues). */
export function fieldPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

const knownReasons = new Set([
  'before-hire-date',
  'before-from',
  'end-before-start',
  'exceeds-employees',
  'invalid-date',
  'invalid-time',
  'negative',
  'new-system-from-hire',
  'no-countable-days',
  'not-a-non-negative-integer',
  'not-a-number',
  'not-before-event-date',
  'not-positive',
  'out-of-range',
  'outside-switch-window',
  'required',
  'required-for-hire-before-2005-07-01',
  'required-for-non-monthly-pay',
  'wage-required',
]);

/** Every path in `input` whose value names `date` (a `YYYY-MM-DD`, or the `YYYY-MM` month it opens). */
function pathsHolding(input: unknown, date: string, path: string[] = []): string[] {
  if (typeof input === 'string') {
    return input === date || `${input}-01` === date ? [path.join('.')] : [];
  }
  if (input === null || typeof input !== 'object') return [];
  return Object.entries(input).flatMap(([key, value]) => pathsHolding(value, date, [...path, key]));
}

/**
 * Runs a rule, answering its input errors as 400 problems that name the field: `RuleInputError` →
 * VALIDATION_FAILED with one field issue; `RateNotFoundError` → RATE_NOT_FOUND with the input
 * fields that hold the uncovered date. Anything else is a bug and goes on to the 500 handler.
 */
export function runRule<T>(locale: Locale, input: unknown, rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof RuleInputError) {
      const reason = knownReasons.has(error.reason) ? error.reason : 'invalid';
      const issue: FieldIssue = {
        field: fieldPath(error.field),
        code: error.reason,
        message: translate(locale, `validation.rule.${reason}`),
      };
      throw new AppError('VALIDATION_FAILED', { fieldIssues: [issue], cause: error });
    }
    if (error instanceof RateNotFoundError) {
      const message = translate(locale, 'errors.RATE_NOT_FOUND', { date: error.date });
      const fields = [...new Set(pathsHolding(input, error.date))];
      const fieldIssues = fields.map((field) => ({ field, code: 'rate_not_found', message }));
      throw new AppError('RATE_NOT_FOUND', {
        params: { date: error.date },
        ...(fieldIssues.length > 0 ? { fieldIssues } : {}),
        cause: error,
      });
    }
    throw error;
  }
}

const taipeiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Taiwan (`YYYY-MM-DD`) at the instant `now`. */
export function taipeiToday(now: Date): string {
  return taipeiDate.format(now);
}
