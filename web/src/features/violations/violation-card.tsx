import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { employerHref, type Violation } from './api.ts';

/** The published record is Chinese whatever the page language; screen readers are told so. */
const sourceLang = 'zh-Hant-TW';

/** One published violation: who, when, which law and articles, what was wrong, the fine, and whether it is contested. */
export function ViolationCard({ item, linkEmployer = true }: { item: Violation; linkEmployer?: boolean }) {
  const { t, formatPlainDate, formatMoney } = useI18n();
  const headingId = `violation-${item.id}`;
  const law = item.lawId ? t(`violations.laws.${item.lawId}`) : (item.law ?? '');
  return (
    <li className="violation">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="violation__employer" lang={sourceLang}>
          {linkEmployer ? <Link href={employerHref(item.employerKey)}>{item.companyName}</Link> : item.companyName}
        </h2>
        <p className="violation__badges">
          {item.disputed ? <span className="violation-badge violation-badge--disputed">{t('violations.badges.disputed')}</span> : null}
          {item.source === 'bureau-inspection' ? <span className="violation-badge">{t('violations.badges.bureau')}</span> : null}
        </p>
        <dl className="violation__facts">
          {item.responsiblePerson ? (
            <div>
              <dt>{t('violations.fields.responsible_person')}</dt>
              <dd lang={sourceLang}>{item.responsiblePerson}</dd>
            </div>
          ) : null}
          {item.ubn ? (
            <div>
              <dt>{t('violations.fields.ubn')}</dt>
              <dd>{item.ubn}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('violations.fields.announced_on')}</dt>
            <dd>{formatPlainDate(item.announcedOn)}</dd>
          </div>
          {item.decidedOn ? (
            <div>
              <dt>{t('violations.fields.decided_on')}</dt>
              <dd>{formatPlainDate(item.decidedOn)}</dd>
            </div>
          ) : null}
          {item.decisionNumber ? (
            <div>
              <dt>{t('violations.fields.decision_number')}</dt>
              <dd lang={sourceLang}>{item.decisionNumber}</dd>
            </div>
          ) : null}
          {item.revisedOn ? (
            <div>
              <dt>{t('violations.record.revised_on', { date: formatPlainDate(item.revisedOn) })}</dt>
              <dd>{t('violations.record.revised_hint')}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('violations.fields.law')}</dt>
            <dd>{law}</dd>
          </div>
          <div>
            <dt>{item.fineKind === 'fine' ? t('violations.fields.fine') : t('violations.fields.fine_or_surcharge')}</dt>
            <dd>{item.fine === null ? t('violations.fields.fine_none') : formatMoney(item.fine)}</dd>
          </div>
        </dl>
        <h3 className="violation__subheading">{t('violations.fields.articles')}</h3>
        <ul className="violation__list" lang={sourceLang}>
          {item.articles.map((article, index) => (
            <li key={`${index}-${article}`}>{article}</li>
          ))}
        </ul>
        {item.violations.length ? (
          <>
            <h3 className="violation__subheading">{t('violations.fields.violations')}</h3>
            <ul className="violation__list" lang={sourceLang}>
              {item.violations.map((text, index) => (
                <li key={`${index}-${text}`}>{text}</li>
              ))}
            </ul>
          </>
        ) : null}
      </article>
    </li>
  );
}
