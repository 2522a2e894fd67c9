import { type FormEvent, useState } from 'react';
import { locales, type Locale } from '../../../../src/shared/i18n/locales.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { createQa, getStaffQa, lawCodes, lawNames, type QaStaffRecord, type QaWrite, qaCategories, setQaStatus, updateQa } from './api.ts';
import type { LawCode } from '../../../../src/modules/content/content.laws.ts';
import { TextAreaField } from '../../ui/form-field.tsx';
import { issuesByPath } from './content-ui.tsx';
import { StatusPill } from './staff-qa-list-page.tsx';
import './content.css';

type BasisRow = { law: string; article: string; paragraph: string };
type Texts = Record<Locale, { question: string; answer: string }>;
type FormState = { category: string; sortOrder: string; basis: BasisRow[]; texts: Texts };

const emptyTexts = (): Texts =>
  Object.fromEntries(locales.map((l) => [l, { question: '', answer: '' }])) as Texts;

function fromRecord(record: QaStaffRecord | undefined): FormState {
  const texts = emptyTexts();
  for (const l of locales) {
    const text = record?.translations[l];
    if (text) texts[l] = { ...text };
  }
  return {
    category: record?.category ?? 'wages',
    sortOrder: String(record?.sortOrder ?? 1000),
    basis: record?.legalBasis.map((b) => ({ law: b.law, article: b.article, paragraph: b.paragraph ? String(b.paragraph) : '' })) ?? [
      { law: 'LSA', article: '', paragraph: '' },
    ],
    texts,
  };
}

function toRequest(form: FormState): QaWrite {
  const translations: Record<string, { question: string; answer: string }> = {};
  for (const l of locales) {
    const text = form.texts[l];
    // An optional language left empty means "not translated yet"; the source language is always sent.
    if (l === 'zh-TW' || text.question.trim() || text.answer.trim()) translations[l] = text;
  }
  return {
    category: form.category as QaWrite['category'],
    sortOrder: Number(form.sortOrder),
    legalBasis: form.basis
      .filter((b) => b.article.trim())
      .map((b) => ({
        law: b.law as LawCode,
        article: b.article.trim(),
        ...(b.paragraph ? { paragraph: Number(b.paragraph) } : {}),
      })),
    translations: translations as QaWrite['translations'],
  };
}

