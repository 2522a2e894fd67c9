import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { entryRequest } from '../../../../src/modules/indicators/indicators.contract.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { SelectField } from '../../ui/form-field.tsx';
import { FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { type EntryList, type EntryWrite, getDefinitions, getEntries, postEntry } from './api.ts';
import './indicators.css';

type Values = { period: string; numerator: string; denominator: string; value: string; source: string; sourceDate: string };
type EntryRow = EntryList['items'][number];

const blank: Values = { period: '', numerator: '', denominator: '', value: '', source: '', sourceDate: '' };
const optionalNumber = (text: string) => (text.trim() === '' ? undefined : Number(text));

/**
 * The analyst's entry of figures the platform cannot hold (and indicator 4's youth population), each with its
 * source document and date; under the form, every entry with who entered it and from which document.
 */
export function IndicatorEntriesPage() {
  const { t, locale, formatNumber, formatDateTime } = useI18n();
  const { csrfToken } = useStaff();
  const queryClient = useQueryClient();
  const { pathname, search } = useLocation();
  const year = Number(search.get('year')) || new Date().getFullYear();
  const definitions = useQuery({ queryKey: ['indicator-definitions', year], queryFn: ({ signal }) => getDefinitions(year, signal) });
  // Entered indicators, and module indicators whose denominator is entered (indicator 4).
  const enterable = (definitions.data?.definitions ?? []).filter((d) => d.source === 'entered' || d.denominatorEntered);
  const code = search.get('code') ?? enterable[0]?.code ?? '';
  const definition = enterable.find((d) => d.code === code);
  const denominatorOnly = definition?.source === 'module';
  const entries = useQuery({ queryKey: ['indicator-entries', code], enabled: code !== '', queryFn: ({ signal }) => getEntries(code, signal) });
  const [saved, setSaved] = useState<string | null>(null);
  const form = useContractForm<Values, typeof entryRequest>({
    schema: entryRequest,
    defaultValues: blank,
    toRequest: (v): EntryWrite => ({
      period: v.period.trim(),
      numerator: denominatorOnly ? undefined : optionalNumber(v.numerator),
      denominator: optionalNumber(v.denominator),
      value: denominatorOnly ? undefined : optionalNumber(v.value),
      source: v.source,
      sourceDate: v.sourceDate,
    }),
  });
  const submit = async (body: EntryWrite) => {
    const created = await postEntry(code, body, csrfToken);
    setSaved(created.period);
    form.reset(blank);
    await queryClient.invalidateQueries({ queryKey: ['indicator-entries', code] });
    await queryClient.invalidateQueries({ queryKey: ['indicators'] });
  };
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v));
  const columns: Column<EntryRow>[] = [
    { key: 'period', header: t('indicators.period'), render: (e) => e.period },
    { key: 'numerator', header: definition?.numeratorDescription[locale] ?? t('indicators.numerator'), isNumeric: true, render: (e) => n(e.numerator) },
    { key: 'denominator', header: t('indicators.denominator'), isNumeric: true, render: (e) => n(e.denominator) },
    { key: 'value', header: t('indicators.value'), isNumeric: true, render: (e) => n(e.value) },
    { key: 'source', header: t('indicators.entry_source'), render: (e) => e.source },
    { key: 'sourceDate', header: t('indicators.entry_source_date'), render: (e) => e.sourceDate },
    { key: 'enteredBy', header: t('indicators.entered_by'), render: (e) => t('indicators.entered_by_at', { by: e.enteredBy, at: formatDateTime(e.enteredAt) }) },
  ];
  return (
    <Page title={t('indicators.entries_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('indicators.entries_lead')}</p>}>
      <p>
        <Link href={`/staff/indicators?year=${year}`}>{t('indicators.back')}</Link>
      </p>
      <ProblemAlert error={definitions.error ?? entries.error} />
      <SelectField
        label={t('indicators.indicator')}
        value={code}
        onChange={(event) => {
          setSaved(null);
          navigate(`${pathname}?year=${year}&code=${event.target.value}`);
        }}
        options={enterable.map((d) => ({ value: d.code, label: `${d.code}. ${d.name[locale]}` }))}
      />
      {definition ? (
        <>
          <p className="small">{t('indicators.formula', { formula: definition.formula })}</p>
          {denominatorOnly ? <p className="small">{t('indicators.entry_denominator_only')}</p> : null}
          {saved ? <Alert tone="success">{t('indicators.entry_saved', { period: saved })}</Alert> : null}
          <KitForm form={form} label={t('indicators.entries_title')} submitLabel={t('indicators.entry_submit')} onSubmit={submit}>
            <FormText form={form} name="period" label={t('indicators.period')} hint={t('indicators.entry_period_hint')} />
            {denominatorOnly ? null : <FormText form={form} name="numerator" label={t('indicators.numerator')} hint={definition.numeratorDescription[locale]} inputMode="decimal" />}
            {definition.denominatorDescription ? (
              <FormText form={form} name="denominator" label={t('indicators.denominator')} hint={definition.denominatorDescription[locale]} inputMode="decimal" />
            ) : null}
            {denominatorOnly ? null : <FormText form={form} name="value" label={t('indicators.entry_value')} hint={t('indicators.entry_value_hint')} inputMode="decimal" />}
            <FormText form={form} name="source" label={t('indicators.entry_source')} hint={t('indicators.entry_source_hint')} maxLength={300} />
            <FormText form={form} name="sourceDate" label={t('indicators.entry_source_date')} type="date" />
          </KitForm>
          <section className="section" aria-labelledby="indicator-entries">
            <h2 id="indicator-entries">{t('indicators.entries_list')}</h2>
            <DataTable caption={t('indicators.entries_list')} columns={columns} rows={entries.data?.items ?? []} rowKey={(e) => e.id} empty={t('indicators.no_entries')} />
          </section>
        </>
      ) : null}
    </Page>
  );
}

