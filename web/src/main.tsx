import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { registerServiceWorker } from './app/service-worker.ts';
import { loadCatalog } from './i18n/catalog.ts';
import { applyDocumentLocale, I18nProvider, initialLocale } from './i18n/i18n-provider.tsx';
import './ui/styles.css';

const locale = initialLocale();
applyDocumentLocale(locale);
const catalog = await loadCatalog(locale);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <I18nProvider initial={locale} catalog={catalog} onLocaleChange={registerServiceWorker}>
      <App />
    </I18nProvider>
  </StrictMode>,
);
