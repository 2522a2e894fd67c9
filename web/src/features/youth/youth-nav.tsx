import './youth.css';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { useSession } from '../staff-auth/session-provider.tsx';

const sections = [
  { key: 'slots', href: '/staff/youth/slots', permission: 'youth.read' },
  { key: 'events', href: '/staff/youth/events', permission: 'youth.read' },
  { key: 'summer_jobs', href: '/staff/youth/summer-jobs', permission: 'youth.summer-jobs' },
  { key: 'indicator', href: '/staff/youth/indicator', permission: 'youth.indicator' },
] as const;

/** The youth services' own pages, those the user may open. */
export function YouthNav({ current }: { current: (typeof sections)[number]['key'] }) {
  const { t } = useI18n();
  const { can } = useSession();
  return (
    <nav aria-label={t('youth.nav.label')}>
      <ul className="youth-nav">
        {sections
          .filter((s) => can(s.permission))
          .map((s) => (
            <li key={s.key}>
              <Link href={s.href} aria-current={s.key === current ? 'page' : undefined}>
                {t(`youth.nav.${s.key}`)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
