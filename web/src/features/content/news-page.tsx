import { useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { Pagination } from '../../ui/pagination.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { feedHref, listNews } from './api.ts';
import { useFeedLink } from './content-ui.tsx';
import { FallbackNotice } from './qa-page.tsx';
import './content.css';

export function FeedLink() {
  const { t, locale } = useI18n();
  useFeedLink(feedHref(locale), t('content.news.feed_title'));
  return (
    <p>
      <a href={feedHref(locale)} type="application/atom+xml">
        {t('content.news.subscribe')}
      </a>
    </p>
  );
}

/** 最新勞動法令消息, newest first. */
export function NewsPage() {
  const { t, locale, formatDateTime } = useI18n();
  const [page, setPage] = useState(1);
  const news = useQuery({ queryKey: ['news-page', 1, page, locale], queryFn: ({ signal }) => listNews(page, locale, signal) });
  const pageCount = news.data ? Math.max(1, Math.ceil(news.data.total / news.data.pageSize)) : 1;
  return (
    <Page title={t('content.news.title')} siteName={t('common.site_name')} lead={<p>{t('content.news.lead')}</p>}>
      <FeedLink />
      <ProblemAlert error={news.error} />
      {news.isLoading ? <Loading label={t('common.loading')} /> : null}
      {news.data ? (
        <>
          {news.data.items.length === 0 ? <p>{t('content.news.empty')}</p> : null}
          <ul className="news-list">
            {news.data.items.map((item) => (
              <li key={item.id} className="news-item">
                <article aria-labelledby={`news-${item.id}`}>
                  <FallbackNotice isFallback={item.isFallback} />
                  <h2 id={`news-${item.id}`} lang={item.isFallback ? 'zh-Hant-TW' : undefined}>
                    <Link href={`/news/${item.id}`}>{item.title}</Link>
                  </h2>
                  <p className="news-meta">
                    <time dateTime={item.publishedAt}>{formatDateTime(item.publishedAt)}</time>
                  </p>
                  <p lang={item.isFallback ? 'zh-Hant-TW' : undefined}>{item.summary}</p>
                </article>
              </li>
            ))}
          </ul>
          <Pagination
            page={page}
            pageCount={pageCount}
            onPage={setPage}
          />
        </>
      ) : null}
    </Page>
  );
}
