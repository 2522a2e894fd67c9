/**
 * The GOV.UK error summary, shared by the form kit and the calculators (which do not load the kit's form
 * library): every error as a link naming its field, taking focus after a failed submit.
 */
import type { RefObject } from 'react';
import { useI18n } from '../i18n/i18n-provider.tsx';

/** The id of a field's control: `translations.en.title` → `field-translations-en-title`. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/**
 * "There is a problem": one link per error, to its field. Clicking a link moves focus into the field and
 * scrolls its label into view (as GOV.UK's summary does), so the question is visible with the answer.
 */
export function ErrorSummary({ items, summaryRef }: { items: { path: string; message: string }[]; summaryRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  // "此欄必填" alone says nothing in a list: each line names its field (its label, or its group's legend).
  const fieldName = (path: string) => {
    const control = document.getElementById(fieldId(path));
    const label = control?.closest('fieldset')?.querySelector('legend') && control.getAttribute('type') === 'checkbox'
      ? control.closest('fieldset')?.querySelector('legend')
      : control ? document.querySelector(`label[for="${control.id}"]`) : null;
    return label?.textContent?.trim() ?? '';
  };
  const text = (item: { path: string; message: string }) => {
    const name = fieldName(item.path);
    return name ? t('common.form.error_item', { field: name, message: item.message }) : item.message;
  };
  const focusField = (path: string) => {
    const control = document.getElementById(fieldId(path));
    if (!control) return;
    control.focus({ preventScroll: true });
    (control.closest('.field, .fieldset') ?? control).scrollIntoView({ block: 'start' });
  };
  return (
    <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {t('common.form.error_summary')}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={item.path}>
            {document.getElementById(fieldId(item.path)) ? (
              <a
                href={`#${fieldId(item.path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(item.path);
                }}
              >
                {text(item)}
              </a>
            ) : (
              text(item)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
