import { htmlLang } from '../../../../src/shared/i18n/locales.ts';
import { Link } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { getNews } from './api.ts';
import { Paragraphs } from './content-ui.tsx';
import { FeedLink } from './news-page.tsx';
import { FallbackNotice } from './qa-page.tsx';
import './content.css';

export function NewsDetailPage({ id }: { id: string }) {
  const { t, locale, formatDateTime } = useI18n();
  const post = useQuery({ queryKey: ['news-detail-page', 1, id, locale], queryFn: ({ signal }) => getNews(id, locale, signal) });
  const data = post.data;
  return (
    <Page title={data?.title ?? t('content.news.title')} siteName={t('common.site_name')} lang={data?.isFallback ? htmlLang[data.locale] : undefined}>
      <p>
        <Link href="/news">{t('content.news.back')}</Link>
      </p>
      <ProblemAlert error={post.error} />
      {post.isLoading ? <Loading label={t('common.loading')} /> : null}
      {data ? (
        <article>
          <FallbackNotice isFallback={data.isFallback} />
          <p className="news-meta">
            {t('content.news.published', { date: formatDateTime(data.publishedAt) })}
          </p>
          <Paragraphs text={data.body} lang={data.isFallback ? data.locale : undefined} />
        </article>
      ) : null}
      <FeedLink />
    </Page>
  );
}
