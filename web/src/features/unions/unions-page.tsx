import { useQuery } from '@tanstack/react-query';
import { unionKinds } from '../../../../src/modules/unions/unions.kinds.ts';
import { apiRequest } from '../../app/api-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { type ListFilter, ListPage } from '../../ui/list-page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { Link } from '../../app/router.tsx';
import { useSession } from '../staff-auth/session-provider.tsx';

type Union = { id: string; name: string; kind: string; registrationNumber: string; members: number | null; termEndsOn: string | null; lastEvaluation: { year: number; grade: string } | null };
type Indicator = { year: number; registered: number; evaluated: number; guided: number; reached: number; value: number | null };

function Indicator5({ year }: { year: number }) {
  const { t, formatNumber } = useI18n();
  const indicator = useQuery({ queryKey: ['unions-indicator', year], queryFn: ({ signal }) => apiRequest<Indicator>(`/api/v1/staff/unions/indicator?year=${year}`, { signal }) });
  if (indicator.error) return <ProblemAlert error={indicator.error} />;
  if (!indicator.data) return null;
  return (
    <section className="section" aria-labelledby="unions-indicator">
      <h2 id="unions-indicator">{t('unions.indicator_title', { year })}</h2>
      <p data-testid="indicator-5">
        {t('unions.indicator_line', {
          value: indicator.data.value === null ? t('unions.none') : `${formatNumber(indicator.data.value)}%`,
          reached: formatNumber(indicator.data.reached),
          registered: formatNumber(indicator.data.registered),
          evaluated: formatNumber(indicator.data.evaluated),
          guided: formatNumber(indicator.data.guided),
        })}
      </p>
    </section>
  );
}

type ElectionDue = { id: string; name: string; registrationNumber: string; termEndsOn: string; daysLeft: number; ended: boolean };

/** Terms ending within the reminder's lead days, and terms ended with no election recorded (the daily job mails the officer). */
function ElectionsDue() {
  const { t, formatPlainDate } = useI18n();
  const { can } = useSession();
  const due = useQuery({ queryKey: ['unions-elections-due'], queryFn: ({ signal }) => apiRequest<{ leadDays: number | null; items: ElectionDue[] }>('/api/v1/staff/unions/elections-due', { signal }) });
  if (due.error) return <ProblemAlert error={due.error} />;
  if (!due.data) return null;
  return (
    <section className="section" aria-labelledby="unions-elections">
      <h2 id="unions-elections">{t('unions.elections.title')}</h2>
      <p>
        {due.data.leadDays === null ? t('unions.elections.no_settings') : t('unions.elections.lead', { days: due.data.leadDays })}{' '}
        {can('unions.write') ? <Link href="/staff/unions/reminder-settings">{t('unions.reminders.title')}</Link> : null}
      </p>
      {due.data.items.length ? (
        <ul data-testid="elections-due">
          {due.data.items.map((u) => (
            <li key={u.id}>
              {u.ended
                ? t('unions.elections.ended', { name: u.name, date: formatPlainDate(u.termEndsOn) })
                : t('unions.elections.ending', { name: u.name, date: formatPlainDate(u.termEndsOn), days: u.daysLeft })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('unions.elections.none')}</p>
      )}
    </section>
  );
}

/** The union registry on the kit's list (paged, sorted, exported) and indicator 5 for the year. */
export function UnionsPage({ year = new Date().getFullYear() }: { year?: number }) {
  const { t, formatNumber, formatPlainDate } = useI18n();
  const columns: Column<Union>[] = [
    { key: 'name', header: t('unions.columns.name'), render: (u) => u.name, sortKey: 'name' },
    { key: 'kind', header: t('unions.columns.kind'), render: (u) => t(`unions.kinds.${u.kind}`), sortKey: 'kind' },
    { key: 'number', header: t('unions.columns.number'), render: (u) => u.registrationNumber, sortKey: 'registrationNumber' },
    { key: 'members', header: t('unions.columns.members'), render: (u) => (u.members === null ? t('unions.none') : formatNumber(u.members)), isNumeric: true, sortKey: 'members' },
    { key: 'term', header: t('unions.columns.term'), render: (u) => (u.termEndsOn ? formatPlainDate(u.termEndsOn) : t('unions.none')), sortKey: 'termEndsOn' },
    { key: 'evaluation', header: t('unions.columns.evaluation'), render: (u) => (u.lastEvaluation ? `${u.lastEvaluation.year}：${u.lastEvaluation.grade}` : t('unions.none')) },
  ];
  const filters: ListFilter[] = [
    {
      name: 'kind',
      kind: 'select',
      label: t('unions.kind_filter'),
      options: [{ value: '', label: t('unions.all_kinds') }, ...unionKinds.map((kind) => ({ value: kind, label: t(`unions.kinds.${kind}`) }))],
    },
  ];
  return (
    <ListPage
      title={t('unions.title')}
      lead={t('unions.lead')}
      endpoint="/api/v1/staff/unions"
      filters={filters}
      columns={columns}
      notice={<><Indicator5 year={year} /><ElectionsDue /></>}
      rowLink={{ column: 'name', href: (u) => `/staff/unions/${u.id}/reports`, label: (u) => t('unions.reports.open', { name: u.name }) }}
      caption={(total) => t('unions.caption', { total })}
      empty={t('unions.none')}
      exportable
    />
  );
}
