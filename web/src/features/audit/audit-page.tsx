import { Loading } from '../../ui/loading.tsx';
import { type FormEvent, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { Page } from '../../ui/page.tsx';
import { Pagination } from '../../ui/pagination.tsx';
import { fieldErrors, ProblemAlert } from '../../ui/problem-alert.tsx';
import { type AuditEvent, type AuditFilters, auditPageSize, searchAudit } from './api.ts';

const noFilters: AuditFilters = { actor: '', action: '', recordType: '', recordId: '', from: '', to: '' };

function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

/** Read-only search of the audit trail (admin). */
export function AuditPage() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const [draft, setDraft] = useState<AuditFilters>(noFilters);
  const [query, setQuery] = useState({ filters: noFilters, page: 1 });
  const events = useQuery({ queryKey: ['audit-page', 1, query], queryFn: ({ signal }) => searchAudit(query.filters, query.page, signal) });
  const errors = fieldErrors(events.error);
  const field = (key: keyof AuditFilters) => ({
    name: key,
    value: draft[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({ filters: draft, page: 1 });
  };
  const columns: Column<AuditEvent>[] = [
    { key: 'when', header: t('audit.columns.occurred_at'), render: (e) => formatDateTime(e.occurredAt) },
    { key: 'actor', header: t('audit.columns.actor'), render: (e) => e.actorUsername ?? t('audit.system_actor') },
    { key: 'action', header: t('audit.columns.action'), render: (e) => <code>{e.action}</code> },
    {
      key: 'record',
      header: t('audit.columns.record'),
      render: (e) => (
        <>
          {e.recordType}
          {e.recordId ? <span className="muted"> {e.recordId}</span> : null}
        </>
      ),
    },
    { key: 'details', header: t('audit.columns.details'), render: (e) => <span className="small">{detailsText(e.details)}</span> },
    { key: 'request', header: t('audit.columns.request_id'), render: (e) => <span className="small">{e.requestId ?? ''}</span> },
  ];
  const total = events.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / auditPageSize));
  return (
    <Page title={t('audit.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('audit.lead')}</p>}>
      <form className="form filters" onSubmit={submit} noValidate aria-label={t('audit.filters_label')}>
        <div className="filters__grid">
          <TextField label={t('audit.filters.actor')} autoComplete="off" {...field('actor')} />
          <TextField label={t('audit.filters.action')} hint={t('audit.filters.action_hint')} autoComplete="off" {...field('action')} />
          <TextField label={t('audit.filters.record_type')} hint={t('audit.filters.record_type_hint')} autoComplete="off" {...field('recordType')} />
          <TextField label={t('audit.filters.record_id')} autoComplete="off" {...field('recordId')} />
          <TextField label={t('audit.filters.from')} type="date" {...field('from')} />
          <TextField label={t('audit.filters.to')} type="date" {...field('to')} />
        </div>
        <div className="button-row">
          <Button type="submit">{t('audit.search')}</Button>
          <Button
            variant="secondary"
            onClick={() => {
              setDraft(noFilters);
              setQuery({ filters: noFilters, page: 1 });
            }}
          >
            {t('audit.clear')}
          </Button>
        </div>
      </form>
      <ProblemAlert error={events.error} />
      {events.isLoading ? <Loading label={t('common.loading')} /> : null}
      {events.data ? (
        <>
          <DataTable
            caption={t('audit.caption', { total: formatNumber(total) })}
            columns={columns}
            rows={events.data.items}
            rowKey={(e) => String(e.id)}
            empty={t('audit.empty')}
          />
          <Pagination
            page={query.page}
            pageCount={pageCount}
            onPage={(page) => setQuery({ ...query, page })}
          />
        </>
      ) : null}
    </Page>
  );
}
