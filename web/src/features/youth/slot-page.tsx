import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { sessionRequest } from '../../../../src/modules/youth/youth.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { getSlot, recordNoShow, recordSession, type SlotDetail } from './api.ts';

type Booking = SlotDetail['bookings'][number];
type SessionValues = { assessment: string; resumeReview: string; plan: string };

function SessionForm({ booking, slotId, onDone }: { booking: Booking; slotId: string; onDone: () => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const form = useContractForm<SessionValues, typeof sessionRequest>({
    schema: sessionRequest,
    defaultValues: { assessment: '', resumeReview: '', plan: '' },
  });
  return (
    <section className="section" aria-labelledby="youth-session-form">
      <h2 id="youth-session-form">{t('youth.session.title', { name: booking.maskedName })}</h2>
      <KitForm
        form={form}
        label={t('youth.session.title', { name: booking.maskedName })}
        submitLabel={t('youth.session.save')}
        onSubmit={async (request) => {
          await recordSession(booking.id, request, csrfToken);
          await client.invalidateQueries({ queryKey: ['youth-slot', slotId] });
          onDone();
        }}
      >
        <FormTextArea form={form} name="assessment" label={t('youth.session.assessment')} />
        <FormTextArea form={form} name="resumeReview" label={t('youth.session.resume_review')} />
        <FormTextArea form={form} name="plan" label={t('youth.session.plan')} />
      </KitForm>
    </section>
  );
}

/** A slot and its bookings: the counsellor records each as a session held or a no-show, once the slot has started. */
export function SlotPage({ id }: { id: string }) {
  const { t, formatDateTime } = useI18n();
  const { csrfToken } = useStaff();
  const { can } = useSession();
  const client = useQueryClient();
  const slot = useQuery({ queryKey: ['youth-slot', id], queryFn: ({ signal }) => getSlot(id, signal) });
  const [recording, setRecording] = useState<Booking>();
  const noShow = useMutation({
    mutationFn: (bookingId: string) => recordNoShow(bookingId, csrfToken),
    onSuccess: () => client.invalidateQueries({ queryKey: ['youth-slot', id] }),
  });
  const d = slot.data;
  const started = d ? new Date(d.slot.startsAt).getTime() <= Date.now() : false;
  const columns: Column<Booking>[] = [
    { key: 'name', header: t('youth.fields.name'), render: (b) => b.maskedName },
    { key: 'age', header: t('youth.fields.age'), render: (b) => String(b.ageOnSlotDay), isNumeric: true },
    { key: 'status', header: t('youth.fields.status'), render: (b) => t(`youth.booking_status.${b.status}`) },
    {
      key: 'actions',
      header: t('youth.fields.actions'),
      render: (b) =>
        b.sessionId ? (
          <Link href={`/staff/youth/sessions/${b.sessionId}`}>{t('youth.session.open')}</Link>
        ) : b.status === 'booked' && started && can('youth.write') ? (
          <span className="button-row">
            <Button variant="secondary" onClick={() => setRecording(b)}>
              {t('youth.session.record', { name: b.maskedName })}
            </Button>
            <Button variant="secondary" disabled={noShow.isPending} onClick={() => noShow.mutate(b.id)}>
              {t('youth.session.no_show', { name: b.maskedName })}
            </Button>
          </span>
        ) : null,
    },
  ];
  return (
    <DetailPage title={d ? formatDateTime(d.slot.startsAt) : t('youth.slots.detail_title')} documentTitle={t('youth.slots.detail_title')} back={{ href: '/staff/youth/slots', label: t('youth.slots.back') }}>
      <ProblemAlert error={slot.error ?? noShow.error} />
      {!d ? (
        slot.isPending ? <Loading label={t('common.loading')} /> : null
      ) : (
        <>
          <SummaryList
            items={[
              { label: t('youth.fields.venue'), value: d.slot.venue },
              { label: t('youth.fields.counsellor'), value: d.slot.counsellorName },
              { label: t('youth.fields.booked'), value: t('youth.slots.booked_of', { booked: d.slot.booked, capacity: d.slot.capacity }) },
              { label: t('youth.fields.status'), value: t(`youth.slot_status.${d.slot.status}`) },
            ]}
          />
          <DataTable caption={t('youth.slots.bookings_caption')} columns={columns} rows={d.bookings} rowKey={(b) => b.id} empty={t('youth.slots.no_bookings')} />
          {recording ? <SessionForm key={recording.id} booking={recording} slotId={id} onDone={() => setRecording(undefined)} /> : null}
        </>
      )}
    </DetailPage>
  );
}
