/** One 摘星青年 tenancy (進駐): its months and their payments, its mentoring visits (輔導訪視), and its end. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { tenancyEnd, visitInput } from '../../../../src/modules/programs/star-youth.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { approvePayment } from './api.ts';
import { endTenancy, getTenancy, payMonth, recordVisit, type TenancyDetail } from './startups-api.ts';

type VisitValues = { visitedOn: string; mentor: string; topics: string; findings: string; followUps: string; followUpDueOn: string };
const blankVisit: VisitValues = { visitedOn: '', mentor: '', topics: '', findings: '', followUps: '', followUpDueOn: '' };

function VisitForm({ tenancyId, onDone }: { tenancyId: string; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<VisitValues, typeof visitInput>({
    schema: visitInput,
    defaultValues: blankVisit,
    toRequest: (v) => ({
      visitedOn: v.visitedOn, mentor: v.mentor, topics: v.topics, findings: v.findings,
      ...(v.followUps.trim() ? { followUps: v.followUps } : {}), ...(v.followUpDueOn.trim() ? { followUpDueOn: v.followUpDueOn } : {}),
    }),
  });
  return (
    <section aria-labelledby="visit-title" className="section">
      <h2 id="visit-title">{t('startups.tenancy.visit_title')}</h2>
      <KitForm
        form={form}
        label={t('startups.tenancy.visit_title')}
        submitLabel={t('startups.tenancy.visit_submit')}
        onSubmit={async (request) => {
          await recordVisit(tenancyId, request, csrfToken);
          form.reset();
          await onDone();
        }}
      >
        <FormText form={form} name="visitedOn" label={t('startups.tenancy.visited_on')} type="date" />
        <FormText form={form} name="mentor" label={t('startups.tenancy.mentor')} />
        <FormText form={form} name="topics" label={t('startups.tenancy.topics')} />
        <FormTextArea form={form} name="findings" label={t('startups.tenancy.findings')} rows={3} />
        <FormTextArea form={form} name="followUps" label={t('startups.tenancy.follow_ups')} rows={2} />
        <FormText form={form} name="followUpDueOn" label={t('startups.tenancy.follow_up_due')} type="date" hint={t('startups.tenancy.follow_up_due_hint')} />
      </KitForm>
    </section>
  );
}

function EndForm({ tenancyId, onDone }: { tenancyId: string; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<{ endedOn: string }, typeof tenancyEnd>({ schema: tenancyEnd, defaultValues: { endedOn: '' } });
  return (
    <section aria-labelledby="end-title" className="section">
      <h2 id="end-title">{t('startups.tenancy.end_title')}</h2>
      <KitForm
        form={form}
        label={t('startups.tenancy.end_title')}
        submitLabel={t('startups.tenancy.end_submit')}
        onSubmit={async (request) => {
          await endTenancy(tenancyId, request.endedOn, csrfToken);
          await onDone();
        }}
      >
        <FormText form={form} name="endedOn" label={t('startups.tenancy.ended_on')} type="date" />
      </KitForm>
    </section>
  );
}

function Months({ tenancy, onDone }: { tenancy: TenancyDetail; onDone: () => Promise<void> }) {
  const { t, formatMoney } = useI18n();
  const { can } = useSession();
  const { csrfToken } = useStaff();
  const [error, setError] = useState<unknown>();
  const act = async (run: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await run();
      await onDone();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section aria-labelledby="months-title" className="section">
      <h2 id="months-title">{t('startups.tenancy.months_title')}</h2>
      <p>{tenancy.monthlyTwd === null ? t('startups.tenancy.monthly_unset') : t('startups.tenancy.monthly', { amount: formatMoney(tenancy.monthlyTwd) })}</p>
      <ProblemAlert error={error} />
      <DataTable
        caption={t('startups.tenancy.months_caption', { approved: tenancy.approvedTwd === null ? '—' : formatMoney(tenancy.approvedTwd) })}
        rowKey={(m) => m.month}
        rows={tenancy.months}
        empty={t('startups.tenancy.no_months')}
        columns={[
          { key: 'month', header: t('startups.tenancy.month'), render: (m) => m.month },
          { key: 'amount', header: t('startups.tenancy.amount'), render: (m) => (m.payment ? formatMoney(m.payment.amountTwd) : '') },
          { key: 'status', header: t('startups.board.status'), render: (m) => (m.payment ? t(`startups.payment.${m.payment.status}`) : t('startups.payment.none')) },
          {
            key: 'action',
            header: t('startups.tenancy.action'),
            render: (m) => {
              if (!m.payment && can('programs.apply')) {
                return (
                  <Button variant="link" onClick={() => void act(() => payMonth(tenancy.id, m.month, csrfToken))}>
                    {t('startups.tenancy.prepare', { month: m.month })}
                  </Button>
                );
              }
              if (m.payment?.status === 'prepared' && !m.payment.preparedByCaller && can('programs.decide')) {
                const id = m.payment.id;
                return (
                  <Button variant="link" onClick={() => void act(() => approvePayment(id, csrfToken))}>
                    {t('startups.tenancy.approve', { month: m.month })}
                  </Button>
                );
              }
              return m.payment?.status === 'prepared' ? t('startups.payment.second_person') : '';
            },
          },
        ]}
      />
    </section>
  );
}

export function StarYouthTenancyPage({ id }: { id: string }) {
  const { t, formatPlainDate } = useI18n();
  const { can } = useSession();
  const client = useQueryClient();
  const tenancy = useQuery({ queryKey: ['star-youth-tenancy', id], queryFn: ({ signal }) => getTenancy(id, signal) });
  const reload = async () => {
    await client.invalidateQueries({ queryKey: ['star-youth-tenancy', id] });
    await client.invalidateQueries({ queryKey: ['star-youth-visits-due'] });
  };
  const d = tenancy.data;
  return (
    <DetailPage title={d ? t('startups.tenancy.title', { business: d.businessName }) : t('startups.tenancy.title_plain')} back={{ href: '/staff/programs/star-youth', label: t('startups.board.title') }}>
      <ProblemAlert error={tenancy.error} />
      {tenancy.isPending ? <Loading label={t('common.loading')} /> : null}
      {d ? (
        <>
          <SummaryList
            items={[
              { label: t('startups.board.tenant'), value: d.tenant },
              { label: t('startups.board.unit'), value: `${d.baseName} ${d.unitCode} ${d.unitName}` },
              { label: t('startups.tenancy.period'), value: `${formatPlainDate(d.startsOn)} – ${formatPlainDate(d.endsOn)}` },
              { label: t('startups.tenancy.ended_on'), value: d.endedOn ? formatPlainDate(d.endedOn) : t('startups.tenancy.in_unit') },
            ]}
          />
          <Months tenancy={d} onDone={reload} />
          <DataTable
            caption={t('startups.tenancy.visits_caption', { total: d.visits.length })}
            rowKey={(v) => v.id}
            rows={d.visits}
            empty={t('startups.tenancy.no_visits')}
            columns={[
              { key: 'on', header: t('startups.tenancy.visited_on'), render: (v) => formatPlainDate(v.visitedOn) },
              { key: 'mentor', header: t('startups.tenancy.mentor'), render: (v) => v.mentor },
              { key: 'topics', header: t('startups.tenancy.topics'), render: (v) => v.topics },
              { key: 'findings', header: t('startups.tenancy.findings'), render: (v) => v.findings },
              { key: 'follow', header: t('startups.tenancy.follow_ups'), render: (v) => [v.followUps, v.followUpDueOn ? formatPlainDate(v.followUpDueOn) : null].filter(Boolean).join(' · ') },
            ]}
          />
          {can('programs.apply') && !d.endedOn ? (
            <>
              <VisitForm tenancyId={d.id} onDone={reload} />
              <EndForm tenancyId={d.id} onDone={reload} />
            </>
          ) : null}
        </>
      ) : null}
    </DetailPage>
  );
}
