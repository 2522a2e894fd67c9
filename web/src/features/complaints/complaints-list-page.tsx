import { type FormEvent, useState } from 'react';
import { complaintStatuses, type ComplaintStatus } from '../../../../src/modules/complaints/complaints.workflow.ts';
import { Link } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { SelectField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { Pagination } from '../../ui/pagination.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { useSession } from '../staff-auth/session-provider.tsx';
import { type ComplaintSummary, complaintsPageSize, listComplaints } from './api.ts';

/** Columns shared by the complaint list and the overdue list; none of them can hold the complainant. */
export function useComplaintColumns(): Column<ComplaintSummary>[] {
  const { t, formatPlainDate, formatDateTime } = useI18n();
  const districtName = useDistrictName();
  return [
    {
      key: 'code',
      header: t('complaints.staff.columns.tracking_code'),
      render: (c) => (
        <Link href={`/staff/complaints/${c.id}`} aria-label={t('complaints.staff.open_label', { code: c.trackingCode })}>
          {c.trackingCode}
        </Link>
      ),
    },
    { key: 'employer', header: t('complaints.staff.columns.employer'), render: (c) => c.employerName },
    { key: 'district', header: t('complaints.staff.columns.district'), render: (c) => districtName(c.districtCode) },
    { key: 'law', header: t('complaints.staff.columns.law'), render: (c) => t(`complaints.laws.${c.law}`) },
    { key: 'status', header: t('complaints.staff.columns.status'), render: (c) => t(`complaints.statuses.${c.status}`) },
    { key: 'received', header: t('complaints.staff.columns.received_at'), render: (c) => formatDateTime(c.receivedAt) },
    { key: 'notice-due', header: t('complaints.staff.columns.notice_due'), render: (c) => formatPlainDate(c.noticeDueOn) },
    { key: 'reply-due', header: t('complaints.staff.columns.reply_due'), render: (c) => formatPlainDate(c.replyDueOn) },
    {
      key: 'assignee',
      header: t('complaints.staff.columns.assignee'),
      render: (c) => c.assignedTo?.displayName ?? <span className="muted">{t('complaints.staff.unassigned')}</span>,
    },
    {
      key: 'overdue',
      header: t('complaints.staff.columns.overdue'),
      render: (c) => c.overdue.map((d) => t(`complaints.deadlines.${d}`)).join(t('common.list_separator')),
    },
  ];
}

export function ComplaintsListPage() {
  const { t, formatNumber } = useI18n();
  const { can } = useSession();
  const [draft, setDraft] = useState<{ status: ComplaintStatus | ''; mine: boolean }>({ status: '', mine: false });
  const [query, setQuery] = useState({ status: '' as ComplaintStatus | '', mine: false, page: 1 });
  const results = useQuery({ queryKey: ['complaints-list-page', 1, query], queryFn: ({ signal }) => listComplaints(query, signal) });
  const columns = useComplaintColumns();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({ ...draft, page: 1 });
  };
  const total = results.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / complaintsPageSize));
  return (
    <Page title={t('complaints.staff.list_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('complaints.staff.list_lead')}</p>}>
      {can('complaints.assign') ? (
        <p>
          <Link href="/staff/complaints/overdue">{t('complaints.staff.overdue_link')}</Link>
        </p>
      ) : null}
      <form className="form filters" onSubmit={submit} aria-label={t('complaints.staff.filters_label')}>
        <div className="filters__grid">
          <SelectField
            label={t('complaints.staff.status_filter')}
            name="status"
            value={draft.status}
            onChange={(event) => setDraft({ ...draft, status: event.target.value as ComplaintStatus | '' })}
            options={[
              { value: '', label: t('complaints.staff.all_statuses') },
              ...complaintStatuses.map((status) => ({ value: status, label: t(`complaints.statuses.${status}`) })),
            ]}
          />
          {can('complaints.handle') ? (
            <label className="checkbox checkbox--single">
              <input type="checkbox" name="mine" checked={draft.mine} onChange={(event) => setDraft({ ...draft, mine: event.target.checked })} />
              <span>{t('complaints.staff.mine')}</span>
            </label>
          ) : null}
        </div>
        <Button type="submit">{t('complaints.staff.filter_submit')}</Button>
      </form>
      <ProblemAlert error={results.error} />
      {results.isLoading ? <Loading label={t('common.loading')} /> : null}
      {results.data ? (
        <>
          <DataTable
            caption={t('complaints.staff.caption', { total: formatNumber(total) })}
            columns={columns}
            rows={results.data.items}
            rowKey={(c) => c.id}
            empty={t('complaints.staff.empty')}
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
