import { createFairRequest, fairKinds } from '../../../../src/modules/job-fairs/job-fairs.contract.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { taichungInstant } from '../youth/youth-time.ts';
import { createFair } from './api.ts';

type Values = { kind: string; title: string; description: string; startsAt: string; from: string; endsAt: string; venue: string; districtCode: string; capacity: string };
const blank: Values = { kind: 'regional', title: '', description: '', startsAt: '', from: '09:00', endsAt: '16:00', venue: '', districtCode: '', capacity: '' };

/** A new fair, saved as a draft: it reaches the public calendar when published from its page. */
export function FairNewPage() {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const form = useContractForm<Values, typeof createFairRequest>({
    schema: createFairRequest,
    defaultValues: blank,
    toRequest: (v) => ({
      kind: v.kind as (typeof fairKinds)[number],
      title: v.title.trim(),
      description: v.description.trim(),
      startsAt: taichungInstant(v.startsAt, v.from),
      endsAt: taichungInstant(v.startsAt, v.endsAt),
      venue: v.venue.trim(),
      districtCode: v.districtCode,
      capacity: v.capacity.trim() === '' ? Number.NaN : Number(v.capacity),
    }),
    messages: { startsAt: t('job-fairs.staff.when_invalid'), endsAt: t('job-fairs.staff.ends_invalid') },
  });
  return (
    <Page title={t('job-fairs.staff.new_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('job-fairs.staff.new_lead')}</p>}>
      <p>
        <Link href="/staff/job-fairs">{t('job-fairs.staff.back')}</Link>
      </p>
      <KitForm
        form={form}
        label={t('job-fairs.staff.new_title')}
        submitLabel={t('job-fairs.staff.save_draft')}
        onSubmit={async (request) => {
          const created = await createFair(request, csrfToken);
          navigate(`/staff/job-fairs/${created.id}`);
        }}
      >
        <FormSelect form={form} name="kind" label={t('job-fairs.fields.kind')} options={fairKinds.map((k) => ({ value: k, label: t(`job-fairs.kind.${k}`) }))} />
        <FormText form={form} name="title" label={t('job-fairs.fields.title')} maxLength={200} />
        <FormTextArea form={form} name="description" label={t('job-fairs.fields.description')} rows={3} />
        <FormText form={form} name="startsAt" label={t('job-fairs.fields.date')} type="date" />
        <FormText form={form} name="from" label={t('job-fairs.fields.from')} type="time" />
        <FormText form={form} name="endsAt" label={t('job-fairs.fields.to')} type="time" />
        <FormText form={form} name="venue" label={t('job-fairs.fields.venue')} maxLength={200} />
        <FormSelect
          form={form}
          name="districtCode"
          label={t('job-fairs.fields.district')}
          options={[{ value: '', label: t('job-fairs.choose') }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))]}
        />
        <FormText form={form} name="capacity" label={t('job-fairs.fields.capacity')} inputMode="numeric" />
      </KitForm>
    </Page>
  );
}
