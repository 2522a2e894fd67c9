import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { dispatchReplyRequest, replyOutcomes } from '../../../../src/modules/migrant-workers/dispatches-1955.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { DetailPage, RevealSection, SummaryList } from '../../ui/detail-page.tsx';
import { FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { getDispatch, getDispatchFull, replyToDispatch } from './centre-api.ts';

/** One dispatch: its deadline and state, the worker and the issue (audited), and the reply form until replied. */
export function DispatchPage({ id }: { id: string }) {
  const { t, formatDateTime, formatPlainDate } = useI18n();
  const { can } = useSession();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const dispatch = useQuery({ queryKey: ['migrant-dispatch', id], queryFn: ({ signal }) => getDispatch(id, signal) });
  const [replied, setReplied] = useState<'replied' | 'replied-late'>();
  const form = useContractForm<{ repliedOn: string; outcome: string; text: string }, typeof dispatchReplyRequest>({
    schema: dispatchReplyRequest,
    defaultValues: { repliedOn: '', outcome: 'resolved', text: '' },
  });
  const d = dispatch.data;
  return (
    <DetailPage
      title={d ? t('migrant-centre.dispatch.title', { number: d.dispatchNumber }) : t('migrant-centre.dispatches.title')}
      documentTitle={t('migrant-centre.dispatches.title')}
      back={{ href: '/staff/migrant-workers/dispatches', label: t('migrant-centre.dispatches.title') }}
    >
      <ProblemAlert error={dispatch.error} />
      {!d ? (
        dispatch.isPending ? <Loading label={t('common.loading')} /> : null
      ) : (
        <>
          <SummaryList
            items={[
              { label: t('migrant-centre.fields.received_at'), value: formatDateTime(d.receivedAt) },
              { label: t('migrant-centre.fields.employer'), value: d.employerName },
              { label: t('migrant-centre.fields.reply_deadline'), value: formatPlainDate(d.replyDeadline) },
              { label: t('migrant-centre.fields.state'), value: <span data-testid="dispatch-state">{t(`migrant-centre.state.${d.state}`)}</span> },
              { label: t('migrant-centre.fields.officer'), value: d.assignedTo.displayName },
              { label: t('migrant-centre.fields.replied_on'), value: d.repliedOn ? formatPlainDate(d.repliedOn) : '—' },
              { label: t('migrant-centre.fields.reply_outcome'), value: d.replyOutcome ? t(`migrant-centre.reply_outcome.${d.replyOutcome}`) : '—' },
            ]}
          />
          {d.state === 'overdue' ? <Alert tone="warning" title={t('migrant-centre.dispatch.overdue_title')}>{t('migrant-centre.dispatch.overdue_text')}</Alert> : null}
          {can('migrant-dispatches.write') ? (
            <RevealSection
              title={t('migrant-centre.dispatch.worker_title')}
              masked={[
                { label: t('migrant-centre.fields.worker'), value: d.workerName },
                { label: t('migrant-centre.fields.document'), value: d.workerDocument },
              ]}
              showLabel={t('migrant-centre.dispatch.show')}
              warning={t('migrant-centre.consultation.show_warning')}
              loggedNotice={t('migrant-centre.consultation.logged')}
              queryKey={['migrant-dispatch-full', id, d.repliedOn ?? '']}
              reveal={(signal) => getDispatchFull(id, signal)}
              render={(full) => (
                <SummaryList
                  items={[
                    { label: t('migrant-centre.fields.worker'), value: full.workerName },
                    { label: t(`migrant-centre.document_kind.${full.workerDocumentKind}`), value: full.workerDocument },
                    { label: t('migrant-centre.fields.issue'), value: full.issue },
                    { label: t('migrant-centre.fields.reply_text'), value: full.replyText ?? '—' },
                    { label: t('migrant-centre.fields.replied_by'), value: full.repliedBy ?? '—' },
                  ]}
                />
              )}
            />
          ) : null}
          {replied ? (
            <Alert tone={replied === 'replied' ? 'success' : 'warning'} title={t('migrant-centre.dispatch.replied_title')}>
              <p>{t(`migrant-centre.dispatch.${replied === 'replied' ? 'on_time' : 'late'}`)}</p>
            </Alert>
          ) : null}
          {can('migrant-dispatches.write') && !d.repliedOn ? (
            <section className="section" aria-labelledby="dispatch-reply">
              <h2 id="dispatch-reply">{t('migrant-centre.dispatch.reply_title')}</h2>
              <KitForm
                form={form}
                label={t('migrant-centre.dispatch.reply_title')}
                submitLabel={t('migrant-centre.dispatch.reply_submit')}
                onSubmit={async (request) => {
                  const answer = await replyToDispatch(id, request, csrfToken);
                  setReplied(answer.state);
                  await client.invalidateQueries({ queryKey: ['migrant-dispatch', id] });
                }}
              >
                <FormText form={form} name="repliedOn" label={t('migrant-centre.fields.replied_on')} type="date" />
                <FormSelect form={form} name="outcome" label={t('migrant-centre.fields.reply_outcome')} options={replyOutcomes.map((value) => ({ value, label: t(`migrant-centre.reply_outcome.${value}`) }))} />
                <FormTextArea form={form} name="text" label={t('migrant-centre.fields.reply_text')} />
              </KitForm>
            </section>
          ) : null}
        </>
      )}
    </DetailPage>
  );
}
