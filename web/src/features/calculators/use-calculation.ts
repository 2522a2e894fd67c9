import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { trackToolUse } from '../usage/track.ts';
import { collectFieldErrors, errorsFrom, type FieldErrors, type FormValues, messagesFor, writeQuery } from './calculator-form.ts';

type Outcome<V, R> = { result?: R; errors: FieldErrors; submitted?: V };

/** Where focus goes after 計算: the error summary, or the result's heading (scrolled into view). */
export const errorSummaryId = 'calculator-error-summary';
export const resultHeadingId = 'calculator-result-heading';

/**
 * Runs a calculation in the browser on submit (and at once when the page was opened from a shared
 * link), keeping the inputs in the URL. Every field is checked at once; input errors become field
 * messages and the summary's list; anything else is a bug. When `rates` changes (the published rate
 * tables arrived after the first result), the inputs last calculated are calculated again with them.
 */
export function useCalculation<V extends FormValues, R>(
  values: V,
  compute: (values: V) => R,
  options: { isFromLink: boolean; fieldFor?: (ruleField: string) => string; rates?: unknown },
) {
  const { t } = useI18n();
  const fieldFor = options.fieldFor ?? ((field: string) => field);
  const attempt = (current: V): Outcome<V, R> => {
    const outcome = collectFieldErrors(() => compute(current));
    if (outcome.fieldErrors.length) return { errors: messagesFor(outcome.fieldErrors, t), submitted: current };
    if (outcome.error === undefined) return { result: outcome.result as R, errors: {}, submitted: current };
    const errors = errorsFrom(outcome.error, t, fieldFor);
    if (!errors) throw outcome.error;
    return { errors, submitted: current };
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
      focusAfterRender(`#${resultHeadingId}`, true);
    } else {
      focusAfterRender(`#${errorSummaryId} .error-summary`, false);
    }
  }, [values, options.rates]);
  return { result: outcome.result, errors: outcome.errors, run, hasErrors: Object.keys(outcome.errors).length > 0 };
}

/**
 * After React renders the summary or the result: on a phone the result is below the fold, and focus left on
 * the button tells a screen reader nothing, so focus moves there and the page scrolls to it.
 */
function focusAfterRender(selector: string, scroll: boolean): void {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) return;
    target.focus({ preventScroll: true });
    if (scroll || target.getBoundingClientRect().top < 0) target.scrollIntoView({ block: 'start' });
  });
}
