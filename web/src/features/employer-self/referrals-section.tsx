import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { answerByCard, getEmployerReferrals } from './api.ts';

const answers = ['contacted', 'interviewed', 'hired', 'not-hired'] as const;
const schema = z
  .object({ cardNumber: z.string().trim().min(1), answer: z.enum(answers), startDate: z.string(), monthlyWage: z.string().regex(/^\d{0,7}$/), reason: z.string().max(500) })
  .superRefine((v, ctx) => {
    if (v.answer === 'hired' && !v.startDate) ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'required' });
    if (v.answer === 'not-hired' && !v.reason.trim()) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'required' });
  });
type Values = z.input<typeof schema>;

/**
 * Referrals to the employer's vacancies, without personal data (ADR 0028); answering needs the number
 * printed on the card the job seeker brought.
 */
export function ReferralsSection({ csrfToken }: { csrfToken: string }) {
  const { t, formatDateTime } = useI18n();
  const client = useQueryClient();
  const [recorded, setRecorded] = useState(false);
  const referrals = useQuery({ queryKey: ['me', 'employer-referrals'], queryFn: ({ signal }) => getEmployerReferrals(signal) });
  const form = useContractForm<Values, typeof schema>({ schema, defaultValues: { cardNumber: '', answer: 'contacted', startDate: '', monthlyWage: '', reason: '' } });
  return (
    <section aria-labelledby="employer-referrals">
      <h2 id="employer-referrals">{t('employer-self.referrals.title')}</h2>
      <p>{t('employer-self.referrals.lead')}</p>
      {referrals.data?.items.length ? (
        <ul>
          {referrals.data.items.map((r) => (
            <li key={r.id}>
              {r.vacancyTitle} · {formatDateTime(r.referredAt)} · {t(`job-seeker.referral_status.${r.status}`)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('employer-self.referrals.empty')}</p>
      )}
      {recorded ? <Alert tone="success">{t('referrals.answer.recorded')}</Alert> : null}
      <KitForm
        form={form}
        label={t('employer-self.referrals.answer')}
        submitLabel={t('referrals.answer.submit')}
        onSubmit={async (v) => {
          await answerByCard(
            {
              cardNumber: v.cardNumber,
              answer: v.answer,
              ...(v.answer === 'hired' ? { startDate: v.startDate, ...(v.monthlyWage ? { monthlyWage: Number(v.monthlyWage) } : {}) } : {}),
              ...(v.reason.trim() ? { reason: v.reason.trim() } : {}),
            },
            csrfToken,
          );
          setRecorded(true);
          form.reset();
          await client.invalidateQueries({ queryKey: ['me', 'employer-referrals'] });
        }}
      >
        <FormText form={form} name="cardNumber" label={t('employer-self.referrals.card_number')} hint={t('employer-self.referrals.card_hint')} autoComplete="off" autoCapitalize="characters" />
        <FormSelect form={form} name="answer" label={t('referrals.answer.answer')} options={answers.map((value) => ({ value, label: t(`job-seeker.referral_status.${value}`) }))} />
        <FormText form={form} name="startDate" label={t('referrals.referral.start_on')} hint={t('referrals.referral.start_hint')} type="date" />
        <FormText form={form} name="monthlyWage" label={t('referrals.referral.monthly_wage')} inputMode="numeric" />
        <FormText form={form} name="reason" label={t('referrals.referral.reason')} hint={t('referrals.referral.reason_hint')} />
      </KitForm>
    </section>
  );
}
