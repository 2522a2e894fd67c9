/** The result of a filed plan: whether the layoff is "mass" (Art. 2) with its item, the notice check (Art. 4) and the deadlines. */
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import type { FiledPlan } from './api.ts';

export function Deadlines({ deadlines }: { deadlines: FiledPlan['deadlines'] }) {
  const { t, formatPlainDate } = useI18n();
  return (
    <ul className="layoff-deadlines">
      {deadlines.map((d) => (
        <li key={d.kind} data-testid={`deadline-${d.kind}`}>
          <strong>{t(`mass-layoffs.deadline.${d.kind}`)}</strong>：{formatPlainDate(d.dueOn)}（{d.article}）
          {d.metOn ? ` · ${t('mass-layoffs.deadline.met', { date: formatPlainDate(d.metOn) })}` : d.overdue ? ` · ${t('mass-layoffs.deadline.overdue')}` : ''}
        </li>
      ))}
    </ul>
  );
}

export function PlanResult({ filed }: { filed: FiledPlan }) {
  const { t, formatNumber } = useI18n();
  const { assessment } = filed;
  const match = assessment.matches[0];
  return (
    <Alert tone={assessment.isMass ? 'warning' : 'success'} title={assessment.isMass ? t('mass-layoffs.result.mass') : t('mass-layoffs.result.not_mass')}>
      <p data-testid="mass-result">
        {match
          ? t(`mass-layoffs.result.match_${match.test}`, { article: assessment.article, value: formatNumber(match.value), over: formatNumber(match.over), days: assessment.windowDays })
          : t('mass-layoffs.result.no_match', { article: assessment.article, days: assessment.windowDays })}
      </p>
      <p>{t(`mass-layoffs.notice.${filed.noticeStatus}`)}</p>
      <Deadlines deadlines={filed.deadlines} />
    </Alert>
  );
}
