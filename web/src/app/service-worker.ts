import type { Locale } from '../../../src/shared/i18n/locales.ts';

/**
 * Registers /sw.js (web/public/sw.js), which keeps the public app shell available offline, with the
 * visitor's language in its address: it stores that language's translations. Called again when the
 * language changes, the new address installs a worker that stores the new language.
 */
export function registerServiceWorker(locale: Locale): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(`/sw.js?lang=${encodeURIComponent(locale)}`, { scope: '/' }).catch((error: unknown) => {
      // The site works without it; offline use is what is lost, so log for whoever is debugging.
      console.warn('service worker registration failed', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
