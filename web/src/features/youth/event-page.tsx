import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { type EventDetail, getEvent, recordAttendance } from './api.ts';

type Registration = EventDetail['registrations'][number];

/** An event with its registrations; once it has started, staff tick who came. Feedback is shown without names. */
export function EventPage({ id }: { id: string }) {
  const { t, formatDateTime, formatPlainDate } = useI18n();
  const { csrfToken } = useStaff();
  const { can } = useSession();
  const districtName = useDistrictName();
  const client = useQueryClient();
  const event = useQuery({ queryKey: ['youth-event', id], queryFn: ({ signal }) => getEvent(id, signal) });
  const [ticked, setTicked] = useState<string[]>([]);
  const attend = useMutation({
    mutationFn: () => recordAttendance(id, ticked, csrfToken),
    onSuccess: async () => {
      setTicked([]);
      await client.invalidateQueries({ queryKey: ['youth-event', id] });
    },
  });
  const d = event.data;
  const started = d ? new Date(d.event.startsAt).getTime() <= Date.now() : false;
  const mayMark = (r: Registration) => started && can('youth.write') && r.status === 'registered' && r.attendedOn === null;
  const columns: Column<Registration>[] = [
    {
      key: 'name',
      header: t('youth.fields.name'),
      render: (r) =>
        mayMark(r) ? (
          <label className="youth-check">
            <input
              type="checkbox"
              checked={ticked.includes(r.id)}
              onChange={(e) => setTicked((current) => (e.target.checked ? [...current, r.id] : current.filter((x) => x !== r.id)))}
            />{' '}
            {r.maskedName}
          </label>
        ) : (
          r.maskedName
        ),
    },
    { key: 'status', header: t('youth.fields.status'), render: (r) => t(`youth.registration_status.${r.status}`) },
    { key: 'attended', header: t('youth.fields.attended'), render: (r) => (r.attendedOn ? formatPlainDate(r.attendedOn) : '') },
    { key: 'rating', header: t('youth.fields.rating'), render: (r) => (r.feedbackRating === null ? '' : String(r.feedbackRating)), isNumeric: true },
  ];
  return (
    <DetailPage title={d?.event.title ?? t('youth.events.detail_title')} documentTitle={t('youth.events.detail_title')} back={{ href: '/staff/youth/events', label: t('youth.events.back') }}>
      <ProblemAlert error={event.error ?? attend.error} />
      {!d ? (
        event.isPending ? <Loading label={t('common.loading')} /> : null
      ) : (
        <>
          <SummaryList
            items={[
              { label: t('youth.fields.kind'), value: t(`youth.event_kind.${d.event.kind}`) },
              { label: t('youth.fields.starts_at'), value: formatDateTime(d.event.startsAt) },
              { label: t('youth.fields.venue'), value: d.event.venue },
              { label: t('youth.fields.district'), value: districtName(d.event.districtCode) },
              { label: t('youth.fields.registered'), value: t('youth.slots.booked_of', { booked: d.event.registered, capacity: d.event.capacity }) },
              { label: t('youth.fields.attended'), value: String(d.event.attended) },
              { label: t('youth.fields.rating'), value: d.event.feedbackAverage === null ? t('youth.events.no_feedback') : String(d.event.feedbackAverage) },
            ]}
          />
          <DataTable caption={t('youth.events.registrations_caption')} columns={columns} rows={d.registrations} rowKey={(r) => r.id} empty={t('youth.events.no_registrations')} />
          {d.registrations.some(mayMark) ? (
            <div className="button-row">
              <Button disabled={ticked.length === 0 || attend.isPending} onClick={() => attend.mutate()}>
                {t('youth.events.mark_attended', { count: ticked.length })}
              </Button>
            </div>
          ) : null}
          {d.feedback.length > 0 ? (
            <section className="section" aria-labelledby="youth-feedback">
              <h2 id="youth-feedback">{t('youth.events.feedback_title')}</h2>
              <ul>
                {d.feedback.map((f, i) => (
                  <li key={i}>{t('youth.events.feedback_item', { rating: f.rating, text: f.text })}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </DetailPage>
  );
}
