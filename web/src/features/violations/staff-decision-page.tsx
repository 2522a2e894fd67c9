import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { withdrawalInput } from '../../../../src/modules/violations/violations.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { type DecisionVersions, getDecisionVersions, withdrawDecision } from './api.ts';
import { ViolationCard } from './violation-card.tsx';
import './violations.css';

/** One decision: as it is published now, what earlier files said, and the withdrawal when revoked on appeal. */
export function StaffDecisionPage({ id }: { id: string }) {
  const { t, formatDateTime, formatMoney, formatPlainDate } = useI18n();
  const { csrfToken } = useStaff();
  const queryClient = useQueryClient();
  const [done, setDone] = useState(false);
  const query = useQuery({ queryKey: ['violation-decision', id], queryFn: ({ signal }) => getDecisionVersions(id, signal) });
  const form = useContractForm({ schema: withdrawalInput, defaultValues: { reason: '' } });
  const record: DecisionVersions | undefined = query.data;
  return (
    <DetailPage title={t('violations.decisions.detail_title')} back={{ href: '/staff/violations/decisions', label: t('violations.decisions.back') }}>
      {query.isPending ? <Loading label={t('common.loading')} /> : null}
      {query.error ? <ProblemAlert error={query.error} /> : null}
      {done ? <Alert tone="success">{t('violations.decisions.withdrawn_done')}</Alert> : null}
      {record ? (
        <>
          <ul className="violation-list">
            <ViolationCard item={record.current} linkEmployer={false} />
          </ul>
          <SummaryList
            items={[
              { label: t('violations.decisions.status_label'), value: t(`violations.decisions.status.${record.status}`) },
              ...(record.withdrawnReason
                ? [
                    { label: t('violations.decisions.withdrawn_reason'), value: record.withdrawnReason },
                    { label: t('violations.decisions.withdrawn_at'), value: record.withdrawnAt ? formatDateTime(record.withdrawnAt) : '' },
                  ]
                : []),
            ]}
          />
          <section className="section" aria-labelledby="decision-versions">
            <h2 id="decision-versions">{t('violations.decisions.versions_title')}</h2>
            <DataTable
              caption={t('violations.decisions.versions_caption')}
              columns={[
                { key: 'replaced', header: t('violations.decisions.replaced_at'), render: (v) => formatDateTime(v.replacedAt) },
                { key: 'announced', header: t('violations.fields.announced_on'), render: (v) => (v.announcedOn ? formatPlainDate(v.announcedOn) : '') },
                { key: 'fine', header: t('violations.fields.fine'), render: (v) => (v.fine === null ? '' : formatMoney(v.fine)), isNumeric: true },
                { key: 'note', header: t('violations.decisions.note'), render: (v) => <span lang="zh-Hant-TW">{v.note ?? ''}</span> },
              ]}
              rows={record.versions}
              rowKey={(v) => v.replacedAt}
              empty={t('violations.decisions.versions_empty')}
            />
          </section>
          {record.status === 'published' ? (
            <section className="section" aria-labelledby="decision-withdraw">
              <h2 id="decision-withdraw">{t('violations.decisions.withdraw_title')}</h2>
              <p className="field__hint">{t('violations.decisions.withdraw_hint')}</p>
              <KitForm
                form={form}
                className="form--narrow"
                label={t('violations.decisions.withdraw_title')}
                submitLabel={t('violations.decisions.withdraw_submit')}
                onSubmit={async (request) => {
                  await withdrawDecision(id, request, csrfToken);
                  setDone(true);
                  await queryClient.invalidateQueries({ queryKey: ['violation-decision', id] });
                }}
              >
                <FormTextArea form={form} name="reason" label={t('violations.decisions.withdrawn_reason')} />
              </KitForm>
            </section>
          ) : null}
        </>
      ) : null}
    </DetailPage>
  );
}
