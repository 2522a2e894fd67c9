import { useQuery } from '@tanstack/react-query';
import { createEventRequest, eventKinds } from '../../../../src/modules/youth/youth.contract.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { getEmployerChoices } from '../employment/api.ts';
import { localName, useCity } from '../reference-data/city.ts';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { createEvent } from './api.ts';
import { taichungInstant } from './youth-time.ts';

type Values = { kind: string; title: string; startsAt: string; time: string; venue: string; districtCode: string; employerId: string; capacity: string };
const blank: Values = { kind: 'exploration', title: '', startsAt: '', time: '', venue: '', districtCode: '', employerId: '', capacity: '' };

/** Publish an event; a workplace experience or company visit names its host employer. */
export function EventNewPage() {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const employers = useQuery({ queryKey: ['employer-choices'], queryFn: ({ signal }) => getEmployerChoices(signal) });
  const form = useContractForm<Values, typeof createEventRequest>({
    schema: createEventRequest,
    defaultValues: blank,
    toRequest: (v) => ({
      kind: v.kind as (typeof eventKinds)[number],
      title: v.title.trim(),
      startsAt: taichungInstant(v.startsAt, v.time),
      venue: v.venue.trim(),
      districtCode: v.districtCode,
      ...(v.employerId ? { employerId: v.employerId } : {}),
      capacity: v.capacity.trim() === '' ? Number.NaN : Number(v.capacity),
    }),
    messages: { startsAt: t('youth.slots.when_invalid') },
  });
  const choose = t('youth.public.choose');
  return (
    <Page title={t('youth.events.new_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('youth.events.new_lead')}</p>}>
      <p>
        <Link href="/staff/youth/events">{t('youth.events.back')}</Link>
      </p>
      <KitForm
        form={form}
        label={t('youth.events.new_title')}
        submitLabel={t('youth.events.publish')}
        onSubmit={async (request) => {
          const created = await createEvent(request, csrfToken);
          navigate(`/staff/youth/events/${created.id}`);
        }}
      >
        <FormSelect form={form} name="kind" label={t('youth.fields.kind')} options={eventKinds.map((k) => ({ value: k, label: t(`youth.event_kind.${k}`) }))} />
        <FormText form={form} name="title" label={t('youth.fields.title')} maxLength={200} />
        <FormText form={form} name="startsAt" label={t('youth.fields.date')} type="date" />
        <FormText form={form} name="time" label={t('youth.fields.time')} type="time" />
        <FormText form={form} name="venue" label={t('youth.fields.venue')} maxLength={200} />
        <FormSelect
          form={form}
          name="districtCode"
          label={t('youth.fields.district')}
          options={[{ value: '', label: choose }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))]}
        />
        <FormSelect
          form={form}
          name="employerId"
          label={t('youth.fields.host_employer')}
          options={[{ value: '', label: t('youth.events.no_employer') }, ...(employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))]}
        />
        <FormText form={form} name="capacity" label={t('youth.fields.capacity')} inputMode="numeric" />
      </KitForm>
    </Page>
  );
}
