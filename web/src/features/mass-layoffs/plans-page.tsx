/** The staff list of layoff plans (kit list: filters in the URL, sorting, exports), each with its next deadline. */
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { type ListFilter, ListPage } from '../../ui/list-page.tsx';
import type { PlanSummary } from './api.ts';

export function MassLayoffPlansPage() {
  const { t, formatNumber, formatPlainDate } = useI18n();
  // The latest step that is late (the committee after the negotiation), else the first still open.
  const next = (p: PlanSummary) => p.deadlines.findLast((d) => d.overdue) ?? p.deadlines.find((d) => !d.metOn && d.kind !== 'notice');
  const columns: Column<PlanSummary>[] = [
    { key: 'employer', header: t('mass-layoffs.columns.employer'), render: (p) => `${p.employerName}（${p.siteName}）`, sortKey: 'employerName' },
    { key: 'layoffOn', header: t('mass-layoffs.columns.layoff_on'), render: (p) => formatPlainDate(p.layoffOn), sortKey: 'layoffOn' },
    { key: 'dismissals', header: t('mass-layoffs.columns.dismissals'), render: (p) => formatNumber(p.plannedDismissals), isNumeric: true, sortKey: 'plannedDismissals' },
    { key: 'mass', header: t('mass-layoffs.columns.mass'), render: (p) => (p.isMass ? p.article : t('mass-layoffs.result.not_mass')) },
    { key: 'notice', header: t('mass-layoffs.columns.notice'), render: (p) => t(`mass-layoffs.notice_short.${p.noticeStatus}`) },
    {
      key: 'deadline',
      header: t('mass-layoffs.columns.deadline'),
      render: (p) => {
        const d = next(p);
        if (!d) return p.outcome ? t(`mass-layoffs.outcome.${p.outcome}`) : '—';
        return `${t(`mass-layoffs.deadline.${d.kind}`)} ${formatPlainDate(d.dueOn)}（${d.article}）${d.overdue ? ` ${t('mass-layoffs.deadline.overdue')}` : ''}`;
      },
    },
  ];
  const filters: ListFilter[] = [
    { name: 'overdue', kind: 'checkbox', label: t('mass-layoffs.filters.overdue') },
    { name: 'mass', kind: 'select', label: t('mass-layoffs.filters.mass'), options: [{ value: '', label: t('mass-layoffs.filters.all') }, { value: 'true', label: t('mass-layoffs.filters.mass_only') }, { value: 'false', label: t('mass-layoffs.filters.not_mass') }] },
  ];
  return (
    <ListPage
      title={t('mass-layoffs.staff.title')}
      lead={
        <>
          {t('mass-layoffs.staff.lead')} <Link href="/staff/mass-layoffs/rule-sets">{t('mass-layoffs.rule_sets.title')}</Link>
        </>
      }
      endpoint="/api/v1/staff/mass-layoffs"
      filters={filters}
      columns={columns}
      newItem={{ href: '/staff/mass-layoffs/new', label: t('mass-layoffs.staff.new') }}
      rowLink={{ column: 'employer', href: (p) => `/staff/mass-layoffs/${p.id}`, label: (p) => t('mass-layoffs.staff.open', { name: p.employerName }) }}
      caption={(total) => t('mass-layoffs.staff.caption', { total })}
      empty={t('mass-layoffs.staff.empty')}
      exportable
    />
  );
}
