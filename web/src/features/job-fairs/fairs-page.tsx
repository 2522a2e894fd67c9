import { fairKinds, fairStatuses } from '../../../../src/modules/job-fairs/job-fairs.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { useSession } from '../staff-auth/session-provider.tsx';
import { fairsEndpoint, type StaffFair } from './api.ts';

/** Job fairs, latest first; the export carries each fair's attendance. */
export function FairsPage() {
  const { t, formatDateTime } = useI18n();
  const { can } = useSession();
  const columns: Column<StaffFair>[] = [
    { key: 'title', header: t('job-fairs.fields.title'), render: (f) => f.title, sortKey: 'title' },
    { key: 'kind', header: t('job-fairs.fields.kind'), render: (f) => t(`job-fairs.kind.${f.kind}`) },
    { key: 'startsAt', header: t('job-fairs.fields.starts_at'), render: (f) => formatDateTime(f.startsAt), sortKey: 'startsAt' },
    { key: 'status', header: t('job-fairs.fields.status'), render: (f) => t(`job-fairs.status.${f.status}`) },
    { key: 'registered', header: t('job-fairs.fields.registered'), render: (f) => t('job-fairs.of', { count: f.registered, capacity: f.capacity }), isNumeric: true },
    { key: 'checkedIn', header: t('job-fairs.fields.checked_in'), render: (f) => String(f.checkedIn), isNumeric: true },
  ];
  return (
    <ListPage
      title={t('job-fairs.staff.title')}
      lead={<p>{t('job-fairs.staff.lead')}</p>}
      endpoint={fairsEndpoint}
      newItem={can('job-fairs.write') ? { href: '/staff/job-fairs/new', label: t('job-fairs.staff.new') } : null}
      rowLink={{ column: 'title', href: (f) => `/staff/job-fairs/${f.id}` }}
      filters={[
        {
          name: 'kind',
          kind: 'select',
          label: t('job-fairs.fields.kind'),
          options: [{ value: '', label: t('job-fairs.staff.all') }, ...fairKinds.map((k) => ({ value: k, label: t(`job-fairs.kind.${k}`) }))],
        },
        {
          name: 'status',
          kind: 'select',
          label: t('job-fairs.fields.status'),
          options: [{ value: '', label: t('job-fairs.staff.all') }, ...fairStatuses.map((s) => ({ value: s, label: t(`job-fairs.status.${s}`) }))],
        },
      ]}
      columns={columns}
      caption={(total) => t('job-fairs.staff.caption', { total })}
      empty={t('job-fairs.staff.empty')}
      defaultSort="-startsAt"
    />
  );
}
