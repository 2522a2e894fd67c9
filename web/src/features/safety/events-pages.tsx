import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { eventKinds, eventRequest, registrationRequest } from '../../../../src/modules/safety/safety.contract.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { taichungInstant } from '../youth/youth-time.ts';
import { createEvent, type EventDetail, eventsEndpoint, getEvent, markAttended, registerAttendee, type SafetyEvent } from './api.ts';

/** Promotion and training events (宣導會, 教育訓練, 安全衛生家族), latest first. */
export function EventsPage() {
  const { t, formatDateTime } = useI18n();
  const { can } = useSession();
  const columns: Column<SafetyEvent>[] = [
    { key: 'title', header: t('safety.fields.event_title'), render: (e) => e.title, sortKey: 'title' },
    { key: 'kind', header: t('safety.fields.event_kind'), render: (e) => t(`safety.event_kind.${e.kind}`) },
    { key: 'startsAt', header: t('safety.fields.starts_at'), render: (e) => formatDateTime(e.startsAt), sortKey: 'startsAt' },
    { key: 'registered', header: t('safety.fields.registered'), render: (e) => t('safety.events.of', { count: e.registered, capacity: e.capacity }), isNumeric: true },
    { key: 'attended', header: t('safety.fields.attended'), render: (e) => String(e.attended), isNumeric: true },
  ];
  return (
    <ListPage
      title={t('safety.events.title')}
      lead={<p>{t('safety.events.lead')}</p>}
      endpoint={eventsEndpoint}
      newItem={can('safety.write') ? { href: '/staff/safety/events/new', label: t('safety.events.new') } : null}
      actions={<Link href="/staff/safety">{t('safety.back_home')}</Link>}
      rowLink={{ column: 'title', href: (e) => `/staff/safety/events/${e.id}` }}
      filters={[
        {
          name: 'kind',
          kind: 'select',
          label: t('safety.fields.event_kind'),
          options: [{ value: '', label: t('safety.all') }, ...eventKinds.map((k) => ({ value: k, label: t(`safety.event_kind.${k}`) }))],
        },
      ]}
      columns={columns}
      caption={(total) => t('safety.events.caption', { total })}
      empty={t('safety.events.empty')}
      defaultSort="-startsAt"
    />
  );
}

type EventValues = { kind: string; title: string; day: string; from: string; to: string; venue: string; districtCode: string; capacity: string };

export function EventNewPage() {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const form = useContractForm<EventValues, typeof eventRequest>({
    schema: eventRequest,
    defaultValues: { kind: 'promotion', title: '', day: '', from: '14:00', to: '16:00', venue: '', districtCode: '', capacity: '' },
    toRequest: (v) => ({
      kind: v.kind as (typeof eventKinds)[number],
      title: v.title,
      startsAt: taichungInstant(v.day, v.from),
      endsAt: taichungInstant(v.day, v.to),
      venue: v.venue,
      districtCode: v.districtCode,
      capacity: v.capacity.trim() === '' ? Number.NaN : Number(v.capacity),
    }),
    messages: { startsAt: t('safety.date_invalid'), endsAt: t('safety.events.ends_invalid') },
  });
  return (
    <Page title={t('safety.events.new_title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/safety/events">{t('safety.events.back')}</Link>
      </p>
      <KitForm
        form={form}
        label={t('safety.events.new_title')}
        submitLabel={t('safety.events.submit')}
        onSubmit={async (request) => {
          const created = await createEvent(request, csrfToken);
          navigate(`/staff/safety/events/${created.id}`);
        }}
      >
        <FormSelect form={form} name="kind" label={t('safety.fields.event_kind')} options={eventKinds.map((k) => ({ value: k, label: t(`safety.event_kind.${k}`) }))} />
        <FormText form={form} name="title" label={t('safety.fields.event_title')} maxLength={200} />
        <FormText form={form} name="day" label={t('safety.fields.day')} type="date" />
        <FormText form={form} name="from" label={t('safety.fields.from')} type="time" />
        <FormText form={form} name="to" label={t('safety.fields.to')} type="time" />
        <FormText form={form} name="venue" label={t('safety.fields.venue')} maxLength={200} />
        <FormSelect
          form={form}
          name="districtCode"
          label={t('safety.fields.district')}
          options={[{ value: '', label: t('safety.choose') }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))]}
        />
        <FormText form={form} name="capacity" label={t('safety.fields.capacity')} inputMode="numeric" />
      </KitForm>
    </Page>
  );
}

