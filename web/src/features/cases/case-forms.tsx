/**
 * The steps on a case, one small kit form each, checked by the server's own contracts. Each posts to
 * `/api/v1/staff/cases/{id}/…` and tells the page to reload the case.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import {
  closeRequest,
  closureReasons,
  consentRequest,
  jobReferralRequest,
  noteRequest,
  placementRequest,
  planItemKinds,
  planItemRequest,
  referralRequest,
  taskRequest,
  transferRequest,
} from '../../../../src/modules/cases/cases.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type ContractForm, FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { useUnitName } from './unit-name.ts';
import { caseStep, type CaseRecord, getManagers, getOpenVacancies } from './api.ts';

type StepProps<Values extends FieldValues, Schema extends z.ZodType> = {
  caseId: string;
  name: string;
  path: string;
  schema: Schema;
  defaults: Values;
  toRequest: (values: Values) => unknown;
  onDone: (message: string) => void;
  children: (form: ContractForm<Values, Schema>) => ReactNode;
  hint?: string;
};

/** One step: a heading, a hint, the form; `name` keys its words under `cases.steps.<name>`. */
function Step<Values extends FieldValues, Schema extends z.ZodType>({ caseId, name, path, schema, defaults, toRequest, onDone, children, hint }: StepProps<Values, Schema>) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<Values, Schema>({ schema, defaultValues: defaults, toRequest: toRequest as never });
  const title = t(`cases.steps.${name}.title`);
  return (
    <section className="section" aria-labelledby={`case-step-${name}`}>
      <h3 id={`case-step-${name}`}>{title}</h3>
      {hint ? <p className="field__hint">{hint}</p> : null}
      <KitForm
        form={form}
        className="form--narrow"
        label={title}
        submitLabel={t(`cases.steps.${name}.submit`)}
        onSubmit={async (request) => {
          await caseStep(caseId, path, request, csrfToken);
          form.reset(defaults);
          onDone(t(`cases.steps.${name}.done`));
        }}
      >
        {children(form)}
      </KitForm>
    </section>
  );
}

type Done = { c: CaseRecord; onDone: (message: string) => void };
const trimmed = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function ConsentForm({ c, onDone }: Done) {
  const { t } = useI18n();
  type V = { purpose: string; scope: 'referral' | 'share-notes' | 'both'; expiresOn: string };
  return (
    <Step<V, typeof consentRequest>
      caseId={c.id}
      name="consent"
      path="/consents"
      schema={consentRequest}
      defaults={{ purpose: '', scope: 'referral', expiresOn: '' }}
      toRequest={(v) => ({ purpose: v.purpose, scope: v.scope === 'both' ? ['referral', 'share-notes'] : [v.scope], expiresOn: v.expiresOn })}
      onDone={onDone}
      hint={t('cases.consent.hint')}
    >
      {(form) => (
        <>
          <FormText form={form} name="purpose" label={t('cases.consent.purpose')} />
          <FormSelect form={form} name="scope" label={t('cases.consent.scope')} options={(['referral', 'share-notes', 'both'] as const).map((s) => ({ value: s, label: t(`cases.consent.scopes.${s}`) }))} />
          <FormText form={form} name="expiresOn" label={t('cases.consent.expires_on')} hint={t('cases.consent.expires_hint')} type="date" />
        </>
      )}
    </Step>
  );
}

export function PlanForm({ c, onDone }: Done) {
  const { t } = useI18n();
  type V = { kind: string; description: string; dueOn: string };
  const kinds = planItemKinds.filter((k) => k !== 'job-referral');
  return (
    <Step<V, typeof planItemRequest>
      caseId={c.id}
      name="plan"
      path="/plan"
      schema={planItemRequest}
      defaults={{ kind: 'goal', description: '', dueOn: '' }}
      toRequest={(v) => ({ kind: v.kind, description: v.description, ...(v.dueOn ? { dueOn: v.dueOn } : {}) })}
      onDone={onDone}
    >
      {(form) => (
        <>
          <FormSelect form={form} name="kind" label={t('cases.plan.kind')} options={kinds.map((k) => ({ value: k, label: t(`cases.plan.kinds.${k}`) }))} />
          <FormText form={form} name="description" label={t('cases.plan.description')} />
          <FormText form={form} name="dueOn" label={t('cases.plan.due_on')} type="date" />
        </>
      )}
    </Step>
  );
}

