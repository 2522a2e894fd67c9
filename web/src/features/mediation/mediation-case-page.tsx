import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { RevealSection, SummaryList } from '../../ui/detail-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession } from '../staff-auth/session-provider.tsx';
import { getCase, getParties, noticeUrl, recordUrl, type MediationDetail, type Party } from './api.ts';
import { CommitteeFacts, CommitteeSteps } from './mediation-committee.tsx';
import { AppointForm, BookForm, NearestSiteNote, OutcomeForm, Payments } from './mediation-forms.tsx';
import { useSiteName } from './site-name.ts';

function Deadlines({ c }: { c: MediationDetail }) {
  const { t, formatPlainDate } = useI18n();
  return (
    <section className="section" aria-labelledby="mediation-deadlines">
      <h2 id="mediation-deadlines">{t('mediation.deadlines_title')}</h2>
      <p className="field__hint">{t('mediation.deadlines_hint')}</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('mediation.deadline')}</th>
              <th scope="col">{t('mediation.due_on')}</th>
              <th scope="col">{t('mediation.article')}</th>
              <th scope="col">{t('mediation.met_on')}</th>
            </tr>
          </thead>
          <tbody>
            {c.deadlines.map((d) => (
              <tr key={d.kind} data-testid={`deadline-${d.kind}`}>
                <th scope="row">{t(`mediation.deadlines.${d.kind}`)}</th>
                <td>{formatPlainDate(d.dueOn)}</td>
                <td>{d.article}</td>
                <td>{d.metOn ? formatPlainDate(d.metOn) : d.overdue ? <strong>{t('mediation.overdue')}</strong> : t('mediation.pending')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Sessions({ c, canPrint }: { c: MediationDetail; canPrint: boolean }) {
  const { t, formatDateTime } = useI18n();
  const siteName = useSiteName();
  return (
    <section className="section" aria-labelledby="mediation-sessions">
      <h2 id="mediation-sessions">{t('mediation.sessions_title')}</h2>
      {c.sessions.length === 0 ? <p>{t('mediation.sessions_none')}</p> : null}
      <ul className="attachment-list">
        {c.sessions.map((s) => (
          <li key={s.id}>
            {t('mediation.session_line', { when: formatDateTime(s.startsAt), site: siteName(s.siteCode), room: s.roomName, mediator: s.mediatorName })}
            {s.remarks ? <span lang="zh-Hant-TW"> · {s.remarks}</span> : null}
            {canPrint ? (
              <span className="button-row">
                {(['applicant', 'respondent'] as const).map((party) => (
                  <a key={party} href={noticeUrl(c.id, s.id, party)} download>
                    {t('mediation.notice_pdf', { party: t(`mediation.parties.${party}`) })}
                  </a>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MediationCasePage({ id }: { id: string }) {
  const { t, formatDateTime, formatNumber, formatPlainDate } = useI18n();
  const { can } = useSession();
  const siteName = useSiteName();
  const query = useQuery({ queryKey: ['mediation-case', id], queryFn: ({ signal }) => getCase(id, signal) });
  const [done, setDone] = useState<string>();
  const c = query.data;
  const reload = (message: string) => {
    setDone(message);
    void query.refetch();
  };
  const none = t('mediation.none');
  return (
    <Page title={c ? t('mediation.detail_title', { number: c.caseNumber }) : t('mediation.detail_document_title')} documentTitle={t('mediation.detail_document_title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/mediation">{t('mediation.back_to_list')}</Link>
      </p>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ProblemAlert error={query.error} />
      {query.isLoading && !c ? <Loading label={t('common.loading')} /> : null}
      {c ? (
        <>
          <section className="section" aria-labelledby="mediation-facts">
            <h2 id="mediation-facts">{t('mediation.facts_title')}</h2>
            <SummaryList
              items={[
                { label: t('mediation.columns.status'), value: <span data-testid="mediation-status">{t(`mediation.statuses.${c.status}`)}</span> },
                { label: t('mediation.dispute_type'), value: t(`mediation.dispute_types.${c.disputeType}`) },
                { label: t('mediation.route'), value: <span data-testid="mediation-route">{t(`mediation.routes.${c.route}`)}</span> },
                { label: t('mediation.columns.site'), value: siteName(c.siteCode) },
                { label: t('mediation.columns.respondent'), value: c.respondentName },
                { label: t('mediation.columns.applicant'), value: c.applicantName },
                { label: t('mediation.columns.received_at'), value: formatDateTime(c.receivedAt) },
                { label: t('mediation.columns.mediator'), value: c.mediatorName ?? t('mediation.unassigned') },
                { label: t('mediation.origin'), value: c.origin ? t('mediation.origin_line', { kind: t(`mediation.origins.${c.origin.kind}`), ref: c.origin.ref }) : none },
                { label: t('mediation.columns.duplicate'), value: c.duplicateOf ?? none },
                { label: t('mediation.outcome'), value: c.outcome ? `${t(`mediation.outcomes.${c.outcome}`)}${c.outcomeOn ? `（${formatPlainDate(c.outcomeOn)}）` : ''}` : none },
                ...(c.agreedAmount !== null ? [{ label: t('mediation.agreed_amount'), value: `NT$ ${formatNumber(c.agreedAmount)}` }] : []),
              ]}
            />
            <NearestSiteNote c={c} testId="nearest-site" />
          </section>
          <Deadlines c={c} />
          <CommitteeFacts c={c} />
          <section className="section" aria-labelledby="mediation-claims">
            <h2 id="mediation-claims">{t('mediation.claims_title')}</h2>
            <ul>
              {c.claims.map((claim, index) => (
                <li key={index}>
                  {t(`mediation.claims.${claim.kind}`)}
                  {claim.amount !== undefined ? `：NT$ ${formatNumber(claim.amount)}` : ''}
                </li>
              ))}
            </ul>
            <p className="complaint-text">{c.summary}</p>
          </section>
          <Sessions c={c} canPrint={can('mediation.handle')} />
          <Payments c={c} canHandle={can('mediation.handle')} onDone={reload} />
          {can('mediation.assign') && c.route === 'mediator' && (c.status === 'received' || c.status === 'appointed') ? <AppointForm c={c} onDone={reload} /> : null}
          {can('mediation.assign') && c.route === 'committee' ? <CommitteeSteps c={c} onDone={reload} /> : null}
          {can('mediation.handle') && (c.status === 'appointed' || c.status === 'scheduled') ? <BookForm c={c} onDone={reload} /> : null}
          {can('mediation.handle') && c.status !== 'closed' ? <OutcomeForm c={c} onDone={reload} /> : null}
          {can('mediation.handle') && c.outcome ? (
            <section className="section" aria-labelledby="mediation-record">
              <h2 id="mediation-record">{t('mediation.record_title')}</h2>
              <p>{t('mediation.record_lead')}</p>
              <p className="button-row">
                {(['applicant', 'respondent'] as const).map((party) => (
                  <a key={party} href={recordUrl(c.id, party)} download>
                    {t('mediation.record_pdf', { party: t(`mediation.parties.${party}`) })}
                  </a>
                ))}
              </p>
            </section>
          ) : null}
          {can('mediation.handle') ? (
            <RevealSection
              title={t('mediation.parties_title')}
              queryKey={['mediation-parties', id]}
              reveal={(signal) => getParties(id, signal)}
              showLabel={t('mediation.parties_reveal')}
              warning={t('mediation.parties_warning')}
              loggedNotice={t('mediation.parties_logged')}
              render={(answer: { items: Party[] }) => (
                <>
                  {answer.items.map((p) => (
                    <SummaryList
                      key={p.role}
                      items={[
                        { label: t(`mediation.parties.${p.role}`), value: p.name },
                        { label: t('mediation.party_id'), value: p.idNumber ?? none },
                        { label: t('mediation.party_phone'), value: p.phone ?? none },
                        { label: t('mediation.party_email'), value: p.email ?? none },
                      ]}
                    />
                  ))}
                </>
              )}
            />
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
