import { createVacancyRequest } from '../../../../src/modules/employment/employment.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { KitForm, useContractForm } from '../../ui/form-page.tsx';
import { blankVacancy, VacancyFields, type VacancyFormValues, vacancyRequestOf } from '../employment/vacancy-fields.tsx';
import type { OwnVacancyRequest } from './api.ts';

// The contract needs an employer; the server puts the account's own in its place.
const placeholderEmployer = '00000000-0000-4000-8000-000000000000';

/** An employer's posting: the same contract and fields as the officers'; the server screens it and holds it. */
export function EmployerVacancyForm({ onPost }: { onPost: (request: OwnVacancyRequest) => Promise<void> }) {
  const { t } = useI18n();
  const form = useContractForm<VacancyFormValues, typeof createVacancyRequest>({
    schema: createVacancyRequest,
    defaultValues: blankVacancy,
    toRequest: (v) => ({ ...vacancyRequestOf(v), employerId: placeholderEmployer }),
    messages: { 'wage.min': t('employment.new.wage_invalid') },
  });
  return (
    <KitForm
      form={form}
      label={t('employer-self.post.title')}
      submitLabel={t('employer-self.post.submit')}
      onSubmit={async (request) => {
        const { employerId: _own, ...body } = request;
        await onPost(body as OwnVacancyRequest);
        form.reset();
      }}
    >
      <VacancyFields form={form} requirementsHint={t('employer-self.post.requirements_hint')} />
    </KitForm>
  );
}
