import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Page } from '../../ui/page.tsx';
import { LanguageSelect } from './language-select.tsx';

function todayPlainDate(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Display preferences kept on this device: language and 民國 years. */
export function SettingsPage() {
  const { t, isRocYear, setRocYear, formatPlainDate } = useI18n();
  const rocId = useId();
  return (
    <Page title={t('settings.title')} siteName={t('common.site_name')} lead={<p>{t('settings.lead')}</p>}>
      <section className="section" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.language.title')}</h2>
        <LanguageSelect className="language-select--block" />
      </section>
      <section className="section" aria-labelledby="settings-dates">
        <h2 id="settings-dates">{t('settings.dates.title')}</h2>
        <div className="checkbox checkbox--single">
          <input id={rocId} type="checkbox" checked={isRocYear} onChange={(event) => setRocYear(event.target.checked)} />
          <label htmlFor={rocId}>{t('settings.dates.roc_label')}</label>
        </div>
        <p className="field__hint">{t('settings.dates.example', { date: formatPlainDate(todayPlainDate()) })}</p>
      </section>
    </Page>
  );
}
