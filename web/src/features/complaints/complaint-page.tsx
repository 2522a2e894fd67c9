import { useState } from 'react';
import { assignRequest, replyOutcomes, type ReplyOutcome, transitionRequest } from '../../../../src/modules/complaints/complaints.contract.ts';
import { nativeLanguageNames } from '../settings/language-select.tsx';
import type { ComplaintAction } from '../../../../src/modules/complaints/complaints.workflow.ts';
import { Link } from '../../app/router.tsx';
import { RevealSection, SummaryList } from '../../ui/detail-page.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import {
  assignComplaint,
  attachmentUrl,
  type ComplaintDetail,
  type ComplaintIdentity,
  getComplaint,
  getEmployerNotice,
  listInspectors,
  revealIdentity,
  transitionComplaint,
} from './api.ts';
import { EventTimeline } from './complaint-fields.tsx';
import { NotificationsPanel } from '../notifications/notifications-panel.tsx';
import './complaints.css';

function AssignForm({ complaint, onDone }: { complaint: ComplaintDetail; onDone: () => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const inspectors = useQuery({ queryKey: ['complaint-inspectors'], queryFn: ({ signal }) => listInspectors(signal) });
  const form = useContractForm<{ inspectorId: string }, typeof assignRequest>({
    schema: assignRequest,
    defaultValues: { inspectorId: complaint.assignedTo?.id ?? '' },
  });
  return (
    <section className="section" aria-labelledby="complaint-assign">
      <h2 id="complaint-assign">{t('complaints.staff.assign_title')}</h2>
      <ProblemAlert error={inspectors.error} />
      <KitForm
        form={form}
        className="form--narrow"
        label={t('complaints.staff.assign_title')}
        submitLabel={t('complaints.staff.assign_submit')}
        onSubmit={async (request) => {
          await assignComplaint(complaint.id, request.inspectorId, csrfToken);
          onDone();
        }}
      >
        <FormSelect
          form={form}
          name="inspectorId"
          label={t('complaints.staff.assign_inspector')}
          options={[
            { value: '', label: t('complaints.staff.assign_choose') },
            ...(inspectors.data?.items ?? []).map((i) => ({ value: i.id, label: i.displayName })),
          ]}
        />
      </KitForm>
    </section>
  );
}

type ActionValues = { action: ComplaintAction; outcome: ReplyOutcome | ''; message: string; authority: string };

function ActionForm({ complaint, onDone }: { complaint: ComplaintDetail; onDone: (status: string) => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<ActionValues, typeof transitionRequest>({
    schema: transitionRequest,
    defaultValues: { action: complaint.can.actions[0] ?? 'investigate', outcome: '', message: '', authority: '' },
    toRequest: (v) => ({
      action: v.action,
      ...(v.action === 'reply' && v.outcome ? { outcome: v.outcome } : {}),
      ...(v.message.trim() ? { message: v.message.trim() } : {}),
      ...(v.action === 'transfer' && v.authority.trim() ? { authority: v.authority.trim() } : {}),
    }),
  });
  const action = form.watch('action');
  return (
    <section className="section" aria-labelledby="complaint-actions">
      <h2 id="complaint-actions">{t('complaints.staff.actions_title')}</h2>
      <KitForm
        form={form}
        label={t('complaints.staff.actions_title')}
        submitLabel={t('complaints.staff.action_submit')}
        onSubmit={async (request) => {
          const result = await transitionComplaint(complaint.id, request, csrfToken);
          form.reset({ action: form.getValues('action'), outcome: '', message: '', authority: '' });
          onDone(result.status);
        }}
      >
        <FormSelect
          form={form}
          name="action"
          label={t('complaints.staff.action')}
          options={complaint.can.actions.map((a) => ({ value: a, label: t(`complaints.staff.actions.${a}`) }))}
        />
        {action === 'reply' ? (
          <FormSelect
            form={form}
            name="outcome"
            label={t('complaints.staff.outcome')}
            hint={t('complaints.staff.outcome_hint')}
            options={[
              { value: '', label: t('complaints.staff.outcome_choose') },
              ...replyOutcomes.map((o) => ({ value: o, label: t(`complaints.outcomes.${o}`) })),
            ]}
          />
        ) : null}
        <FormTextArea form={form} name="message" label={t('complaints.staff.message')} hint={t('complaints.staff.message_hint')} rows={5} />
        {action === 'transfer' ? <FormText form={form} name="authority" label={t('complaints.staff.authority')} /> : null}
      </KitForm>
    </section>
  );
}

function EmployerNotice({ id }: { id: string }) {
  const { t } = useI18n();
  const [text, setText] = useState<string>();
  const [error, setError] = useState<unknown>();
  const generate = async () => {
    setError(undefined);
    try {
      setText((await getEmployerNotice(id)).text);
    } catch (problem) {
      setError(problem);
    }
  };
  return (
    <section className="section" aria-labelledby="complaint-notice">
      <h2 id="complaint-notice">{t('complaints.staff.notice_title')}</h2>
      <p className="field__hint">{t('complaints.staff.notice_hint')}</p>
      <div className="button-row">
        <Button variant="secondary" onClick={() => void generate()}>
          {t('complaints.staff.notice_generate')}
        </Button>
        <Link className="button button--secondary" href={`/staff/complaints/${id}/notice`}>
          {t('complaints.staff.notice_print')}
        </Link>
      </div>
      <ProblemAlert error={error} />
      {text ? <pre className="notice-text">{text}</pre> : null}
    </section>
  );
}

/** The sealed identity: shown only after an explicit request, which the server writes to the audit trail. */
function IdentityPanel({ id }: { id: string }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const none = t('complaints.staff.none');
  return (
    <RevealSection
        title={t('complaints.staff.identity_title')}
        queryKey={['complaint-identity', id]}
        reveal={() => revealIdentity(id, csrfToken)}
        showLabel={t('complaints.staff.identity_reveal')}
        warning={t('complaints.staff.identity_warning')}
        loggedNotice={t('complaints.staff.identity_logged')}
        render={(identity: ComplaintIdentity) =>
          identity.anonymous ? (
            <p>{t('complaints.staff.identity_anonymous')}</p>
          ) : (
            <SummaryList
              items={[
                { label: t('complaints.staff.identity_name'), value: identity.name },
                { label: t('complaints.staff.identity_phone'), value: identity.phone ?? none },
                { label: t('complaints.staff.identity_email'), value: identity.email ?? none },
                { label: t('complaints.staff.identity_id_number'), value: identity.idNumber ?? none },
              ]}
            />
          )
        }
      />
  );
}

function formatSize(bytes: number, formatNumber: (n: number) => string): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB` : `${formatNumber(Math.ceil(bytes / 1024))} KB`;
}

/** One complaint for staff: facts, evidence, history and the steps the caller may take. Never the complainant. */
export function ComplaintPage({ id }: { id: string }) {
  const { t, formatDateTime, formatPlainDate, formatNumber } = useI18n();
  const districtName = useDistrictName();
  const complaint = useQuery({ queryKey: ['complaint-page', 2, id], queryFn: ({ signal }) => getComplaint(id, signal) });
  const [done, setDone] = useState<string>();
  const c = complaint.data;
  const none = t('complaints.staff.none');
  const reload = (message: string) => {
    setDone(message);
    complaint.refetch();
  };
  return (
    <Page
      title={c ? t('complaints.staff.detail_title', { code: c.trackingCode }) : t('complaints.staff.detail_document_title')}
      documentTitle={t('complaints.staff.detail_document_title')}
      siteName={t('staff-auth.site_name')}
    >
      <p>
        <Link href="/staff/complaints">{t('complaints.staff.back_to_list')}</Link>
      </p>
      <Alert tone="info">{t('complaints.staff.sealed_notice')}</Alert>
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ProblemAlert error={complaint.error} />
      {complaint.isLoading && !c ? <Loading label={t('common.loading')} /> : null}
      {c ? (
        <>
          <section className="section" aria-labelledby="complaint-facts">
            <h2 id="complaint-facts">{t('complaints.staff.facts_title')}</h2>
            <dl className="summary">
              <dt>{t('complaints.staff.columns.status')}</dt>
              <dd data-testid="complaint-status">{t(`complaints.statuses.${c.status}`)}</dd>
              <dt>{t('complaints.staff.columns.employer')}</dt>
              <dd>{c.employerName}</dd>
              <dt>{t('complaints.staff.employer_ubn')}</dt>
              <dd>{c.employerUbn ?? none}</dd>
              <dt>{t('complaints.staff.columns.district')}</dt>
              <dd>{districtName(c.districtCode)}</dd>
              <dt>{t('complaints.staff.locale')}</dt>
              <dd data-testid="complaint-locale" lang={c.locale === 'zh-TW' ? 'zh-Hant-TW' : c.locale}>
                {nativeLanguageNames[c.locale]}
              </dd>
              <dt>{t('complaints.staff.columns.law')}</dt>
              <dd>{t(`complaints.laws.${c.law}`)}</dd>
              <dt>{t('complaints.staff.columns.received_at')}</dt>
              <dd>{formatDateTime(c.receivedAt)}</dd>
              <dt>{t('complaints.staff.columns.notice_due')}</dt>
              <dd>{formatPlainDate(c.noticeDueOn)}</dd>
              <dt>{t('complaints.staff.columns.reply_due')}</dt>
              <dd>{formatPlainDate(c.replyDueOn)}</dd>
              <dt>{t('complaints.staff.columns.assignee')}</dt>
              <dd>{c.assignedTo?.displayName ?? t('complaints.staff.unassigned')}</dd>
              <dt>{t('complaints.staff.columns.overdue')}</dt>
              <dd>{c.overdue.length ? c.overdue.map((d) => t(`complaints.deadlines.${d}`)).join(t('common.list_separator')) : none}</dd>
              {c.transferredTo ? (
                <>
                  <dt>{t('complaints.staff.transferred_to')}</dt>
                  <dd>{c.transferredTo}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <section className="section" aria-labelledby="complaint-description">
            <h2 id="complaint-description">{t('complaints.staff.description_title')}</h2>
            {c.redacted ? <p className="notice">{t('complaints.staff.description_redacted')}</p> : <p className="complaint-text">{c.description}</p>}
          </section>
          <section className="section" aria-labelledby="complaint-attachments">
            <h2 id="complaint-attachments">{t('complaints.staff.attachments_title')}</h2>
            {c.attachmentCount === 0 ? <p>{t('complaints.staff.attachments_none')}</p> : null}
            {c.redacted && c.attachmentCount > 0 ? <p className="notice">{t('complaints.staff.attachments_redacted', { count: c.attachmentCount })}</p> : null}
            {c.attachments.length > 0 && !c.can.downloadAttachments ? <p className="notice">{t('complaints.staff.attachments_assigned_only')}</p> : null}
            {c.attachments.length > 0 ? (
              <ul className="attachment-list">
                {c.attachments.map((a) => {
                  const label = t('complaints.staff.download', { file: a.fileName, size: formatSize(a.byteSize, formatNumber) });
                  if (!c.can.downloadAttachments) return <li key={a.id}>{label}</li>;
                  if (a.formulaCells === 0) {
                    return (
                      <li key={a.id}>
                        <a href={attachmentUrl(c.id, a.id)} download={a.fileName}>{label}</a>
                      </li>
                    );
                  }
                  // Formulas in CSV evidence run when opened in a spreadsheet (issue 16, finding 10): warn first.
                  return (
                    <li key={a.id}>
                      <p className="notice" id={`formula-${a.id}`}>{t('complaints.staff.formula_warning', { file: a.fileName, count: a.formulaCells })}</p>
                      <a href={attachmentUrl(c.id, a.id, 'neutralised')} download aria-describedby={`formula-${a.id}`}>
                        {t('complaints.staff.download_neutralised', { file: a.fileName })}
                      </a>{' '}
                      <a href={attachmentUrl(c.id, a.id)} download={a.fileName} aria-describedby={`formula-${a.id}`}>
                        {t('complaints.staff.download_original', { file: a.fileName })}
                      </a>
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </section>
          <section className="section" aria-labelledby="complaint-history">
            <h2 id="complaint-history">{t('complaints.staff.history_title')}</h2>
            <EventTimeline events={c.events} audience="staff" />
            {c.events.some((event) => event.kind === 'replied') ? (
              <p>
                <a href={`/api/v1/staff/complaints/${encodeURIComponent(c.id)}/reply.pdf`} download>
                  {t('complaints.staff.reply_pdf')}
                </a>
              </p>
            ) : null}
          </section>
          <NotificationsPanel recordType="complaint" recordId={c.id} />
          {c.can.assign ? <AssignForm complaint={c} onDone={() => reload(t('complaints.staff.assigned_done'))} /> : null}
          {c.can.actions.length ? (
            <ActionForm
              key={c.status}
              complaint={c}
              onDone={(status) => reload(t('complaints.staff.action_done', { status: t(`complaints.statuses.${status}`) }))}
            />
          ) : null}
          {c.can.downloadAttachments ? <EmployerNotice id={c.id} /> : null}
          {c.can.revealIdentity ? <IdentityPanel id={c.id} /> : null}
        </>
      ) : null}
    </Page>
  );
}
