import { useQueryClient } from '@tanstack/react-query';
import { certificateLevels, entryRequest, workerKinds } from '../../../../src/modules/career-record/career-record.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { addEntry } from './api.ts';

type Values = { kind: string; title: string; organisation: string; startedOn: string; endedOn: string; certificate: { level: string; number: string } };
const blank: Values = { kind: 'work', title: '', organisation: '', startedOn: '', endedOn: '', certificate: { level: '', number: '' } };

/** The worker adds an entry; it shows as "not yet verified" until an officer checks it. */
export function AddEntryForm({ csrfToken }: { csrfToken: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const form = useContractForm<Values, typeof entryRequest>({
    schema: entryRequest,
    defaultValues: blank,
    toRequest: (v) => ({
      kind: v.kind as (typeof workerKinds)[number],
      title: v.title.trim(),
      organisation: v.organisation.trim(),
      ...(v.startedOn ? { startedOn: v.startedOn } : {}),
      ...(v.endedOn ? { endedOn: v.endedOn } : {}),
      ...(v.kind === 'certificate' ? { certificate: { level: v.certificate.level as (typeof certificateLevels)[number], number: v.certificate.number.trim() } } : {}),
      note: '',
    }),
    required: { 'certificate.level': t('career.add.level_required') },
  });
  const isCertificate = form.watch('kind') === 'certificate';
  return (
    <section className="section" aria-labelledby="career-add">
      <h2 id="career-add">{t('career.add.title')}</h2>
      <KitForm
        form={form}
        label={t('career.add.title')}
        submitLabel={t('career.add.submit')}
        onSubmit={async (request) => {
          await addEntry(request, csrfToken);
          form.reset(blank);
          await client.invalidateQueries({ queryKey: ['career-record'] });
        }}
      >
        <FormSelect form={form} name="kind" label={t('career.fields.kind')} options={workerKinds.map((k) => ({ value: k, label: t(`career.kind.${k}`) }))} />
        <FormText form={form} name="title" label={t('career.add.entry_title')} hint={t('career.add.entry_title_hint')} maxLength={200} />
        <FormText form={form} name="organisation" label={t('career.add.organisation')} maxLength={200} />
        {isCertificate ? (
          <>
            <FormSelect
              form={form}
              name="certificate.level"
              label={t('career.add.level')}
              options={[{ value: '', label: t('career.evaluation.choose') }, ...certificateLevels.map((l) => ({ value: l, label: l }))]}
            />
            <FormText form={form} name="certificate.number" label={t('career.add.number')} maxLength={40} />
          </>
        ) : null}
        <FormText form={form} name="startedOn" label={t('career.add.started_on')} type="date" />
        <FormText form={form} name="endedOn" label={t('career.add.ended_on')} type="date" />
      </KitForm>
    </section>
  );
}