export function JobReferralForm({ c, onDone }: Done) {
  const { t } = useI18n();
  const vacancies = useQuery({ queryKey: ['case-open-vacancies'], queryFn: ({ signal }) => getOpenVacancies(signal) });
  return (
    <>
      <ProblemAlert error={vacancies.error} />
      <Step<{ vacancyId: string }, typeof jobReferralRequest>
        caseId={c.id}
        name="job_referral"
        path="/job-referrals"
        schema={jobReferralRequest}
        defaults={{ vacancyId: '' }}
        toRequest={(v) => v}
        onDone={onDone}
        hint={t('cases.steps.job_referral.hint')}
      >
        {(form) => (
          <FormSelect
            form={form}
            name="vacancyId"
            label={t('cases.plan.vacancy')}
            options={[{ value: '', label: t('cases.choose') }, ...(vacancies.data?.items ?? []).map((v) => ({ value: v.id, label: `${v.title}（${v.employerName}）` }))]}
          />
        )}
      </Step>
    </>
  );
}

export function NoteForm({ c, onDone }: Done) {
  const { t } = useI18n();
  type V = { body: string; confidential: 'no' | 'yes' };
  return (
    <Step<V, typeof noteRequest> caseId={c.id} name="note" path="/notes" schema={noteRequest} defaults={{ body: '', confidential: 'no' }} toRequest={(v) => ({ body: v.body, confidential: v.confidential === 'yes' })} onDone={onDone}>
      {(form) => (
        <>
          <FormTextArea form={form} name="body" label={t('cases.notes.body')} rows={4} />
          <FormSelect
            form={form}
            name="confidential"
            label={t('cases.notes.confidential')}
            hint={t('cases.notes.confidential_hint')}
            options={[
              { value: 'no', label: t('cases.notes.ordinary') },
              { value: 'yes', label: t('cases.notes.confidential_yes') },
            ]}
          />
        </>
      )}
    </Step>
  );
}

export function TaskForm({ c, onDone }: Done) {
  const { t } = useI18n();
  return (
    <Step<{ title: string; dueOn: string }, typeof taskRequest> caseId={c.id} name="task" path="/tasks" schema={taskRequest} defaults={{ title: '', dueOn: '' }} toRequest={(v) => v} onDone={onDone}>
      {(form) => (
        <>
          <FormText form={form} name="title" label={t('cases.tasks.title_field')} />
          <FormText form={form} name="dueOn" label={t('cases.tasks.due_on')} type="date" />
        </>
      )}
    </Step>
  );
}

export function PlacementForm({ c, onDone }: Done) {
  const { t } = useI18n();
  return (
    <Step<{ startOn: string; employer: string }, typeof placementRequest>
      caseId={c.id}
      name="placement"
      path="/placement"
      schema={placementRequest}
      defaults={{ startOn: '', employer: '' }}
      toRequest={(v) => v}
      onDone={onDone}
      hint={t('cases.steps.placement.hint')}
    >
      {(form) => (
        <>
          <FormText form={form} name="startOn" label={t('cases.placement.start_on')} type="date" />
          <FormText form={form} name="employer" label={t('cases.placement.employer')} />
        </>
      )}
    </Step>
  );
}

