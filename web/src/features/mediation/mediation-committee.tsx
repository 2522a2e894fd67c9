import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { CommitteeStepInput } from '../../../../src/modules/mediation/mediation.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { committeeStep, listMediators, type MediationDetail } from './api.ts';

type Props = { c: MediationDetail; onDone: (message: string) => void };
const date = z.iso.date({ message: 'validation.date' });

/** Which step of Arts. 14–16 comes next, read from the deadlines the server computed. */
function nextStep(c: MediationDetail): 'notified' | 'members' | 'investigator' | 'report' | 'meeting' | null {
  const of = (kind: string) => c.deadlines.find((d) => d.kind === kind);
  if (!of('choose-members')) return 'notified';
  if (!of('choose-members')?.metOn) return 'members';
  if (!of('investigation-report')) return 'investigator';
  if (!of('investigation-report')?.metOn) return 'report';
  if (!of('committee-meeting')?.metOn) return 'meeting';
  return null;
}

/** The committee's members and what was recorded about its periods. */
export function CommitteeFacts({ c }: { c: MediationDetail }) {
  const { t } = useI18n();
  if (!c.committee) return null;
  return (
    <section className="section" aria-labelledby="mediation-committee">
      <h2 id="mediation-committee">{t('mediation.committee_title')}</h2>
      {c.committee.members.length === 0 ? <p>{t('mediation.committee_no_members')}</p> : null}
      <ul>
        {c.committee.members.map((m, index) => (
          <li key={index}>
            {t('mediation.committee_member_line', {
              seat: t(`mediation.seats.${m.seat}`),
              name: m.name,
              how: m.chair ? t('mediation.member_chair') : m.seat === 'bureau' ? '' : m.designated ? t('mediation.member_designated') : t('mediation.member_chosen'),
            })}
          </li>
        ))}
      </ul>
      {c.committee.specialCircumstance ? <p>{t('mediation.special_line', { reason: c.committee.specialCircumstance })}</p> : null}
      {c.committee.meetingExtensionReason ? <p>{t('mediation.extension_line', { reason: c.committee.meetingExtensionReason })}</p> : null}
    </section>
  );
}

function DayStep({ c, onDone, step, extra }: Props & { step: 'notified' | 'investigator' | 'report' | 'meeting'; extra?: boolean }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const schema = z.object({ on: date, specialCircumstance: z.string().trim().max(1000) });
  const form = useContractForm<{ on: string; specialCircumstance: string }, typeof schema>({ schema, defaultValues: { on: '', specialCircumstance: '' } });
  const title = t(`mediation.step_${step}_title`);
  return (
    <section className="section" aria-labelledby={`committee-${step}`}>
      <h2 id={`committee-${step}`}>{title}</h2>
      <p className="field__hint">{t(`mediation.step_${step}_hint`)}</p>
      <KitForm
        form={form}
        className="form--narrow"
        label={title}
        submitLabel={t('mediation.step_submit')}
        onSubmit={async (v) => {
          const body = (step === 'report' && v.specialCircumstance ? { step, on: v.on, specialCircumstance: v.specialCircumstance } : { step, on: v.on }) as CommitteeStepInput;
          await committeeStep(c.id, body, csrfToken);
          onDone(t('mediation.step_done'));
        }}
      >
        <FormText form={form} name="on" label={t('mediation.step_on')} type="date" />
        {extra ? <FormTextArea form={form} name="specialCircumstance" label={t('mediation.special_circumstance')} rows={2} /> : null}
      </KitForm>
    </section>
  );
}

const membersSchema = z.object({
  on: date,
  chairMediatorId: z.string().min(1, 'validation.required'),
  second: z.string(),
  third: z.string(),
  applicantName: z.string().trim().min(1, 'validation.required').max(200),
  applicantHow: z.enum(['chosen', 'designated']),
  respondentName: z.string().trim().min(1, 'validation.required').max(200),
  respondentHow: z.enum(['chosen', 'designated']),
});
type MembersValues = { on: string; chairMediatorId: string; second: string; third: string; applicantName: string; applicantHow: string; respondentName: string; respondentHow: string };

