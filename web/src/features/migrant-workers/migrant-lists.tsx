import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { ListPage } from '../../ui/list-page.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { nationalities, workerStatuses } from '../../../../src/modules/migrant-workers/migrant-workers.contract.ts';
import { useSession } from '../staff-auth/session-provider.tsx';
import { tasksEndpoint, type VisitTask, workersEndpoint, type WorkerSummary } from './api.ts';
import { FieldTasksPanel } from './field/field-panel.tsx';

function useDistrictFilter() {
  const { t, locale } = useI18n();
  const city = useCity();
  return {
    name: 'district',
    kind: 'select' as const,
    label: t('migrant-workers.fields.district'),
    options: [{ value: '', label: t('migrant-workers.filters.all') }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))],
  };
}

/** Visit tasks of new arrivals: due within 14 days, overdue, or done; each opens the visit form. */
export function VisitTasksPage() {
  const { t, formatPlainDate } = useI18n();
  const { can } = useSession();
  const districtName = useDistrictName();
  const district = useDistrictFilter();
  const columns: Column<VisitTask>[] = [
    { key: 'worker', header: t('migrant-workers.fields.worker'), render: (task) => task.workerName },
    { key: 'nationality', header: t('migrant-workers.fields.nationality'), render: (task) => t(`migrant-workers.nationality.${task.nationality}`) },
    { key: 'arrival', header: t('migrant-workers.fields.arrival_date'), render: (task) => formatPlainDate(task.arrivalDate) },
    {
      key: 'due',
      header: t('migrant-workers.fields.due_on'),
      render: (task) => (task.overdue ? t('migrant-workers.tasks.overdue_on', { date: formatPlainDate(task.dueOn) }) : formatPlainDate(task.dueOn)),
      sortKey: 'dueOn',
    },
    { key: 'district', header: t('migrant-workers.fields.district'), render: (task) => districtName(task.districtCode), sortKey: 'districtCode' },
    { key: 'officer', header: t('migrant-workers.fields.officer'), render: (task) => task.assignedTo?.displayName ?? t('migrant-workers.tasks.unassigned') },
  ];
  return (
    <ListPage
      title={t('migrant-workers.tasks.title')}
      lead={
        <>
          <p>{t('migrant-workers.tasks.lead')}</p>
          {can('migrant-workers.write') ? <FieldTasksPanel /> : null}
        </>
      }
      actions={<Link href="/staff/migrant-workers">{t('migrant-workers.workers.title')}</Link>}
      endpoint={tasksEndpoint}
      filters={[
        {
          name: 'status',
          kind: 'select',
          label: t('migrant-workers.filters.status'),
          options: ['due', 'overdue', 'done', ''].map((value) => ({ value, label: t(`migrant-workers.tasks.status_${value || 'open'}`) })),
        },
        district,
        { name: 'mine', kind: 'checkbox', label: t('migrant-workers.filters.mine') },
      ]}
      filterDefaults={{ status: 'due' }}
      columns={columns}
      rowLink={{ column: 'worker', href: (task) => `/staff/migrant-workers/tasks/${task.id}` }}
      caption={(total) => t('migrant-workers.tasks.caption', { total })}
      empty={t('migrant-workers.tasks.empty')}
      exportable
    />
  );
}

/** The register of foreign workers, masked; bulk import from the actions. */
export function MigrantWorkersPage() {
  const { t, formatPlainDate } = useI18n();
  const districtName = useDistrictName();
  const district = useDistrictFilter();
  const columns: Column<WorkerSummary>[] = [
    { key: 'name', header: t('migrant-workers.fields.worker'), render: (w) => w.name },
    { key: 'arc', header: t('migrant-workers.fields.resident_certificate'), render: (w) => w.residentCertificateNumber },
    { key: 'nationality', header: t('migrant-workers.fields.nationality'), render: (w) => t(`migrant-workers.nationality.${w.nationality}`) },
    { key: 'job', header: t('migrant-workers.fields.job_category'), render: (w) => t(`migrant-workers.job.${w.jobCategory}`) },
    { key: 'employer', header: t('migrant-workers.fields.employer'), render: (w) => w.employerName ?? '' },
    { key: 'arrival', header: t('migrant-workers.fields.arrival_date'), render: (w) => formatPlainDate(w.arrivalDate), sortKey: 'arrivalDate' },
    { key: 'district', header: t('migrant-workers.fields.district'), render: (w) => districtName(w.districtCode), sortKey: 'districtCode' },
    { key: 'status', header: t('migrant-workers.fields.status'), render: (w) => t(`migrant-workers.status.${w.status}`), sortKey: 'status' },
  ];
  return (
    <ListPage
      title={t('migrant-workers.workers.title')}
      lead={t('migrant-workers.workers.lead')}
      actions={
        <p className="actions">
          <Link href="/staff/migrant-workers/import">{t('migrant-workers.import.title')}</Link>{' '}
          <Link href="/staff/migrant-workers/tasks">{t('migrant-workers.tasks.title')}</Link>
        </p>
      }
      endpoint={workersEndpoint}
      filters={[
        district,
        {
          name: 'nationality',
          kind: 'select',
          label: t('migrant-workers.fields.nationality'),
          options: [{ value: '', label: t('migrant-workers.filters.all') }, ...nationalities.map((value) => ({ value, label: t(`migrant-workers.nationality.${value}`) }))],
        },
        {
          name: 'status',
          kind: 'select',
          label: t('migrant-workers.fields.status'),
          options: [{ value: '', label: t('migrant-workers.filters.all') }, ...workerStatuses.map((value) => ({ value, label: t(`migrant-workers.status.${value}`) }))],
        },
      ]}
      columns={columns}
      caption={(total) => t('migrant-workers.workers.caption', { total })}
      empty={t('migrant-workers.workers.empty')}
      exportable
    />
  );
}
