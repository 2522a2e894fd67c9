import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { caseKinds } from '../../../../src/modules/cases/cases.contract.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { type ListFilter, ListPage } from '../../ui/list-page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { answerTransfer, type CaseSummary, getIncoming, type IncomingTransfer } from './api.ts';

/** One transfer waiting for the caller: accept, or reject with a reason. */
function IncomingRow({ transfer, onDone }: { transfer: IncomingTransfer; onDone: (message: string) => void }) {
  const { t, formatDateTime } = useI18n();
  const { csrfToken } = useStaff();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const answer = async (accept: boolean) => {
    try {
      const answered = await answerTransfer(transfer.id, accept ? { accept } : { accept, reason }, csrfToken);
      if (accept) {
        navigate(`/staff/cases/${answered.caseId}`);
        return;
      }
      onDone(t('cases.transfers.rejected_done', { number: transfer.caseNumber }));
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <li className="section">
      <p>{t('cases.transfers.incoming_line', { number: transfer.caseNumber, from: transfer.fromManagerName, when: formatDateTime(transfer.requestedAt) })}</p>
      <p className="field__hint">{transfer.reason}</p>
      <ProblemAlert error={error} />
      <TextField id={`reject-${transfer.id}`} label={t('cases.transfers.reject_reason')} value={reason} onChange={(event) => setReason(event.target.value)} />
      <div className="button-row">
        <Button onClick={() => void answer(true)}>{t('cases.transfers.accept')}</Button>
        <Button variant="secondary" onClick={() => void answer(false)}>
          {t('cases.transfers.reject')}
        </Button>
      </div>
    </li>
  );
}

function IncomingTransfers() {
  const { t } = useI18n();
  const client = useQueryClient();
  const query = useQuery({ queryKey: ['case-transfers-incoming'], queryFn: ({ signal }) => getIncoming(signal) });
  const [done, setDone] = useState<string>();
  const items = query.data?.items ?? [];
  if (!done && items.length === 0) return null;
  return (
    <section aria-labelledby="cases-incoming">
      <h2 id="cases-incoming">{t('cases.transfers.incoming_title')}</h2>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ul>
        {items.map((transfer) => (
          <IncomingRow
            key={transfer.id}
            transfer={transfer}
            onDone={(message) => {
              setDone(message);
              void client.invalidateQueries({ queryKey: ['case-transfers-incoming'] });
            }}
          />
        ))}
      </ul>
    </section>
  );
}

/** Cases of the caller's unit; the person only masked. */
export function CasesListPage() {
  const { t, formatPlainDate } = useI18n();
  const { can } = useSession();
  const columns: Column<CaseSummary>[] = [
    { key: 'number', header: t('cases.columns.case_number'), render: (c) => c.caseNumber, sortKey: 'caseNumber' },
    { key: 'kind', header: t('cases.columns.kind'), render: (c) => t(`cases.kinds.${c.kind}`) },
    { key: 'person', header: t('cases.columns.person'), render: (c) => c.personName },
    { key: 'source', header: t('cases.columns.source'), render: (c) => t(`cases.sources.${c.source}`) },
    { key: 'manager', header: t('cases.columns.manager'), render: (c) => c.managerName },
    { key: 'status', header: t('cases.columns.status'), render: (c) => t(`cases.statuses.${c.status}`), sortKey: 'status' },
    { key: 'opened', header: t('cases.columns.opened_on'), render: (c) => formatPlainDate(c.openedOn), sortKey: 'openedOn' },
    { key: 'closed', header: t('cases.columns.closed_on'), render: (c) => (c.closedOn ? formatPlainDate(c.closedOn) : '') },
  ];
  const filters: ListFilter[] = [
    {
      name: 'status',
      kind: 'select',
      label: t('cases.filters.status'),
      options: [
        { value: '', label: t('cases.filters.all') },
        { value: 'open', label: t('cases.statuses.open') },
        { value: 'closed', label: t('cases.statuses.closed') },
      ],
    },
    { name: 'kind', kind: 'select', label: t('cases.filters.kind'), options: [{ value: '', label: t('cases.filters.all') }, ...caseKinds.map((k) => ({ value: k, label: t(`cases.kinds.${k}`) }))] },
    {
      name: 'mine',
      kind: 'select',
      label: t('cases.filters.mine'),
      options: [
        { value: '', label: t('cases.filters.unit') },
        { value: 'true', label: t('cases.filters.mine_only') },
      ],
    },
  ];
  return (
    <ListPage
        title={t('cases.list.title')}
        lead={t('cases.list.lead')}
        actions={
          <>
            <p>
              <Link href="/staff/cases/caseload">{t('cases.caseload.link')}</Link>
            </p>
            {can('cases.handle') ? <IncomingTransfers /> : null}
          </>
        }
        newItem={can('cases.intake') ? { href: '/staff/cases/new', label: t('cases.list.new') } : null}
        endpoint="/api/v1/staff/cases"
        filters={filters}
        columns={columns}
        rowLink={{ column: 'number', href: (c) => `/staff/cases/${c.id}`, label: (c) => t('cases.list.open_label', { number: c.caseNumber }) }}
        caption={(total) => t('cases.list.caption', { total })}
        empty={t('cases.list.empty')}
        exportable
      />
  );
}
