import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { expertRequest, guidanceRequestInput, guidanceStatuses, universities, visitRequest } from '../../../../src/modules/safety/safety.contract.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { SelectField } from '../../ui/form-field.tsx';
import { FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import {
  addExpert,
  assignExpert,
  type Expert,
  getExperts,
  getGuidance,
  type GuidanceDetail,
  guidanceEndpoint,
  type GuidanceItem,
  overdueEndpoint,
  type OverdueItem,
  recordVisit,
  requestGuidance,
} from './api.ts';

/** Requests for on-site guidance (臨場輔導), newest first. */
export function GuidanceListPage() {
  const { t, formatDateTime } = useI18n();
  const { can } = useSession();
  const columns: Column<GuidanceItem>[] = [
    { key: 'employerName', header: t('safety.fields.employer'), render: (g) => g.employerName, sortKey: 'employerName' },
    { key: 'topic', header: t('safety.fields.topic'), render: (g) => g.topic },
    { key: 'status', header: t('safety.fields.status'), render: (g) => t(`safety.guidance_status.${g.status}`), sortKey: 'status' },
    { key: 'expert', header: t('safety.fields.expert'), render: (g) => g.expertName ?? t('safety.not_yet') },
    { key: 'open', header: t('safety.fields.open_improvements'), render: (g) => String(g.openImprovements), isNumeric: true },
    { key: 'requestedAt', header: t('safety.fields.requested_at'), render: (g) => formatDateTime(g.requestedAt), sortKey: 'requestedAt' },
  ];
  return (
    <ListPage
      title={t('safety.guidance.title')}
      lead={<p>{t('safety.guidance.lead')}</p>}
      endpoint={guidanceEndpoint}
      newItem={can('safety.write') ? { href: '/staff/safety/guidance/new', label: t('safety.guidance.new') } : null}
      actions={
        <p className="button-row">
          <Link href="/staff/safety/improvements/overdue">{t('safety.overdue.title')}</Link>
          <Link href="/staff/safety/experts">{t('safety.experts.title')}</Link>
        </p>
      }
      rowLink={{ column: 'employerName', href: (g) => `/staff/safety/guidance/${g.id}` }}
      filters={[
        {
          name: 'status',
          kind: 'select',
          label: t('safety.fields.status'),
          options: [{ value: '', label: t('safety.all') }, ...guidanceStatuses.map((s) => ({ value: s, label: t(`safety.guidance_status.${s}`) }))],
        },
      ]}
      columns={columns}
      caption={(total) => t('safety.guidance.caption', { total })}
      empty={t('safety.guidance.empty')}
      defaultSort="-requestedAt"
    />
  );
}

type RequestValues = { employerUbn: string; employerName: string; districtCode: string; siteAddress: string; topic: string };

/** A request entered on an employer's behalf (by phone or at the counter). */
export function GuidanceNewPage() {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const form = useContractForm<RequestValues, typeof guidanceRequestInput>({
    schema: guidanceRequestInput,
    defaultValues: { employerUbn: '', employerName: '', districtCode: '', siteAddress: '', topic: '' },
    messages: { employerUbn: t('safety.projects.ubn_invalid') },
  });
  return (
    <Page title={t('safety.guidance.new_title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/safety/guidance">{t('safety.guidance.back')}</Link>
      </p>
      <KitForm
        form={form}
        label={t('safety.guidance.new_title')}
        submitLabel={t('safety.guidance.submit')}
        onSubmit={async (request) => {
          const created = await requestGuidance(request, csrfToken);
          navigate(`/staff/safety/guidance/${created.id}`);
        }}
      >
        <FormText form={form} name="employerUbn" label={t('safety.fields.employer_ubn')} inputMode="numeric" maxLength={8} autoComplete="off" />
        <FormText form={form} name="employerName" label={t('safety.fields.employer')} maxLength={200} />
        <FormSelect
          form={form}
          name="districtCode"
          label={t('safety.fields.district')}
          options={[{ value: '', label: t('safety.choose') }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))]}
        />
        <FormText form={form} name="siteAddress" label={t('safety.fields.site_address')} maxLength={300} />
        <FormTextArea form={form} name="topic" label={t('safety.fields.topic')} rows={3} />
      </KitForm>
    </Page>
  );
}

type HazardValues = { hazard: string; improvement: string; dueOn: string };
type VisitValues = { visitedOn: string; notes: string; hazards: HazardValues[]; checks: { improvementId: string; result: string; nextDueOn: string }[] };
const blankHazard: HazardValues = { hazard: '', improvement: '', dueOn: '' };

/** A visit: what was found (one hazard per row; leave a row empty when none), and on a follow-up each open improvement checked. */
function VisitForm({ detail, onSaved }: { detail: GuidanceDetail; onSaved: () => Promise<void> }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const open = detail.improvements.filter((i) => i.status === 'open');
  const defaults: VisitValues = { visitedOn: '', notes: '', hazards: [blankHazard, blankHazard], checks: open.map((i) => ({ improvementId: i.id, result: 'done', nextDueOn: '' })) };
  const form = useContractForm<VisitValues, typeof visitRequest>({
    schema: visitRequest,
    defaultValues: defaults,
    toRequest: (v) => ({
      visitedOn: v.visitedOn,
      notes: v.notes,
      hazards: v.hazards.filter((h) => h.hazard.trim() || h.improvement.trim() || h.dueOn),
      checks: v.checks.map((c) => ({ improvementId: c.improvementId, result: c.result as 'done' | 'not-done', ...(c.nextDueOn ? { nextDueOn: c.nextDueOn } : {}) })),
    }),
  });
  return (
    <section className="section" aria-labelledby="safety-visit">
      <h2 id="safety-visit">{t('safety.visit.title')}</h2>
      <KitForm
        form={form}
        label={t('safety.visit.title')}
        submitLabel={t('safety.visit.submit')}
        onSubmit={async (request) => {
          await recordVisit(detail.request.id, request, csrfToken);
          await onSaved();
        }}
      >
        <FormText form={form} name="visitedOn" label={t('safety.fields.visited_on')} type="date" />
        <FormTextArea form={form} name="notes" label={t('safety.fields.notes')} rows={2} />
        {open.map((i, index) => (
          <fieldset className="fieldset" key={i.id}>
            <legend>{t('safety.visit.check_legend', { improvement: i.improvement })}</legend>
            <FormSelect
              form={form}
              name={`checks.${index}.result`}
              label={t('safety.fields.check_result')}
              options={[{ value: 'done', label: t('safety.check.done') }, { value: 'not-done', label: t('safety.check.not-done') }]}
            />
            <FormText form={form} name={`checks.${index}.nextDueOn`} label={t('safety.fields.next_due_on')} hint={t('safety.visit.next_due_hint')} type="date" />
          </fieldset>
        ))}
        {defaults.hazards.map((_, index) => (
          <fieldset className="fieldset" key={`hazard-${index}`}>
            <legend>{t('safety.visit.hazard_legend', { number: index + 1 })}</legend>
            <FormText form={form} name={`hazards.${index}.hazard`} label={t('safety.fields.hazard')} maxLength={500} />
            <FormText form={form} name={`hazards.${index}.improvement`} label={t('safety.fields.improvement')} maxLength={500} />
            <FormText form={form} name={`hazards.${index}.dueOn`} label={t('safety.fields.due_on')} type="date" />
          </fieldset>
        ))}
      </KitForm>
    </section>
  );
}

/** A guidance request: the expert, the visits, each improvement with its checks, and the next step. */
export function GuidancePage({ id }: { id: string }) {
  const { t, formatPlainDate } = useI18n();
  const { can } = useSession();
  const { csrfToken } = useStaff();
  const districtName = useDistrictName();
  const client = useQueryClient();
  const [expertId, setExpertId] = useState('');
  const detail = useQuery({ queryKey: ['safety-guidance', id], queryFn: ({ signal }) => getGuidance(id, signal) });
  const experts = useQuery({ queryKey: ['safety-experts'], queryFn: ({ signal }) => getExperts(signal) });
  const refresh = () => client.invalidateQueries({ queryKey: ['safety-guidance', id] });
  const assign = useMutation({ mutationFn: () => assignExpert(id, expertId, csrfToken), onSuccess: refresh });
  const d = detail.data;
  const writer = can('safety.write');
  type Improvement = GuidanceDetail['improvements'][number];
  const columns: Column<Improvement>[] = [
    { key: 'hazard', header: t('safety.fields.hazard'), render: (i) => i.hazard },
    { key: 'improvement', header: t('safety.fields.improvement'), render: (i) => i.improvement },
    { key: 'dueOn', header: t('safety.fields.due_on'), render: (i) => formatPlainDate(i.dueOn) },
    { key: 'status', header: t('safety.fields.status'), render: (i) => (i.status === 'done' && i.closedOn ? t('safety.improvement.done_on', { date: formatPlainDate(i.closedOn) }) : t('safety.improvement.open')) },
    { key: 'checks', header: t('safety.fields.checks'), render: (i) => i.checks.map((c) => `${formatPlainDate(c.visitedOn)} ${t(`safety.check.${c.result}`)}`).join('；') },
  ];
  const active = (experts.data?.items ?? []).filter((e: Expert) => e.isActive);
  return (
    <DetailPage title={d?.request.employerName ?? t('safety.guidance.detail_title')} documentTitle={t('safety.guidance.detail_title')} back={{ href: '/staff/safety/guidance', label: t('safety.guidance.back') }}>
      <ProblemAlert error={detail.error ?? assign.error} />
      {!d ? (
        detail.isPending ? <Loading label={t('common.loading')} /> : null
      ) : (
        <>
          <SummaryList
            items={[
              { label: t('safety.fields.status'), value: t(`safety.guidance_status.${d.request.status}`) },
              { label: t('safety.fields.employer_ubn'), value: d.request.employerUbn },
              { label: t('safety.fields.site_address'), value: `${districtName(d.request.districtCode)} ${d.request.siteAddress}` },
              { label: t('safety.fields.topic'), value: d.request.topic },
              { label: t('safety.fields.expert'), value: d.expert ? `${d.expert.name}（${t(`safety.university.${d.expert.university}`)}，${d.expert.specialty}）` : t('safety.not_yet') },
            ]}
          />
          {writer && d.request.status !== 'closed' ? (
            <section className="section" aria-labelledby="safety-assign">
              <h2 id="safety-assign">{t('safety.assign.title')}</h2>
              <SelectField
                id="safety-expert"
                label={t('safety.fields.expert')}
                value={expertId}
                onChange={(e) => setExpertId(e.target.value)}
                options={[{ value: '', label: t('safety.choose') }, ...active.map((e) => ({ value: e.id, label: `${e.name}（${t(`safety.university.${e.university}`)}）` }))]}
              />
              <Button disabled={!expertId || assign.isPending} onClick={() => assign.mutate()}>
                {t('safety.assign.submit')}
              </Button>
            </section>
          ) : null}
          <DataTable caption={t('safety.improvement.caption')} columns={columns} rows={d.improvements} rowKey={(i) => i.id} empty={t('safety.improvement.empty')} />
          <ul>
            {d.visits.map((v) => (
              <li key={v.id}>{t('safety.visit.line', { kind: t(`safety.visit_kind.${v.kind}`), date: formatPlainDate(v.visitedOn), expert: v.expertName, notes: v.notes })}</li>
            ))}
          </ul>
          {writer && (d.request.status === 'assigned' || d.request.status === 'visited') ? <VisitForm key={d.improvements.map((i) => i.id + i.status).join()} detail={d} onSaved={refresh} /> : null}
        </>
      )}
    </DetailPage>
  );
}

/** Open improvements past their due date, the longest overdue first. */
export function OverduePage() {
  const { t, formatPlainDate } = useI18n();
  const columns: Column<OverdueItem>[] = [
    { key: 'employerName', header: t('safety.fields.employer'), render: (o) => o.employerName, sortKey: 'employerName' },
    { key: 'improvement', header: t('safety.fields.improvement'), render: (o) => o.improvement },
    { key: 'dueOn', header: t('safety.fields.due_on'), render: (o) => formatPlainDate(o.dueOn), sortKey: 'dueOn' },
    { key: 'days', header: t('safety.fields.days_overdue'), render: (o) => String(o.daysOverdue), isNumeric: true },
  ];
  return (
    <ListPage
      title={t('safety.overdue.title')}
      lead={<p>{t('safety.overdue.lead')}</p>}
      endpoint={overdueEndpoint}
      actions={<Link href="/staff/safety/guidance">{t('safety.guidance.back')}</Link>}
      rowLink={{ column: 'employerName', href: (o) => `/staff/safety/guidance/${o.requestId}` }}
      columns={columns}
      caption={(total) => t('safety.overdue.caption', { total })}
      empty={t('safety.overdue.empty')}
      defaultSort="dueOn"
    />
  );
}

/** The partner universities' experts (reference data staff keep), and a form to add one. */
export function ExpertsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const experts = useQuery({ queryKey: ['safety-experts'], queryFn: ({ signal }) => getExperts(signal) });
  const form = useContractForm<{ name: string; university: string; specialty: string }, typeof expertRequest>({
    schema: expertRequest,
    defaultValues: { name: '', university: 'csmu', specialty: '' },
  });
  const columns: Column<Expert>[] = [
    { key: 'name', header: t('safety.fields.expert'), render: (e) => e.name },
    { key: 'university', header: t('safety.fields.university'), render: (e) => t(`safety.university.${e.university}`) },
    { key: 'specialty', header: t('safety.fields.specialty'), render: (e) => e.specialty },
  ];
  return (
    <Page title={t('safety.experts.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('safety.experts.lead')}</p>}>
      <p>
        <Link href="/staff/safety/guidance">{t('safety.guidance.back')}</Link>
      </p>
      <ProblemAlert error={experts.error} />
      <DataTable caption={t('safety.experts.caption')} columns={columns} rows={experts.data?.items ?? []} rowKey={(e) => e.id} empty={t('safety.experts.empty')} />
      {can('safety.write') ? (
        <section className="section" aria-labelledby="safety-expert-new">
          <h2 id="safety-expert-new">{t('safety.experts.new')}</h2>
          <KitForm
            form={form}
            label={t('safety.experts.new')}
            submitLabel={t('safety.experts.submit')}
            onSubmit={async (request) => {
              await addExpert(request, csrfToken);
              form.reset({ name: '', university: 'csmu', specialty: '' });
              await client.invalidateQueries({ queryKey: ['safety-experts'] });
            }}
          >
            <FormText form={form} name="name" label={t('safety.fields.expert')} maxLength={60} autoComplete="off" />
            <FormSelect form={form} name="university" label={t('safety.fields.university')} options={universities.map((u) => ({ value: u, label: t(`safety.university.${u}`) }))} />
            <FormText form={form} name="specialty" label={t('safety.fields.specialty')} maxLength={200} />
          </KitForm>
        </section>
      ) : null}
    </Page>
  );
}
