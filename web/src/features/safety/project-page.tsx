import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { amendLogRequest, endProjectRequest, incidentKinds, monthlyLogRequest } from '../../../../src/modules/safety/safety.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { TextAreaField } from '../../ui/form-field.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { addLog, amendLog, certificateHref, endProject, getProject, type ProjectDetail, reviewProject } from './api.ts';

type Log = ProjectDetail['logs'][number];
type IncidentValues = { kind: string; occurredOn: string; deaths: string; disabledVictims: string; hospitalised: string; isDesignated: string; description: string };
type LogValues = { month: string; workHours: string; headcount: string; incidents: IncidentValues[] };
const noIncident: IncidentValues = { kind: '', occurredOn: '', deaths: '0', disabledVictims: '0', hospitalised: '0', isDesignated: 'no', description: '' };
const count = (value: string) => (value.trim() === '' ? Number.NaN : Number(value.replace(/[,\s]/g, '')));

/**
 * A month's log: hours, headcount and (at most one per entry here) an incident with its victims. Staff and the
 * contractor's own account share it; only staff classify an accident as designated (§37 II item 4).
 */
export function LogForm({ save, onSaved, canDesignate }: { save: (request: z.output<typeof monthlyLogRequest>) => Promise<unknown>; onSaved: () => Promise<void>; canDesignate: boolean }) {
  const { t } = useI18n();
  const form = useContractForm<LogValues, typeof monthlyLogRequest>({
    schema: monthlyLogRequest,
    defaultValues: { month: '', workHours: '', headcount: '', incidents: [noIncident] },
    toRequest: (v) => ({
      month: v.month,
      workHours: count(v.workHours),
      headcount: count(v.headcount),
      incidents: v.incidents
        .filter((i) => i.kind !== '')
        .map((i) => ({
          kind: i.kind as (typeof incidentKinds)[number],
          occurredOn: i.occurredOn,
          deaths: count(i.deaths),
          disabledVictims: count(i.disabledVictims),
          hospitalised: count(i.hospitalised),
          isDesignated: i.isDesignated === 'yes',
          description: i.description,
        })),
    }),
    messages: { month: t('safety.log.month_invalid'), 'incidents.0.occurredOn': t('safety.log.incident_date_invalid') },
  });
  return (
    <section className="section" aria-labelledby="safety-log">
      <h2 id="safety-log">{t('safety.log.title')}</h2>
      <p>{t('safety.log.lead')}</p>
      <KitForm
        form={form}
        label={t('safety.log.title')}
        submitLabel={t('safety.log.submit')}
        onSubmit={async (request) => {
          await save(request);
          form.reset({ month: '', workHours: '', headcount: '', incidents: [noIncident] });
          await onSaved();
        }}
      >
        <FormText form={form} name="month" label={t('safety.fields.month')} hint={t('safety.log.month_hint')} type="month" />
        <FormText form={form} name="workHours" label={t('safety.fields.work_hours')} inputMode="numeric" />
        <FormText form={form} name="headcount" label={t('safety.fields.headcount')} inputMode="numeric" />
        <fieldset className="fieldset">
          <legend>{t('safety.log.incident_legend')}</legend>
          <p className="field__hint">{t('safety.log.major_rule')}</p>
          <FormSelect
            form={form}
            name="incidents.0.kind"
            label={t('safety.fields.incident_kind')}
            options={[{ value: '', label: t('safety.log.no_incident') }, ...incidentKinds.map((k) => ({ value: k, label: t(`safety.incident_kind.${k}`) }))]}
          />
          <FormText form={form} name="incidents.0.occurredOn" label={t('safety.fields.occurred_on')} type="date" />
          <FormText form={form} name="incidents.0.deaths" label={t('safety.fields.deaths')} inputMode="numeric" />
          <FormText form={form} name="incidents.0.disabledVictims" label={t('safety.fields.disabled_victims')} hint={t('safety.log.disabled_hint')} inputMode="numeric" />
          <FormText form={form} name="incidents.0.hospitalised" label={t('safety.fields.hospitalised')} hint={t('safety.log.hospitalised_hint')} inputMode="numeric" />
          {canDesignate ? (
            <FormSelect
              form={form}
              name="incidents.0.isDesignated"
              label={t('safety.fields.is_designated')}
              hint={t('safety.log.designated_hint')}
              options={[{ value: 'no', label: t('safety.no') }, { value: 'yes', label: t('safety.yes') }]}
            />
          ) : null}
          <FormText form={form} name="incidents.0.description" label={t('safety.fields.description')} maxLength={2000} />
        </fieldset>
      </KitForm>
    </section>
  );
}

