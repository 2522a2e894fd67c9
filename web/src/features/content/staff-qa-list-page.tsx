import { type FormEvent, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { listStaffQa, type QaStaffSummary } from './api.ts';
import './content.css';

export function StatusPill({ status }: { status: 'draft' | 'published' }) {
  const { t } = useI18n();
  return <span className={`status-pill status-pill--${status}`}>{t(`content.status.${status}`)}</span>;
}

export function StaffQaListPage() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const [draft, setDraft] = useState({ q: '', status: '' });
  const [filters, setFilters] = useState(draft);
  const list = useQuery({ queryKey: ['staff-qa-list-page', 1, filters], queryFn: ({ signal }) => listStaffQa(filters, signal) });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilters(draft);
  };
  const columns: Column<QaStaffSummary>[] = [
    { key: 'question', header: t('content.staff.question'), render: (row) => <Link href={`/staff/content/qa/${row.id}`}>{row.question}</Link> },
    { key: 'category', header: t('content.qa.category'), render: (row) => t(`content.categories.${row.category}`) },
    { key: 'status', header: t('content.staff.status'), render: (row) => <StatusPill status={row.status} /> },
    { key: 'locales', header: t('content.staff.languages'), render: (row) => row.locales.map((l) => t(`content.languages.${l}`)).join('、') },
    { key: 'updated', header: t('content.staff.updated'), render: (row) => formatDateTime(row.updatedAt) },
  ];
  return (
    <Page title={t('content.staff.qa_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('content.staff.qa_lead')}</p>}>
      <p>
        <Link className="button button--primary" href="/staff/content/qa/new">
          {t('content.staff.new_qa')}
        </Link>
      </p>
      <form className="form filters" role="search" aria-label={t('content.staff.filter_label')} onSubmit={submit}>
        <div className="filters__grid">
          <TextField label={t('content.qa.query')} type="search" name="q" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
          <SelectField
            label={t('content.staff.status')}
            name="status"
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value })}
            options={[
              { value: '', label: t('content.staff.all_statuses') },
              { value: 'draft', label: t('content.status.draft') },
              { value: 'published', label: t('content.status.published') },
            ]}
          />
        </div>
        <Button type="submit">{t('content.staff.filter')}</Button>
      </form>
      <ProblemAlert error={list.error} />
      {list.isLoading ? <Loading label={t('common.loading')} /> : null}
      {list.data ? (
        <DataTable
          caption={t('content.staff.qa_caption', { total: formatNumber(list.data.items.length) })}
          columns={columns}
          rows={list.data.items}
          rowKey={(row) => row.id}
          empty={t('content.staff.empty')}
        />
      ) : null}
    </Page>
  );
}
