import { useId } from 'react';
import { htmlLang, isLocale, type Locale, locales } from '../../../../src/shared/i18n/locales.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';

/** Each language is named in itself, so a reader finds theirs whatever the page is showing now. */
export const nativeLanguageNames: Record<Locale, string> = {
  'zh-TW': '繁體中文',
  en: 'English',
  id: 'Bahasa Indonesia',
  vi: 'Tiếng Việt',
  th: 'ภาษาไทย',
};

export function LanguageSelect({ className }: { className?: string }) {
  const { locale, setLocale, t } = useI18n();
  const id = useId();
  return (
    <div className={['language-select', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{t('common.language.label')}</label>
      <select
        id={id}
        // Rendered on the server for the first paint (web/src/prerender.tsx), the choice waits for the
        // app's code, which replaces it: a choice made before then would be lost.
        disabled={typeof document === 'undefined'}
        value={locale}
        onChange={(event) => {
          if (!isLocale(event.target.value)) return;
          setLocale(event.target.value).catch((error: unknown) => {
            // Offline before that language was ever loaded: the page stays in the current language, which
            // the select goes back to showing; nothing else depends on the switch.
            console.warn('could not load the language', error);
          });
        }}
      >
        {locales.map((code) => (
          <option key={code} value={code} lang={htmlLang[code]}>
            {nativeLanguageNames[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
