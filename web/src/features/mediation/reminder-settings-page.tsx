import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { reminderSettingsRequest } from '../../../../src/modules/mediation/mediation.contract.ts';
import { apiRequest } from '../../app/api-client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';

type Settings = { daysBefore: number; remindSupervisorWhenOverdue: boolean };
type Values = { daysBefore: string; remindSupervisorWhenOverdue: string };
const path = '/api/v1/staff/mediation-reminder-settings';

function SettingsForm({ settings }: { settings: Settings | null }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const [saved, setSaved] = useState(false);
  const form = useContractForm<Values, typeof reminderSettingsRequest>({
    schema: reminderSettingsRequest,
    defaultValues: { daysBefore: settings ? String(settings.daysBefore) : '', remindSupervisorWhenOverdue: settings?.remindSupervisorWhenOverdue === false ? 'no' : 'yes' },
    toRequest: (v) => ({ daysBefore: v.daysBefore.trim() === '' ? Number.NaN : Number(v.daysBefore), remindSupervisorWhenOverdue: v.remindSupervisorWhenOverdue === 'yes' }),
  });
  return (
    <>
      {saved ? <Alert tone="success">{t('mediation.reminders.saved')}</Alert> : null}
      <KitForm
        form={form}
        label={t('mediation.reminders.title')}
        submitLabel={t('mediation.reminders.save')}
        onSubmit={async (request) => {
          setSaved(false);
          await apiRequest<void>(path, { method: 'PUT', body: request, csrfToken });
          setSaved(true);
        }}
      >
        <FormText form={form} name="daysBefore" label={t('mediation.reminders.days_before')} hint={t('mediation.reminders.days_before_hint')} inputMode="numeric" />
        <FormSelect
          form={form}
          name="remindSupervisorWhenOverdue"
          label={t('mediation.reminders.supervisor')}
          options={[{ value: 'yes', label: t('mediation.reminders.yes') }, { value: 'no', label: t('mediation.reminders.no') }]}
        />
      </KitForm>
    </>
  );
}

/** The staff deadline reminders' settings (ADR 0042): the bureau's choice of days, not a legal figure. */
export function MediationReminderSettingsPage() {
  const { t } = useI18n();
  const current = useQuery({ queryKey: ['mediation-reminder-settings'], queryFn: ({ signal }) => apiRequest<{ settings: Settings | null }>(path, { signal }) });
  return (
    <Page title={t('mediation.reminders.title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/mediation">{t('mediation.back_to_list')}</Link>
      </p>
      <p>{t('mediation.reminders.lead')}</p>
      <p>
        <Link href="/staff/accounts">{t('mediation.reminders.accounts_link')}</Link>
      </p>
      <ProblemAlert error={current.error} />
      {current.isLoading ? <Loading label={t('common.loading')} /> : null}
      {current.data ? (
        <>
          {current.data.settings ? null : <Alert tone="warning">{t('mediation.reminders.not_set')}</Alert>}
          <SettingsForm settings={current.data.settings} />
        </>
      ) : null}
    </Page>
  );
}
