import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { cancelFairRequest, checkInRequest, doorRegisterRequest, outcomeKinds, outcomeRequest } from '../../../../src/modules/job-fairs/job-fairs.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { fieldId, FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { cancelFair, checkIn, type CheckedIn, recordOutcome, registerAtDoor, type StaffFairDetail } from './api.ts';
import { QrScanner } from './qr-scanner.tsx';

/** The door of a fair: check-in by the scanned or typed code, and registration of walk-ins. */
export function FairDoor({ fairId }: { fairId: string }) {
  const { t, formatDateTime } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const [last, setLast] = useState<CheckedIn>();
  const [walkIn, setWalkIn] = useState<string>();
  const refresh = () => client.invalidateQueries({ queryKey: ['job-fair', fairId] });
  const codeForm = useContractForm<{ code: string }, typeof checkInRequest>({ schema: checkInRequest, defaultValues: { code: '' }, toRequest: (v) => v });
  const doorForm = useContractForm<{ name: string }, typeof doorRegisterRequest>({ schema: doorRegisterRequest, defaultValues: { name: '' }, toRequest: (v) => v });
  const submitCode = async (code: string) => {
    setLast(await checkIn(fairId, code, csrfToken));
    codeForm.reset({ code: '' });
    await refresh();
  };
  // A scanned code goes through the same form as a typed one, so its errors show in the same place.
  const scanned = useCallback(
    (code: string) => {
      codeForm.setValue('code', code);
      (document.getElementById(fieldId('code')) as HTMLInputElement | null)?.form?.requestSubmit();
    },
    [codeForm],
  );
  return (
    <section className="section" aria-labelledby="fair-door">
      <h2 id="fair-door">{t('job-fairs.check_in.title')}</h2>
      <QrScanner onCode={scanned} />
      <KitForm form={codeForm} label={t('job-fairs.check_in.title')} submitLabel={t('job-fairs.check_in.submit')} onSubmit={(request) => submitCode(request.code)}>
        <FormText form={codeForm} name="code" label={t('job-fairs.check_in.code')} hint={t('job-fairs.check_in.code_hint')} autoComplete="off" autoCapitalize="characters" maxLength={10} />
      </KitForm>
      {last ? (
        <p role="status" className="fair-status">
          {last.alreadyCheckedIn
            ? t('job-fairs.check_in.already', { name: last.maskedName, time: formatDateTime(last.checkedInAt) })
            : t('job-fairs.check_in.done', { name: last.maskedName, time: formatDateTime(last.checkedInAt) })}
        </p>
      ) : null}
      <h3>{t('job-fairs.door.title')}</h3>
      <KitForm
        form={doorForm}
        label={t('job-fairs.door.title')}
        submitLabel={t('job-fairs.door.submit')}
        onSubmit={async (request) => {
          const placed = await registerAtDoor(fairId, request.name, csrfToken);
          doorForm.reset({ name: '' });
          setWalkIn(placed.code);
          await refresh();
        }}
      >
        <FormText form={doorForm} name="name" label={t('job-fairs.fields.name')} maxLength={60} autoComplete="off" />
      </KitForm>
      {walkIn ? <p role="status" className="fair-status">{t('job-fairs.door.done', { code: walkIn })}</p> : null}
    </section>
  );
}

type OutcomeValues = { registrationId: string; employerId: string; vacancyId: string; kind: string };
const blankOutcome: OutcomeValues = { registrationId: '', employerId: '', vacancyId: '', kind: 'interview' };

/** An interview or a hire at the fair, by an approved employer, of someone checked in. */
export function FairOutcomeForm({ detail }: { detail: StaffFairDetail }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const form = useContractForm<OutcomeValues, typeof outcomeRequest>({
    schema: outcomeRequest,
    defaultValues: blankOutcome,
    toRequest: (v) => ({ registrationId: v.registrationId, employerId: v.employerId, kind: v.kind as (typeof outcomeKinds)[number], ...(v.vacancyId ? { vacancyId: v.vacancyId } : {}) }),
    required: { registrationId: t('job-fairs.outcome.person_required'), employerId: t('job-fairs.outcome.employer_required') },
  });
  const approved = detail.employers.filter((e) => e.status === 'approved');
  const employerId = form.watch('employerId');
  const vacancies = approved.find((e) => e.employerId === employerId)?.vacancies ?? [];
  const choose = { value: '', label: t('job-fairs.choose') };
  return (
    <section className="section" aria-labelledby="fair-outcome">
      <h2 id="fair-outcome">{t('job-fairs.outcome.title')}</h2>
      <KitForm
        form={form}
        label={t('job-fairs.outcome.title')}
        submitLabel={t('job-fairs.outcome.submit')}
        onSubmit={async (request) => {
          await recordOutcome(detail.fair.id, request, csrfToken);
          form.reset({ ...blankOutcome, registrationId: request.registrationId, employerId: request.employerId });
          await client.invalidateQueries({ queryKey: ['job-fair', detail.fair.id] });
        }}
      >
        <FormSelect
          form={form}
          name="registrationId"
          label={t('job-fairs.outcome.person')}
          options={[choose, ...detail.registrations.filter((r) => r.checkedInAt).map((r) => ({ value: r.id, label: r.maskedName }))]}
        />
        <FormSelect form={form} name="employerId" label={t('job-fairs.outcome.employer')} options={[choose, ...approved.map((e) => ({ value: e.employerId, label: e.employerName }))]} />
        <FormSelect form={form} name="vacancyId" label={t('job-fairs.outcome.vacancy')} options={[{ value: '', label: t('job-fairs.outcome.no_vacancy') }, ...vacancies.map((v) => ({ value: v.id, label: v.title }))]} />
        <FormSelect form={form} name="kind" label={t('job-fairs.outcome.kind')} options={outcomeKinds.map((k) => ({ value: k, label: t(`job-fairs.outcome_kind.${k}`) }))} />
      </KitForm>
    </section>
  );
}

/**
 * Calling a fair off: the reason is what the public calendar and every subscribed calendar will show, so the
 * form asks for it in words; the fair stays listed, marked cancelled, and its door closes.
 */
export function FairCancelForm({ fairId }: { fairId: string }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const form = useContractForm<{ reason: string }, typeof cancelFairRequest>({ schema: cancelFairRequest, defaultValues: { reason: '' }, toRequest: (v) => v });
  return (
    <section className="section" aria-labelledby="fair-cancel">
      <h2 id="fair-cancel">{t('job-fairs.cancel.title')}</h2>
      <p>{t('job-fairs.cancel.lead')}</p>
      <KitForm
        form={form}
        label={t('job-fairs.cancel.title')}
        submitLabel={t('job-fairs.cancel.submit')}
        onSubmit={async ({ reason }) => {
          await cancelFair(fairId, reason, csrfToken);
          await client.invalidateQueries({ queryKey: ['job-fair', fairId] });
        }}
      >
        <FormTextArea form={form} name="reason" label={t('job-fairs.cancel.reason')} hint={t('job-fairs.cancel.reason_hint')} rows={2} />
      </KitForm>
    </section>
  );
}
