import { useFieldArray } from 'react-hook-form';
import { qaWriteRequest } from '../../../../src/modules/content/content.contract.ts';
import type { LawCode } from '../../../../src/modules/content/content.laws.ts';
import { locales } from '../../../../src/shared/i18n/locales.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { FormSelect, FormText, useContractForm } from '../../ui/form-page.tsx';
import { createQa, getStaffQa, lawCodes, lawNames, type QaStaffRecord, type QaWrite, qaCategories, setQaStatus, updateQa } from './api.ts';
import { type ContentApi, ContentEditor, ContentEditPage, translationsToSend } from './content-edit-page.tsx';

type BasisRow = { law: string; article: string; paragraph: string };
type Values = { category: string; sortOrder: string; legalBasis: BasisRow[]; translations: Record<string, { question: string; answer: string }> };

function fromRecord(record: QaStaffRecord | undefined): Values {
  return {
    category: record?.category ?? 'wages',
    sortOrder: String(record?.sortOrder ?? 1000),
    legalBasis: record?.legalBasis.map((b) => ({ law: b.law, article: b.article, paragraph: b.paragraph ? String(b.paragraph) : '' })) ?? [
      { law: 'LSA', article: '', paragraph: '' },
    ],
    translations: Object.fromEntries(
      locales.map((l) => [l, { question: record?.translations[l]?.question ?? '', answer: record?.translations[l]?.answer ?? '' }]),
    ),
  };
}

/** What the fields hold (strings) as the contract's request; a citation row without an article is left out. */
function toRequest(values: Values): QaWrite {
  const sortOrder = values.sortOrder.trim();
  return {
    category: values.category as QaWrite['category'],
    sortOrder: sortOrder === '' ? (undefined as never) : Number(sortOrder),
    legalBasis: values.legalBasis
      .filter((b) => b.article.trim())
      .map((b) => ({ law: b.law as LawCode, article: b.article.trim(), ...(b.paragraph ? { paragraph: Number(b.paragraph) } : {}) })),
    translations: translationsToSend(values.translations) as QaWrite['translations'],
  };
}

const qaApi: ContentApi<QaStaffRecord, QaWrite> = { kind: 'qa', load: getStaffQa, create: createQa, update: updateQa, setStatus: setQaStatus };

function QaEditor({ record, onChanged }: { record: QaStaffRecord | undefined; onChanged: (message: string) => void }) {
  const { t, locale } = useI18n();
  const form = useContractForm<Values, typeof qaWriteRequest>({ schema: qaWriteRequest, defaultValues: fromRecord(record), toRequest });
  const basis = useFieldArray({ control: form.control, name: 'legalBasis' });
  return (
    <ContentEditor
      api={qaApi}
      record={record}
      form={form}
      onChanged={onChanged}
      texts={{
        short: { key: 'question', label: (language) => t('content.staff.question_in', { language }) },
        long: { key: 'answer', label: (language) => t('content.staff.answer_in', { language }), rows: 8 },
      }}
    >
      <FormSelect
        form={form}
        name="category"
        label={t('content.qa.category')}
        options={qaCategories.map((key) => ({ value: key, label: t(`content.categories.${key}`) }))}
      />
      <FormText form={form} name="sortOrder" label={t('content.staff.sort_order')} hint={t('content.staff.sort_order_hint')} inputMode="numeric" />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('content.qa.legal_basis')}</legend>
        <p className="field__hint">{t('content.staff.legal_basis_hint')}</p>
        {basis.fields.map((row, index) => (
          <div className="basis-row" key={row.id}>
            <FormSelect
              form={form}
              name={`legalBasis.${index}.law`}
              label={t('content.staff.law', { n: index + 1 })}
              options={lawCodes.map((code) => ({ value: code, label: lawNames[code][locale] }))}
            />
            <FormText form={form} name={`legalBasis.${index}.article`} label={t('content.staff.article', { n: index + 1 })} hint={t('content.staff.article_hint')} />
            <FormText form={form} name={`legalBasis.${index}.paragraph`} label={t('content.staff.paragraph', { n: index + 1 })} inputMode="numeric" />
            <Button variant="link" onClick={() => basis.remove(index)}>
              {t('content.staff.remove_citation', { n: index + 1 })}
            </Button>
          </div>
        ))}
        <Button variant="secondary" onClick={() => basis.append({ law: 'LSA', article: '', paragraph: '' })}>
          {t('content.staff.add_citation')}
        </Button>
      </fieldset>
    </ContentEditor>
  );
}

export function StaffQaEditPage({ id }: { id?: string }) {
  return <ContentEditPage id={id} api={qaApi} editor={(record, onChanged) => <QaEditor record={record} onChanged={onChanged} />} />;
}
