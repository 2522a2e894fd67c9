/**
 * The interpreters' queue (issue 15 §1, ADR 0030): the bureau's Chinese text to readers of another language
 * (complaint replies, program decision reasons, mediation remarks, visit follow-ups), one queue per
 * language; a task page shows the text and takes the translation, which the reader then gets in place of
 * the "being translated" note.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { completeTranslationRequest, type translationTask } from '../../../../src/modules/translations/translations.contract.ts';
import { locales, type Locale } from '../../../../src/shared/i18n/locales.ts';
import type { z } from 'zod';
import { apiRequest } from '../../app/api-client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { type ListFilter, ListPage } from '../../ui/list-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { nativeLanguageNames } from '../settings/language-select.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';

type Task = z.infer<typeof translationTask>;
const langOf = (locale: Locale) => (locale === 'zh-TW' ? 'zh-Hant-TW' : locale);
const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

export function TranslationTasksPage() {
  const { t, formatDateTime } = useI18n();
  const filters: ListFilter[] = [
    {
      name: 'targetLocale',
      kind: 'select',
      label: t('translations.queue.language'),
      options: [
        { value: '', label: t('translations.queue.all_languages') },
        ...locales.filter((l) => l !== 'zh-TW').map((l) => ({ value: l, label: nativeLanguageNames[l] })),
      ],
    },
    {
      name: 'status',
      kind: 'select',
      label: t('translations.queue.status'),
      options: [
        { value: '', label: t('translations.statuses.open') },
        { value: 'done', label: t('translations.statuses.done') },
      ],
    },
  ];
  return (
    <ListPage<Task>
      title={t('translations.queue.title')}
      lead={t('translations.queue.lead')}
      endpoint="/api/v1/staff/translation-tasks"
      filters={filters}
      columns={[
        {
          key: 'text',
          header: t('translations.queue.source_text'),
          render: (task) => (
            <Link href={`/staff/translations/${task.id}`} lang="zh-Hant-TW">
              {excerpt(task.sourceText)}
            </Link>
          ),
        },
        { key: 'kind', header: t('translations.queue.kind'), render: (task) => t(`translations.kinds.${task.recordType}`) },
        { key: 'into', header: t('translations.queue.into'), render: (task) => <span lang={langOf(task.targetLocale)}>{nativeLanguageNames[task.targetLocale]}</span>, sortKey: 'targetLocale' },
        { key: 'created', header: t('translations.queue.created'), render: (task) => formatDateTime(task.createdAt), sortKey: 'createdAt' },
      ]}
      caption={(total) => t('translations.queue.caption', { total })}
      empty={t('translations.queue.empty')}
      defaultSort="createdAt"
    />
  );
}

export function TranslationTaskPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const [done, setDone] = useState(false);
  const task = useQuery({
    queryKey: ['translation-task', id],
    queryFn: ({ signal }) => apiRequest<Task>(`/api/v1/staff/translation-tasks/${encodeURIComponent(id)}`, { signal }),
  });
  const form = useContractForm<{ translatedText: string }, typeof completeTranslationRequest>({
    schema: completeTranslationRequest,
    defaultValues: { translatedText: '' },
  });
  const current = task.data;
  return (
    <Page title={t('translations.task.title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/translations">{t('translations.task.back')}</Link>
      </p>
      <ProblemAlert error={task.error} />
      {task.isLoading ? <Loading label={t('common.loading')} /> : null}
      {done ? <Alert tone="success">{t('translations.task.done')}</Alert> : null}
      {current ? (
        <>
          <section className="section" aria-labelledby="translation-source">
            <h2 id="translation-source">{t('translations.task.source')}</h2>
            <p>{t(`translations.kinds.${current.recordType}`)}</p>
            <blockquote lang="zh-Hant-TW" data-testid="translation-source">{current.sourceText}</blockquote>
          </section>
          {current.status === 'done' ? (
            <section className="section" aria-labelledby="translation-result">
              <h2 id="translation-result">{t('translations.task.result', { language: nativeLanguageNames[current.targetLocale] })}</h2>
              <blockquote lang={langOf(current.targetLocale)}>{current.translatedText}</blockquote>
            </section>
          ) : (
            <KitForm
              form={form}
              label={t('translations.task.form')}
              submitLabel={t('translations.task.submit')}
              onSubmit={async (request) => {
                await apiRequest(`/api/v1/staff/translation-tasks/${encodeURIComponent(id)}/complete`, { method: 'POST', body: request, csrfToken });
                setDone(true);
                await task.refetch();
              }}
            >
              <FormTextArea
                form={form}
                name="translatedText"
                label={t('translations.task.translated_text', { language: nativeLanguageNames[current.targetLocale] })}
                hint={t('translations.task.hint')}
                lang={langOf(current.targetLocale)}
                rows={8}
              />
            </KitForm>
          )}
        </>
      ) : null}
    </Page>
  );
}
