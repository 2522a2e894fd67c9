import { useState } from 'react';
import { inspectionInput } from '../../../../src/modules/violations/violations.contract.ts';
import { navigate, useLocation } from '../../app/router.tsx';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
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
    // A non-number is passed on as is, so the contract names the field (in the browser or on the server).
    fine: fine === '' ? null : /^\d+$/.test(fine) ? Number(fine) : (fine as unknown as number),
    disputed: draft.disputed,
    ...(draft.note.trim() ? { note: draft.note } : {}),
  };
}

function InspectionEditor({ record, onSaved }: { record: Inspection | undefined; onSaved: (saved: Inspection, notice: string) => void }) {
  const { t, formatPlainDate } = useI18n();
  const staff = useStaff();
  const form = useContractForm<Draft, typeof inspectionInput>({ schema: inspectionInput, defaultValues: record ? toDraft(record) : blank, toRequest: toInput });
  const [publishError, setPublishError] = useState<unknown>();
  const [isPublishing, setPublishing] = useState(false);
  const save = async (input: InspectionInput) => {
    const saved = record ? await updateInspection(record.id, input, staff.csrfToken) : await createInspection(input, staff.csrfToken);
    onSaved(saved, t('violations.inspections.saved'));
    if (!record) navigate(`/staff/violations/inspections/${saved.id}?saved=1`, { replace: true });
  };
  const publish = async () => {
    if (!record) return;
    setPublishing(true);
    setPublishError(undefined);
    try {
      const published = await publishInspection(record.id, staff.csrfToken);
      onSaved(published, t('violations.inspections.published', { date: formatPlainDate(published.announcedOn ?? '') }));
    } catch (caught) {
      setPublishError(caught);
    } finally {
      setPublishing(false);
    }
  };
  const law = form.watch('law');
  const lawOptions: { value: string; label: string }[] = laws.map((item) => ({ value: item.name, label: t(`violations.laws.${item.id}`) }));
  if (law && !laws.some((item) => item.name === law)) lawOptions.push({ value: law, label: law });
  return (
    <>
      <ProblemAlert error={publishError} />
      <KitForm
        form={form}
        label={record ? t('violations.inspections.edit_title') : t('violations.inspections.new_title')}
        submitLabel={record ? t('violations.inspections.save') : t('violations.inspections.save_draft')}
        onSubmit={save}
        secondary={
          record?.status === 'draft' ? (
            <Button variant="secondary" disabled={isPublishing} onClick={() => void publish()}>
              {t('violations.inspections.publish')}
            </Button>
          ) : null
        }
      >
        <FormText form={form} name="employerName" label={t('violations.fields.employer')} />
        <FormText form={form} name="responsiblePerson" label={t('violations.fields.responsible_person')} />
        <FormText form={form} name="decidedOn" label={t('violations.fields.decided_on')} type="date" />
        <FormText form={form} name="decisionNumber" label={t('violations.fields.decision_number')} />
        <FormSelect form={form} name="law" label={t('violations.fields.law')} options={lawOptions} />
        <FormTextArea form={form} name="articles" label={t('violations.fields.articles')} hint={t('violations.inspections.articles_hint')} />
        <FormTextArea form={form} name="violations" label={t('violations.fields.violations')} hint={t('violations.inspections.violations_hint')} />
        <FormText form={form} name="fine" label={t('violations.fields.fine')} hint={t('violations.inspections.fine_hint')} inputMode="numeric" />
        <label className="checkbox checkbox--single">
          <input type="checkbox" {...form.register('disputed')} />
          <span>{t('violations.inspections.disputed')}</span>
        </label>
        <FormText form={form} name="note" label={t('violations.fields.note')} />
      </KitForm>
    </>
  );
}

/** Record or correct one inspection result, then publish it to the public registry. */
export function StaffInspectionEditPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const existing = useQuery({ queryKey: ['inspection', id], queryFn: ({ signal }) => getInspection(id ?? '', signal), enabled: Boolean(id) });
  const { search } = useLocation();
  const [saved, setSaved] = useState<{ record?: Inspection; notice: string } | undefined>(
    search.get('saved') ? { notice: t('violations.inspections.saved') } : undefined,
  );
  const record = saved?.record ?? existing.data;
  const title = record ? t('violations.inspections.edit_title') : t('violations.inspections.new_title');
  if (id && existing.isPending) return <Loading label={t('common.loading')} />;
  return (
    <Page title={title} siteName={t('staff-auth.site_name')}>
      <ProblemAlert error={existing.error} />
      {record ? (
        <p>
          {t('violations.inspections.status_label')}: <InspectionStatus status={record.status} />
        </p>
      ) : null}
      {saved ? <Alert tone="success">{saved.notice}</Alert> : null}
      <InspectionEditor
        // A new form after each save, so its fields start from what the server stored.
        key={record ? `${record.id}:${record.updatedAt}:${record.status}` : 'new'}
        record={record}
        onSaved={(next, notice) => setSaved({ record: next, notice })}
      />
    </Page>
  );
}
