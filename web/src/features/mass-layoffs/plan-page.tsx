/**
 * A plan on the staff side: the Art. 2 result, the deadlines with their articles, and the negotiation's steps
 * (the agreement, Art. 5 para. 1; the committee with its members, Arts. 5 para. 2 and 6 para. 1; its meetings,
 * Art. 6 para. 3; the close). Employers' data, nothing personal: nothing is masked.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { DetailPage, SummaryList } from '../../ui/detail-page.tsx';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { getPlan, type PlanDetail, planStep } from './api.ts';
import { Deadlines } from './plan-result.tsx';
import './mass-layoffs.css';

const names = (text: string) => text.split(/[,，、\n]/).map((n) => n.trim()).filter(Boolean);

function Steps({ plan }: { plan: PlanDetail }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const { can } = useSession();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>();
  const [date, setDate] = useState('');
  const [authority, setAuthority] = useState('');
  const [employerSide, setEmployerSide] = useState('');
  const [workerSide, setWorkerSide] = useState('');
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState('not_agreed');
  if (!can('mass-layoffs.write') || plan.closedOn) return null;
  const act = async (step: 'agreement' | 'committee' | 'meetings' | 'close', body: unknown) => {
    setError(undefined);
    try {
      const updated = await planStep(plan.id, step, body, csrfToken);
      client.setQueryData(['mass-layoff', plan.id], updated);
      setDate('');
      setSummary('');
    } catch (problem) {
      setError(problem);
    }
  };
  const members = [
    ...names(authority).map((name) => ({ side: 'authority', name })),
    ...names(employerSide).map((name) => ({ side: 'employer', name })),
    ...names(workerSide).map((name) => ({ side: 'workers', name })),
  ];
  return (
    <section aria-labelledby="plan-steps" className="section">
      <h2 id="plan-steps">{t('mass-layoffs.steps.title')}</h2>
      <ProblemAlert error={error} />
      <TextField label={t('mass-layoffs.steps.date')} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      {!plan.committeeConvenedOn ? (
        <>
          <Button variant="secondary" onClick={() => void act('agreement', { agreedOn: date })}>{t('mass-layoffs.steps.agreement')}</Button>
          <h3>{t('mass-layoffs.steps.committee_title')}</h3>
          <p>{t('mass-layoffs.steps.committee_lead')}</p>
          <TextField label={t('mass-layoffs.steps.authority')} value={authority} onChange={(e) => setAuthority(e.target.value)} />
          <TextField label={t('mass-layoffs.steps.employer_side')} hint={t('mass-layoffs.steps.names_hint')} value={employerSide} onChange={(e) => setEmployerSide(e.target.value)} />
          <TextField label={t('mass-layoffs.steps.worker_side')} hint={t('mass-layoffs.steps.names_hint')} value={workerSide} onChange={(e) => setWorkerSide(e.target.value)} />
          <Button onClick={() => void act('committee', { convenedOn: date, members })}>{t('mass-layoffs.steps.convene')}</Button>
        </>
      ) : (
        <>
          <TextAreaField label={t('mass-layoffs.steps.summary')} rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
          <Button variant="secondary" onClick={() => void act('meetings', { heldOn: date, summary })}>{t('mass-layoffs.steps.meeting')}</Button>
        </>
      )}
      <h3>{t('mass-layoffs.steps.close_title')}</h3>
      <SelectField
        label={t('mass-layoffs.steps.outcome')}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value)}
        options={(['agreed', 'not_agreed', 'withdrawn'] as const).map((o) => ({ value: o, label: t(`mass-layoffs.outcome.${o}`) }))}
      />
      <Button variant="secondary" onClick={() => void act('close', { closedOn: date, outcome })}>{t('mass-layoffs.steps.close')}</Button>
    </section>
  );
}

export function MassLayoffPlanPage({ id }: { id: string }) {
  const { t, formatPlainDate, formatNumber } = useI18n();
  const plan = useQuery({ queryKey: ['mass-layoff', id], queryFn: ({ signal }) => getPlan(id, signal) });
  const p = plan.data;
  return (
    <DetailPage title={p ? `${p.employerName}（${p.siteName}）` : t('mass-layoffs.staff.plan_title')} back={{ href: '/staff/mass-layoffs', label: t('mass-layoffs.staff.back') }}>
      <ProblemAlert error={plan.error} />
      {!p ? (
        plan.isPending ? <Loading label={t('common.loading')} /> : null
      ) : (
        <>
          <p data-testid="mass-result">{p.isMass ? t('mass-layoffs.result.mass_under', { article: p.article }) : t('mass-layoffs.result.not_mass_under', { article: p.article })}</p>
          <SummaryList
            items={[
              { label: t('mass-layoffs.fields.layoff_on'), value: formatPlainDate(p.layoffOn) },
              { label: t('mass-layoffs.fields.notice_on'), value: `${formatPlainDate(p.noticeOn)}（${t(`mass-layoffs.notice_short.${p.noticeStatus}`)}）` },
              { label: t('mass-layoffs.fields.site_headcount'), value: formatNumber(p.siteHeadcount) },
              { label: t('mass-layoffs.fields.planned'), value: formatNumber(p.plannedDismissals) },
              { label: t('mass-layoffs.fields.single_day'), value: formatNumber(p.singleDayMax) },
              { label: t('mass-layoffs.detail.categories'), value: p.categories.map((c) => `${c.category} ${formatNumber(c.count)}`).join('、') },
              { label: t('mass-layoffs.fields.reason'), value: p.reasons.map((r) => t(`mass-layoffs.reasons.${r}`)).join('、') },
              { label: t('mass-layoffs.fields.departments'), value: p.departments },
              { label: t('mass-layoffs.fields.selection'), value: p.selectionCriteria },
              { label: t('mass-layoffs.fields.severance'), value: p.severanceMethod },
              { label: t('mass-layoffs.detail.filed_by'), value: t(`mass-layoffs.detail.filed_${p.filedBy}`) },
              { label: t('mass-layoffs.detail.rules'), value: p.ruleSource },
            ]}
          />
          <section aria-labelledby="plan-deadlines" className="section">
            <h2 id="plan-deadlines">{t('mass-layoffs.detail.deadlines')}</h2>
            <Deadlines deadlines={p.deadlines} />
          </section>
          {p.members.length ? (
            <section aria-labelledby="plan-committee" className="section">
              <h2 id="plan-committee">{t('mass-layoffs.detail.committee', { date: p.committeeConvenedOn ? formatPlainDate(p.committeeConvenedOn) : '' })}</h2>
              <ul>
                {p.members.map((m) => (
                  <li key={m.id}>{t(`mass-layoffs.side.${m.side}`)}：{m.name}</li>
                ))}
              </ul>
              <h3>{t('mass-layoffs.detail.meetings')}</h3>
              <ul>
                {p.meetings.map((m) => (
                  <li key={m.id}>{formatPlainDate(m.heldOn)}：{m.summary}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {p.outcome ? <p>{t('mass-layoffs.detail.outcome', { outcome: t(`mass-layoffs.outcome.${p.outcome}`) })}</p> : null}
          <Steps plan={p} />
        </>
      )}
    </DetailPage>
  );
}
