/**
 * The public pages' first paint, rendered on the server (issue 15 §7): the layout (the bureau's name, the
 * language choice, the footer) in the visitor's language, with the home page's content on `/` and a
 * loading line elsewhere, so that text paints while the JavaScript is still on its way. The app then
 * renders over it (main.tsx uses createRoot, which replaces what the server sent): nothing here needs to
 * match it node for node, and no page's data is fetched here.
 *
 * Built by scripts/build-web.ts into web/dist-ssr/prerender.js (vite.ssr.config.ts), every dependency
 * bundled, and imported by the server (src/shared/http/index-page.ts). Only the core namespaces are used,
 * as on the client's first load.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { htmlLang, type Locale } from '../../src/shared/i18n/locales.ts';
import { HomePage } from './features/home/home-page.tsx';
import type { City } from './features/reference-data/city.ts';
import { PublicLayout } from './app/public-layout.tsx';
import { type Catalog, coreNamespaces, flatten } from './i18n/catalog.ts';
import { I18nProvider, useI18n } from './i18n/i18n-provider.tsx';
import { Loading } from './ui/loading.tsx';

type Tree = { [key: string]: string | Tree };
const files = import.meta.glob<Tree>(['./i18n/locales/*/common.json', './i18n/locales/*/home.json', './i18n/locales/*/settings.json', './i18n/locales/*/public-account.json'], {
  eager: true,
  import: 'default',
});

function coreCatalog(locale: Locale): Catalog {
  const catalog: Catalog = {};
  for (const namespace of coreNamespaces) {
    const tree = files[`./i18n/locales/${locale}/${namespace}.json`];
    if (tree) flatten(tree, namespace, catalog);
  }
  return catalog;
}

function PageLoading() {
  const { t } = useI18n();
  return <Loading label={t('common.loading')} />;
}

/** `title` as the page sets it (ui/page.tsx): the page's heading, then the site's name. */
export type Prerendered = { html: string; lang: string; title: string };

/** `home` renders the home page's content; `shell` the layout around a loading line (every other public page). */
export function prerender(kind: 'home' | 'shell', locale: Locale, city: City): Prerendered {
  const queryClient = new QueryClient();
  queryClient.setQueryData(['reference', 'city'], city);
  const catalog = coreCatalog(locale);
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <I18nProvider initial={locale} catalog={catalog}>
        <StaticRouter location={kind === 'home' ? '/' : '/loading'}>
          <PublicLayout>{kind === 'home' ? <HomePage /> : <PageLoading />}</PublicLayout>
        </StaticRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
  queryClient.clear();
  const siteName = catalog['common.site_name'] ?? '';
  const title = kind === 'home' ? `${catalog['home.title'] ?? ''} | ${siteName}` : siteName;
  return { html, lang: htmlLang[locale], title };
}
