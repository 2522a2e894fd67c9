import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { apiRequest } from '../../app/api-client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSiteName } from './site-name.ts';

type Group = { key: string; cases: number; claimed: number; agreed: number };
type Statistics = {
  cases: number;
  claimed: number;
  agreed: number;
  bySite: Group[];
  byRoute: Group[];
  byDisputeType: Group[];
  byOutcome: Group[];
  byClaimKind: { kind: string; claims: number; claimed: number }[];
  deadlines: { kind: string; article: string; metInTime: number; metLate: number; overdue: number; averageDays: number | null }[];
};

/** Today in Taipei, and the first day of its month: the default period. */
function thisMonth(): { from: string; to: string } {
  const to = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return { from: `${to.slice(0, 8)}01`, to };
}

function GroupTable({ id, title, groups, label }: { id: string; title: string; groups: Group[]; label: (key: string) => string }) {
  const { t, formatNumber } = useI18n();
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col">{t('mediation.stats.cases')}</th>
              <th scope="col">{t('mediation.stats.claimed')}</th>
              <th scope="col">{t('mediation.stats.agreed')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key}>
                <th scope="row">{label(g.key)}</th>
                <td>{formatNumber(g.cases)}</td>
                <td>{formatNumber(g.claimed)}</td>
                <td>{formatNumber(g.agreed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Statistics of the cases received in a period, in the caller's scope (their site, or the city). */
export function MediationStatisticsPage() {
  const { t, formatNumber } = useI18n();
  const siteName = useSiteName();
  const [draft, setDraft] = useState(thisMonth);
  const [period, setPeriod] = useState(draft);
  const query = useQuery({
    queryKey: ['mediation-statistics', period],
    queryFn: ({ signal }) => apiRequest<Statistics>(`/api/v1/staff/mediation-statistics?from=${period.from}&to=${period.to}`, { signal }),
  });
  const s = query.data;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPeriod(draft);
  };
  return (
    <Page title={t('mediation.stats.title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/mediation">{t('mediation.back_to_list')}</Link>
      </p>
      <p>{t('mediation.stats.lead')}</p>
      <form className="form form--narrow" onSubmit={submit} aria-label={t('mediation.stats.period')}>
        <TextField label={t('mediation.stats.from')} type="date" name="from" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <TextField label={t('mediation.stats.to')} type="date" name="to" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        <Button type="submit">{t('mediation.stats.show')}</Button>
      </form>
      <ProblemAlert error={query.error} />
      {query.isLoading ? <Loading label={t('common.loading')} /> : null}
      {s ? (
        <>
          <p data-testid="stats-total">{t('mediation.stats.total', { cases: formatNumber(s.cases), claimed: formatNumber(s.claimed), agreed: formatNumber(s.agreed) })}</p>
          <GroupTable id="stats-site" title={t('mediation.columns.site')} groups={s.bySite} label={siteName} />
          <GroupTable id="stats-route" title={t('mediation.route')} groups={s.byRoute} label={(k) => t(`mediation.routes.${k}`)} />
          <GroupTable id="stats-dispute" title={t('mediation.dispute_type')} groups={s.byDisputeType} label={(k) => t(`mediation.dispute_types.${k}`)} />
          <GroupTable id="stats-outcome" title={t('mediation.outcome')} groups={s.byOutcome} label={(k) => (k === 'open' ? t('mediation.stats.open') : t(`mediation.outcomes.${k}`))} />
          <section className="section" aria-labelledby="stats-claims">
            <h2 id="stats-claims">{t('mediation.claims_title')}</h2>
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('mediation.claims_title')}</th>
                    <th scope="col">{t('mediation.stats.claims')}</th>
                    <th scope="col">{t('mediation.stats.claimed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.byClaimKind.map((c) => (
                    <tr key={c.kind}>
                      <th scope="row">{t(`mediation.claims.${c.kind}`)}</th>
                      <td>{formatNumber(c.claims)}</td>
                      <td>{formatNumber(c.claimed)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className="section" aria-labelledby="stats-deadlines">
            <h2 id="stats-deadlines">{t('mediation.deadlines_title')}</h2>
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('mediation.deadline')}</th>
                    <th scope="col">{t('mediation.article')}</th>
                    <th scope="col">{t('mediation.stats.met_in_time')}</th>
                    <th scope="col">{t('mediation.stats.met_late')}</th>
                    <th scope="col">{t('mediation.overdue')}</th>
                    <th scope="col">{t('mediation.stats.average_days')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.deadlines.map((d) => (
                    <tr key={d.kind}>
                      <th scope="row">{t(`mediation.deadlines.${d.kind}`)}</th>
                      <td>{d.article}</td>
                      <td>{formatNumber(d.metInTime)}</td>
                      <td>{formatNumber(d.metLate)}</td>
                      <td>{formatNumber(d.overdue)}</td>
                      <td>{d.averageDays === null ? '—' : formatNumber(d.averageDays)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      ) : null}
    </Page>
  );
}
