import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { createReadingRequest, publishWarningRequest } from '../../../../src/modules/weather-heat/heat.contract.ts';
import { htmlLang, type Locale, locales } from '../../../../src/shared/i18n/locales.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { CheckboxGroup } from '../../ui/form-field.tsx';
import { fieldId, FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { localName, placeName, useCity } from '../reference-data/city.ts';
import { useStaff } from '../staff-auth/session-provider.tsx';
import {
  addReading,
  type CreateReading,
  getSourceStatus,
  listReadings,
  listWarningMessages,
  listWarnings,
  publishWarning,
  type PublishWarning,
  type Reading,
  type SourceStatus,
  type StaffWarning,
  taipeiInstant,
  withdrawWarning,
} from './api.ts';
import { HeatLevelBadge } from './heat-level.tsx';
import './heat.css';

const languageNames: Record<Locale, string> = { 'zh-TW': '中文', en: 'English', id: 'Bahasa Indonesia', vi: 'Tiếng Việt', th: 'ไทย' };

/** `datetime-local` value for now + `hours`, in Taiwan time. */
function localInput(hours: number): string {
  const date = new Date(Date.now() + hours * 3_600_000 + 8 * 3_600_000);
  return date.toISOString().slice(0, 16);
}

type ReadingValues = { district: string; temperatureC: string; relativeHumidity: string; observedAt: string };

/** A number field's text as the contract's number; left as text when it is not one, so the contract names it. */
const asNumber = (value: string) => (value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : (value as unknown as number));

function ReadingSection() {
  const { t, locale, formatNumber, formatDateTime } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<Reading>();
  const form = useContractForm<ReadingValues, typeof createReadingRequest>({
    schema: createReadingRequest,
    defaultValues: { district: '', temperatureC: '', relativeHumidity: '', observedAt: '' },
    toRequest: (v) => ({
      district: v.district,
      temperatureC: asNumber(v.temperatureC),
      relativeHumidity: asNumber(v.relativeHumidity),
      ...(v.observedAt ? { observedAt: taipeiInstant(v.observedAt) } : {}),
    }),
  });
  const save = async (request: CreateReading) => {
    setSaved(undefined);
    const reading = await addReading(request, csrfToken);
    setSaved(reading);
    form.reset({ district: form.getValues('district'), temperatureC: '', relativeHumidity: '', observedAt: '' });
    await queryClient.invalidateQueries({ queryKey: ['heat-readings'] });
  };
  const readings = useQuery({ queryKey: ['heat-readings'], queryFn: ({ signal }) => listReadings(signal) });
  const columns: Column<Reading>[] = [
    { key: 'time', header: t('heat.staff.readings.observed_at'), render: (r) => formatDateTime(r.observedAt) },
    { key: 'district', header: t('heat.overview.district'), render: (r) => r.district },
    { key: 't', header: t('heat.now.temperature'), isNumeric: true, render: (r) => t('heat.now.celsius', { value: formatNumber(r.temperatureC) }) },
    { key: 'rh', header: t('heat.now.humidity'), isNumeric: true, render: (r) => t('heat.now.percent', { value: formatNumber(r.relativeHumidity) }) },
    { key: 'level', header: t('heat.overview.level'), render: (r) => <HeatLevelBadge level={r.level} /> },
    { key: 'by', header: t('heat.staff.readings.entered_by'), render: (r) => r.enteredBy ?? '' },
  ];
  return (
    <section className="section" aria-labelledby="heat-readings">
      <h2 id="heat-readings">{t('heat.staff.readings.title')}</h2>
      <p className="section__intro">{t('heat.staff.readings.intro')}</p>
      {saved ? (
        <Alert tone="success" title={t('heat.staff.readings.saved')}>
          <p>
            {t('heat.staff.readings.saved_text', { district: saved.district, value: formatNumber(saved.heatIndexC) })}{' '}
            <HeatLevelBadge level={saved.level} />
          </p>
        </Alert>
      ) : null}
      <KitForm form={form} label={t('heat.staff.readings.title')} submitLabel={t('heat.staff.readings.submit')} onSubmit={save}>
        <FormSelect
          form={form}
          name="district"
          label={t('heat.pick.district')}
          options={[{ value: '', label: t('heat.pick.placeholder') }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))]}
        />
        <FormText form={form} name="temperatureC" label={t('heat.staff.readings.temperature')} inputMode="decimal" />
        <FormText form={form} name="relativeHumidity" label={t('heat.staff.readings.humidity')} inputMode="decimal" />
        <FormText form={form} name="observedAt" label={t('heat.staff.readings.observed_at')} hint={t('heat.staff.time_hint')} type="datetime-local" />
      </KitForm>
      <ProblemAlert error={readings.error} />
      {readings.data ? (
        <DataTable
          caption={t('heat.staff.readings.caption')}
          columns={columns}
          rows={readings.data.items}
          rowKey={(r) => r.id}
          empty={t('heat.staff.readings.empty')}
        />
      ) : null}
    </section>
  );
}

