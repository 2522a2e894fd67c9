/**
 * The GOV.UK error summary, shared by the form kit and the calculators (which do not load the kit's form
 * library): every error as a link naming its field, taking focus after a failed submit.
 */
import type { RefObject } from 'react';
import { useI18n } from '../i18n/i18n-provider.tsx';
import './error-summary.css';

/** The id of a field's control: `translations.en.title` → `field-translations-en-title`. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/**
 * The control an error's path names: the kit's stable id first, then a control of that `name` (forms not
 * built on the kit), then the path's first part (`roles.0` → `roles`).
 */
function controlFor(path: string): HTMLElement | null {
  const byName = (name: string) => document.querySelector<HTMLElement>(`form [name="${CSS.escape(name)}"]`);
  return document.getElementById(fieldId(path)) ?? byName(path) ?? byName(path.split('.')[0] ?? path);
}

/**
 * "There is a problem": one link per error, to its field. Clicking a link moves focus into the field and
 * scrolls its label into view (as GOV.UK's summary does), so the question is visible with the answer.
 */
export function ErrorSummary({ items, summaryRef }: { items: { path: string; message: string }[]; summaryRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  // "此欄必填" alone says nothing in a list: each line names its field (its label, or its group's legend).
  const fieldName = (control: HTMLElement | null) => {
    const type = control?.getAttribute('type');
    const legend = control?.closest('fieldset')?.querySelector('legend');
    const label = legend && (type === 'checkbox' || type === 'radio')
      ? legend
      : control ? (document.querySelector(`label[for="${CSS.escape(control.id)}"]`) ?? control.closest('label')) : null;
    return label?.textContent?.trim() ?? '';
  };
  const text = (item: { path: string; message: string }, control: HTMLElement | null) => {
    const name = fieldName(control);
    return name ? t('common.form.error_item', { field: name, message: item.message }) : item.message;
  };
  const focusField = (control: HTMLElement) => {
    control.focus({ preventScroll: true });
    (control.closest('.field, .fieldset') ?? control).scrollIntoView({ block: 'start' });
  };
  return (
    <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {t('common.form.error_summary')}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => {
          const control = controlFor(item.path);
          return (
            <li key={item.path}>
              {control?.id ? (
                <a
                  href={`#${control.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(control);
                  }}
                >
                  {text(item, control)}
                </a>
              ) : (
                text(item, control)
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
