import { useI18n } from '../../i18n/i18n-provider.tsx';

/**
 * A heat-hazard level as words and colour together: the colour helps at a glance, the text carries the
 * meaning (WCAG 1.4.1), so the badge reads the same in greyscale or to a screen reader.
 */
export function HeatLevelBadge({ level }: { level: number | null }) {
  const { t } = useI18n();
  if (level === null) return <span className="heat-level heat-level--none">{t('heat.levels.none')}</span>;
  return (
    <span className={`heat-level heat-level--${level}`}>
      <span className="heat-level__label">{t(`heat.levels.${level}.label`)}</span>
      <span className="heat-level__name">{t(`heat.levels.${level}.name`)}</span>
    </span>
  );
}