type WarningValues = { districts: string[]; level: string; messageKeys: string[]; texts: Record<Locale, string>; validFrom: string; validUntil: string };

const emptyTexts = (): Record<Locale, string> => ({ 'zh-TW': '', en: '', id: '', vi: '', th: '' });

function WarningSection() {
  const { t, locale, formatDateTime } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string>();
  const [withdrawError, setWithdrawError] = useState<unknown>();
  const messages = useQuery({ queryKey: ['heat-warning-messages', locale], queryFn: ({ signal }) => listWarningMessages(locale, signal) });
  const warnings = useQuery({ queryKey: ['heat-warnings', locale], queryFn: ({ signal }) => listWarnings(locale, signal) });
  const allCodes = (city?.districts ?? []).map((d) => d.townCode);
  const form = useContractForm<WarningValues, typeof publishWarningRequest>({
    schema: publishWarningRequest,
    defaultValues: { districts: [], level: '3', messageKeys: [], texts: emptyTexts(), validFrom: '', validUntil: localInput(8) },
    toRequest: (v) => ({
      districts: v.districts,
      level: Number(v.level),
      messageKeys: v.messageKeys as PublishWarning['messageKeys'],
      texts: Object.fromEntries(Object.entries(v.texts).filter(([, value]) => value.trim() !== '')),
      validUntil: v.validUntil ? taipeiInstant(v.validUntil) : '',
      ...(v.validFrom ? { validFrom: taipeiInstant(v.validFrom) } : {}),
    }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['heat-warnings'] });
  const publish = async (request: PublishWarning) => {
    setNotice(undefined);
    await publishWarning(request, csrfToken);
    setNotice(t('heat.staff.warnings.published'));
    form.reset({ ...form.getValues(), districts: [], messageKeys: [], texts: emptyTexts() });
    await refresh();
  };
  const withdraw = async (warning: StaffWarning) => {
    setWithdrawError(undefined);
    setNotice(undefined);
    try {
      await withdrawWarning(warning.id, csrfToken);
      setNotice(t('heat.staff.warnings.withdrawn'));
      await refresh();
    } catch (caught) {
      setWithdrawError(caught);
    }
  };

  const columns: Column<StaffWarning>[] = [
    { key: 'status', header: t('heat.staff.warnings.status'), render: (w) => t(`heat.staff.warnings.statuses.${w.status}`) },
    { key: 'level', header: t('heat.overview.level'), render: (w) => <HeatLevelBadge level={w.level} /> },
    {
      key: 'districts',
      header: t('heat.staff.warnings.districts'),
      render: (w) =>
        w.districts.length === allCodes.length && allCodes.length > 0
          ? t('heat.staff.warnings.whole_city')
          : w.districts.map((d) => placeName(d, locale)).join(t('common.list_separator')),
    },
    {
      key: 'window',
      header: t('heat.staff.warnings.window'),
      render: (w) => t('heat.staff.warnings.window_text', { from: formatDateTime(w.validFrom), until: formatDateTime(w.validUntil) }),
    },
    { key: 'by', header: t('heat.staff.warnings.published_by'), render: (w) => w.publishedBy ?? '' },
    {
      key: 'actions',
      header: t('heat.staff.warnings.actions'),
      render: (w) =>
        w.status === 'active' || w.status === 'scheduled' ? (
          <Button variant="secondary" onClick={() => void withdraw(w)}>
            {t('heat.staff.warnings.withdraw')}
          </Button>
        ) : null,
    },
  ];

  return (
    <section className="section" aria-labelledby="heat-warnings">
      <h2 id="heat-warnings">{t('heat.staff.warnings.title')}</h2>
      <p className="section__intro">{t('heat.staff.warnings.intro')}</p>
      <ProblemAlert error={withdrawError} />
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <KitForm form={form} label={t('heat.staff.warnings.title')} submitLabel={t('heat.staff.warnings.submit')} onSubmit={publish}>
        <Controller
          control={form.control}
          name="districts"
          render={({ field, fieldState }) => (
            <>
              <CheckboxGroup
                id={fieldId('districts')}
                legend={t('heat.staff.warnings.districts')}
                name="districts"
                error={fieldState.error?.message}
                options={(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))}
                selected={field.value}
                onChange={field.onChange}
              />
              <div className="heat-actions">
                <Button variant="secondary" onClick={() => field.onChange(allCodes)}>
                  {t('heat.staff.warnings.select_all')}
                </Button>
                <Button variant="secondary" onClick={() => field.onChange([])}>
                  {t('heat.staff.warnings.select_none')}
                </Button>
              </div>
            </>
          )}
        />
        <FormSelect
          form={form}
          name="level"
          label={t('heat.staff.warnings.level')}
          options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: t(`heat.levels.${n}.label`) }))}
        />
        {messages.isLoading ? <Loading label={t('common.loading')} /> : null}
        <Controller
          control={form.control}
          name="messageKeys"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              id={fieldId('messageKeys')}
              legend={t('heat.staff.warnings.messages')}
              hint={t('heat.staff.warnings.messages_hint')}
              name="messageKeys"
              error={fieldState.error?.message}
              options={(messages.data?.items ?? []).map((m) => ({ value: m.key, label: m.text }))}
              selected={field.value}
              onChange={field.onChange}
            />
          )}
        />
        {locales.map((language) => (
          <FormTextArea
            key={language}
            form={form}
            name={`texts.${language}`}
            lang={htmlLang[language]}
            label={t('heat.staff.warnings.text_in', { language: languageNames[language] })}
          />
        ))}
        <FormText form={form} name="validFrom" label={t('heat.staff.warnings.valid_from')} hint={t('heat.staff.warnings.valid_from_hint')} type="datetime-local" />
        <FormText form={form} name="validUntil" label={t('heat.staff.warnings.valid_until')} hint={t('heat.staff.time_hint')} type="datetime-local" />
      </KitForm>
      {warnings.data ? (
        <DataTable
          caption={t('heat.staff.warnings.caption')}
          columns={columns}
          rows={warnings.data.items}
          rowKey={(w) => w.id}
          empty={t('heat.staff.warnings.empty')}
        />
      ) : null}
    </section>
  );
}

