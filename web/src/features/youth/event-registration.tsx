import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { bookRequest } from '../../../../src/modules/youth/youth.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { type BookRequest, getUpcomingEvents, type PublicEvent, registerForEvent } from './api.ts';

// Nested under `registration` so that its fields' ids differ from the booking form's on the same page.
type Values = { registration: { eventId: string; name: string; email: string; birthDate: string; districtCode: string } };
const blank: Values = { registration: { eventId: '', name: '', email: '', birthDate: '', districtCode: '' } };
const registrationForm = z.object({ registration: bookRequest.extend({ eventId: z.string().min(1) }) });

/** 職涯探索, 職場體驗 and 企業參訪 open for registration; a place is never given beyond the capacity. */
export function EventRegistration() {
  const { t, locale, formatDateTime } = useI18n();
  const city = useCity();
  const client = useQueryClient();
  const events = useQuery({ queryKey: ['youth-events'], queryFn: ({ signal }) => getUpcomingEvents(signal) });
  const [done, setDone] = useState<{ code: string; title: string }>();
  const form = useContractForm<Values, typeof registrationForm>({
    schema: registrationForm,
    defaultValues: blank,
    required: { 'registration.eventId': t('youth.public.event_required') },
    toRequest: ({ registration: v }) => ({
      registration: {
        eventId: v.eventId,
        name: v.name.trim(),
        email: v.email.trim(),
        birthDate: v.birthDate,
        ...(v.districtCode ? { districtCode: v.districtCode } : {}),
        locale: locale as BookRequest['locale'],
      },
    }),
  });
  const label = (e: PublicEvent) =>
    t('youth.public.event_option', { kind: t(`youth.event_kind.${e.kind}`), title: e.title, time: formatDateTime(e.startsAt), places: e.placesLeft });
  const items = (events.data?.items ?? []).filter((e) => e.placesLeft > 0);
  return (
    <section className="section" aria-labelledby="youth-events">
      <h2 id="youth-events">{t('youth.public.events_title')}</h2>
      <ProblemAlert error={events.error} />
      {done ? (
        <p role="status">
          {t('youth.public.registered', { title: done.title })} <strong className="youth-code">{done.code}</strong>
        </p>
      ) : null}
      {items.length === 0 ? (
        events.isPending ? null : <p>{t('youth.public.no_events')}</p>
      ) : (
        <KitForm
          form={form}
          label={t('youth.public.events_title')}
          submitLabel={t('youth.public.register')}
          onSubmit={async ({ registration: { eventId, ...request } }) => {
            const result = await registerForEvent(eventId, request);
            form.reset(blank);
            setDone({ code: result.code, title: result.title });
            await client.invalidateQueries({ queryKey: ['youth-events'] });
          }}
        >
          <FormSelect form={form} name="registration.eventId" label={t('youth.public.event')} options={[{ value: '', label: t('youth.public.choose') }, ...items.map((e) => ({ value: e.id, label: label(e) }))]} />
          <FormText form={form} name="registration.name" label={t('youth.public.name')} autoComplete="name" maxLength={60} />
          <FormText form={form} name="registration.email" label={t('youth.public.email')} type="email" inputMode="email" autoComplete="email" />
          <FormText form={form} name="registration.birthDate" label={t('youth.public.birth_date')} type="date" autoComplete="bday" />
          <FormSelect
            form={form}
            name="registration.districtCode"
            label={t('youth.public.district')}
            hint={t('youth.public.district_hint')}
            options={[{ value: '', label: t('youth.public.district_none') }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))]}
          />
        </KitForm>
      )}
    </section>
  );
}
