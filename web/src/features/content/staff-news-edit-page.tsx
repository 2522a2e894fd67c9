import { type FormEvent, useState } from 'react';
import { locales, type Locale } from '../../../../src/shared/i18n/locales.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { createNews, getStaffNews, type NewsStaffRecord, type NewsWrite, setNewsStatus, updateNews } from './api.ts';
import { TextAreaField } from '../../ui/form-field.tsx';
import { issuesByPath } from './content-ui.tsx';
import { StatusPill } from './staff-qa-list-page.tsx';
import './content.css';

type Texts = Record<Locale, { title: string; body: string }>;

function NewsEditor({ record, onChanged }: { record: NewsStaffRecord | undefined; onChanged: (message: string) => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const { can } = useSession();
  const [texts, setTexts] = useState<Texts>(
    () => Object.fromEntries(locales.map((l) => [l, { title: record?.translations[l]?.title ?? '', body: record?.translations[l]?.body ?? '' }])) as Texts,
  );
  const [error, setError] = useState<unknown>();
  const [isBusy, setBusy] = useState(false);
  const issues = issuesByPath(error);
  const request = (): NewsWrite => ({
    translations: Object.fromEntries(
      locales.filter((l) => l === 'zh-TW' || texts[l].title.trim() || texts[l].body.trim()).map((l) => [l, texts[l]]),
    ) as NewsWrite['translations'],
  });
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      if (record) {
        await updateNews(record.id, request(), csrfToken);
        onChanged(t('content.staff.saved'));
      } else {
        const created = await createNews(request(), csrfToken);
        navigate(`/staff/content/news/${created.id}?saved=1`, { replace: true });
      }
    });
  };
  const changeStatus = (action: 'publish' | 'unpublish') =>
    void run(async () => {
      if (!record) return;
      await setNewsStatus(record.id, action, csrfToken);
      onChanged(action === 'publish' ? t('content.staff.published_done') : t('content.staff.unpublished_done'));
    });
  return (
    <>
      <ProblemAlert error={error} />
      {record ? (
        <section className="section" aria-labelledby="news-status">
          <h2 id="news-status">{t('content.staff.publication')}</h2>
          <p>
            <StatusPill status={record.status} />{' '}
            {record.status === 'published' ? <Link href={`/news/${record.id}`}>{t('content.staff.view_public')}</Link> : t('content.staff.draft_help')}
          </p>
          {can('content.publish') ? (
            <div className="button-row">
              {record.status === 'draft' ? (
                <Button disabled={isBusy} onClick={() => changeStatus('publish')}>
                  {t('content.staff.publish')}
                </Button>
              ) : (
                <Button variant="secondary" disabled={isBusy} onClick={() => changeStatus('unpublish')}>
                  {t('content.staff.unpublish')}
                </Button>
              )}
            </div>
          ) : null}
        </section>
      ) : null}
      <form className="form" onSubmit={save} noValidate aria-label={t('content.staff.news_form')}>
        {locales.map((l) => (
          <section key={l} className="locale-section" aria-labelledby={`locale-${l}`}>
            <h2 id={`locale-${l}`}>
              {t(`content.languages.${l}`)} {l === 'zh-TW' ? t('content.staff.required') : t('content.staff.optional')}
            </h2>
            {l === 'zh-TW' ? null : <p className="field__hint">{t('content.staff.optional_help')}</p>}
            <TextField
              label={t('content.staff.title_in', { language: t(`content.languages.${l}`) })}
              name={`title-${l}`}
              value={texts[l].title}
              error={issues[`translations.${l}.title`] ?? issues[`translations.${l}`]}
              onChange={(e) => setTexts({ ...texts, [l]: { ...texts[l], title: e.target.value } })}
            />
            <TextAreaField
              label={t('content.staff.body_in', { language: t(`content.languages.${l}`) })}
              hint={t('content.staff.answer_hint')}
              name={`body-${l}`}
              rows={10}
              value={texts[l].body}
              error={issues[`translations.${l}.body`]}
              onChange={(e) => setTexts({ ...texts, [l]: { ...texts[l], body: e.target.value } })}
            />
          </section>
        ))}
        <Button type="submit" disabled={isBusy}>
          {record ? t('content.staff.save') : t('content.staff.save_draft')}
        </Button>
      </form>
    </>
  );
}

export function StaffNewsEditPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const { search } = useLocation();
  const [notice, setNotice] = useState(search.get('saved') ? t('content.staff.saved') : '');
  const record = useQuery({ queryKey: ['staff-news-edit-page', 1, id], queryFn: ({ signal }) => (id ? getStaffNews(id, signal) : Promise.resolve(null)) });
  const onChanged = (message: string) => {
    setNotice(message);
    record.refetch();
  };
  return (
    <Page title={id ? t('content.staff.edit_news') : t('content.staff.new_news')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/content/news">{t('content.staff.back_news')}</Link>
      </p>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <ProblemAlert error={record.error} />
      {record.isLoading && !record.data ? <Loading label={t('common.loading')} /> : null}
      {record.data || (!id && !record.isLoading) ? (
        <NewsEditor
          key={record.data ? `${record.data.id}:${record.data.updatedAt}:${record.data.status}` : 'new'}
          record={record.data ?? undefined}
          onChanged={onChanged}
        />
      ) : null}
    </Page>
  );
}