function SourcesSection() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const sources = useQuery({ queryKey: ['heat-staff-page', 4], queryFn: ({ signal }) => getSourceStatus(signal) });
  const columns: Column<SourceStatus['items'][number]>[] = [
    { key: 'dataset', header: t('heat.staff.sources.dataset'), render: (s) => <code>{s.dataset}</code> },
    { key: 'success', header: t('heat.staff.sources.last_success'), render: (s) => (s.lastSuccessAt ? formatDateTime(s.lastSuccessAt) : t('heat.staff.sources.never')) },
    { key: 'attempt', header: t('heat.staff.sources.last_attempt'), render: (s) => formatDateTime(s.lastAttemptAt) },
    { key: 'error', header: t('heat.staff.sources.last_error'), render: (s) => s.lastError ?? t('heat.staff.sources.ok') },
    { key: 'records', header: t('heat.staff.sources.records'), isNumeric: true, render: (s) => formatNumber(s.records) },
  ];
  return (
    <section className="section" aria-labelledby="heat-sources">
      <h2 id="heat-sources">{t('heat.staff.sources.title')}</h2>
      <p className="section__intro">{t('heat.staff.sources.intro')}</p>
      <ProblemAlert error={sources.error} />
      {sources.data ? (
        <DataTable
          caption={t('heat.staff.sources.caption')}
          columns={columns}
          rows={sources.data.items}
          rowKey={(s) => s.dataset}
          empty={t('heat.staff.sources.empty')}
        />
      ) : null}
    </section>
  );
}

/** Staff: readings taken on site, heat warnings for the public page, and where the CWA data stands. */
export function HeatStaffPage() {
  const { t } = useI18n();
  return (
    <Page title={t('heat.staff.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('heat.staff.lead')}</p>}>
      <WarningSection />
      <ReadingSection />
      <SourcesSection />
    </Page>
  );
}
