/**
 * Urgent help, first on the pages a worker in trouble lands on (home, the migrant workers' rights page):
 * large tap targets, one per line on a phone. Usage:
 *   <UrgentHelp id="urgent-title" title={t('home.urgent.title')} actions={[
 *     { href: 'tel:1955', label: t('home.urgent.call'), text: t('home.urgent.call_text') }, ...]} />
 * `tel:` and other non-app links are plain anchors; app paths go through the router's Link.
 */
import { Link } from '../app/router.tsx';
import './urgent-help.css';

export type UrgentAction = { href: string; label: string; text: string };

export function UrgentHelp({ id, title, actions }: { id: string; title: string; actions: readonly UrgentAction[] }) {
  return (
    <section className="section urgent-help" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="urgent-help__list">
        {actions.map((action) => (
          <li key={action.href} className="urgent-help__item">
            {action.href.startsWith('/') ? (
              <Link className="urgent-help__action" href={action.href}>
                {action.label}
              </Link>
            ) : (
              <a className="urgent-help__action" href={action.href}>
                {action.label}
              </a>
            )}
            <p>{action.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