type AmendValues = { month: string; workHours: string; headcount: string; reason: string };

/** Corrects a month's hours and headcount with a reason; its incidents stay as logged, the earlier version is kept. */
function AmendForm({ projectId, logs, onSaved }: { projectId: string; logs: readonly Log[]; onSaved: () => Promise<void> }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<AmendValues, typeof amendLogRequest>({
    schema: amendLogRequest,
    defaultValues: { month: logs[0]?.month ?? '', workHours: '', headcount: '', reason: '' },
    toRequest: (v) => {
      const log = logs.find((l) => l.month === v.month);
      return {
        workHours: count(v.workHours),
        headcount: count(v.headcount),
        reason: v.reason,
        incidents: (log?.incidents ?? []).map((i) => ({
          occurredOn: i.occurredOn, kind: i.kind, deaths: i.deaths, disabledVictims: i.disabledVictims, hospitalised: i.hospitalised, isDesignated: i.isDesignated, description: i.description,
        })),
      };
    },
  });
  return (
    <section className="section" aria-labelledby="safety-amend">
      <h2 id="safety-amend">{t('safety.amend.title')}</h2>
      <KitForm
        form={form}
        label={t('safety.amend.title')}
        submitLabel={t('safety.amend.submit')}
        onSubmit={async (request) => {
          await amendLog(projectId, form.getValues('month'), request, csrfToken);
          form.reset({ month: form.getValues('month'), workHours: '', headcount: '', reason: '' });
          await onSaved();
        }}
      >
        <FormSelect form={form} name="month" label={t('safety.fields.month')} options={logs.map((l) => ({ value: l.month, label: l.month }))} />
        <FormText form={form} name="workHours" label={t('safety.fields.work_hours')} inputMode="numeric" />
        <FormText form={form} name="headcount" label={t('safety.fields.headcount')} inputMode="numeric" />
        <FormText form={form} name="reason" label={t('safety.amend.reason')} maxLength={500} />
      </KitForm>
    </section>
  );
}

function EndForm({ projectId, onSaved }: { projectId: string; onSaved: () => Promise<void> }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<{ endedOn: string }, typeof endProjectRequest>({ schema: endProjectRequest, defaultValues: { endedOn: '' }, messages: { endedOn: t('safety.date_invalid') } });
  return (
    <section className="section" aria-labelledby="safety-end">
      <h2 id="safety-end">{t('safety.end.title')}</h2>
      <KitForm
        form={form}
        label={t('safety.end.title')}
        submitLabel={t('safety.end.submit')}
        onSubmit={async (request) => {
          await endProject(projectId, request.endedOn, csrfToken);
          await onSaved();
        }}
      >
        <FormText form={form} name="endedOn" label={t('safety.fields.ended_on')} type="date" />
      </KitForm>
    </section>
  );
}

