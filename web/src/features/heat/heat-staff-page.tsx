import { type FormEvent, useId, useState } from 'react';
import { htmlLang, type Locale, locales } from '../../../../src/shared/i18n/locales.ts';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { CheckboxGroup, SelectField, TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { fieldErrors, ProblemAlert } from '../../ui/problem-alert.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useStaff } from '../staff-auth/session-provider.tsx';
import {
  addReading,
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

function TextArea({ label, hint, value, onChange, lang }: { label: string; hint?: string; value: string; onChange: (value: string) => void; lang: string }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        lang={lang}
        className="field__input heat-textarea"
        maxLength={1000}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

function ReadingSection() {
  const { t, locale, formatNumber, formatDateTime } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const [form, setForm] = useState({ district: '', temperatureC: '', relativeHumidity: '', observedAt: '' });
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState<Reading>();
  const [isBusy, setBusy] = useState(false);
  const readings = useQuery({ queryKey: ['heat-staff-page', 1, saved?.id], queryFn: ({ signal }) => listReadings(signal) });
  const errors = fieldErrors(error);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(undefined);
    try {
      const reading = await addReading(
        {
          district: form.district,
          temperatureC: Number(form.temperatureC),
          relativeHumidity: Number(form.relativeHumidity),
          ...(form.observedAt ? { observedAt: taipeiInstant(form.observedAt) } : {}),
        },
        csrfToken,
      );
      setSaved(reading);
      setForm({ ...form, temperatureC: '', relativeHumidity: '', observedAt: '' });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
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
      <ProblemAlert error={error} />
      {saved ? (
        <Alert tone="success" title={t('heat.staff.readings.saved')}>
          <p>
            {t('heat.staff.readings.saved_text', { district: saved.district, value: formatNumber(saved.heatIndexC) })}{' '}
            <HeatLevelBadge level={saved.level} />
          </p>
        </Alert>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          label={t('heat.pick.district')}
          name="district"
          required
          error={errors.district}
          value={form.district}
          options={[{ value: '', label: t('heat.pick.placeholder') }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))]}
          onChange={(event) => setForm({ ...form, district: event.target.value })}
        />
        <TextField
          label={t('heat.staff.readings.temperature')}
          name="temperatureC"
          inputMode="decimal"
          required
          error={errors.temperatureC}
          value={form.temperatureC}
          onChange={(event) => setForm({ ...form, temperatureC: event.target.value })}
        />
        <TextField
          label={t('heat.staff.readings.humidity')}
          name="relativeHumidity"
          inputMode="decimal"
          required
          error={errors.relativeHumidity}
          value={form.relativeHumidity}
          onChange={(event) => setForm({ ...form, relativeHumidity: event.target.value })}
        />
        <TextField
          label={t('heat.staff.readings.observed_at')}
          hint={t('heat.staff.time_hint')}
          name="observedAt"
          type="datetime-local"
          error={errors.observedAt}
          value={form.observedAt}
          onChange={(event) => setForm({ ...form, observedAt: event.target.value })}
        />
        <Button type="submit" disabled={isBusy}>
          {t('heat.staff.readings.submit')}
        </Button>
      </form>
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

function WarningSection() {
  const { t, locale, formatDateTime } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const [districts, setDistricts] = useState<string[]>([]);
  const [level, setLevel] = useState('3');
  const [keys, setKeys] = useState<string[]>([]);
  const [texts, setTexts] = useState<Record<Locale, string>>({ 'zh-TW': '', en: '', id: '', vi: '', th: '' });
  const [validFrom, setValidFrom] = useState('');
  const [validUntil, setValidUntil] = useState(() => localInput(8));
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [version, setVersion] = useState(0);
  const [isBusy, setBusy] = useState(false);
  const messages = useQuery({ queryKey: ['heat-staff-page', 2, locale], queryFn: ({ signal }) => listWarningMessages(locale, signal) });
  const warnings = useQuery({ queryKey: ['heat-staff-page', 3, locale, version], queryFn: ({ signal }) => listWarnings(locale, signal) });
  const errors = fieldErrors(error);
  const allCodes = (city?.districts ?? []).map((d) => d.townCode);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const body: PublishWarning = {
        districts,
        level: Number(level),
        messageKeys: keys as PublishWarning['messageKeys'],
        texts: Object.fromEntries(Object.entries(texts).filter(([, value]) => value.trim() !== '')),
        validUntil: taipeiInstant(validUntil),
        ...(validFrom ? { validFrom: taipeiInstant(validFrom) } : {}),
      };
      await publishWarning(body, csrfToken);
      setNotice(t('heat.staff.warnings.published'));
      setDistricts([]);
      setKeys([]);
      setTexts({ 'zh-TW': '', en: '', id: '', vi: '', th: '' });
      setVersion((v) => v + 1);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async (warning: StaffWarning) => {
    setError(undefined);
    setNotice(undefined);
    try {
      await withdrawWarning(warning.id, csrfToken);
      setNotice(t('heat.staff.warnings.withdrawn'));
      setVersion((v) => v + 1);
    } catch (caught) {
      setError(caught);
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
          : w.districts.map((d) => (locale === 'zh-TW' ? d.name : d.nameEn)).join(t('common.list_separator')),
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
      <ProblemAlert error={error} />
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <form className="form" onSubmit={submit} noValidate>
        <CheckboxGroup
          legend={t('heat.staff.warnings.districts')}
          name="districts"
          error={errors.districts}
          options={(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))}
          selected={districts}
          onChange={setDistricts}
        />
        <div className="heat-actions">
          <Button variant="secondary" onClick={() => setDistricts(allCodes)}>
            {t('heat.staff.warnings.select_all')}
          </Button>
          <Button variant="secondary" onClick={() => setDistricts([])}>
            {t('heat.staff.warnings.select_none')}
          </Button>
        </div>
        <SelectField
          label={t('heat.staff.warnings.level')}
          name="level"
          value={level}
          error={errors.level}
          options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: t(`heat.levels.${n}.label`) }))}
          onChange={(event) => setLevel(event.target.value)}
        />
        {messages.isLoading ? <Loading label={t('common.loading')} /> : null}
        <CheckboxGroup
          legend={t('heat.staff.warnings.messages')}
          hint={t('heat.staff.warnings.messages_hint')}
          name="messageKeys"
          error={errors.messageKeys}
          options={(messages.data?.items ?? []).map((m) => ({ value: m.key, label: m.text }))}
          selected={keys}
          onChange={setKeys}
        />
        {locales.map((language) => (
          <TextArea
            key={language}
            lang={htmlLang[language]}
            label={t('heat.staff.warnings.text_in', { language: languageNames[language] })}
            value={texts[language]}
            onChange={(value) => setTexts({ ...texts, [language]: value })}
          />
        ))}
        <TextField
          label={t('heat.staff.warnings.valid_from')}
          hint={t('heat.staff.warnings.valid_from_hint')}
          name="validFrom"
          type="datetime-local"
          error={errors.validFrom}
          value={validFrom}
          onChange={(event) => setValidFrom(event.target.value)}
        />
        <TextField
          label={t('heat.staff.warnings.valid_until')}
          hint={t('heat.staff.time_hint')}
          name="validUntil"
          type="datetime-local"
          required
          error={errors.validUntil}
          value={validUntil}
          onChange={(event) => setValidUntil(event.target.value)}
        />
        <Button type="submit" disabled={isBusy}>
          {t('heat.staff.warnings.submit')}
        </Button>
      </form>
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
