import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { checkFollowup, getReferral, progressReferral, recordOutcome, type Referral } from './job-seekers-api.ts';

const outcomeSchema = z
  .object({ outcome: z.enum(['hired', 'not-hired', 'withdrawn']), startDate: z.string(), monthlyWage: z.string().regex(/^\d{0,7}$/), reason: z.string().max(500) })
  .superRefine((v, ctx) => {
    if (v.outcome === 'hired' && !v.startDate) ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'required' });
    if (v.outcome === 'not-hired' && !v.reason.trim()) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'required' });
  });
type OutcomeValues = z.input<typeof outcomeSchema>;

const open = (r: Referral) => ['referred', 'contacted', 'interviewed'].includes(r.status);

/** A referral's pipeline: each step with its time and actor; progress, the outcome and the 穩定就業 checks. */
export function ReferralPage({ id }: { id: string }) {
  const { t, formatDateTime, formatPlainDate, formatMoney } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>();
  const referral = useQuery({ queryKey: ['referral', id], queryFn: ({ signal }) => getReferral(id, signal) });
  const form = useContractForm<OutcomeValues, typeof outcomeSchema>({
    schema: outcomeSchema,
    defaultValues: { outcome: 'hired', startDate: '', monthlyWage: '', reason: '' },
  });
  const update = (next: Referral) => client.setQueryData(['referral', id], next);
  const act = async (work: () => Promise<Referral>) => {
    setError(undefined);
    try {
      update(await work());
    } catch (problem) {
      setError(problem);
    }
  };
  if (!referral.data) return referral.error ? <ProblemAlert error={referral.error} /> : <Loading label={t('common.loading')} />;
  const r = referral.data;
  return (
    <DetailPage title={t('referrals.referral.title', { number: r.cardNumber })} back={{ href: `/staff/job-seekers/${r.jobSeekerId}`, label: t('referrals.referral.back') }}>
      <ProblemAlert error={error} />
      <SummaryList
        items={[
          { label: t('referrals.referral.vacancy'), value: <Link href={`/staff/vacancies/${r.vacancyId}`}>{r.vacancyTitle}</Link> },
          { label: t('employment.fields.employer'), value: r.employerName },
          { label: t('employment.fields.status'), value: <strong data-testid="referral-status">{t(`job-seeker.referral_status.${r.status}`)}</strong> },
          ...(r.startOn ? [{ label: t('referrals.referral.start_on'), value: formatPlainDate(r.startOn) }] : []),
          ...(r.monthlyWage ? [{ label: t('referrals.referral.monthly_wage'), value: formatMoney(r.monthlyWage) }] : []),
          ...(r.reason ? [{ label: t('referrals.referral.reason'), value: r.reason }] : []),
        ]}
      />
      <p>
        <Link href={`/staff/referrals/${r.id}/card`}>{t('referrals.referral.print_card')}</Link>
      </p>
      <section className="section" aria-labelledby="steps-title">
        <h2 id="steps-title">{t('referrals.referral.steps')}</h2>
        <ol>
          {r.events.map((e) => (
            <li key={`${e.status}-${e.at}`}>
              {t(`job-seeker.referral_status.${e.status}`)} · {formatDateTime(e.at)} · {e.actorName ?? t(`job-seeker.actor.${e.actorKind}`)}
            </li>
          ))}
        </ol>
      </section>
      {open(r) ? (
        <section className="section" aria-labelledby="progress-title">
          <h2 id="progress-title">{t('referrals.referral.progress')}</h2>
          <div className="button-row">
            {r.status === 'referred' ? (
              <Button variant="secondary" onClick={() => void act(() => progressReferral(id, 'contacted', csrfToken))}>
                {t('referrals.referral.contacted')}
              </Button>
            ) : null}
            {r.status !== 'interviewed' ? (
              <Button variant="secondary" onClick={() => void act(() => progressReferral(id, 'interviewed', csrfToken))}>
                {t('referrals.referral.interviewed')}
              </Button>
            ) : null}
          </div>
          <h2>{t('referrals.referral.outcome')}</h2>
          <KitForm
            form={form}
            label={t('referrals.referral.outcome')}
            submitLabel={t('referrals.referral.record_outcome')}
            onSubmit={async (v) => {
              update(
                await recordOutcome(
                  id,
                  {
                    outcome: v.outcome,
                    ...(v.outcome === 'hired' ? { startDate: v.startDate, ...(v.monthlyWage ? { monthlyWage: Number(v.monthlyWage) } : {}) } : {}),
                    ...(v.reason.trim() ? { reason: v.reason.trim() } : {}),
                  },
                  csrfToken,
                ),
              );
            }}
          >
            <FormSelect
              form={form}
              name="outcome"
              label={t('referrals.referral.outcome')}
              options={(['hired', 'not-hired', 'withdrawn'] as const).map((value) => ({ value, label: t(`job-seeker.referral_status.${value}`) }))}
            />
            <FormText form={form} name="startDate" label={t('referrals.referral.start_on')} hint={t('referrals.referral.start_hint')} type="date" />
            <FormText form={form} name="monthlyWage" label={t('referrals.referral.monthly_wage')} inputMode="numeric" />
            <FormText form={form} name="reason" label={t('referrals.referral.reason')} hint={t('referrals.referral.reason_hint')} />
          </KitForm>
        </section>
      ) : null}
      {r.followups.length ? (
        <section className="section" aria-labelledby="followups-title">
          <h2 id="followups-title">{t('referrals.referral.followups')}</h2>
          <p>{t('referrals.referral.followups_lead')}</p>
          <ul>
            {r.followups.map((f) => (
              <li key={f.months}>
                {t('referrals.referral.followup', { months: f.months, date: formatPlainDate(f.dueOn) })} · {t(`referrals.followup_status.${f.status}`)}
                {/* Checked once the date has come (the daily job marks it due). */}
                {f.status === 'due' ? (
                  <span className="button-row">
                    <Button
                      variant="secondary"
                      aria-label={t('referrals.referral.still_employed_at', { months: f.months })}
                      onClick={() => void act(() => checkFollowup(id, f.months as 1 | 3, true, csrfToken))}
                    >
                      {t('referrals.referral.still_employed')}
                    </Button>
                    <Button
                      variant="secondary"
                      aria-label={t('referrals.referral.not_employed_at', { months: f.months })}
                      onClick={() => void act(() => checkFollowup(id, f.months as 1 | 3, false, csrfToken))}
                    >
                      {t('referrals.referral.not_employed')}
                    </Button>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!open(r) ? <Alert tone="info">{t('referrals.referral.closed')}</Alert> : null}
    </DetailPage>
  );
}
