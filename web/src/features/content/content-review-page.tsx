/**
 * The review queue of one language (issue 15 §2, ADR 0030): Q&A and news translations still marked
 * machine-assisted, with the Chinese beside each; a reviewer opens the item in the editor to correct it
 * (a saved change counts as reviewed) or marks it reviewed as it stands (audited).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { locales, type Locale, htmlLang } from '../../../../src/shared/i18n/locales.ts';
import { apiRequest } from '../../app/api-client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { type ListFilter, ListPage } from '../../ui/list-page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { nativeLanguageNames } from '../settings/language-select.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';

type Row = { kind: 'qa' | 'news'; id: string; locale: Locale; title: string; sourceTitle: string; reviewStatus: 'machine-assisted' | 'reviewed'; updatedAt: string };
const endpoint = '/api/v1/staff/content/translations';

export function ContentReviewPage() {
  const { t, formatDateTime } = useI18n();
  const { csrfToken } = useStaff();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<unknown>();
  const markReviewed = async (row: Row) => {
    setError(undefined);
    try {
      await apiRequest(`${endpoint}/${row.kind}/${row.id}/${row.locale}/review`, { method: 'POST', csrfToken });
      setDone(t('content.review.marked', { title: row.title }));
      await queryClient.invalidateQueries({ queryKey: [endpoint] });
    } catch (problem) {
      setError(problem);
    }
  };
  const filters: ListFilter[] = [
    {
      name: 'locale',
      kind: 'select',
      label: t('content.review.language'),
      options: locales.filter((l) => l !== 'zh-TW').map((l) => ({ value: l, label: nativeLanguageNames[l] })),
    },
    {
      name: 'reviewStatus',
      kind: 'select',
      label: t('content.review.status'),
      options: [
        { value: '', label: t('content.review.statuses.machine-assisted') },
        { value: 'reviewed', label: t('content.review.statuses.reviewed') },
      ],
    },
  ];
  return (
    <ListPage<Row>
      title={t('content.review.title')}
      lead={t('content.review.lead')}
      endpoint={endpoint}
      filters={filters}
      filterDefaults={{ locale: 'vi' }}
      rowKey={(row) => `${row.kind}-${row.id}-${row.locale}`}
      notice={
        <>
          {done ? <Alert tone="success">{done}</Alert> : null}
          <ProblemAlert error={error} />
        </>
      }
      columns={[
        {
          key: 'title',
          header: t('content.review.translated_title'),
          // Editors open the item to correct it; a reviewer without content.edit reads the title only.
          render: (row) =>
            can('content.edit') ? (
              <Link href={`/staff/content/${row.kind}/${row.id}`} lang={htmlLang[row.locale]}>
                {row.title}
              </Link>
            ) : (
              <span lang={htmlLang[row.locale]}>{row.title}</span>
            ),
          sortKey: 'title',
        },
        { key: 'source', header: t('content.review.source_title'), render: (row) => <span lang="zh-Hant-TW">{row.sourceTitle}</span> },
        { key: 'kind', header: t('content.review.kind'), render: (row) => t(`content.review.kinds.${row.kind}`) },
        { key: 'updated', header: t('content.review.updated'), render: (row) => formatDateTime(row.updatedAt), sortKey: 'updatedAt' },
        {
          key: 'action',
          header: t('content.review.action'),
          render: (row) =>
            row.reviewStatus === 'reviewed' ? (
              t('content.review.statuses.reviewed')
            ) : (
              <Button variant="secondary" onClick={() => void markReviewed(row)} aria-label={t('content.review.mark_label', { title: row.title })}>
                {t('content.review.mark')}
              </Button>
            ),
        },
      ]}
      caption={(total) => t('content.review.caption', { total })}
      empty={t('content.review.empty')}
      defaultSort="updatedAt"
    />
  );
}