/** An event: its facts, registration of attendees and attendance at the door (names masked). */
export function EventPage({ id }: { id: string }) {
  const { t, formatDateTime } = useI18n();
  const { can } = useSession();
  const { csrfToken } = useStaff();
  const districtName = useDistrictName();
  const client = useQueryClient();
  const event = useQuery({ queryKey: ['safety-event', id], queryFn: ({ signal }) => getEvent(id, signal) });
  const refresh = () => client.invalidateQueries({ queryKey: ['safety-event', id] });
  const attend = useMutation({ mutationFn: (registrationId: string) => markAttended(id, registrationId, csrfToken), onSuccess: refresh });
  const form = useContractForm<{ attendeeName: string; organisation: string }, typeof registrationRequest>({ schema: registrationRequest, defaultValues: { attendeeName: '', organisation: '' } });
  const d = event.data;
  const writer = can('safety.write');
  type Registration = EventDetail['registrations'][number];
  const columns: Column<Registration>[] = [
    { key: 'name', header: t('safety.fields.attendee'), render: (r) => r.maskedName },
    { key: 'organisation', header: t('safety.fields.organisation'), render: (r) => r.organisation },
    {
      key: 'attended',
      header: t('safety.fields.attended'),
      render: (r) =>
        r.attended ? t('safety.yes') : writer ? <Button variant="secondary" onClick={() => attend.mutate(r.id)}>{t('safety.events.mark', { name: r.maskedName })}</Button> : t('safety.no'),
    },
  ];
  return (
    <DetailPage title={d?.event.title ?? t('safety.events.detail_title')} documentTitle={t('safety.events.detail_title')} back={{ href: '/staff/safety/events', label: t('safety.events.back') }}>
      <ProblemAlert error={event.error ?? attend.error} />
      {!d ? (
        event.isPending ? <Loading label={t('common.loading')} /> : null
      ) : (
        <>
          <SummaryList
            items={[
              { label: t('safety.fields.event_kind'), value: t(`safety.event_kind.${d.event.kind}`) },
              { label: t('safety.fields.starts_at'), value: `${formatDateTime(d.event.startsAt)} – ${formatDateTime(d.event.endsAt)}` },
              { label: t('safety.fields.venue'), value: `${d.event.venue}（${districtName(d.event.districtCode)}）` },
              { label: t('safety.fields.registered'), value: t('safety.events.of', { count: d.event.registered, capacity: d.event.capacity }) },
              { label: t('safety.fields.attended'), value: String(d.event.attended) },
            ]}
          />
          <DataTable caption={t('safety.events.registrations_caption')} columns={columns} rows={d.registrations} rowKey={(r) => r.id} empty={t('safety.events.no_registrations')} />
          {writer && Date.parse(d.event.endsAt) > Date.now() ? (
            <section className="section" aria-labelledby="safety-register">
              <h2 id="safety-register">{t('safety.events.register')}</h2>
              <KitForm
                form={form}
                label={t('safety.events.register')}
                submitLabel={t('safety.events.register')}
                onSubmit={async (request) => {
                  await registerAttendee(id, request, csrfToken);
                  form.reset({ attendeeName: '', organisation: '' });
                  await refresh();
                }}
              >
                <FormText form={form} name="attendeeName" label={t('safety.fields.attendee')} maxLength={60} autoComplete="off" />
                <FormText form={form} name="organisation" label={t('safety.fields.organisation')} maxLength={200} />
              </KitForm>
            </section>
          ) : null}
        </>
      )}
    </DetailPage>
  );
}
