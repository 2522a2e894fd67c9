import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createFairRequest, fairKinds } from '../../../../src/modules/job-fairs/job-fairs.contract.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { taichungInstant } from '../youth/youth-time.ts';
import { createFair, getFair, type StaffFair, updateFair } from './api.ts';

type Values = { kind: string; title: string; description: string; startsAt: string; from: string; endsAt: string; venue: string; districtCode: string; capacity: string };
const blank: Values = { kind: 'regional', title: '', description: '', startsAt: '', from: '09:00', endsAt: '16:00', venue: '', districtCode: '', capacity: '' };

/** Date and time of day in Taichung (UTC+8, no daylight saving), as the form's date and time fields hold them. */
const taichungParts = (iso: string) => {
  const local = new Date(Date.parse(iso) + 8 * 3600_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
};
const valuesOf = (fair: StaffFair): Values => ({
  kind: fair.kind,
  title: fair.title,
  description: fair.description,
  startsAt: taichungParts(fair.startsAt).date,
  from: taichungParts(fair.startsAt).time,
  endsAt: taichungParts(fair.endsAt).time,
  venue: fair.venue,
  districtCode: fair.districtCode,
  capacity: String(fair.capacity),
});

/** The fair's fields, for a new draft or an edit of one not yet over (a fair takes place on one day). */
function FairForm({ fair }: { fair?: StaffFair }) {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const client = useQueryClient();
  const form = useContractForm<Values, typeof createFairRequest>({
    schema: createFairRequest,
    defaultValues: fair ? valuesOf(fair) : blank,
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
  const title = fair ? t('job-fairs.staff.edit_title') : t('job-fairs.staff.new_title');
  return (
    <KitForm
      form={form}
      label={title}
      submitLabel={fair ? t('job-fairs.staff.save') : t('job-fairs.staff.save_draft')}
      onSubmit={async (request) => {
        const saved = fair ? await updateFair(fair.id, request, csrfToken) : await createFair(request, csrfToken);
        // The fair's page must show what was saved, not the copy it read before the edit.
        if (fair) await client.invalidateQueries({ queryKey: ['job-fair', fair.id] });
        navigate(`/staff/job-fairs/${saved.id}`);
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
      <FormText form={form} name="capacity" label={t('job-fairs.fields.capacity')} hint={fair ? t('job-fairs.staff.capacity_hint', { count: fair.registered }) : undefined} inputMode="numeric" />
    </KitForm>
  );
}

/** A new fair, saved as a draft: it reaches the public calendar when published from its page. */
export function FairNewPage() {
  const { t } = useI18n();
  return (
    <Page title={t('job-fairs.staff.new_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('job-fairs.staff.new_lead')}</p>}>
      <p>
        <Link href="/staff/job-fairs">{t('job-fairs.staff.back')}</Link>
      </p>
      <FairForm />
    </Page>
  );
}

/** An edit: a published fair's changes reach the calendar, and every subscribed calendar, at once. */
export function FairEditPage({ id }: { id: string }) {
  const { t } = useI18n();
  const fair = useQuery({ queryKey: ['job-fair', id], queryFn: ({ signal }) => getFair(id, signal) });
  return (
    <Page title={t('job-fairs.staff.edit_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('job-fairs.staff.edit_lead')}</p>}>
      <p>
        <Link href={`/staff/job-fairs/${encodeURIComponent(id)}`}>{t('job-fairs.staff.back_to_fair')}</Link>
      </p>
      <ProblemAlert error={fair.error} />
      {fair.data ? <FairForm fair={fair.data.fair} /> : fair.isPending ? <Loading label={t('common.loading')} /> : null}
    </Page>
  );
}
