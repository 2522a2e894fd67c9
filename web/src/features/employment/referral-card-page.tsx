import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { SummaryList } from '../../ui/detail-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PrintDocument } from '../../ui/print-document.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { printCard } from './job-seekers-api.ts';

type Card = Awaited<ReturnType<typeof printCard>>;

/**
 * The referral card (推介卡). Opening it makes a fresh answer link (the server audits the print; the previous
 * card's QR code stops working), so it is made once per visit. The QR code is the server's SVG, shown as an
 * image: no markup of it enters the page.
 */
export function ReferralCardPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const [card, setCard] = useState<Card>();
  const [error, setError] = useState<unknown>();
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    printCard(id, csrfToken).then(setCard, setError);
  }, [id, csrfToken]);
  if (error) return <ProblemAlert error={error} />;
  if (!card) return <Loading label={t('common.loading')} />;
  const answerUrl = `${window.location.origin}${card.answerPath}`;
  const station = city?.employmentServiceStations.find((s) => s.code === card.referral.stationCode);
  return (
    <PrintDocument title={t('referrals.card.title')} reference={card.referral.cardNumber} back={{ href: `/staff/referrals/${id}`, label: t('referrals.card.back') }}>
      <SummaryList
        items={[
          { label: t('referrals.referral.vacancy'), value: card.referral.vacancyTitle },
          { label: t('employment.fields.employer'), value: card.referral.employerName },
          { label: t('referrals.card.station'), value: station ? localName(station, locale) : (card.referral.stationCode ?? '—') },
        ]}
      />
      <p>{t('referrals.card.instructions')}</p>
      <figure className="referral-qr">
        <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(card.qrSvg)}`} width={180} height={180} alt={t('referrals.card.qr_alt')} />
        <figcaption>
          <a href={card.answerPath} data-testid="answer-link">
            {answerUrl}
          </a>
        </figcaption>
      </figure>
      <p className="field__hint">{t('referrals.card.privacy')}</p>
    </PrintDocument>
  );
}
