import { permissionRoles, type Permission } from '../../../../src/modules/access/permissions.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Page } from '../../ui/page.tsx';
import { RatesRenewalNotice } from '../rates/renewal-notice.tsx';
import { useSession, useStaff } from './session-provider.tsx';
import { staffAreas, staffGroups } from './staff-areas.ts';
import { WorkQueues } from './work-queues.tsx';

export function DashboardPage() {
  const { t } = useI18n();
  const staff = useStaff();
  const { can } = useSession();
  const areas = staffAreas.filter((area) => can(area.permission));
  const permissions = (Object.keys(permissionRoles) as Permission[]).filter((permission) => can(permission));
  return (
    <Page
      title={t('staff-auth.dashboard.title')}
      siteName={t('staff-auth.site_name')}
      lead={<p>{t('staff-auth.dashboard.greeting', { name: staff.displayName })}</p>}
    >
      {can('rates.manage') ? <RatesRenewalNotice /> : null}
      <WorkQueues />
      <p>
        {t('staff-auth.dashboard.your_roles')}{' '}
        {staff.roles.map((role) => t(`staff-auth.roles.${role}`)).join(t('common.list_separator'))}
      </p>
      <section className="section" aria-labelledby="dashboard-areas">
        <h2 id="dashboard-areas">{t('staff-auth.dashboard.areas_title')}</h2>
        {areas.length ? (
          staffGroups.map((group) => {
            const members = areas.filter((area) => area.group === group);
            if (!members.length) return null;
            return (
              <section key={group} aria-labelledby={`dashboard-group-${group}`}>
                <h3 id={`dashboard-group-${group}`}>{t(`staff-auth.nav.groups.${group}`)}</h3>
                <ul className="cards">
                  {members.map((area) => (
                    <li className="card" key={area.key}>
                      <Link className="card__link" href={area.path}>
                        <span className="card__title">{t(`staff-auth.areas.${area.key}.title`)}</span>
                        <span className="card__text">{t(`staff-auth.areas.${area.key}.description`)}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        ) : (
          <p>{t('staff-auth.dashboard.no_areas')}</p>
        )}
      </section>
      <section className="section" aria-labelledby="dashboard-permissions">
        <h2 id="dashboard-permissions">{t('staff-auth.dashboard.permissions_title')}</h2>
        <ul className="checklist">
          {permissions.map((permission) => (
            <li key={permission}>{t(`staff-auth.permissions.${permission.replace('.', '_')}`)}</li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
