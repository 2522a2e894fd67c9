import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { SummaryList } from '../../ui/detail-page.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { getAnswer, postAnswer } from './job-seekers-api.ts';

const answers = ['contacted', 'interviewed', 'hired', 'not-hired'] as const;
const schema = z
  .object({ answer: z.enum(answers), startDate: z.string(), monthlyWage: z.string().regex(/^\d{0,7}$/), reason: z.string().max(500) })
  .superRefine((v, ctx) => {
    if (v.answer === 'hired' && !v.startDate) ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'required' });
    if (v.answer === 'not-hired' && !v.reason.trim()) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'required' });
  });
type Values = z.input<typeof schema>;

/**
 * The employer's answer, reached from the card's QR code: no account, the link is the authority (ADR 0018).
 * The employer sees the masked name only.
 */
export function ReferralAnswerPage({ token }: { token: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [recorded, setRecorded] = useState(false);
  const view = useQuery({ queryKey: ['referral-answer', token], queryFn: ({ signal }) => getAnswer(token, signal), retry: false });
  const form = useContractForm<Values, typeof schema>({ schema, defaultValues: { answer: 'contacted', startDate: '', monthlyWage: '', reason: '' } });
  const title = t('referrals.answer.title');
  if (view.isPending) return <Loading label={t('common.loading')} />;
  if (!view.data) {
    return (
      <Page title={title} siteName={t('common.site_name')}>
        <ProblemAlert error={view.error} />
        <p>{t('referrals.answer.expired')}</p>
      </Page>
    );
  }
  const v = view.data;
  const closed = ['hired', 'not-hired', 'withdrawn'].includes(v.status);
  return (
    <Page title={title} siteName={t('common.site_name')} lead={<p>{t('referrals.answer.lead')}</p>}>
      {recorded ? <Alert tone="success">{t('referrals.answer.recorded')}</Alert> : null}
      <SummaryList
        items={[
          { label: t('referrals.answer.card'), value: v.cardNumber },
          { label: t('referrals.answer.person'), value: v.personName },
          { label: t('referrals.referral.vacancy'), value: v.vacancyTitle },
          { label: t('employment.fields.employer'), value: v.employerName },
          { label: t('employment.fields.status'), value: <strong>{t(`job-seeker.referral_status.${v.status}`)}</strong> },
        ]}
      />
      {closed ? (
        <Alert tone="info">{t('referrals.answer.closed')}</Alert>
      ) : (
        <KitForm
          form={form}
          label={title}
          submitLabel={t('referrals.answer.submit')}
          onSubmit={async (values) => {
            const next = await postAnswer(token, {
              answer: values.answer,
              ...(values.answer === 'hired' ? { startDate: values.startDate, ...(values.monthlyWage ? { monthlyWage: Number(values.monthlyWage) } : {}) } : {}),
              ...(values.reason.trim() ? { reason: values.reason.trim() } : {}),
            });
            client.setQueryData(['referral-answer', token], next);
            setRecorded(true);
          }}
        >
          <FormSelect form={form} name="answer" label={t('referrals.answer.answer')} options={answers.map((value) => ({ value, label: t(`job-seeker.referral_status.${value}`) }))} />
          <FormText form={form} name="startDate" label={t('referrals.referral.start_on')} hint={t('referrals.referral.start_hint')} type="date" />
          <FormText form={form} name="monthlyWage" label={t('referrals.referral.monthly_wage')} inputMode="numeric" />
          <FormText form={form} name="reason" label={t('referrals.referral.reason')} hint={t('referrals.referral.reason_hint')} />
        </KitForm>
      )}
    </Page>
  );
}