/** A project: its facts, the rule's result in words, each month's log with incidents and revisions, and the next step. */
export function ProjectPage({ id }: { id: string }) {
  const { t, formatPlainDate, formatNumber, formatMoney, formatDateTime } = useI18n();
  const { can } = useSession();
  const { csrfToken } = useStaff();
  const districtName = useDistrictName();
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const [amending, setAmending] = useState(false);
  const project = useQuery({ queryKey: ['safety-project', id], queryFn: ({ signal }) => getProject(id, signal) });
  const refresh = () => client.invalidateQueries({ queryKey: ['safety-project', id] });
  const review = useMutation({ mutationFn: () => reviewProject(id, note, csrfToken), onSuccess: refresh });
  const d = project.data;
  const writer = can('safety.write');
  const logColumns: Column<Log>[] = [
    { key: 'month', header: t('safety.fields.month'), render: (l) => l.month },
    { key: 'hours', header: t('safety.fields.work_hours'), render: (l) => formatNumber(l.workHours), isNumeric: true },
    { key: 'headcount', header: t('safety.fields.headcount'), render: (l) => formatNumber(l.headcount), isNumeric: true },
    {
      key: 'incidents',
      header: t('safety.fields.incidents'),
      render: (l) =>
        l.incidents.length === 0
          ? t('safety.log.none')
          : l.incidents
              .map((i) => `${formatPlainDate(i.occurredOn)} ${t(`safety.incident_kind.${i.kind}`)}${i.isMajor ? `（${t('safety.log.major')}：${i.majorReasons.map((r) => t(`safety.major.${r}`)).join('、')}）` : ''}`)
              .join('；'),
    },
    { key: 'version', header: t('safety.fields.version'), render: (l) => (l.revisions.length ? t('safety.log.amended', { version: l.version, reason: l.revisions.at(-1)?.reason ?? '' }) : String(l.version)) },
  ];
  return (
    <DetailPage title={d?.project.name ?? t('safety.projects.detail_title')} documentTitle={t('safety.projects.detail_title')} back={{ href: '/staff/safety/projects', label: t('safety.projects.back') }}>
      <ProblemAlert error={project.error ?? review.error} />
      {!d ? (
        project.isPending ? <Loading label={t('common.loading')} /> : null
      ) : (
        <>
          <SummaryList
            items={[
              { label: t('safety.fields.project_number'), value: d.project.projectNumber },
              { label: t('safety.fields.status'), value: t(`safety.status.${d.project.status}`) },
              { label: t('safety.fields.owner_name'), value: d.project.ownerName },
              { label: t('safety.fields.contractor_name'), value: `${d.project.contractorName}（${d.project.contractorUbn}）` },
              { label: t('safety.fields.site_address'), value: `${districtName(d.project.districtCode)} ${d.project.siteAddress}` },
              { label: t('safety.fields.contract_value'), value: formatMoney(d.project.contractValueTwd) },
              { label: t('safety.fields.starts_on'), value: formatPlainDate(d.project.startsOn) },
              { label: t('safety.fields.planned_end_on'), value: formatPlainDate(d.project.plannedEndOn) },
              { label: t('safety.fields.ended_on'), value: d.project.endedOn ? formatPlainDate(d.project.endedOn) : t('safety.not_yet') },
              { label: t('safety.fields.work_hours'), value: formatNumber(d.project.workHours) },
              ...(d.project.certificateNumber && d.project.certifiedOn
                ? [{ label: t('safety.fields.certificate'), value: `${d.project.certificateNumber}（${formatPlainDate(d.project.certifiedOn)}）` }]
                : []),
            ]}
          />
          <section className="section" aria-labelledby="safety-rule">
            <h2 id="safety-rule">{t('safety.rule.title')}</h2>
            <p role="status">
              {t(`safety.rule.${d.rule.outcome}`, { months: d.rule.missingMonths.join('、'), major: d.rule.majorMonths.join('、') })}
            </p>
            <p className="field__hint">{t('safety.rule.basis')}</p>
            {d.project.status === 'certified' ? (
              <p>
                <a className="button button--secondary" href={certificateHref(d.project.id)} download>
                  {t('safety.certificate.download')}
                </a>
              </p>
            ) : null}
            {can('safety.certify') && d.project.status === 'ended' ? (
              <div>
                <TextAreaField id="safety-review-note" label={t('safety.review.note')} rows={2} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
                <p>
                  <Button disabled={review.isPending} onClick={() => review.mutate()}>
                    {t('safety.review.submit')}
                  </Button>
                </p>
              </div>
            ) : null}
            {d.reviews.map((r) => (
              <p key={r.reviewedAt}>{t('safety.review.done', { outcome: t(`safety.status.${r.outcome}`), by: r.reviewedBy, at: formatDateTime(r.reviewedAt), note: r.note })}</p>
            ))}
          </section>
          <DataTable caption={t('safety.log.caption')} columns={logColumns} rows={d.logs} rowKey={(l) => l.month} empty={t('safety.log.empty')} />
          {/* One form at a time: the new month's log, or the amendment of a logged month (their fields share names). */}
          {writer && (d.project.status === 'active' || d.project.status === 'ended') ? (
            <>
              {d.logs.length > 0 ? (
                <p>
                  <Button variant="secondary" onClick={() => setAmending(!amending)}>
                    {amending ? t('safety.amend.back') : t('safety.amend.title')}
                  </Button>
                </p>
              ) : null}
              {amending && d.logs.length > 0 ? (
                <AmendForm key={d.logs.map((l) => `${l.month}.${l.version}`).join()} projectId={d.project.id} logs={d.logs} onSaved={async () => {
                  await refresh();
                  setAmending(false);
                }} />
              ) : (
                <LogForm save={(request) => addLog(d.project.id, request, csrfToken)} onSaved={refresh} canDesignate />
              )}
            </>
          ) : null}
          {writer && d.project.status === 'active' ? <EndForm projectId={d.project.id} onSaved={refresh} /> : null}
        </>
      )}
    </DetailPage>
  );
}
