/**
 * The bureau's free text as its reader gets it (issue 15 §1, ADR 0030): the translation once an interpreter
 * has done it, with the Chinese original folded under it; until then a note that it is being translated and
 * the Chinese folded, marked `lang="zh-Hant-TW"` so that a screen reader reads it with a Chinese voice.
 * `lead` is the structured sentence the page already shows in the reader's language (or nothing).
 */
import type { z } from 'zod';
import type { translatedText } from '../../../src/modules/translations/translations.contract.ts';
import type { Locale } from '../../../src/shared/i18n/locales.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';

export type TranslatedText = z.infer<typeof translatedText>;

const langOf = (locale: Locale) => (locale === 'zh-TW' ? 'zh-Hant-TW' : locale);

export function TranslatedTextBlock({ value, label, testId }: { value: TranslatedText; label: string; testId?: string }) {
  const { t, locale } = useI18n();
  if (value.translation === 'pending') {
    return (
      <div data-testid={testId}>
        <p>
          <strong>{label}</strong> <span data-testid="translation-pending">{t('common.translation.pending')}</span>
        </p>
        <details>
          <summary>{t('common.translation.original')}</summary>
          <p lang="zh-Hant-TW">{value.text}</p>
        </details>
      </div>
    );
  }
  return (
    <div data-testid={testId}>
      <p>
        <strong>{label}</strong>{' '}
        <span lang={value.locale !== locale ? langOf(value.locale) : undefined} data-testid="translated-text">
          {value.text}
        </span>
      </p>
      {value.original ? (
        <details>
          <summary>{t('common.translation.original')}</summary>
          <p lang="zh-Hant-TW">{value.original}</p>
        </details>
      ) : null}
    </div>
  );
}
