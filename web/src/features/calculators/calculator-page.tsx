/**
 * The frame every calculator page shares: the title and what the calculator is for, the form, and a
 * result region announced to screen readers, with each step of the calculation and the article it
 * rests on, in the chosen language. Printing gives the inputs, the result and the steps on paper.
 */
import { formatStep, formatWarning, type Step, type Warning } from '#labor-rules';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary, fieldId } from '../../ui/error-summary.tsx';
import { Page } from '../../ui/page.tsx';
import type { FieldErrors } from './calculator-form.ts';
import './calculators.css';
import { errorSummaryId, resultHeadingId } from './use-calculation.ts';

type CalculatorPageProps = {
  /** Key under `home.services` (title and description). */
  service: string;
  onSubmit: () => void;
  /** The field errors of the last 計算, by field name: all of them, listed in the summary. */
  errors: FieldErrors;
  form: ReactNode;
  result: ReactNode;
};

export function CalculatorPage({ service, onSubmit, errors, form, result }: CalculatorPageProps) {
  const { t } = useI18n();
  const summaryRef = useRef<HTMLDivElement>(null);
  // In the order the fields stand on the page, each one naming and linking to its field.
  const items = Object.entries(errors)
    .map(([path, message]) => ({ path, message, at: document.getElementById(fieldId(path)) }))
    .sort((a, b) => (!a.at || !b.at ? 0 : a.at.compareDocumentPosition(b.at) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Page title={t(`home.services.${service}.title`)} siteName={t('common.site_name')} lead={<p>{t(`home.services.${service}.description`)}</p>}>
      <form className="form calculator-form" noValidate onSubmit={submit}>
        <div id={errorSummaryId}>
          <ErrorSummary items={items} summaryRef={summaryRef} />
        </div>
        {form}
        <div className="button-row no-print">
          <Button type="submit">{t('calculators.common.calculate')}</Button>
        </div>
      </form>
      <section className="calculator-result" aria-labelledby={resultHeadingId} aria-live="polite">
        <h2 id={resultHeadingId} tabIndex={-1} className={result ? undefined : 'visually-hidden'}>
          {t('calculators.common.result')}
        </h2>
        {result}
      </section>
      <p className="small muted calculator-disclaimer">{t('calculators.common.disclaimer')}</p>
      <p className="no-print">
        <Link href="/">{t('calculators.common.back')}</Link>
      </p>
    </Page>
  );
}

/** The result's headline figures and, below, every step with its legal basis. */
export function ResultPanel({ figures, steps, warnings, children }: { figures: { label: string; value: string; detail?: string }[]; steps: readonly Step[]; warnings?: readonly Warning[]; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <dl className="summary result-figures">
        {figures.map((figure) => (
          <div key={figure.label} className="result-figure">
            <dt>{figure.label}</dt>
            <dd>
              {figure.value}
              {figure.detail ? <span className="result-figure__detail"> {figure.detail}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      {warnings && warnings.length > 0 ? <WarningList warnings={warnings} /> : null}
      {children}
      <StepList steps={steps} />
      <div className="button-row no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('calculators.common.print')}
        </Button>
      </div>
    </>
  );
}

export function StepList({ steps, title }: { steps: readonly Step[]; title?: string }) {
  const { t, locale, formatPlainDate } = useI18n();
  const exactId = useId();
  // Whole dollars by default (wages are paid in whole dollars); the fractions the law's arithmetic carries on request.
  const [isExact, setExact] = useState(false);
  const display = { formatDate: formatPlainDate, money: isExact ? 'exact' : 'whole' } as const;
  return (
    <>
      <h3>{title ?? t('calculators.common.steps')}</h3>
      <div className="checkbox checkbox--single no-print">
        <input id={exactId} type="checkbox" checked={isExact} onChange={(event) => setExact(event.target.checked)} />
        <label htmlFor={exactId}>{t('calculators.common.show_exact')}</label>
      </div>
      <ol className="steps">
        {steps.map((step, index) => {
          const formatted = formatStep(step, locale, display);
          return (
            <li key={`${step.key}-${index}`} className="step">
              <p className="step__text">{formatted.text}</p>
              <p className="step__basis">
                {t('calculators.common.legal_basis')} <cite>{formatted.legalBasis}</cite>
              </p>
              {formatted.assumption ? (
                <p className="step__assumption">
                  <strong>{t('calculators.common.assumption')}</strong> {formatted.assumption}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/**
 * Warnings and notes apart: a warning (`note` unset) is a possible breach; a note (`note: true`) is
 * information where the law may not bind this worker (e.g. the 11-hour rest outside shift work), so it
 * is shown as information, never under the warning title.
 */
export function WarningList({ warnings }: { warnings: readonly Warning[] }) {
  const { t } = useI18n();
  const breaches = warnings.filter((warning) => warning.note !== true);
  const notes = warnings.filter((warning) => warning.note === true);
  return (
    <>
      {breaches.length > 0 ? (
        <Alert tone="warning" title={t('calculators.common.warnings')}>
          <WarningItems warnings={breaches} />
        </Alert>
      ) : null}
      {notes.length > 0 ? (
        <Alert tone="info" title={t('calculators.common.notes')}>
          <WarningItems warnings={notes} />
        </Alert>
      ) : null}
    </>
  );
}

function WarningItems({ warnings }: { warnings: readonly Warning[] }) {
  const { locale, formatPlainDate } = useI18n();
  const display = { formatDate: formatPlainDate, money: 'whole' } as const;
  return (
    <ul>
      {warnings.map((warning, index) => {
        const formatted = formatWarning(warning, locale, display);
        return (
          <li key={`${warning.code}-${index}`}>
            {formatted.text} <cite>({formatted.legalBasis})</cite>
          </li>
        );
      })}
    </ul>
  );
}
