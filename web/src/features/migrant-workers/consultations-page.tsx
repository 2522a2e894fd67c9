import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  consultationChannels,
  consultationLanguages,
  consultationTopics,
} from '../../../../src/modules/migrant-workers/consultations.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession } from '../staff-auth/session-provider.tsx';
import { type ConsultationStats, type ConsultationSummary, consultationsEndpoint, getConsultationStats } from './centre-api.ts';

const all = (t: (key: string) => string) => ({ value: '', label: t('migrant-centre.filters.all') });

/** The consultation centre's log: callers masked; filters in the URL; the month's figures below. */
export function ConsultationsPage() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const { can } = useSession();
  const columns: Column<ConsultationSummary>[] = [
    { key: 'when', header: t('migrant-centre.fields.consulted_at'), render: (c) => formatDateTime(c.consultedAt), sortKey: 'consultedAt' },
    { key: 'channel', header: t('migrant-centre.fields.channel'), render: (c) => t(`migrant-centre.channel.${c.channel}`) },
    { key: 'language', header: t('migrant-centre.fields.language'), render: (c) => t(`migrant-centre.language.${c.language}`), sortKey: 'language' },
    { key: 'topic', header: t('migrant-centre.fields.topic'), render: (c) => t(`migrant-centre.topic.${c.topic}`), sortKey: 'topic' },
    { key: 'outcome', header: t('migrant-centre.fields.outcome'), render: (c) => t(`migrant-centre.outcome.${c.outcome}`) },
    { key: 'minutes', header: t('migrant-centre.fields.duration'), render: (c) => formatNumber(c.durationMinutes), isNumeric: true },
    { key: 'caller', header: t('migrant-centre.fields.caller'), render: (c) => c.callerName ?? c.workerName ?? '—' },
    {
      key: 'became',
      header: t('migrant-centre.fields.became'),
      render: (c) =>
        [
          c.complaintTrackingCode ? t('migrant-centre.became.complaint', { code: c.complaintTrackingCode }) : '',
          c.mediationCaseNumber ? t('migrant-centre.became.mediation', { code: c.mediationCaseNumber }) : '',
          c.visitTaskId ? t('migrant-centre.became.visit') : '',
        ]
          .filter(Boolean)
          .join('、'),
    },
  ];
  return (
      <ListPage
        title={t('migrant-centre.consultations.title')}
        lead={t('migrant-centre.consultations.lead')}
        newItem={can('migrant-consultations.write') ? { href: '/staff/migrant-workers/consultations/new', label: t('migrant-centre.consultations.new') } : null}
        actions={
          <p className="actions">
            <Link href="/staff/migrant-workers/consultations/stats">{t('migrant-centre.stats.title')}</Link>{' '}
            <Link href="/staff/migrant-workers/dispatches">{t('migrant-centre.dispatches.title')}</Link>
          </p>
        }
        endpoint={consultationsEndpoint}
        filters={[
          { name: 'language', kind: 'select', label: t('migrant-centre.fields.language'), options: [all(t), ...consultationLanguages.map((value) => ({ value, label: t(`migrant-centre.language.${value}`) }))] },
          { name: 'topic', kind: 'select', label: t('migrant-centre.fields.topic'), options: [all(t), ...consultationTopics.map((value) => ({ value, label: t(`migrant-centre.topic.${value}`) }))] },
          { name: 'channel', kind: 'select', label: t('migrant-centre.fields.channel'), options: [all(t), ...consultationChannels.map((value) => ({ value, label: t(`migrant-centre.channel.${value}`) }))] },
          { name: 'from', kind: 'date', label: t('migrant-centre.filters.from') },
          { name: 'to', kind: 'date', label: t('migrant-centre.filters.to') },
        ]}
        columns={columns}
        rowLink={{ column: 'when', href: (c) => `/staff/migrant-workers/consultations/${c.id}` }}
        caption={(total) => t('migrant-centre.consultations.caption', { total })}
        empty={t('migrant-centre.consultations.empty')}
        defaultSort="-consultedAt"
        exportable
      />
  );
}

function currentMonth(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
}

/** A month's consultations by language and topic: counts only, nothing personal. */
export function ConsultationStatsPage() {
  const { t, formatNumber } = useI18n();
  const [month, setMonth] = useState(currentMonth);
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const stats = useQuery({ queryKey: ['migrant-consultation-stats', month], queryFn: ({ signal }) => getConsultationStats(month, signal), enabled: valid });
  const languages = stats.data?.byLanguage.filter((row) => row.count > 0) ?? [];
  const cell = (data: ConsultationStats, language: string, topic: string) =>
    data.byLanguageAndTopic.find((row) => row.language === language && row.topic === topic)?.count ?? 0;
  type Row = { id: string; topic: string };
  const columns: Column<Row>[] = [
    { key: 'topic', header: t('migrant-centre.fields.topic'), render: (row) => t(`migrant-centre.topic.${row.topic}`) },
    ...languages.map((lang) => ({
      key: lang.language,
      header: t(`migrant-centre.language.${lang.language}`),
      render: (row: Row) => formatNumber(stats.data ? cell(stats.data, lang.language, row.topic) : 0),
      isNumeric: true,
    })),
    { key: 'total', header: t('migrant-centre.stats.total'), render: (row) => formatNumber(stats.data?.byTopic.find((b) => b.topic === row.topic)?.count ?? 0), isNumeric: true },
  ];
  return (
    <Page title={t('migrant-centre.stats.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('migrant-centre.stats.lead')}</p>}>
      <p>
        <Link href="/staff/migrant-workers/consultations">{t('migrant-centre.consultations.title')}</Link>
      </p>
      <TextField id="consultation-stats-month" label={t('migrant-centre.stats.month')} hint={t('migrant-centre.stats.month_hint')} type="month" value={month} onChange={(event) => setMonth(event.target.value)} />
      <ProblemAlert error={stats.error} />
      {stats.isPending && valid ? <Loading label={t('common.loading')} /> : null}
      {stats.data ? (
        <>
          <p data-testid="consultation-stats-total">
            {t('migrant-centre.stats.summary', { total: formatNumber(stats.data.total), minutes: formatNumber(stats.data.minutes) })}
          </p>
          <DataTable
            caption={t('migrant-centre.stats.caption', { month: stats.data.month })}
            columns={columns}
            rows={stats.data.byTopic.filter((row) => row.count > 0).map((row) => ({ id: row.topic, topic: row.topic }))}
            rowKey={(row) => row.id}
            empty={t('migrant-centre.stats.empty')}
          />
        </>
      ) : null}
    </Page>
  );
}
