import { useQuery, useQueryClient } from '@tanstack/react-query';
import { complaintLaws } from '../../../../src/modules/complaints/complaints.laws.ts';
import {
  consultationComplaintRequest,
  consultationMediationRequest,
  consultationVisitRequest,
  lawOfTopic,
} from '../../../../src/modules/migrant-workers/consultations.contract.ts';
import { claimKinds } from '../../../../src/modules/mediation/mediation.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { DetailPage, RevealSection, SummaryList } from '../../ui/detail-page.tsx';
import { fieldId, FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import {
  type ConsultationSummary,
  consultationToComplaint,
  consultationToMediation,
  consultationToVisit,
  getConsultation,
  getConsultationContact,
} from './centre-api.ts';

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** One consultation: masked summary, the audited contact view, and what it can become. */
export function ConsultationPage({ id }: { id: string }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const { can } = useSession();
  const consultation = useQuery({ queryKey: ['migrant-consultation', id], queryFn: ({ signal }) => getConsultation(id, signal) });
  const c = consultation.data;
  return (
    <DetailPage
      title={t('migrant-centre.consultation.title')}
      documentTitle={t('migrant-centre.consultation.title')}
      back={{ href: '/staff/migrant-workers/consultations', label: t('migrant-centre.consultations.title') }}
    >
      <ProblemAlert error={consultation.error} />
      {!c ? (
        consultation.isPending ? <Loading label={t('common.loading')} /> : null
      ) : (
        <>
          <SummaryList
            items={[
              { label: t('migrant-centre.fields.consulted_at'), value: formatDateTime(c.consultedAt) },
              { label: t('migrant-centre.fields.channel'), value: t(`migrant-centre.channel.${c.channel}`) },
              { label: t('migrant-centre.fields.language'), value: t(`migrant-centre.language.${c.language}`) },
              { label: t('migrant-centre.fields.topic'), value: t(`migrant-centre.topic.${c.topic}`) },
              { label: t('migrant-centre.fields.outcome'), value: t(`migrant-centre.outcome.${c.outcome}`) },
              { label: t('migrant-centre.fields.duration'), value: formatNumber(c.durationMinutes) },
              { label: t('migrant-centre.fields.recorded_by'), value: c.recordedBy },
            ]}
          />
          {can('migrant-consultations.read-contact') ? (
            <RevealSection
              title={t('migrant-centre.consultation.contact_title')}
              masked={[
                { label: t('migrant-centre.fields.caller_name'), value: c.callerName ?? '—' },
                { label: t('migrant-centre.fields.caller_phone'), value: c.callerPhone ?? '—' },
                { label: t('migrant-centre.fields.worker'), value: c.workerName ?? '—' },
              ]}
              showLabel={t('migrant-centre.consultation.show')}
              warning={t('migrant-centre.consultation.show_warning')}
              loggedNotice={t('migrant-centre.consultation.logged')}
              queryKey={['migrant-consultation-contact', id]}
              reveal={(signal) => getConsultationContact(id, signal)}
              render={(contact) => (
                <SummaryList
                  items={[
                    { label: t('migrant-centre.fields.caller_name'), value: contact.callerName ?? '—' },
                    { label: t('migrant-centre.fields.caller_phone'), value: contact.callerPhone ?? '—' },
                    { label: t('migrant-centre.fields.worker'), value: contact.workerName ?? '—' },
                    { label: t('migrant-centre.fields.notes'), value: contact.notes ?? '—' },
                  ]}
                />
              )}
            />
          ) : null}
          <Became consultation={c} />
          {can('migrant-consultations.write') ? <Conversions consultation={c} /> : null}
        </>
      )}
    </DetailPage>
  );
}

function Became({ consultation: c }: { consultation: ConsultationSummary }) {
  const { t } = useI18n();
  if (!c.complaintTrackingCode && !c.mediationCaseNumber && !c.visitTaskId) return null;
  return (
    <Alert tone="success" title={t('migrant-centre.consultation.became_title')}>
      <ul>
        {c.complaintTrackingCode ? <li data-testid="consultation-complaint">{t('migrant-centre.became.complaint', { code: c.complaintTrackingCode })}</li> : null}
        {c.mediationCaseNumber ? <li>{t('migrant-centre.became.mediation', { code: c.mediationCaseNumber })}</li> : null}
        {c.visitTaskId ? (
          <li>
            <Link href={`/staff/migrant-workers/tasks/${c.visitTaskId}`}>{t('migrant-centre.became.visit')}</Link>
          </li>
        ) : null}
      </ul>
    </Alert>
  );
}

function Conversions({ consultation: c }: { consultation: ConsultationSummary }) {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['migrant-consultation', c.id] });
  const complaint = useContractForm<
    { employerName: string; employerUbn: string; districtCode: string; law: string; description: string; withCallerContact: boolean },
    typeof consultationComplaintRequest
  >({
    schema: consultationComplaintRequest,
    defaultValues: { employerName: '', employerUbn: '', districtCode: '', law: lawOfTopic[c.topic], description: '', withCallerContact: false },
    toRequest: (v) => ({
      employerName: v.employerName,
      employerUbn: optional(v.employerUbn),
      districtCode: v.districtCode,
      law: v.law as (typeof complaintLaws)[number],
      description: v.description,
      withCallerContact: v.withCallerContact,
    }),
    messages: { districtCode: t('migrant-centre.form.choose_one') },
    required: { districtCode: t('migrant-centre.form.choose_one') },
  });
  const mediation = useContractForm<
    { siteCode: string; respondentName: string; respondentUbn: string; claimKind: string; claimAmount: string; summary: string },
    typeof consultationMediationRequest
  >({
    schema: consultationMediationRequest,
    defaultValues: { siteCode: '', respondentName: '', respondentUbn: '', claimKind: 'unpaid-wages', claimAmount: '', summary: '' },
    toRequest: (v) => ({
      siteCode: v.siteCode,
      respondentName: v.respondentName,
      respondentUbn: optional(v.respondentUbn),
      claimKind: v.claimKind as (typeof claimKinds)[number],
      claimAmount: v.claimAmount.trim() === '' ? undefined : Number(v.claimAmount),
      summary: v.summary,
    }),
    messages: { claimAmount: t('migrant-centre.form.amount_invalid') },
    required: { siteCode: t('migrant-centre.form.choose_one') },
  });
  const visit = useContractForm<{ dueOn: string }, typeof consultationVisitRequest>({ schema: consultationVisitRequest, defaultValues: { dueOn: '' } });
  const choose = { value: '', label: t('migrant-centre.form.choose') };
  return (
    <>
      {!c.complaintTrackingCode ? (
        <section className="section" aria-labelledby="to-complaint">
          <h2 id="to-complaint">{t('migrant-centre.to_complaint.title')}</h2>
          <p>{t('migrant-centre.to_complaint.lead')}</p>
          <KitForm
            form={complaint}
            label={t('migrant-centre.to_complaint.title')}
            submitLabel={t('migrant-centre.to_complaint.submit')}
            onSubmit={async (request) => {
              await consultationToComplaint(c.id, request, csrfToken);
              await refresh();
            }}
          >
            <FormText form={complaint} name="employerName" label={t('migrant-centre.fields.employer')} maxLength={200} />
            <FormText form={complaint} name="employerUbn" label={t('migrant-centre.fields.ubn')} inputMode="numeric" />
            <FormSelect
              form={complaint}
              name="districtCode"
              label={t('migrant-centre.fields.district')}
              options={[choose, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))]}
            />
            <FormSelect form={complaint} name="law" label={t('migrant-centre.fields.law')} hint={t('migrant-centre.to_complaint.law_hint')} options={complaintLaws.map((law) => ({ value: law, label: t(`complaints.laws.${law}`) }))} />
            <FormTextArea form={complaint} name="description" label={t('migrant-centre.fields.description')} />
            <div className="field">
              <label className="checkbox">
                <input id={fieldId('withCallerContact')} type="checkbox" {...complaint.register('withCallerContact')} />
                <span>{t('migrant-centre.to_complaint.with_contact')}</span>
              </label>
            </div>
          </KitForm>
        </section>
      ) : null}
      {!c.mediationCaseNumber ? (
        <section className="section" aria-labelledby="to-mediation">
          <h2 id="to-mediation">{t('migrant-centre.to_mediation.title')}</h2>
          <p>{t('migrant-centre.to_mediation.lead')}</p>
          <KitForm
            form={mediation}
            label={t('migrant-centre.to_mediation.title')}
            submitLabel={t('migrant-centre.to_mediation.submit')}
            onSubmit={async (request) => {
              await consultationToMediation(c.id, request, csrfToken);
              await refresh();
            }}
          >
            <FormSelect
              form={mediation}
              name="siteCode"
              label={t('migrant-centre.fields.site')}
              options={[choose, ...(city?.mediationSites ?? []).map((s) => ({ value: s.code, label: localName(s, locale) }))]}
            />
            <FormText form={mediation} name="respondentName" label={t('migrant-centre.fields.employer')} maxLength={200} />
            <FormText form={mediation} name="respondentUbn" label={t('migrant-centre.fields.ubn')} inputMode="numeric" />
            <FormSelect form={mediation} name="claimKind" label={t('migrant-centre.fields.claim')} options={claimKinds.map((kind) => ({ value: kind, label: t(`mediation.claims.${kind}`) }))} />
            <FormText form={mediation} name="claimAmount" label={t('migrant-centre.fields.amount')} inputMode="numeric" />
            <FormTextArea form={mediation} name="summary" label={t('migrant-centre.fields.description')} />
          </KitForm>
        </section>
      ) : null}
      {!c.visitTaskId && c.workerId ? (
        <section className="section" aria-labelledby="to-visit">
          <h2 id="to-visit">{t('migrant-centre.to_visit.title')}</h2>
          <p>{t('migrant-centre.to_visit.lead')}</p>
          <KitForm
            form={visit}
            label={t('migrant-centre.to_visit.title')}
            submitLabel={t('migrant-centre.to_visit.submit')}
            onSubmit={async (request) => {
              await consultationToVisit(c.id, request, csrfToken);
              await refresh();
            }}
          >
            <FormText form={visit} name="dueOn" label={t('migrant-centre.fields.due_on')} type="date" />
          </KitForm>
        </section>
      ) : null}
    </>
  );
}
