import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Page } from '../../ui/page.tsx';
import { UrgentHelp } from '../../ui/urgent-help.tsx';
import { type PublicService, publicServices } from './services.ts';

function ServiceCard({ service }: { service: PublicService }) {
  const { t } = useI18n();
  return (
    <li className="card">
      <Link className="card__link" href={service.path}>
        <span className="card__title">{t(`home.services.${service.key}.title`)}</span>
        <span className="card__text">{t(`home.services.${service.key}.description`)}</span>
        {service.isAvailable ? null : <span className="badge">{t('home.coming_soon_badge')}</span>}
      </Link>
    </li>
  );
}

function Cards({ items }: { items: readonly PublicService[] }) {
  return (
    <ul className="cards">
      {items.map((service) => (
        <ServiceCard key={service.key} service={service} />
      ))}
    </ul>
  );
}

/**
 * Urgent help first (a worker who is not paid needs the complaint form and the 1955 hotline, not a
 * calculator), then the worker's tools, then the employer's apart.
 */
export function HomePage() {
  const { t } = useI18n();
  const forWorkers = publicServices.filter((s) => s.audience !== 'employers' && s.key !== 'complaints');
  const forEmployers = publicServices.filter((s) => s.audience === 'employers');
  return (
    <Page title={t('home.title')} siteName={t('common.site_name')} lead={<p>{t('home.lead')}</p>}>
      <UrgentHelp
        id="urgent-title"
        title={t('home.urgent.title')}
        actions={[
          { href: '/complaints', label: t('home.urgent.complaint'), text: t('home.urgent.complaint_text') },
          { href: 'tel:1955', label: t('home.urgent.call'), text: t('home.urgent.call_text') },
          { href: '/foreign-workers#centre', label: t('home.urgent.centre'), text: t('home.urgent.centre_text') },
        ]}
      />
      <section className="section" aria-labelledby="group-workers">
        <h2 id="group-workers">{t('home.groups.workers.title')}</h2>
        <p className="section__intro">{t('home.groups.workers.intro')}</p>
        {(['calculators', 'tools'] as const).map((group) => (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`}>{t(`home.groups.${group}.title`)}</h3>
            <p className="section__intro">{t(`home.groups.${group}.intro`)}</p>
            <Cards items={forWorkers.filter((s) => s.group === group)} />
          </section>
        ))}
      </section>
      <section className="section" aria-labelledby="group-employers">
        <h2 id="group-employers">{t('home.groups.employers.title')}</h2>
        <p className="section__intro">{t('home.groups.employers.intro')}</p>
        <Cards items={forEmployers} />
      </section>
    </Page>
  );
}
