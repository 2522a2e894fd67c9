import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { useSession } from '../staff-auth/session-provider.tsx';
import { slotsEndpoint, type StaffSlot } from './api.ts';
import { YouthNav } from './youth-nav.tsx';

/** Counselling slots of the career development centre, latest first. */
export function SlotsPage() {
  const { t, formatDateTime } = useI18n();
  const { can } = useSession();
  const columns: Column<StaffSlot>[] = [
    { key: 'startsAt', header: t('youth.fields.starts_at'), render: (s) => formatDateTime(s.startsAt), sortKey: 'startsAt' },
    { key: 'venue', header: t('youth.fields.venue'), render: (s) => s.venue },
    { key: 'counsellor', header: t('youth.fields.counsellor'), render: (s) => s.counsellorName },
    { key: 'booked', header: t('youth.fields.booked'), render: (s) => t('youth.slots.booked_of', { booked: s.booked, capacity: s.capacity }), isNumeric: true },
    { key: 'status', header: t('youth.fields.status'), render: (s) => t(`youth.slot_status.${s.status}`) },
  ];
  return (
    <ListPage
      title={t('youth.slots.title')}
      lead={<><YouthNav current="slots" /><p>{t('youth.slots.lead')}</p></>}
      endpoint={slotsEndpoint}
      newItem={can('youth.write') ? { href: '/staff/youth/slots/new', label: t('youth.slots.new') } : null}
      rowLink={{ column: 'startsAt', href: (s) => `/staff/youth/slots/${s.id}` }}
      columns={columns}
      caption={(total) => t('youth.slots.caption', { total })}
      empty={t('youth.slots.empty')}
      defaultSort="-startsAt"
    />
  );
}
