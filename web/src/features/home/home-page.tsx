import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Page } from '../../ui/page.tsx';
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

export function HomePage() {
  const { t } = useI18n();
  const groups = [
    { key: 'calculators', items: publicServices.filter((s) => s.group === 'calculators') },
    { key: 'tools', items: publicServices.filter((s) => s.group === 'tools') },
  ] as const;
  return (
    <Page title={t('home.title')} siteName={t('common.site_name')} lead={<p>{t('home.lead')}</p>}>
      {groups.map((group) => (
        <section key={group.key} className="section" aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`}>{t(`home.groups.${group.key}.title`)}</h2>
          <p className="section__intro">{t(`home.groups.${group.key}.intro`)}</p>
          <ul className="cards">
            {group.items.map((service) => (
              <ServiceCard key={service.key} service={service} />
            ))}
          </ul>
        </section>
      ))}
      <section className="section help" aria-labelledby="help-title">
        <h2 id="help-title">{t('home.help.title')}</h2>
        <p>{t('home.help.text')}</p>
      </section>
    </Page>
  );
}
