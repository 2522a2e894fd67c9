import { dispatchRequest } from '../../../../src/modules/migrant-workers/dispatches-1955.contract.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { taichungInstant } from '../youth/youth-time.ts';
import { createDispatch } from './centre-api.ts';

type Values = {
  dispatchNumber: string;
  receivedAt: string;
  receivedTime: string;
  workerName: string;
  residentCertificateNumber: string;
  passportNumber: string;
  employerName: string;
  issue: string;
  replyDeadline: string;
};

const blank: Values = {
  dispatchNumber: '',
  receivedAt: '',
  receivedTime: '',
  workerName: '',
  residentCertificateNumber: '',
  passportNumber: '',
  employerName: '',
  issue: '',
  replyDeadline: '',
};

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** Enter one 1955 dispatch by hand, with the reply deadline the hotline set. */
export function DispatchNewPage() {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<Values, typeof dispatchRequest>({
    schema: dispatchRequest,
    defaultValues: blank,
    toRequest: (v) => ({
      dispatchNumber: v.dispatchNumber,
      receivedAt: taichungInstant(v.receivedAt, v.receivedTime),
      workerName: v.workerName,
      residentCertificateNumber: optional(v.residentCertificateNumber),
      passportNumber: optional(v.passportNumber),
      employerName: v.employerName,
      issue: v.issue,
      replyDeadline: v.replyDeadline,
    }),
    messages: { receivedAt: t('migrant-centre.form.when_invalid') },
    required: { receivedAt: t('migrant-centre.form.when_invalid') },
  });
  return (
    <Page title={t('migrant-centre.dispatches.new')} siteName={t('staff-auth.site_name')} lead={<p>{t('migrant-centre.dispatch_form.lead')}</p>}>
      <p>
        <Link href="/staff/migrant-workers/dispatches">{t('migrant-centre.dispatches.title')}</Link>
      </p>
      <KitForm
        form={form}
        label={t('migrant-centre.dispatches.new')}
        submitLabel={t('migrant-centre.form.save')}
        onSubmit={async (request) => {
          const created = await createDispatch(request, csrfToken);
          navigate(`/staff/migrant-workers/dispatches/${created.id}`);
        }}
      >
        <FormText form={form} name="dispatchNumber" label={t('migrant-centre.fields.dispatch_number')} hint={t('migrant-centre.dispatch_form.number_hint')} autoComplete="off" />
        <FormText form={form} name="receivedAt" label={t('migrant-centre.dispatch_form.received_on')} type="date" />
        <FormText form={form} name="receivedTime" label={t('migrant-centre.dispatch_form.received_time')} type="time" />
        <FormText form={form} name="workerName" label={t('migrant-centre.fields.worker')} autoComplete="off" />
        <FormText form={form} name="residentCertificateNumber" label={t('migrant-centre.fields.resident_certificate')} hint={t('migrant-centre.dispatch_form.document_hint')} autoComplete="off" />
        <FormText form={form} name="passportNumber" label={t('migrant-centre.fields.passport')} autoComplete="off" />
        <FormText form={form} name="employerName" label={t('migrant-centre.fields.employer')} maxLength={200} />
        <FormTextArea form={form} name="issue" label={t('migrant-centre.fields.issue')} />
        <FormText form={form} name="replyDeadline" label={t('migrant-centre.fields.reply_deadline')} hint={t('migrant-centre.dispatch_form.deadline_hint')} type="date" />
      </KitForm>
    </Page>
  );
}