function MembersStep({ c, onDone }: Props) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const mediators = useQuery({ queryKey: ['mediators'], queryFn: ({ signal }) => listMediators(signal) });
  const form = useContractForm<MembersValues, typeof membersSchema>({
    schema: membersSchema,
    defaultValues: { on: '', chairMediatorId: '', second: '', third: '', applicantName: '', applicantHow: 'chosen', respondentName: '', respondentHow: 'chosen' },
  });
  const options = [{ value: '', label: t('mediation.choose') }, ...(mediators.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))];
  const how = [
    { value: 'chosen', label: t('mediation.member_chosen') },
    { value: 'designated', label: t('mediation.member_designated') },
  ];
  return (
    <section className="section" aria-labelledby="committee-members">
      <h2 id="committee-members">{t('mediation.step_members_title')}</h2>
      <p className="field__hint">{t('mediation.step_members_hint')}</p>
      <ProblemAlert error={mediators.error} />
      <KitForm
        form={form}
        className="form--narrow"
        label={t('mediation.step_members_title')}
        submitLabel={t('mediation.step_submit')}
        onSubmit={async (v) => {
          await committeeStep(
            c.id,
            {
              step: 'members',
              on: v.on,
              chairMediatorId: v.chairMediatorId,
              ...(v.second && v.third ? { otherBureauMediatorIds: [v.second, v.third] } : {}),
              applicant: { name: v.applicantName, designated: v.applicantHow === 'designated' },
              respondent: { name: v.respondentName, designated: v.respondentHow === 'designated' },
            },
            csrfToken,
          );
          onDone(t('mediation.step_done'));
        }}
      >
        <FormText form={form} name="on" label={t('mediation.members_on')} type="date" />
        <FormSelect form={form} name="chairMediatorId" label={t('mediation.chair')} options={options} />
        <FormSelect form={form} name="second" label={t('mediation.other_bureau_1')} hint={t('mediation.other_bureau_hint')} options={options} />
        <FormSelect form={form} name="third" label={t('mediation.other_bureau_2')} options={options} />
        <FormText form={form} name="applicantName" label={t('mediation.applicant_member')} />
        <FormSelect form={form} name="applicantHow" label={t('mediation.applicant_member_how')} options={how} />
        <FormText form={form} name="respondentName" label={t('mediation.respondent_member')} />
        <FormSelect form={form} name="respondentHow" label={t('mediation.respondent_member_how')} options={how} />
      </KitForm>
    </section>
  );
}

function ExtendStep({ c, onDone }: Props) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const schema = z.object({ reason: z.string().trim().min(1, 'validation.required').max(1000) });
  const form = useContractForm<{ reason: string }, typeof schema>({ schema, defaultValues: { reason: '' } });
  return (
    <section className="section" aria-labelledby="committee-extend">
      <h2 id="committee-extend">{t('mediation.step_extend_title')}</h2>
      <p className="field__hint">{t('mediation.step_extend_hint')}</p>
      <KitForm
        form={form}
        className="form--narrow"
        label={t('mediation.step_extend_title')}
        submitLabel={t('mediation.step_extend_submit')}
        onSubmit={async (v) => {
          await committeeStep(c.id, { step: 'extend', reason: v.reason }, csrfToken);
          onDone(t('mediation.step_done'));
        }}
      >
        <FormTextArea form={form} name="reason" label={t('mediation.extend_reason')} rows={2} />
      </KitForm>
    </section>
  );
}

/** The form for the committee route's next step (the supervising role). */
export function CommitteeSteps({ c, onDone }: Props) {
  const step = nextStep(c);
  if (c.status === 'closed' || step === null) return null;
  if (step === 'members') return <MembersStep key={step} c={c} onDone={onDone} />;
  return (
    <>
      <DayStep key={step} c={c} onDone={onDone} step={step} extra={step === 'report'} />
      {step === 'meeting' && !c.committee?.meetingExtensionReason ? <ExtendStep c={c} onDone={onDone} /> : null}
    </>
  );
}
