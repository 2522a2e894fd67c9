/**
 * What the Q&A and news editors share: the page (back link, saved notice, loading the record), the
 * publication box (status, publish / take down) and one section per language for the translated texts.
 * Each editor brings only its own fields and its API calls.
 */
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { locales } from '../../../../src/shared/i18n/locales.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { FormText, FormTextArea, KitForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import type { StatusResult } from './api.ts';
import { StatusPill } from './staff-qa-list-page.tsx';
import './content.css';

type Versioned = { id: string; status: 'draft' | 'published'; updatedAt: string };

/** Texts left empty in an optional language mean "not translated yet"; zh-TW, the source, is always sent. */
export function translationsToSend<Text extends Record<string, string>>(texts: Record<string, Text>): Record<string, Text> {
  return Object.fromEntries(
    Object.entries(texts).filter(([l, text]) => l === 'zh-TW' || Object.values(text).some((value) => value.trim())),
  );
}

export function PublicationBox({
  record,
  publicHref,
  setStatus,
  onChanged,
}: {
  record: Versioned;
  publicHref: string;
  setStatus: (id: string, action: 'publish' | 'unpublish', csrfToken: string) => Promise<StatusResult>;
  onChanged: (message: string) => void;
}) {
  const { t } = useI18n();
  const { can } = useSession();
  const { csrfToken } = useStaff();
  const [error, setError] = useState<unknown>();
  const [isBusy, setBusy] = useState(false);
  const change = async (action: 'publish' | 'unpublish') => {
    setBusy(true);
    setError(undefined);
    try {
      await setStatus(record.id, action, csrfToken);
      onChanged(action === 'publish' ? t('content.staff.published_done') : t('content.staff.unpublished_done'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="section" aria-labelledby="publication">
      <h2 id="publication">{t('content.staff.publication')}</h2>
      <ProblemAlert error={error} />
      <p>
        <StatusPill status={record.status} />{' '}
        {record.status === 'published' ? <Link href={publicHref}>{t('content.staff.view_public')}</Link> : t('content.staff.draft_help')}
      </p>
      {can('content.publish') ? (
        <div className="button-row">
          {record.status === 'draft' ? (
            <Button disabled={isBusy} onClick={() => void change('publish')}>
              {t('content.staff.publish')}
            </Button>
          ) : (
            <Button variant="secondary" disabled={isBusy} onClick={() => void change('unpublish')}>
              {t('content.staff.unpublish')}
            </Button>
          )}
        </div>
      ) : null}
    </section>
  );
}

/** One section per language with a one-line and a long text field, e.g. question + answer or title + body. */
export function TranslationSections<Values extends FieldValues>({
  form,
  short,
  long,
}: {
  form: UseFormReturn<Values, unknown, never> | UseFormReturn<Values, unknown, unknown>;
  short: { key: string; label: (language: string) => string };
  long: { key: string; label: (language: string) => string; rows: number };
}) {
  const { t } = useI18n();
  return locales.map((l) => {
    const language = t(`content.languages.${l}`);
    return (
      <section key={l} className="locale-section" aria-labelledby={`locale-${l}`}>
        <h2 id={`locale-${l}`}>
          {language} {l === 'zh-TW' ? t('content.staff.required') : t('content.staff.optional')}
        </h2>
        {l === 'zh-TW' ? null : <p className="field__hint">{t('content.staff.optional_help')}</p>}
        <FormText form={form} name={`translations.${l}.${short.key}` as Path<Values>} label={short.label(language)} />
        <FormTextArea
          form={form}
          name={`translations.${l}.${long.key}` as Path<Values>}
          label={long.label(language)}
          hint={t('content.staff.answer_hint')}
          rows={long.rows}
        />
      </section>
    );
  });
}

type ContentKind = 'qa' | 'news';

/** How one kind of content is read and written; the shell below does the rest. */
export type ContentApi<Row extends Versioned, Request> = {
  kind: ContentKind;
  load: (id: string, signal: AbortSignal) => Promise<Row>;
  create: (request: Request, csrfToken: string) => Promise<{ id: string }>;
  update: (id: string, request: Request, csrfToken: string) => Promise<unknown>;
  setStatus: (id: string, action: 'publish' | 'unpublish', csrfToken: string) => Promise<StatusResult>;
};

/**
 * The editor of one item: the publication box, then the form with the kind's own fields. Saving a new item
 * moves to its address (with `?saved=1` for the notice); saving an existing one reloads it.
 */
export function ContentEditor<Row extends Versioned, Values extends FieldValues, Request>({
  api,
  record,
  form,
  onChanged,
  texts,
  children,
}: {
  api: ContentApi<Row, Request>;
  record: Row | undefined;
  form: UseFormReturn<Values, unknown, Request>;
  onChanged: (message: string) => void;
  /** The per-language texts: a one-line field and a long one (question and answer, title and body). */
  texts: { short: { key: string; label: (language: string) => string }; long: { key: string; label: (language: string) => string; rows: number } };
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const save = async (request: Request) => {
    if (record) {
      await api.update(record.id, request, csrfToken);
      onChanged(t('content.staff.saved'));
    } else {
      const created = await api.create(request, csrfToken);
      navigate(`/staff/content/${api.kind}/${created.id}?saved=1`, { replace: true });
    }
  };
  return (
    <>
      {record ? <PublicationBox record={record} publicHref={`/${api.kind}/${record.id}`} setStatus={api.setStatus} onChanged={onChanged} /> : null}
      <KitForm form={form} label={t(`content.staff.${api.kind}_form`)} submitLabel={record ? t('content.staff.save') : t('content.staff.save_draft')} onSubmit={save}>
        {children}
        <TranslationSections form={form} short={texts.short} long={texts.long} />
      </KitForm>
    </>
  );
}

/** The editor page: loads the record (when editing), shows the saved notice, and remounts after a change. */
export function ContentEditPage<Row extends Versioned, Request>({
  id,
  api,
  editor,
}: {
  id: string | undefined;
  api: ContentApi<Row, Request>;
  editor: (record: Row | undefined, onChanged: (message: string) => void) => ReactNode;
}) {
  const { t } = useI18n();
  const { search } = useLocation();
  const [notice, setNotice] = useState(search.get('saved') ? t('content.staff.saved') : '');
  const record = useQuery({ queryKey: ['content-record', api.kind, id], queryFn: ({ signal }) => api.load(id ?? '', signal), enabled: Boolean(id) });
  const onChanged = (message: string) => {
    setNotice(message);
    void record.refetch();
  };
  const data = record.data;
  return (
    <Page title={id ? t(`content.staff.edit_${api.kind}`) : t(`content.staff.new_${api.kind}`)} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href={`/staff/content/${api.kind}`}>{t(`content.staff.back_${api.kind}`)}</Link>
      </p>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <ProblemAlert error={record.error} />
      {id && record.isPending ? <Loading label={t('common.loading')} /> : null}
      {data || !id ? <div key={data ? `${data.id}:${data.updatedAt}:${data.status}` : 'new'}>{editor(data, onChanged)}</div> : null}
    </Page>
  );
}
