import './job-fairs.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { nativeLanguageNames } from '../settings/language-select.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { decideSignUp, type FairReport, getFair, icsHref, publishFair, type StaffFairDetail } from './api.ts';
import { FairCancelForm, FairDoor, FairOutcomeForm } from './fair-desk.tsx';

type Employer = StaffFairDetail['employers'][number];
type Registration = StaffFairDetail['registrations'][number];
type Outcome = StaffFairDetail['outcomes'][number];

/** The report's figures as a CSV file, in the user's language (the figures carry no personal data). */
function reportCsv(report: FairReport, label: (key: string) => string, rate: string): string {
  const rows: [string, string][] = [
    [label('registered'), String(report.registered)],
    [label('pre_registered'), String(report.preRegistered)],
    [label('checked_in'), String(report.checkedIn)],
    [label('employers'), String(report.employers)],
    [label('vacancies'), String(report.vacancies)],
    [label('openings'), String(report.openings)],
    [label('interviews'), String(report.interviews)],
    [label('hired_on_spot'), String(report.hiredOnSpot)],
    [label('match_rate'), rate],
    [label('confirmed_hires'), String(report.confirmedHires)],
  ];
  return `\uFEFF${rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`;
}

/** A fair's staff page: its figures, employers to approve, the door, interviews and hires. */
export function FairPage({ id }: { id: string }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const { csrfToken } = useStaff();
  const { can } = useSession();
  const districtName = useDistrictName();
  const client = useQueryClient();
  const fair = useQuery({ queryKey: ['job-fair', id], queryFn: ({ signal }) => getFair(id, signal) });
  const refresh = () => client.invalidateQueries({ queryKey: ['job-fair', id] });
  const publish = useMutation({ mutationFn: () => publishFair(id, csrfToken), onSuccess: refresh });
  const decide = useMutation({ mutationFn: (v: { employerId: string; decision: 'approved' | 'rejected' }) => decideSignUp(id, v.employerId, v.decision, csrfToken), onSuccess: refresh });
  const d = fair.data;
  const writer = can('job-fairs.write');
  const rate = (r: FairReport) => (r.preliminaryMatchRate === null ? t('job-fairs.report.no_rate') : `${formatNumber(r.preliminaryMatchRate)} %`);
  const figure = (key: string) => t(`job-fairs.report.${key}`);
  // Edits and cancellation stop when the fair is over or called off (the server says the same).
  const changeable = d ? writer && d.fair.status !== 'cancelled' && Date.parse(d.fair.endsAt) > Date.now() : false;

  const employerColumns: Column<Employer>[] = [
    { key: 'name', header: t('job-fairs.fields.employer'), render: (e) => e.employerName },
    { key: 'status', header: t('job-fairs.fields.status'), render: (e) => t(`job-fairs.sign_up.${e.status}`) },
    { key: 'vacancies', header: t('job-fairs.fields.vacancies'), render: (e) => e.vacancies.map((v) => v.title).join('、') },
    {
      key: 'decide',
      header: t('job-fairs.sign_up.decision'),
      render: (e) =>
        writer && e.status === 'pending' ? (
          <span className="button-row">
            <Button onClick={() => decide.mutate({ employerId: e.employerId, decision: 'approved' })}>{t('job-fairs.sign_up.approve', { name: e.employerName })}</Button>
            <Button variant="secondary" onClick={() => decide.mutate({ employerId: e.employerId, decision: 'rejected' })}>
              {t('job-fairs.sign_up.reject', { name: e.employerName })}
            </Button>
          </span>
        ) : null,
    },
  ];
  const registrationColumns: Column<Registration>[] = [
    { key: 'name', header: t('job-fairs.fields.name'), render: (r) => r.maskedName },
    { key: 'channel', header: t('job-fairs.fields.channel'), render: (r) => t(`job-fairs.channel.${r.channel}`) },
    { key: 'locale', header: t('job-fairs.fields.locale'), render: (r) => <span lang={r.locale === 'zh-TW' ? 'zh-Hant-TW' : r.locale}>{nativeLanguageNames[r.locale]}</span> },
    { key: 'checkedIn', header: t('job-fairs.fields.checked_in_at'), render: (r) => (r.checkedInAt ? formatDateTime(r.checkedInAt) : t('job-fairs.not_yet')) },
  ];
  const outcomeColumns: Column<Outcome>[] = [
    { key: 'name', header: t('job-fairs.fields.name'), render: (o) => o.maskedName },
    { key: 'employer', header: t('job-fairs.fields.employer'), render: (o) => o.employerName },
    { key: 'vacancy', header: t('job-fairs.outcome.vacancy'), render: (o) => o.vacancyTitle ?? '' },
    { key: 'kind', header: t('job-fairs.outcome.kind'), render: (o) => t(`job-fairs.outcome_kind.${o.kind}`) },
    { key: 'at', header: t('job-fairs.fields.recorded_at'), render: (o) => formatDateTime(o.recordedAt) },
  ];

  return (
    <DetailPage title={d?.fair.title ?? t('job-fairs.staff.detail_title')} documentTitle={t('job-fairs.staff.detail_title')} back={{ href: '/staff/job-fairs', label: t('job-fairs.staff.back') }}>
      <ProblemAlert error={fair.error ?? publish.error ?? decide.error} />
      {!d ? (
        fair.isPending ? <Loading label={t('common.loading')} /> : null
      ) : (
        <>
          {d.fair.cancelled ? (
            <Alert tone="warning" title={t('job-fairs.cancel.cancelled_on', { date: formatDateTime(d.fair.cancelled.at) })}>
              <p>{d.fair.cancelled.reason}</p>
            </Alert>
          ) : null}
          <SummaryList
            items={[
              { label: t('job-fairs.fields.kind'), value: t(`job-fairs.kind.${d.fair.kind}`) },
              { label: t('job-fairs.fields.status'), value: t(`job-fairs.status.${d.fair.status}`) },
              { label: t('job-fairs.fields.starts_at'), value: formatDateTime(d.fair.startsAt) },
              { label: t('job-fairs.fields.ends_at'), value: formatDateTime(d.fair.endsAt) },
              { label: t('job-fairs.fields.venue'), value: d.fair.venue },
              { label: t('job-fairs.fields.district'), value: districtName(d.fair.districtCode) },
              { label: t('job-fairs.fields.registered'), value: t('job-fairs.of', { count: d.fair.registered, capacity: d.fair.capacity }) },
            ]}
          />
          <div className="button-row">
            {writer && d.fair.status === 'draft' ? (
              <Button disabled={publish.isPending} onClick={() => publish.mutate()}>
                {t('job-fairs.staff.publish')}
              </Button>
            ) : null}
            {changeable ? <Link href={`/staff/job-fairs/${encodeURIComponent(d.fair.id)}/edit`}>{t('job-fairs.staff.edit')}</Link> : null}
            {d.fair.status === 'published' ? <a href={icsHref(d.fair.id)} download>{t('job-fairs.public.add_to_calendar')}</a> : null}
          </div>

          <section className="section" aria-labelledby="fair-report">
            <h2 id="fair-report">{t('job-fairs.report.title')}</h2>
            <SummaryList
              items={[
                { label: figure('registered'), value: formatNumber(d.report.registered) },
                { label: figure('checked_in'), value: formatNumber(d.report.checkedIn) },
                { label: figure('employers'), value: formatNumber(d.report.employers) },
                { label: figure('openings'), value: formatNumber(d.report.openings) },
                { label: figure('interviews'), value: formatNumber(d.report.interviews) },
                { label: figure('hired_on_spot'), value: formatNumber(d.report.hiredOnSpot) },
                { label: figure('match_rate'), value: rate(d.report) },
                { label: figure('confirmed_hires'), value: formatNumber(d.report.confirmedHires) },
              ]}
            />
            <p className="fair-hint">{t('job-fairs.report.definition')}</p>
            <a
              className="button button--secondary"
              download={`job-fair-report-${d.fair.id}.csv`}
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(reportCsv(d.report, figure, rate(d.report)))}`}
            >
              {t('job-fairs.report.download')}
            </a>
          </section>

          <DataTable caption={t('job-fairs.staff.employers_caption')} columns={employerColumns} rows={d.employers} rowKey={(e) => e.employerId} empty={t('job-fairs.staff.no_employers')} />
          {/* The door is open until the fair ends; interviews and hires may still be entered afterwards. */}
          {writer && d.fair.status === 'published' && Date.parse(d.fair.endsAt) > Date.now() ? <FairDoor fairId={d.fair.id} /> : null}
          {writer && d.fair.status === 'published' ? <FairOutcomeForm detail={d} /> : null}
          <DataTable caption={t('job-fairs.staff.registrations_caption')} columns={registrationColumns} rows={d.registrations} rowKey={(r) => r.id} empty={t('job-fairs.staff.no_registrations')} />
          <DataTable caption={t('job-fairs.staff.outcomes_caption')} columns={outcomeColumns} rows={d.outcomes} rowKey={(o) => o.id} empty={t('job-fairs.staff.no_outcomes')} />
          {changeable ? <FairCancelForm fairId={d.fair.id} /> : null}
        </>
      )}
    </DetailPage>
  );
}
