import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Page } from '../../ui/page.tsx';

/**
 * What a page that failed shows instead of React Router's bare developer message: a heading, what the
 * reader can do (reload, or call 1955), and nothing technical. The usual cause is a page's code that could
 * not be fetched (the network dropped, or the site was updated while the page was open): a reload fixes it.
 * The error itself goes to the browser console, and to `data-page-error` for the browser tests, which must
 * name it when they fail; it holds the code's message, never the reader's data.
 */
export function PageError() {
  const { t } = useI18n();
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  useEffect(() => console.error('the page failed', error), [error]);
  return (
    <div data-page-error={message}>
      <Page title={t('common.page_error.title')} siteName={t('common.site_name')}>
        <p>{t('common.page_error.text')}</p>
        <p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('common.page_error.reload')}
          </button>
        </p>
        <p>
          {t('common.page_error.help')} <a href="tel:1955">1955</a>
        </p>
      </Page>
    </div>
  );
}

/** The same page where no layout is around it (the back office, or the layout itself failed): its own main. */
export function StandalonePageError() {
  return (
    <main id="main" className="container main" tabIndex={-1}>
      <PageError />
    </main>
  );
}
