import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { type BatchSummary, batchesEndpoint } from './payment-api.ts';

const statuses = ['prepared', 'approved', 'exported', 'closed'] as const;

/** Payment batches: who gathered and who approved each, its total and what the bank has paid. */
export function PaymentBatchesPage() {
  const { t, formatDateTime, formatMoney } = useI18n();
  const columns: Column<BatchSummary>[] = [
    { key: 'number', header: t('program-payments.columns.number'), render: (b) => b.number, sortKey: 'number' },
    { key: 'status', header: t('program-payments.columns.status'), render: (b) => t(`program-payments.batch_statuses.${b.status}`), sortKey: 'status' },
    { key: 'programs', header: t('program-payments.columns.programs'), render: (b) => b.programCodes.join(', ') },
    { key: 'lines', header: t('program-payments.columns.lines'), render: (b) => String(b.lines), isNumeric: true },
    { key: 'total', header: t('program-payments.columns.total'), render: (b) => formatMoney(b.totalTwd), isNumeric: true },
    { key: 'paid', header: t('program-payments.columns.paid'), render: (b) => formatMoney(b.paidTwd), isNumeric: true },
    { key: 'prepared', header: t('program-payments.columns.prepared'), render: (b) => `${b.preparedBy}, ${formatDateTime(b.preparedAt)}`, sortKey: 'preparedAt' },
    { key: 'approved', header: t('program-payments.columns.approved'), render: (b) => b.approvedBy ?? '—' },
  ];
  return (
    <ListPage
      title={t('program-payments.batches.title')}
      lead={t('program-payments.batches.lead')}
      endpoint={batchesEndpoint}
      newItem={{ href: '/staff/programs/payments/new', label: t('program-payments.new.title') }}
      actions={
        <p>
          <Link href="/staff/programs">{t('programs.back')}</Link> · <Link href="/staff/programs/recoveries">{t('program-payments.recoveries.title')}</Link>
        </p>
      }
      rowLink={{ column: 'number', href: (b) => `/staff/programs/payments/${b.id}`, label: (b) => t('program-payments.batches.open', { number: b.number }) }}
      filters={[
        {
          name: 'status',
          kind: 'select',
          label: t('program-payments.columns.status'),
          options: [{ value: '', label: t('program-payments.all_statuses') }, ...statuses.map((s) => ({ value: s, label: t(`program-payments.batch_statuses.${s}`) }))],
        },
      ]}
      columns={columns}
      caption={(total) => t('program-payments.batches.caption', { total })}
      empty={t('program-payments.batches.empty')}
      defaultSort="-preparedAt"
      exportable
    />
  );
}
