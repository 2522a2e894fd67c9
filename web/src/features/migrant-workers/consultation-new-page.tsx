import {
  consultationChannels,
  consultationLanguages,
  consultationOutcomes,
  consultationRequest,
  consultationTopics,
} from '../../../../src/modules/migrant-workers/consultations.contract.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { taichungInstant } from '../youth/youth-time.ts';
import { createConsultation } from './centre-api.ts';

type Values = {
  channel: string;
  language: string;
  topic: string;
  outcome: string;
  durationMinutes: string;
  consultedAt: string;
  time: string;
  workerResidentCertificateNumber: string;
  callerName: string;
  callerPhone: string;
  notes: string;
};

const blank: Values = {
  channel: 'phone',
  language: '',
  topic: '',
  outcome: 'advised',
  durationMinutes: '',
  consultedAt: '',
  time: '',
  workerResidentCertificateNumber: '',
  callerName: '',
  callerPhone: '',
  notes: '',
};

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** Log a call, a chat or a walk-in; left blank, the time is now. The caller's contact is optional and kept masked. */
export function ConsultationNewPage() {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const choose = { value: '', label: t('migrant-centre.form.choose') };
  const form = useContractForm<Values, typeof consultationRequest>({
    schema: consultationRequest,
    defaultValues: blank,
    toRequest: (v) => {
      const consultedAt = v.consultedAt || v.time ? taichungInstant(v.consultedAt, v.time) : undefined;
      return {
        channel: v.channel as (typeof consultationChannels)[number],
        language: v.language as (typeof consultationLanguages)[number],
        topic: v.topic as (typeof consultationTopics)[number],
        outcome: v.outcome as (typeof consultationOutcomes)[number],
        durationMinutes: v.durationMinutes.trim() === '' ? Number.NaN : Number(v.durationMinutes),
        ...(consultedAt !== undefined ? { consultedAt } : {}),
        workerResidentCertificateNumber: optional(v.workerResidentCertificateNumber),
        callerName: optional(v.callerName),
        callerPhone: optional(v.callerPhone),
        notes: optional(v.notes),
      };
    },
    messages: {
      durationMinutes: t('migrant-centre.form.duration_invalid'),
      consultedAt: t('migrant-centre.form.when_invalid'),
      language: t('migrant-centre.form.choose_one'),
      topic: t('migrant-centre.form.choose_one'),
    },
    required: { language: t('migrant-centre.form.choose_one'), topic: t('migrant-centre.form.choose_one') },
  });
  return (
    <Page title={t('migrant-centre.consultations.new')} siteName={t('staff-auth.site_name')} lead={<p>{t('migrant-centre.form.lead')}</p>}>
      <p>
        <Link href="/staff/migrant-workers/consultations">{t('migrant-centre.consultations.title')}</Link>
      </p>
      <KitForm
        form={form}
        label={t('migrant-centre.consultations.new')}
        submitLabel={t('migrant-centre.form.save')}
        onSubmit={async (request) => {
          const created = await createConsultation(request, csrfToken);
          navigate(`/staff/migrant-workers/consultations/${created.id}`);
        }}
      >
        <FormSelect form={form} name="channel" label={t('migrant-centre.fields.channel')} options={consultationChannels.map((value) => ({ value, label: t(`migrant-centre.channel.${value}`) }))} />
        <FormSelect
          form={form}
          name="language"
          label={t('migrant-centre.fields.language')}
          options={[choose, ...consultationLanguages.map((value) => ({ value, label: t(`migrant-centre.language.${value}`) }))]}
        />
        <FormSelect form={form} name="topic" label={t('migrant-centre.fields.topic')} options={[choose, ...consultationTopics.map((value) => ({ value, label: t(`migrant-centre.topic.${value}`) }))]} />
        <FormSelect form={form} name="outcome" label={t('migrant-centre.fields.outcome')} options={consultationOutcomes.map((value) => ({ value, label: t(`migrant-centre.outcome.${value}`) }))} />
        <FormText form={form} name="durationMinutes" label={t('migrant-centre.fields.duration')} hint={t('migrant-centre.form.duration_hint')} inputMode="numeric" />
        <FormText form={form} name="consultedAt" label={t('migrant-centre.form.date')} hint={t('migrant-centre.form.when_hint')} type="date" />
        <FormText form={form} name="time" label={t('migrant-centre.form.time')} type="time" />
        <FormText form={form} name="workerResidentCertificateNumber" label={t('migrant-centre.form.worker_arc')} hint={t('migrant-centre.form.worker_arc_hint')} autoComplete="off" />
        <FormText form={form} name="callerName" label={t('migrant-centre.fields.caller_name')} hint={t('migrant-centre.form.personal_hint')} autoComplete="off" />
        <FormText form={form} name="callerPhone" label={t('migrant-centre.fields.caller_phone')} type="tel" autoComplete="off" />
        <FormTextArea form={form} name="notes" label={t('migrant-centre.fields.notes')} />
      </KitForm>
    </Page>
  );
}
