import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { SummaryList } from '../../ui/detail-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { caseStep, type CaseRecord, getAccessLog, getCase } from './api.ts';
import { useUnitName } from './unit-name.ts';
import { CloseForm, ConsentForm, JobReferralForm, NoteForm, PlacementForm, PlanForm, ReferralForm, ShareNoteForm, TaskForm, TransferForm } from './case-forms.tsx';

type Task = CaseRecord['tasks'][number];

/**
 * One step's form at a time: the others are buttons that open theirs. Every form's fields are named as the
 * contract names them (two have a `reason`), so only one may be on the page, or their ids would clash.
 */
function StepSlot({ name, slotKey, label, open, onOpen, children }: { name: string; slotKey: string; label?: string; open: string | null; onOpen: (key: string) => void; children: ReactNode }) {
  const { t } = useI18n();
  if (open === slotKey) return <>{children}</>;
  return (
    <p>
      <Button variant="secondary" onClick={() => onOpen(slotKey)} aria-label={label}>
        {t(`cases.steps.${name}.title`)}
      </Button>
    </p>
  );
}

/** The access log, for supervisors: who read or changed the case, newest first. */
function AccessLog({ id }: { id: string }) {
  const { t, formatDateTime } = useI18n();
  const log = useQuery({ queryKey: ['case-access-log', id], queryFn: ({ signal }) => getAccessLog(id, signal) });
  return (
    <section className="section" aria-labelledby="case-access-log">
      <h2 id="case-access-log">{t('cases.access_log.title')}</h2>
      <p className="field__hint">{t('cases.access_log.hint')}</p>
      <ProblemAlert error={log.error} />
      {log.data ? (
        <DataTable
          caption={t('cases.access_log.caption', { total: log.data.total })}
          rows={log.data.items}
          rowKey={(e) => `${e.occurredAt}-${e.action}-${e.actorUsername ?? ''}`}
          empty={t('cases.access_log.empty')}
          columns={[
            { key: 'when', header: t('cases.access_log.when'), render: (e) => formatDateTime(e.occurredAt) },
            { key: 'who', header: t('cases.access_log.who'), render: (e) => e.actorUsername ?? '' },
            { key: 'what', header: t('cases.access_log.what'), render: (e) => t(`cases.actions.${e.action.replace('case.', '')}`) },
          ]}
        />
      ) : null}
    </section>
  );
}

function Tasks({ c, onDone }: { c: CaseRecord; onDone: (message: string) => void }) {
  const { t, formatPlainDate } = useI18n();
  const { csrfToken } = useStaff();
  const [error, setError] = useState<unknown>();
  const complete = async (task: Task, outcome: 'done' | 'employed' | 'not-employed') => {
    setError(undefined);
    try {
      await caseStep(c.id, `/tasks/${task.id}/done`, { outcome }, csrfToken);
      onDone(t('cases.tasks.done_message'));
    } catch (caught) {
      setError(caught);
    }
  };
  const title = (task: Task) => (task.followupMonths ? t('cases.tasks.followup', { months: task.followupMonths }) : task.title);
  return (
    <section className="section" aria-labelledby="case-tasks">
      <h2 id="case-tasks">{t('cases.tasks.title')}</h2>
      <ProblemAlert error={error} />
      <DataTable
        caption={t('cases.tasks.caption')}
        rows={c.tasks}
        rowKey={(task) => task.id}
        empty={t('cases.tasks.empty')}
        columns={[
          { key: 'task', header: t('cases.tasks.task'), render: title },
          { key: 'due', header: t('cases.tasks.due_on'), render: (task) => (task.overdue ? <strong>{t('cases.tasks.overdue', { date: formatPlainDate(task.dueOn) })}</strong> : formatPlainDate(task.dueOn)) },
          {
            key: 'state',
            header: t('cases.tasks.state'),
            render: (task) =>
              task.doneOn ? (
                t('cases.tasks.done_on', { date: formatPlainDate(task.doneOn), outcome: t(`cases.tasks.outcomes.${task.outcome ?? 'done'}`) })
              ) : c.allowed.write ? (
                <span className="button-row">
                  {task.followupMonths ? (
                    <>
                      <Button variant="secondary" onClick={() => void complete(task, 'employed')} aria-label={t('cases.tasks.employed_label', { task: title(task) })}>
                        {t('cases.tasks.outcomes.employed')}
                      </Button>
                      <Button variant="secondary" onClick={() => void complete(task, 'not-employed')} aria-label={t('cases.tasks.not_employed_label', { task: title(task) })}>
                        {t('cases.tasks.outcomes.not-employed')}
                      </Button>
                    </>
                  ) : (
                    <Button variant="secondary" onClick={() => void complete(task, 'done')} aria-label={t('cases.tasks.done_label', { task: title(task) })}>
                      {t('cases.tasks.mark_done')}
                    </Button>
                  )}
                </span>
              ) : (
                t('cases.tasks.open')
              ),
          },
        ]}
      />
    </section>
  );
}