function QaEditor({ record, onChanged }: { record: QaStaffRecord | undefined; onChanged: (message: string) => void }) {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  const { can } = useSession();
  const [form, setForm] = useState<FormState>(() => fromRecord(record));
  const [outcome, setOutcome] = useState<{ error?: unknown }>({});
  const [isBusy, setBusy] = useState(false);
  const issues = issuesByPath(outcome.error);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setOutcome({});
    try {
      if (record) {
        await updateQa(record.id, toRequest(form), csrfToken);
        onChanged(t('content.staff.saved'));
      } else {
        const created = await createQa(toRequest(form), csrfToken);
        navigate(`/staff/content/qa/${created.id}?saved=1`, { replace: true });
      }
    } catch (error) {
      setOutcome({ error });
    } finally {
      setBusy(false);
    }
  };
  const changeStatus = async (action: 'publish' | 'unpublish') => {
    if (!record) return;
    setBusy(true);
    setOutcome({});
    try {
      await setQaStatus(record.id, action, csrfToken);
      onChanged(action === 'publish' ? t('content.staff.published_done') : t('content.staff.unpublished_done'));
    } catch (error) {
      setOutcome({ error });
    } finally {
      setBusy(false);
    }
  };
  const setBasis = (index: number, patch: Partial<BasisRow>) =>
    setForm({ ...form, basis: form.basis.map((b, i) => (i === index ? { ...b, ...patch } : b)) });
  const setText = (l: Locale, patch: Partial<{ question: string; answer: string }>) =>
    setForm({ ...form, texts: { ...form.texts, [l]: { ...form.texts[l], ...patch } } });

  return (
    <>
      <ProblemAlert error={outcome.error} />
      {record ? (
        <section className="section" aria-labelledby="qa-status">
          <h2 id="qa-status">{t('content.staff.publication')}</h2>
          <p>
            <StatusPill status={record.status} />{' '}
            {record.status === 'published' ? <Link href={`/qa/${record.id}`}>{t('content.staff.view_public')}</Link> : t('content.staff.draft_help')}
          </p>
          {can('content.publish') ? (
            <div className="button-row">
              {record.status === 'draft' ? (
                <Button disabled={isBusy} onClick={() => void changeStatus('publish')}>
                  {t('content.staff.publish')}
                </Button>
              ) : (
                <Button variant="secondary" disabled={isBusy} onClick={() => void changeStatus('unpublish')}>
                  {t('content.staff.unpublish')}
                </Button>
              )}
            </div>
          ) : null}
        </section>
      ) : null}
      <form className="form" onSubmit={save} noValidate aria-label={t('content.staff.qa_form')}>
        <SelectField
          label={t('content.qa.category')}
          name="category"
          value={form.category}
          error={issues.category}
          onChange={(e) => setForm({ ...form, category: e.target.value })}
          options={qaCategories.map((key) => ({ value: key, label: t(`content.categories.${key}`) }))}
        />
        <TextField
          label={t('content.staff.sort_order')}
          hint={t('content.staff.sort_order_hint')}
          name="sortOrder"
          inputMode="numeric"
          value={form.sortOrder}
          error={issues.sortOrder}
          onChange={(e) => setForm({ ...form, sortOrder: e.target.value })}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('content.qa.legal_basis')}</legend>
          <p className="field__hint">{t('content.staff.legal_basis_hint')}</p>
          {form.basis.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
            <div className="basis-row" key={index}>
              <SelectField
                label={t('content.staff.law', { n: index + 1 })}
                value={row.law}
                error={issues[`legalBasis.${index}.law`]}
                onChange={(e) => setBasis(index, { law: e.target.value })}
                options={lawCodes.map((code) => ({ value: code, label: lawNames[code][locale] }))}
              />
              <TextField
                label={t('content.staff.article', { n: index + 1 })}
                hint={t('content.staff.article_hint')}
                value={row.article}
                error={issues[`legalBasis.${index}.article`]}
                onChange={(e) => setBasis(index, { article: e.target.value })}
              />
              <TextField
                label={t('content.staff.paragraph', { n: index + 1 })}
                inputMode="numeric"
                value={row.paragraph}
                error={issues[`legalBasis.${index}.paragraph`]}
                onChange={(e) => setBasis(index, { paragraph: e.target.value.replace(/\D/g, '') })}
              />
              <Button variant="link" onClick={() => setForm({ ...form, basis: form.basis.filter((_, i) => i !== index) })}>
                {t('content.staff.remove_citation', { n: index + 1 })}
              </Button>
            </div>
          ))}
          <Button variant="secondary" onClick={() => setForm({ ...form, basis: [...form.basis, { law: 'LSA', article: '', paragraph: '' }] })}>
            {t('content.staff.add_citation')}
          </Button>
        </fieldset>
        {locales.map((l) => (
          <section key={l} className="locale-section" aria-labelledby={`locale-${l}`}>
            <h2 id={`locale-${l}`}>
              {t(`content.languages.${l}`)} {l === 'zh-TW' ? t('content.staff.required') : t('content.staff.optional')}
            </h2>
            {l === 'zh-TW' ? null : <p className="field__hint">{t('content.staff.optional_help')}</p>}
            <TextField
              label={t('content.staff.question_in', { language: t(`content.languages.${l}`) })}
              name={`question-${l}`}
              value={form.texts[l].question}
              error={issues[`translations.${l}.question`] ?? issues[`translations.${l}`]}
              onChange={(e) => setText(l, { question: e.target.value })}
            />
            <TextAreaField
              label={t('content.staff.answer_in', { language: t(`content.languages.${l}`) })}
              hint={t('content.staff.answer_hint')}
              name={`answer-${l}`}
              rows={8}
              value={form.texts[l].answer}
              error={issues[`translations.${l}.answer`]}
              onChange={(e) => setText(l, { answer: e.target.value })}
            />
          </section>
        ))}
        <Button type="submit" disabled={isBusy}>
          {record ? t('content.staff.save') : t('content.staff.save_draft')}
        </Button>
      </form>
    </>
  );
}

export function StaffQaEditPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const { search } = useLocation();
  const [notice, setNotice] = useState(search.get('saved') ? t('content.staff.saved') : '');
  const record = useQuery({ queryKey: ['staff-qa-edit-page', 1, id], queryFn: ({ signal }) => (id ? getStaffQa(id, signal) : Promise.resolve(null)) });
  const onChanged = (message: string) => {
    setNotice(message);
    record.refetch();
  };
  return (
    <Page title={id ? t('content.staff.edit_qa') : t('content.staff.new_qa')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/content/qa">{t('content.staff.back_qa')}</Link>
      </p>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <ProblemAlert error={record.error} />
      {record.isLoading && !record.data ? <Loading label={t('common.loading')} /> : null}
      {record.data || (!id && !record.isLoading) ? (
        <QaEditor
          key={record.data ? `${record.data.id}:${record.data.updatedAt}:${record.data.status}` : 'new'}
          record={record.data ?? undefined}
          onChanged={onChanged}
        />
      ) : null}
    </Page>
  );
}
