import { eventKinds } from '../../../../src/modules/youth/youth.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { useSession } from '../staff-auth/session-provider.tsx';
import { eventsEndpoint, type StaffEvent } from './api.ts';
import { YouthNav } from './youth-nav.tsx';

/** 職涯探索, 職場體驗 and 企業參訪 events, latest first. */
export function EventsPage() {
  const { t, formatDateTime } = useI18n();
  const { can } = useSession();
  const columns: Column<StaffEvent>[] = [
    { key: 'title', header: t('youth.fields.title'), render: (e) => e.title, sortKey: 'title' },
    { key: 'kind', header: t('youth.fields.kind'), render: (e) => t(`youth.event_kind.${e.kind}`) },
    { key: 'startsAt', header: t('youth.fields.starts_at'), render: (e) => formatDateTime(e.startsAt), sortKey: 'startsAt' },
    { key: 'registered', header: t('youth.fields.registered'), render: (e) => t('youth.slots.booked_of', { booked: e.registered, capacity: e.capacity }), isNumeric: true },
    { key: 'attended', header: t('youth.fields.attended'), render: (e) => String(e.attended), isNumeric: true },
  ];
  return (
    <ListPage
      title={t('youth.events.title')}
      lead={<><YouthNav current="events" /><p>{t('youth.events.lead')}</p></>}
      endpoint={eventsEndpoint}
      newItem={can('youth.write') ? { href: '/staff/youth/events/new', label: t('youth.events.new') } : null}
      rowLink={{ column: 'title', href: (e) => `/staff/youth/events/${e.id}` }}
      filters={[
        {
          name: 'kind',
          kind: 'select',
          label: t('youth.fields.kind'),
          options: [{ value: '', label: t('youth.events.all_kinds') }, ...eventKinds.map((k) => ({ value: k, label: t(`youth.event_kind.${k}`) }))],
        },
      ]}
      columns={columns}
      caption={(total) => t('youth.events.caption', { total })}
      empty={t('youth.events.empty')}
      defaultSort="-startsAt"
    />
  );
}
