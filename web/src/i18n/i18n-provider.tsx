import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { htmlLang, isLocale, type Locale, matchLocale, sourceLocale } from '../../../src/shared/i18n/locales.ts';
import { type Catalog, loadCatalog, type Params, translateWith } from './catalog.ts';
import { type DateDisplay, formatDateTime, formatMoney, formatNumber, formatPlainDate } from './format.ts';

const localeStorageKey = 'lang';
const rocStorageKey = 'roc-year';

export type I18n = {
  locale: Locale;
  t: (key: string, params?: Params) => string;
  setLocale: (locale: Locale) => Promise<void>;
  isRocYear: boolean;
  setRocYear: (isRocYear: boolean) => void;
  formatNumber: (value: number) => string;
  formatMoney: (value: number) => string;
  formatPlainDate: (value: string) => string;
  formatDateTime: (value: string) => string;
};

const I18nContext = createContext<I18n | null>(null);

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage can be blocked (private mode, policies); the choice then lasts for the visit
  }
}

function writeStorage(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // see readStorage
  }
}

/** The stored choice first, then the `lang` cookie the server also reads, then the browser's languages. */
export function initialLocale(): Locale {
  const stored = readStorage(localeStorageKey);
  if (isLocale(stored)) return stored;
  const cookie = /(?:^|;\s*)lang=([^;]+)/.exec(document.cookie)?.[1];
  if (isLocale(cookie)) return cookie;
  for (const tag of navigator.languages) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return sourceLocale;
}

export function initialRocYear(locale: Locale): boolean {
  const stored = readStorage(rocStorageKey);
  // 民國 years are the everyday norm in Taiwanese Chinese; other languages default to Gregorian years.
  return stored === null ? locale === 'zh-TW' : stored === 'true';
}

export function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = htmlLang[locale];
  // The server answers errors in the language of this cookie.
  document.cookie = `lang=${locale}; path=/; SameSite=Lax; max-age=31536000`;
}

export function I18nProvider(props: { initial: Locale; catalog: Catalog; children: ReactNode; onLocaleChange?: (locale: Locale) => void }) {
  const [state, setState] = useState({ locale: props.initial, catalog: props.catalog });
  const [isRocYear, setRocState] = useState(() => initialRocYear(props.initial));
  const { onLocaleChange } = props;

  useEffect(() => {
    applyDocumentLocale(state.locale);
    onLocaleChange?.(state.locale);
  }, [state.locale, onLocaleChange]);

  const setLocale = useCallback(async (locale: Locale) => {
    const catalog = await loadCatalog(locale);
    writeStorage(localeStorageKey, locale);
    // Before the new text shows, so that a request made as soon as it shows is answered in that language.
    applyDocumentLocale(locale);
    setState({ locale, catalog });
  }, []);

  const setRocYear = useCallback((value: boolean) => {
    writeStorage(rocStorageKey, String(value));
    setRocState(value);
  }, []);

  const value = useMemo<I18n>(() => {
    const display: DateDisplay = { locale: state.locale, isRocYear };
    return {
      locale: state.locale,
      t: (key, params) => translateWith(state.catalog, key, params),
      setLocale,
      isRocYear,
      setRocYear,
      formatNumber: (n) => formatNumber(n, state.locale),
      formatMoney: (n) => formatMoney(n, state.locale),
      formatPlainDate: (d) => formatPlainDate(d, display),
      formatDateTime: (d) => formatDateTime(d, display),
    };
  }, [state, isRocYear, setLocale, setRocYear]);

  return <I18nContext value={value}>{props.children}</I18nContext>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n needs an I18nProvider above it');
  return context;
}
