import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../app/api-client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import {
  careerJsonHref,
  careerPdfHref,
  type CareerEntry,
  createShare,
  getAccountSession,
  getCareerRecord,
  getShares,
  revokeShare,
  type Share,
  type ShareCreated,
  setEntryHidden,
} from './api.ts';
import { AddEntryForm } from './add-entry-form.tsx';
import { EntryDetails } from './entry-details.tsx';
import { InviteEvaluation } from './invite-evaluation.tsx';
import './career-record.css';

/**
 * The worker's own 工作卡: every entry (hidden ones marked), hiding and showing them, the PDF and the JSON,
 * and links for a prospective employer that expire, can be revoked, and show each time they were opened.
 */
export function CareerRecordPage() {
  const { t } = useI18n();
  const session = useQuery({ queryKey: ['account-session'], queryFn: ({ signal }) => getAccountSession(signal), retry: false });
  const record = useQuery({ queryKey: ['career-record'], queryFn: ({ signal }) => getCareerRecord(signal), enabled: session.isSuccess, retry: false });
  const signedOut = session.error instanceof ApiError && session.error.status === 401;
  return (
    <Page title={t('career.page.title')} siteName={t('common.site_name')} lead={<p>{t('career.page.lead')}</p>}>
      {signedOut ? (
        <Alert tone="info">
          {t('career.page.sign_in')} <Link href={`/account/sign-in?next=${encodeURIComponent('/me/career-record')}`}>{t('public-account.sign_in.title')}</Link>
        </Alert>
      ) : (
        <ProblemAlert error={session.error ?? record.error} />
      )}
      {session.isPending || (session.isSuccess && record.isPending) ? <Loading label={t('common.loading')} /> : null}
      {record.data && session.data ? (
        <>
          <Entries entries={record.data.entries} csrfToken={session.data.csrfToken} />
          <p className="button-row">
            <a className="button button--secondary" href={careerPdfHref} download>
              {t('career.page.pdf')}
            </a>
            <a className="button button--secondary" href={careerJsonHref} download>
              {t('career.page.json')}
            </a>
          </p>
          <AddEntryForm csrfToken={session.data.csrfToken} />
          <Shares csrfToken={session.data.csrfToken} />
          <InviteEvaluation csrfToken={session.data.csrfToken} />
        </>
      ) : null}
    </Page>
  );
}

function Entries({ entries, csrfToken }: { entries: CareerEntry[]; csrfToken: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const toggle = useMutation({
    mutationFn: (e: CareerEntry) => setEntryHidden(e.id, !e.hidden, csrfToken),
    onSuccess: () => client.invalidateQueries({ queryKey: ['career-record'] }),
  });
  const columns: Column<CareerEntry>[] = [
    { key: 'kind', header: t('career.fields.kind'), render: (e) => t(`career.kind.${e.kind}`) },
    { key: 'entry', header: t('career.fields.entry'), render: (e) => <EntryDetails entry={e} /> },
    { key: 'verification', header: t('career.fields.verification'), render: (e) => t(`career.verification.${e.verification}`) },
    {
      key: 'shown',
      header: t('career.fields.shown'),
      render: (e) => (
        <Button variant="secondary" disabled={toggle.isPending} onClick={() => toggle.mutate(e)}>
          {e.hidden ? t('career.page.show', { title: e.title }) : t('career.page.hide', { title: e.title })}
        </Button>
      ),
    },
  ];
  return (
    <section className="section" aria-labelledby="career-entries">
      <h2 id="career-entries">{t('career.page.entries')}</h2>
      <ProblemAlert error={toggle.error} />
      <DataTable caption={t('career.page.entries_caption')} columns={columns} rows={entries} rowKey={(e) => e.id} empty={t('career.page.no_entries')} />
    </section>
  );
}

function Shares({ csrfToken }: { csrfToken: string }) {
  const { t, formatDateTime } = useI18n();
  const client = useQueryClient();
  const [days, setDays] = useState('14');
  const [created, setCreated] = useState<ShareCreated>();
  const shares = useQuery({ queryKey: ['career-shares'], queryFn: ({ signal }) => getShares(signal) });
  const create = useMutation({
    mutationFn: () => createShare(Number(days), csrfToken),
    onSuccess: async (result) => {
      setCreated(result);
      await client.invalidateQueries({ queryKey: ['career-shares'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => revokeShare(id, csrfToken),
    onSuccess: () => client.invalidateQueries({ queryKey: ['career-shares'] }),
  });
  const state = (s: Share) => (s.revokedAt ? t('career.share.revoked') : new Date(s.expiresAt).getTime() <= Date.now() ? t('career.share.expired') : t('career.share.active'));
  const columns: Column<Share>[] = [
    { key: 'created', header: t('career.share.created'), render: (s) => formatDateTime(s.createdAt) },
    { key: 'expires', header: t('career.share.expires'), render: (s) => formatDateTime(s.expiresAt) },
    { key: 'state', header: t('career.share.state'), render: state },
    { key: 'openings', header: t('career.share.openings'), render: (s) => (s.openings.length ? s.openings.map(formatDateTime).join('、') : t('career.share.never')) },
    {
      key: 'revoke',
      header: t('career.share.actions'),
      render: (s) =>
        s.revokedAt ? null : (
          <Button variant="danger" disabled={revoke.isPending} onClick={() => revoke.mutate(s.id)}>
            {t('career.share.revoke')}
          </Button>
        ),
    },
  ];
  return (
    <section className="section" aria-labelledby="career-shares">
      <h2 id="career-shares">{t('career.share.title')}</h2>
      <p>{t('career.share.lead')}</p>
      <form
        className="form form--narrow"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <SelectField
          label={t('career.share.days')}
          name="days"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          options={['1', '7', '14', '30'].map((d) => ({ value: d, label: t('career.share.days_option', { days: d }) }))}
        />
        <div className="button-row">
          <Button type="submit" disabled={create.isPending}>
            {t('career.share.create')}
          </Button>
        </div>
      </form>
      <ProblemAlert error={create.error ?? revoke.error ?? shares.error} />
      {created ? (
        <div role="status" className="career-link">
          <TextField label={t('career.share.link')} hint={t('career.share.link_hint', { time: formatDateTime(created.expiresAt) })} value={created.url} readOnly name="share-url" />
        </div>
      ) : null}
      {shares.data ? (
        <DataTable caption={t('career.share.caption')} columns={columns} rows={shares.data.items} rowKey={(s) => s.id} empty={t('career.share.none')} />
      ) : null}
    </section>
  );
}
