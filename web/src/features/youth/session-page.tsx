import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DetailPage, RevealSection, SummaryList } from '../../ui/detail-page.tsx';
import { getSession } from './api.ts';

/** A session record: the notes are the young person's, shown only when asked for, and that reading is audited. */
export function SessionPage({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <DetailPage title={t('youth.session.view_title')} documentTitle={t('youth.session.view_title')} back={{ href: '/staff/youth/slots', label: t('youth.slots.back') }}>
      <RevealSection
        title={t('youth.session.notes_title')}
        masked={[{ label: t('youth.session.notes'), value: t('youth.session.hidden') }]}
        showLabel={t('youth.session.show')}
        warning={t('youth.session.show_warning')}
        loggedNotice={t('youth.session.logged')}
        reveal={(signal) => getSession(id, signal)}
        queryKey={['youth-session', id]}
        render={(s) => (
          <SummaryList
            items={[
              { label: t('youth.session.held_on'), value: s.heldOn },
              { label: t('youth.fields.counsellor'), value: s.counsellorName },
              { label: t('youth.session.assessment'), value: s.assessment },
              { label: t('youth.session.resume_review'), value: s.resumeReview },
              { label: t('youth.session.plan'), value: s.plan },
            ]}
          />
        )}
      />
    </DetailPage>
  );
}
