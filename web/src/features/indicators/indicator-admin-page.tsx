import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { definitionSetRequest, targetRequest } from '../../../../src/modules/indicators/indicators.contract.ts';
import { Link, useLocation } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { type DefinitionSet, getDefinitions, getTargets, putDefinitions, putTarget, type TargetList, type TargetWrite } from './api.ts';
import './indicators.css';

type Definition = DefinitionSet['definitions'][number];
type TargetRow = TargetList['items'][number];
type WeightValues = { weights: Record<string, string> };
type TargetValues = {
  code: string; unitKind: 'city' | 'station' | 'district' | 'region'; unitCode: string; kind: 'absolute' | 'relative';
  value: string; baselineValue: string; baselineYear: string; annualChangePercent: string; source: string;
};

const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** A year's weights, as one set: the server refuses a set that does not add up to 100 %. */
function WeightsForm({ year, set, onSaved }: { year: number; set: DefinitionSet; onSaved: (message: string) => void }) {
  const { t, locale, formatNumber } = useI18n();
  const { csrfToken } = useStaff();
  const defaults = { weights: Object.fromEntries(set.definitions.map((d) => [d.code, String(d.weight)])) };
  const form = useContractForm<WeightValues, typeof definitionSetRequest>({
    schema: definitionSetRequest,
    defaultValues: defaults,
    toRequest: (v) => ({ definitions: set.definitions.map((d: Definition) => ({ ...d, weight: toNumber(v.weights[d.code] ?? '') })) }),
  });
  const weights = form.watch('weights');
  const total = Math.round(Object.values(weights ?? {}).reduce((sum, w) => sum + (Number(w) || 0), 0) * 100) / 100;
  return (
    <KitForm
      form={form}
      label={t('indicators.admin.weights_title', { year })}
      submitLabel={t('indicators.admin.weights_submit', { year })}
      onSubmit={async (request) => {
        await putDefinitions(year, request.definitions, csrfToken);
        onSaved(t('indicators.admin.weights_saved', { year }));
      }}
    >
      <p className="small">{set.fromYear === year ? t('indicators.admin.set_own', { year }) : t('indicators.admin.set_inherited', { year, from: set.fromYear ?? '—' })}</p>
      <div className="indicator-weights">
        {set.definitions.map((d) => (
          <FormText key={d.code} form={form} name={`weights.${d.code}`} label={t('indicators.admin.weight_of', { code: d.code, name: d.name[locale] })} inputMode="decimal" />
        ))}
      </div>
      <p role="status" className={total === 100 ? 'small' : 'small indicator-weights__off'}>
        {total === 100 ? t('indicators.admin.total_ok', { total: formatNumber(total) }) : t('indicators.admin.total_off', { total: formatNumber(total) })}
      </p>
    </KitForm>
  );
}

/** A target for the city or one unit, absolute or relative to a baseline. */
function TargetForm({ year, set, onSaved }: { year: number; set: DefinitionSet; onSaved: (message: string) => void }) {
  const { t, locale } = useI18n();
  const { csrfToken } = useStaff();
  const city = useCity();
  const form = useContractForm<TargetValues, typeof targetRequest>({
    schema: targetRequest,
    defaultValues: { code: set.definitions[0]?.code ?? '1', unitKind: 'city', unitCode: '', kind: 'absolute', value: '', baselineValue: '', baselineYear: '', annualChangePercent: '', source: '' },
    toRequest: (v): TargetWrite => {
      const unit = v.unitKind === 'city' ? {} : { unit: { kind: v.unitKind, code: v.unitCode } };
      return v.kind === 'absolute'
        ? { kind: 'absolute', value: toNumber(v.value), source: v.source, ...unit }
        : { kind: 'relative', baselineValue: toNumber(v.baselineValue), baselineYear: toNumber(v.baselineYear), annualChangePercent: toNumber(v.annualChangePercent), source: v.source, ...unit };
    },
  });
  const unitKind = form.watch('unitKind');
  const kind = form.watch('kind');
  const units =
    unitKind === 'station'
      ? (city?.employmentServiceStations ?? []).map((s) => ({ value: s.code, label: localName(s, locale) }))
      : unitKind === 'region'
        ? (city?.rehabilitationRegions ?? []).map((r) => ({ value: r.code, label: localName(r, locale) }))
        : (city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }));
  return (
    <KitForm
      form={form}
      label={t('indicators.admin.target_title', { year })}
      submitLabel={t('indicators.admin.target_submit')}
      onSubmit={async (request) => {
        const code = form.getValues('code');
        await putTarget(code, year, request, csrfToken);
        onSaved(t('indicators.admin.target_saved', { code, year }));
      }}
    >
      <FormSelect form={form} name="code" label={t('indicators.indicator')} options={set.definitions.map((d) => ({ value: d.code, label: `${d.code}. ${d.name[locale]}` }))} />
      <FormSelect
        form={form}
        name="unitKind"
        label={t('indicators.admin.unit_kind')}
        options={(['city', 'station', 'district', 'region'] as const).map((value) => ({ value, label: t(`indicators.admin.unit.${value}`) }))}
      />
      {unitKind === 'city' ? null : <FormSelect form={form} name="unitCode" label={t(`indicators.admin.unit.${unitKind}`)} options={[{ value: '', label: t('indicators.admin.choose') }, ...units]} />}
      <FormSelect form={form} name="kind" label={t('indicators.admin.kind')} options={(['absolute', 'relative'] as const).map((value) => ({ value, label: t(`indicators.admin.kind_${value}`) }))} />
      {kind === 'absolute' ? (
        <FormText form={form} name="value" label={t('indicators.target')} inputMode="decimal" />
      ) : (
        <>
          <FormText form={form} name="baselineValue" label={t('indicators.admin.baseline_value')} hint={t('indicators.admin.relative_hint')} inputMode="decimal" />
          <FormText form={form} name="baselineYear" label={t('indicators.admin.baseline_year')} inputMode="numeric" />
          <FormText form={form} name="annualChangePercent" label={t('indicators.admin.annual_change')} hint={t('indicators.admin.annual_change_hint')} inputMode="decimal" />
        </>
      )}
      <FormText form={form} name="source" label={t('indicators.admin.target_source')} hint={t('indicators.admin.target_source_hint')} maxLength={300} />
    </KitForm>
  );
}

