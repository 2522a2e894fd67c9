/** The union election reminder's settings (ADR 0037): the lead days and the unions officer's address, as data. */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { locales } from '../../../../src/shared/i18n/locales.ts';
import { apiRequest } from '../../app/api-client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { nativeLanguageNames } from '../settings/language-select.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';

type Settings = { leadDays: number; recipientEmail: string; locale: (typeof locales)[number] };
const path = '/api/v1/staff/unions/reminder-settings';
// The server's shape (unions.reports.routes.ts), checked in the browser first.
const settingsValues = z.object({
  leadDays: z.number({ message: 'validation.required' }).int().min(1).max(365),
  recipientEmail: z.email({ message: 'validation.email' }).max(254),
  locale: z.enum(locales),
});

function SettingsForm({ settings }: { settings: Settings | null }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const [saved, setSaved] = useState(false);
  const form = useContractForm<{ leadDays: string; recipientEmail: string; locale: string }, typeof settingsValues>({
    schema: settingsValues,
    defaultValues: { leadDays: settings ? String(settings.leadDays) : '', recipientEmail: settings?.recipientEmail ?? '', locale: settings?.locale ?? 'zh-TW' },
    toRequest: (v) => ({ leadDays: v.leadDays.trim() === '' ? Number.NaN : Number(v.leadDays), recipientEmail: v.recipientEmail.trim(), locale: v.locale as Settings['locale'] }),
  });
  return (
    <>
      {saved ? <Alert tone="success">{t('unions.reminders.saved')}</Alert> : null}
      <KitForm
        form={form}
        label={t('unions.reminders.title')}
        submitLabel={t('unions.reminders.save')}
        onSubmit={async (request) => {
          setSaved(false);
          await apiRequest<void>(path, { method: 'PUT', body: request, csrfToken });
          setSaved(true);
        }}
      >
        <FormText form={form} name="leadDays" label={t('unions.reminders.lead_days')} hint={t('unions.reminders.lead_days_hint')} inputMode="numeric" />
        <FormText form={form} name="recipientEmail" label={t('unions.reminders.recipient')} type="email" autoComplete="off" />
        <FormSelect form={form} name="locale" label={t('unions.reminders.locale')} options={locales.map((code) => ({ value: code, label: nativeLanguageNames[code] }))} />
      </KitForm>
    </>
  );
}

export function UnionReminderSettingsPage() {
  const { t } = useI18n();
  const current = useQuery({ queryKey: ['union-reminder-settings'], queryFn: ({ signal }) => apiRequest<{ settings: Settings | null }>(path, { signal }) });
  return (
    <Page title={t('unions.reminders.title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/unions">{t('unions.reports.back')}</Link>
      </p>
      <p>{t('unions.reminders.lead')}</p>
      <ProblemAlert error={current.error} />
      {current.isLoading ? <Loading label={t('common.loading')} /> : null}
      {current.data ? (
        <>
          {current.data.settings ? null : <Alert tone="warning">{t('unions.reminders.not_set')}</Alert>}
          <SettingsForm settings={current.data.settings} />
        </>
      ) : null}
    </Page>
  );
}