export function CasePage({ id }: { id: string }) {
  const { t, formatPlainDate, formatDateTime } = useI18n();
  const query = useQuery({ queryKey: ['case', id], queryFn: ({ signal }) => getCase(id, signal) });
  const [done, setDone] = useState<string>();
  const [open, setOpen] = useState<string | null>(null);
  const c = query.data;
  const reload = (message: string) => {
    setDone(message);
    setOpen(null);
    void query.refetch();
  };
  const slot = (name: string, form: ReactNode, slotKey = name, label?: string) => (
    <StepSlot name={name} slotKey={slotKey} label={label} open={open} onOpen={(key) => { setDone(undefined); setOpen(key); }}>
      {form}
    </StepSlot>
  );
  const none = t('cases.none');
  const unitName = useUnitName();
  const { can } = useSession();
  return (
    <Page title={c ? t('cases.detail.title', { number: c.caseNumber }) : t('cases.detail.document_title')} documentTitle={t('cases.detail.document_title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/cases">{t('cases.back_to_list')}</Link>
      </p>
      <p className="field__hint">{t('cases.detail.logged')}</p>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ProblemAlert error={query.error} />
      {query.isLoading && !c ? <Loading label={t('common.loading')} /> : null}
      {c ? (
        <>
          <section className="section" aria-labelledby="case-facts">
            <h2 id="case-facts">{t('cases.detail.facts')}</h2>
            <SummaryList
              items={[
                { label: t('cases.columns.status'), value: <span data-testid="case-status">{t(`cases.statuses.${c.status}`)}</span> },
                { label: t('cases.columns.kind'), value: t(`cases.kinds.${c.kind}`) },
                { label: t('cases.columns.person'), value: can('people.read-full') ? <Link href={`/staff/people/${c.person.id}`}>{t('cases.detail.person_link', { name: c.person.name })}</Link> : c.person.name },
                { label: t('cases.fields.target_group'), value: c.targetGroups.length ? c.targetGroups.map((g) => t(`cases.groups.${g}`)).join('、') : none },
                { label: t('cases.columns.source'), value: c.sourceDetail ? `${t(`cases.sources.${c.source}`)}（${c.sourceDetail}）` : t(`cases.sources.${c.source}`) },
                { label: t('cases.columns.manager'), value: c.manager.name },
                { label: t('cases.detail.unit'), value: unitName(c.unit) },
                { label: t('cases.columns.opened_on'), value: formatPlainDate(c.openedOn) },
                { label: t('cases.placement.title'), value: c.placedOn ? t('cases.placement.line', { date: formatPlainDate(c.placedOn), employer: c.placementEmployer ?? '' }) : none },
                {
                  label: t('cases.closure.title'),
                  value: c.closedOn && c.closureReason ? t('cases.closure.line', { date: formatPlainDate(c.closedOn), reason: t(`cases.closure.reasons.${c.closureReason}`) }) : none,
                },
              ]}
            />
          </section>

          <section className="section" aria-labelledby="case-consents">
            <h2 id="case-consents">{t('cases.consent.title')}</h2>
            <p className="field__hint">{t('cases.consent.gate')}</p>
            {c.consents.length === 0 ? <p>{t('cases.consent.none')}</p> : null}
            <ul>
              {c.consents.map((consent) => (
                <li key={consent.id}>
                  {t('cases.consent.line', {
                    purpose: consent.purpose,
                    scope: consent.scope.map((s) => t(`cases.consent.scopes.${s}`)).join('、'),
                    given: formatPlainDate(consent.givenOn),
                    expires: formatPlainDate(consent.expiresOn),
                  })}{' '}
                  <strong>{consent.valid ? t('cases.consent.valid') : t('cases.consent.expired')}</strong>
                </li>
              ))}
            </ul>
            {c.allowed.write ? slot('consent', <ConsentForm c={c} onDone={reload} />) : null}
          </section>

          <section className="section" aria-labelledby="case-plan">
            <h2 id="case-plan">{t('cases.plan.title')}</h2>
            {c.plan.length === 0 ? <p>{t('cases.plan.empty')}</p> : null}
            <ul>
              {c.plan.map((item) => (
                <li key={item.id}>
                  {t('cases.plan.line', { kind: t(`cases.plan.kinds.${item.kind}`), description: item.description, status: t(`cases.plan.statuses.${item.status}`) })}
                  {item.dueOn ? ` ${t('cases.plan.due', { date: formatPlainDate(item.dueOn) })}` : ''}
                  {item.programApplication ? ` ${t('cases.plan.application', { status: t(`cases.plan.application_status.${item.programApplication.status}`) })}` : ''}
                </li>
              ))}
            </ul>
            {c.allowed.write ? (
              <>
                {slot('plan', <PlanForm c={c} onDone={reload} />)}
                {slot('job_referral', <JobReferralForm c={c} onDone={reload} />)}
              </>
            ) : null}
          </section>

          <section className="section" aria-labelledby="case-referrals">
            <h2 id="case-referrals">{t('cases.referral.title')}</h2>
            {c.disclosures.length === 0 ? <p>{t('cases.referral.empty')}</p> : null}
            <ul>
              {c.disclosures.map((d) => (
                <li key={d.id}>
                  {t(`cases.referral.line_${d.kind}`, { organisation: d.organisation, reason: d.reason, when: formatDateTime(d.createdAt) })}{' '}
                  {d.basis === 'override' ? t('cases.referral.override_line', { reason: d.overrideReason ?? '' }) : t('cases.referral.consent_line')}
                </li>
              ))}
            </ul>
            {c.allowed.write ? slot('referral', <ReferralForm c={c} onDone={reload} />) : null}
          </section>

          <section className="section" aria-labelledby="case-notes">
            <h2 id="case-notes">{t('cases.notes.title')}</h2>
            {c.confidentialNotesHidden > 0 ? <p className="field__hint">{t('cases.notes.hidden', { count: c.confidentialNotesHidden })}</p> : null}
            {c.notes.length === 0 ? <p>{t('cases.notes.empty')}</p> : null}
            <ul>
              {c.notes.map((note) => (
                <li key={note.id}>
                  <p>
                    {note.confidential ? <strong>{t('cases.notes.confidential_badge')} </strong> : null}
                    {t('cases.notes.meta', { author: note.authorName, when: formatDateTime(note.createdAt) })}
                  </p>
                  <p className="complaint-text">{note.body}</p>
                  {c.allowed.write
                    ? slot('share_note', <ShareNoteForm c={c} noteId={note.id} onDone={reload} />, `share-${note.id}`, t('cases.notes.share_label', { author: note.authorName, when: formatDateTime(note.createdAt) }))
                    : null}
                </li>
              ))}
            </ul>
            {c.allowed.write || (c.status === 'closed' && c.allowed.readConfidential) ? slot('note', <NoteForm c={c} onDone={reload} />) : null}
          </section>

          <Tasks c={c} onDone={reload} />
          {c.allowed.write ? (
            <>
              {slot('task', <TaskForm c={c} onDone={reload} />)}
              {c.placedOn ? null : slot('placement', <PlacementForm c={c} onDone={reload} />)}
            </>
          ) : null}

          <section className="section" aria-labelledby="case-transfers">
            <h2 id="case-transfers">{t('cases.transfers.title')}</h2>
            {c.transfers.length === 0 ? <p>{t('cases.transfers.empty')}</p> : null}
            <ul>
              {c.transfers.map((x) => (
                <li key={x.id}>
                  {t('cases.transfers.line', { from: x.fromManagerName, to: x.toManagerName, unit: unitName(x.toUnit), reason: x.reason, status: t(`cases.transfers.statuses.${x.status}`) })}
                  {x.answerReason ? `：${x.answerReason}` : ''}
                </li>
              ))}
            </ul>
            {c.allowed.write && !c.transfers.some((x) => x.status === 'pending') ? slot('transfer', <TransferForm c={c} onDone={reload} />) : null}
          </section>

          {c.allowed.write ? slot('close', <CloseForm c={c} onDone={reload} />) : null}
          {c.allowed.supervise ? <AccessLog id={c.id} /> : null}
        </>
      ) : null}
    </Page>
  );
}
