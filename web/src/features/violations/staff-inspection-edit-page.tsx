import { type FormEvent, useEffect, useId, useState } from 'react';
import { navigate } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { fieldErrors, ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { createInspection, getInspection, type Inspection, type InspectionInput, laws, publishInspection, updateInspection } from './api.ts';
import { InspectionStatus } from './staff-inspections-page.tsx';
import './violations.css';

type Draft = {
  employerName: string;
  responsiblePerson: string;
  decidedOn: string;
  decisionNumber: string;
  law: string;
  articles: string;
  violations: string;
  fine: string;
  disputed: boolean;
  note: string;
};

const blank: Draft = {
  employerName: '',
  responsiblePerson: '',
  decidedOn: '',
  decisionNumber: '',
  law: laws[0].name,
  articles: '',
  violations: '',
  fine: '',
  disputed: false,
  note: '',
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function toDraft(record: Inspection): Draft {
  return {
    employerName: record.companyName,
    responsiblePerson: record.responsiblePerson ?? '',
    decidedOn: record.decidedOn ?? '',
    decisionNumber: record.decisionNumber ?? '',
    law: record.law ?? laws[0].name,
    articles: record.articles.join('\n'),
    violations: record.violations.join('\n'),
    fine: record.fine === null ? '' : String(record.fine),
    disputed: record.disputed,
    note: record.note ?? '',
  };
}

function toInput(draft: Draft): InspectionInput {
  const fine = draft.fine.trim();
  return {
    employerName: draft.employerName,
    ...(draft.responsiblePerson.trim() ? { responsiblePerson: draft.responsiblePerson } : {}),
    ...(draft.decidedOn ? { decidedOn: draft.decidedOn } : {}),
    ...(draft.decisionNumber.trim() ? { decisionNumber: draft.decisionNumber } : {}),
    law: draft.law,
    articles: lines(draft.articles),
    violations: lines(draft.violations),
    // A non-number is sent as is, so the server names the field in its answer.
    fine: fine === '' ? null : /^\d+$/.test(fine) ? Number(fine) : (fine as unknown as number),
    disputed: draft.disputed,
    ...(draft.note.trim() ? { note: draft.note } : {}),
  };
}

function TextArea(props: { label: string; hint?: string; error?: string | undefined; value: string; name: string; onChange: (value: string) => void }) {
  const id = useId();
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', props.error ? 'field--error' : ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {props.label}
      </label>
      {props.hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field__error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={props.name}
        className="field__input field__textarea"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

/** Record or correct one inspection result, then publish it to the public registry. */
export function StaffInspectionEditPage({ id }: { id?: string }) {
  const { t, formatPlainDate } = useI18n();
  const staff = useStaff();
  const existing = useQuery({ queryKey: ['staff-inspection-edit-page', 1, id], queryFn: ({ signal }) => (id ? getInspection(id, signal) : Promise.resolve(null)) });
  const [record, setRecord] = useState<Inspection | undefined>();
  const [draft, setDraft] = useState<Draft>(blank);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string | undefined>();
  const [isBusy, setBusy] = useState(false);
  useEffect(() => {
    if (existing.data) {
      setRecord(existing.data);
      setDraft(toDraft(existing.data));
    }
  }, [existing.data]);
  const errors = fieldErrors(error);
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const saved = record ? await updateInspection(record.id, toInput(draft), staff.csrfToken) : await createInspection(toInput(draft), staff.csrfToken);
      setRecord(saved);
      setNotice(t('violations.inspections.saved'));
      if (!record) navigate(`/staff/violations/inspections/${saved.id}`, { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const publish = async () => {
    if (!record) return;
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const published = await publishInspection(record.id, staff.csrfToken);
      setRecord(published);
      setNotice(t('violations.inspections.published', { date: formatPlainDate(published.announcedOn ?? '') }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const lawOptions: { value: string; label: string }[] = laws.map((law) => ({ value: law.name, label: t(`violations.laws.${law.id}`) }));
  if (draft.law && !laws.some((law) => law.name === draft.law)) lawOptions.push({ value: draft.law, label: draft.law });
  const title = record ? t('violations.inspections.edit_title') : t('violations.inspections.new_title');
  if (id && existing.isLoading) return <Loading label={t('common.loading')} />;
  return (
    <Page title={title} siteName={t('staff-auth.site_name')}>
      <ProblemAlert error={existing.error} />
      {record ? (
        <p>
          {t('violations.inspections.status_label')}: <InspectionStatus status={record.status} />
        </p>
      ) : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <ProblemAlert error={error} />
      <form className="form" onSubmit={(event) => void save(event)} aria-busy={isBusy} noValidate>
        <TextField label={t('violations.fields.employer')} name="employerName" required value={draft.employerName} onChange={set('employerName')} error={errors.employerName} />
        <TextField
          label={t('violations.fields.responsible_person')}
          name="responsiblePerson"
          value={draft.responsiblePerson}
          onChange={set('responsiblePerson')}
          error={errors.responsiblePerson}
        />
        <TextField label={t('violations.fields.decided_on')} type="date" name="decidedOn" value={draft.decidedOn} onChange={set('decidedOn')} error={errors.decidedOn} />
        <TextField
          label={t('violations.fields.decision_number')}
          name="decisionNumber"
          value={draft.decisionNumber}
          onChange={set('decisionNumber')}
          error={errors.decisionNumber}
        />
        <SelectField label={t('violations.fields.law')} name="law" options={lawOptions} value={draft.law} onChange={set('law')} error={errors.law} />
        <TextArea
          label={t('violations.fields.articles')}
          hint={t('violations.inspections.articles_hint')}
          name="articles"
          value={draft.articles}
          onChange={(value) => setDraft({ ...draft, articles: value })}
          error={errors.articles}
        />
        <TextArea
          label={t('violations.fields.violations')}
          hint={t('violations.inspections.violations_hint')}
          name="violations"
          value={draft.violations}
          onChange={(value) => setDraft({ ...draft, violations: value })}
          error={errors.violations}
        />
        <TextField
          label={t('violations.fields.fine')}
          hint={t('violations.inspections.fine_hint')}
          name="fine"
          inputMode="numeric"
          value={draft.fine}
          onChange={set('fine')}
          error={errors.fine}
        />
        <label className="checkbox checkbox--single">
          <input type="checkbox" name="disputed" checked={draft.disputed} onChange={(event) => setDraft({ ...draft, disputed: event.target.checked })} />
          <span>{t('violations.inspections.disputed')}</span>
        </label>
        <TextField label={t('violations.fields.note')} name="note" value={draft.note} onChange={set('note')} error={errors.note} />
        <div className="button-row">
          <Button type="submit" disabled={isBusy}>
            {record ? t('violations.inspections.save') : t('violations.inspections.save_draft')}
          </Button>
          {record?.status === 'draft' ? (
            <Button variant="secondary" disabled={isBusy} onClick={() => void publish()}>
              {t('violations.inspections.publish')}
            </Button>
          ) : null}
        </div>
      </form>
    </Page>
  );
}
