import { z } from 'zod';
import { useState } from 'react';
import { evaluationRequest } from '../../../../src/modules/career-record/career-record.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { FormSelect, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { giveEvaluation } from './api.ts';

type Values = { rating: string; text: string };
const form = evaluationRequest.pick({ rating: true, text: true });
type Request = z.output<typeof form>;

/**
 * The employer's evaluation of a worker, through the link the worker sent (their consent). The token is in
 * the fragment and posted with the form; the link works once.
 */
export function CareerEvaluationPage() {
  const { t } = useI18n();
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const [done, setDone] = useState(false);
  const contract = useContractForm<Values, typeof form>({
    schema: form,
    defaultValues: { rating: '', text: '' },
    toRequest: (v) => ({ rating: v.rating === '' ? Number.NaN : Number(v.rating), text: v.text.trim() }),
  });
  return (
    <Page title={t('career.evaluation.title')} siteName={t('common.site_name')} lead={<p>{t('career.evaluation.lead')}</p>}>
      {done ? (
        <Alert tone="success">{t('career.evaluation.done')}</Alert>
      ) : token === '' ? (
        <Alert tone="error">{t('career.evaluation.no_link')}</Alert>
      ) : (
        <KitForm
          form={contract}
          label={t('career.evaluation.title')}
          submitLabel={t('career.evaluation.submit')}
          onSubmit={async (request: Request) => {
            await giveEvaluation({ token, ...request });
            setDone(true);
          }}
        >
          <FormSelect
            form={contract}
            name="rating"
            label={t('career.evaluation.rating')}
            options={[{ value: '', label: t('career.evaluation.choose') }, ...['5', '4', '3', '2', '1'].map((r) => ({ value: r, label: t(`career.evaluation.rating_${r}`) }))]}
          />
          <FormTextArea form={contract} name="text" label={t('career.evaluation.text')} />
        </KitForm>
      )}
    </Page>
  );
}
