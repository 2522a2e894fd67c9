import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { trackToolUse } from '../usage/track.ts';
import { errorsFrom, type FieldErrors, type FormValues, writeQuery } from './calculator-form.ts';

type Outcome<V, R> = { result?: R; errors: FieldErrors; submitted?: V };

/**
 * Runs a calculation in the browser on submit (and at once when the page was opened from a shared
 * link), keeping the inputs in the URL. Input errors become field messages; anything else is a bug.
 * When `rates` changes (the published rate tables arrived after the first result), the inputs last
 * calculated are calculated again with them.
 */
export function useCalculation<V extends FormValues, R>(
  values: V,
  compute: (values: V) => R,
  options: { isFromLink: boolean; fieldFor?: (ruleField: string) => string; rates?: unknown },
) {
  const { t } = useI18n();
  const fieldFor = options.fieldFor ?? ((field: string) => field);
  const attempt = (current: V): Outcome<V, R> => {
    try {
      return { result: compute(current), errors: {}, submitted: current };
    } catch (error) {
      const errors = errorsFrom(error, t, fieldFor);
      if (!errors) throw error;
      return { errors, submitted: current };
    }
  };
  const [outcome, setOutcome] = useState<Outcome<V, R>>(() => (options.isFromLink ? attempt(values) : { errors: {} }));
  const ratesSeen = useRef(options.rates);
  useEffect(() => {
    if (ratesSeen.current === options.rates) return;
    ratesSeen.current = options.rates;
    setOutcome((previous) => (previous.submitted === undefined ? previous : attempt(previous.submitted)));
  }, [options.rates]);
  const run = useCallback(() => {
    const next = attempt(values);
    setOutcome(next);
    if (next.result !== undefined) {
      writeQuery(values);
      // Indicator 2 counts uses of the app's tools; the page's last path segment names the calculator.
      trackToolUse(`calculator.${window.location.pathname.split('/').pop() ?? 'unknown'}`);
    } else {
      focusFirstError();
    }
  }, [values, options.rates]);
  return { result: outcome.result, errors: outcome.errors, run, hasErrors: Object.keys(outcome.errors).length > 0 };
}

function focusFirstError(): void {
  // After React renders the messages: move to the first field marked invalid.
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
