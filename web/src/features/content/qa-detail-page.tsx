import { htmlLang } from '../../../../src/shared/i18n/locales.ts';
import { Link } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { getQa } from './api.ts';
import { Paragraphs } from './content-ui.tsx';
import { FallbackNotice, LegalBasisList } from './qa-page.tsx';
import './content.css';

export function QaDetailPage({ id }: { id: string }) {
  const { t, locale, formatDateTime } = useI18n();
  const item = useQuery({ queryKey: ['qa-detail-page', 1, id, locale], queryFn: ({ signal }) => getQa(id, locale, signal) });
  const data = item.data;
  return (
    <Page title={data?.question ?? t('content.qa.title')} siteName={t('common.site_name')} lang={data?.isFallback ? htmlLang[data.locale] : undefined}>
      <p>
        <Link href="/qa">{t('content.qa.back')}</Link>
      </p>
      <ProblemAlert error={item.error} />
      {item.isLoading ? <Loading label={t('common.loading')} /> : null}
      {data ? (
        <article>
          <FallbackNotice isFallback={data.isFallback} />
          <p className="qa-meta">
            {t(`content.categories.${data.category}`)} · {t('content.qa.updated', { date: formatDateTime(data.updatedAt) })}
          </p>
          <Paragraphs text={data.answer} lang={data.isFallback ? data.locale : undefined} />
          <LegalBasisList item={data} />
        </article>
      ) : null}
    </Page>
  );
}