export function ReferralForm({ c, onDone }: Done) {
  const { t } = useI18n();
  type V = { organisation: string; reason: string; overrideReason: string };
  return (
    <Step<V, typeof referralRequest>
      caseId={c.id}
      name="referral"
      path="/referrals"
      schema={referralRequest}
      defaults={{ organisation: '', reason: '', overrideReason: '' }}
      toRequest={(v) => ({ organisation: v.organisation, reason: v.reason, ...(trimmed(v.overrideReason) ? { overrideReason: trimmed(v.overrideReason) } : {}) })}
      onDone={onDone}
      hint={t('cases.steps.referral.hint')}
    >
      {(form) => (
        <>
          <FormText form={form} name="organisation" label={t('cases.referral.organisation')} />
          <FormText form={form} name="reason" label={t('cases.referral.reason')} />
          {c.allowed.supervise ? <FormText form={form} name="overrideReason" label={t('cases.referral.override')} hint={t('cases.referral.override_hint')} /> : null}
        </>
      )}
    </Step>
  );
}

/** Shares one note with another organisation: the same consent gate as a referral, of scope share-notes. */
export function ShareNoteForm({ c, noteId, onDone }: Done & { noteId: string }) {
  const { t } = useI18n();
  type V = { organisation: string; reason: string; overrideReason: string };
  return (
    <Step<V, typeof referralRequest>
      caseId={c.id}
      name="share_note"
      path={`/notes/${noteId}/shares`}
      schema={referralRequest}
      defaults={{ organisation: '', reason: '', overrideReason: '' }}
      toRequest={(v) => ({ organisation: v.organisation, reason: v.reason, ...(trimmed(v.overrideReason) ? { overrideReason: trimmed(v.overrideReason) } : {}) })}
      onDone={onDone}
      hint={t('cases.steps.share_note.hint')}
    >
      {(form) => (
        <>
          <FormText form={form} name="organisation" label={t('cases.referral.organisation')} />
          <FormText form={form} name="reason" label={t('cases.referral.share_reason')} />
          {c.allowed.supervise ? <FormText form={form} name="overrideReason" label={t('cases.referral.override')} hint={t('cases.referral.override_hint')} /> : null}
        </>
      )}
    </Step>
  );
}

export function TransferForm({ c, onDone }: Done) {
  const { t } = useI18n();
  const managers = useQuery({ queryKey: ['case-managers'], queryFn: ({ signal }) => getManagers(signal) });
  const unitName = useUnitName();
  const others = (managers.data?.items ?? []).filter((m) => m.id !== c.manager.id);
  return (
    <>
      <ProblemAlert error={managers.error} />
      <Step<{ toManagerId: string; reason: string }, typeof transferRequest>
        caseId={c.id}
        name="transfer"
        path="/transfers"
        schema={transferRequest}
        defaults={{ toManagerId: '', reason: '' }}
        toRequest={(v) => v}
        onDone={onDone}
        hint={t('cases.steps.transfer.hint')}
      >
        {(form) => (
          <>
            <FormSelect
              form={form}
              name="toManagerId"
              label={t('cases.transfers.to')}
              options={[{ value: '', label: t('cases.choose') }, ...others.map((m) => ({ value: m.id, label: t('cases.transfers.manager_option', { name: m.name, unit: unitName(m.unit) }) }))]}
            />
            <FormText form={form} name="reason" label={t('cases.transfers.reason')} />
          </>
        )}
      </Step>
    </>
  );
}

export function CloseForm({ c, onDone }: Done) {
  const { t } = useI18n();
  type V = { reason: string; note: string };
  return (
    <Step<V, typeof closeRequest>
      caseId={c.id}
      name="close"
      path="/close"
      schema={closeRequest}
      defaults={{ reason: 'employed-stable', note: '' }}
      toRequest={(v) => ({ reason: v.reason, ...(trimmed(v.note) ? { note: trimmed(v.note) } : {}) })}
      onDone={onDone}
      hint={t('cases.steps.close.hint')}
    >
      {(form) => (
        <>
          <FormSelect form={form} name="reason" label={t('cases.closure.reason')} options={closureReasons.map((r) => ({ value: r, label: t(`cases.closure.reasons.${r}`) }))} />
          <FormText form={form} name="note" label={t('cases.closure.note')} hint={t('cases.closure.note_hint')} />
        </>
      )}
    </Step>
  );
}