/** The admin's screen: a year's definitions (weights adding up to 100 %) and its targets, city-wide and per unit. */
export function IndicatorAdminPage() {
  const { t, locale, formatNumber } = useI18n();
  const city = useCity();
  const queryClient = useQueryClient();
  const { search } = useLocation();
  const year = Number(search.get('year')) || new Date().getFullYear();
  const definitions = useQuery({ queryKey: ['indicator-definitions', year], queryFn: ({ signal }) => getDefinitions(year, signal) });
  const targets = useQuery({ queryKey: ['indicator-targets', year], queryFn: ({ signal }) => getTargets(year, signal) });
  const [message, setMessage] = useState<string | null>(null);
  const saved = async (text: string) => {
    setMessage(text);
    await queryClient.invalidateQueries({ queryKey: ['indicator-definitions', year] });
    await queryClient.invalidateQueries({ queryKey: ['indicator-targets', year] });
    await queryClient.invalidateQueries({ queryKey: ['indicators'] });
  };
  const unitName = (r: TargetRow) => {
    if (r.unitKind === 'city' || r.unitCode === null) return t('indicators.admin.unit.city');
    const found =
      r.unitKind === 'station'
        ? city?.employmentServiceStations.find((s) => s.code === r.unitCode)
        : r.unitKind === 'region'
          ? city?.rehabilitationRegions.find((g) => g.code === r.unitCode)
          : city?.districts.find((d) => d.townCode === r.unitCode);
    return found ? localName(found, locale) : r.unitCode;
  };
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v));
  const columns: Column<TargetRow>[] = [
    { key: 'code', header: t('indicators.indicator'), render: (r) => r.code },
    { key: 'unit', header: t('indicators.admin.unit_kind'), render: unitName },
    { key: 'kind', header: t('indicators.admin.kind'), render: (r) => t(`indicators.admin.kind_${r.kind}`) },
    {
      key: 'value',
      header: t('indicators.target'),
      isNumeric: true,
      render: (r) => (r.kind === 'absolute' ? n(r.value) : t('indicators.admin.rule', { baseline: n(r.baselineValue), year: r.baselineYear ?? '—', change: n(r.annualChangePercent) })),
    },
    { key: 'source', header: t('indicators.admin.target_source'), render: (r) => r.source },
  ];
  return (
    <Page title={t('indicators.admin.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('indicators.admin.lead')}</p>}>
      <p>
        <Link href={`/staff/indicators?year=${year}`}>{t('indicators.back')}</Link>
      </p>
      <ProblemAlert error={definitions.error ?? targets.error} />
      {message ? <Alert tone="success">{message}</Alert> : null}
      {definitions.data ? (
        <>
          <section className="section" aria-labelledby="indicator-weights">
            <h2 id="indicator-weights">{t('indicators.admin.weights_title', { year })}</h2>
            <WeightsForm key={`${year}-${definitions.data.fromYear}`} year={year} set={definitions.data} onSaved={saved} />
          </section>
          <section className="section" aria-labelledby="indicator-targets">
            <h2 id="indicator-targets">{t('indicators.admin.target_title', { year })}</h2>
            <TargetForm year={year} set={definitions.data} onSaved={saved} />
            <DataTable caption={t('indicators.admin.targets_caption', { year })} columns={columns} rows={targets.data?.items ?? []} rowKey={(r) => `${r.code}-${r.unitKind}-${r.unitCode ?? ''}`} empty={t('indicators.admin.no_targets')} />
          </section>
        </>
      ) : null}
    </Page>
  );
}
