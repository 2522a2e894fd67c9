/**
 * The mass-layoff rule sets (ADR 0037): the figures of 大量解僱勞工保護法 Arts. 2, 4 and 5 as an administrator read
 * them, each with its source and the day it applies from. No figure is built in: a plan is assessed with the set
 * in force on its notice day. Up to five site bands are entered here (Art. 2 para. 1 has five items).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { ruleSetRequest, type ruleSet } from '../../../../src/modules/mass-layoffs/mass-layoffs.contract.ts';
import { apiRequest } from '../../app/api-client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';

type RuleSet = z.infer<typeof ruleSet>;
type BandValues = { item: string; minHeadcount: string; maxHeadcount: string; withinWindow: { kind: string; count: string; numerator: string; denominator: string }; singleDayOver: string };
type Values = {
  effectiveFrom: string; windowDays: string; noticeDays: string; negotiationDays: string; committeeDays: string; source: string;
  siteBands: BandValues[];
  enterprise: { item: string; withinWindowOver: string; singleDayOver: string };
};
const bandCount = 5;
const path = '/api/v1/staff/mass-layoffs/rule-sets';
const blankBand = (): BandValues => ({ item: '', minHeadcount: '', maxHeadcount: '', withinWindow: { kind: 'count', count: '', numerator: '', denominator: '' }, singleDayOver: '' });
const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v.trim()));
const orNull = (v: string) => (v.trim() === '' ? null : Number(v.trim()));
const isBlank = (b: BandValues) => [b.item, b.minHeadcount, b.maxHeadcount, b.withinWindow.count, b.withinWindow.numerator, b.withinWindow.denominator, b.singleDayOver].every((v) => v.trim() === '');

function toRequest(v: Values) {
  // Trailing empty bands are left out; a gap keeps its place so the contract's messages land on the right fields.
  let last = v.siteBands.length - 1;
  while (last >= 0 && isBlank(v.siteBands[last]!)) last -= 1;
  const enterpriseBlank = [v.enterprise.item, v.enterprise.withinWindowOver, v.enterprise.singleDayOver].every((x) => x.trim() === '');
  return {
    effectiveFrom: v.effectiveFrom,
    windowDays: num(v.windowDays),
    noticeDays: num(v.noticeDays),
    negotiationDays: num(v.negotiationDays),
    committeeDays: num(v.committeeDays),
    source: v.source,
    siteBands: v.siteBands.slice(0, last + 1).map((b) => ({
      item: num(b.item),
      minHeadcount: num(b.minHeadcount),
      maxHeadcount: orNull(b.maxHeadcount),
      withinWindow: b.withinWindow.kind === 'fraction'
        ? { kind: 'fraction' as const, numerator: num(b.withinWindow.numerator), denominator: num(b.withinWindow.denominator) }
        : { kind: 'count' as const, count: num(b.withinWindow.count) },
      singleDayOver: orNull(b.singleDayOver),
    })),
    enterprise: enterpriseBlank ? null : { item: num(v.enterprise.item), withinWindowOver: num(v.enterprise.withinWindowOver), singleDayOver: orNull(v.enterprise.singleDayOver) },
  };
}

function RuleSetForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<Values, typeof ruleSetRequest>({
    schema: ruleSetRequest,
    defaultValues: {
      effectiveFrom: '', windowDays: '', noticeDays: '', negotiationDays: '', committeeDays: '', source: '',
      siteBands: Array.from({ length: bandCount }, blankBand),
      enterprise: { item: '', withinWindowOver: '', singleDayOver: '' },
    },
    toRequest,
  });
  const f = (key: string, params?: Record<string, string | number>) => t(`mass-layoffs.rule_sets.fields.${key}`, params);
  return (
    <KitForm
      form={form}
      label={t('mass-layoffs.rule_sets.form_title')}
      submitLabel={t('mass-layoffs.rule_sets.submit')}
      onSubmit={async (request) => {
        await apiRequest(path, { method: 'POST', body: request, csrfToken });
        form.reset();
        onSaved();
      }}
    >
      <FormText form={form} name="effectiveFrom" label={f('effective_from')} type="date" />
      <FormTextArea form={form} name="source" label={f('source')} rows={3} />
      <FormText form={form} name="windowDays" label={f('window_days')} hint={f('window_days_hint')} inputMode="numeric" />
      <FormText form={form} name="noticeDays" label={f('notice_days')} hint={f('notice_days_hint')} inputMode="numeric" />
      <FormText form={form} name="negotiationDays" label={f('negotiation_days')} inputMode="numeric" />
      <FormText form={form} name="committeeDays" label={f('committee_days')} inputMode="numeric" />
      {Array.from({ length: bandCount }, (_, i) => (
        <fieldset className="fieldset" key={i}>
          <legend className="fieldset__legend">{f('band_legend', { n: i + 1 })}</legend>
          <FormText form={form} name={`siteBands.${i}.item`} label={f('item')} inputMode="numeric" />
          <FormText form={form} name={`siteBands.${i}.minHeadcount`} label={f('min_headcount')} inputMode="numeric" />
          <FormText form={form} name={`siteBands.${i}.maxHeadcount`} label={f('max_headcount')} hint={f('max_headcount_hint')} inputMode="numeric" />
          <FormSelect
            form={form}
            name={`siteBands.${i}.withinWindow.kind`}
            label={f('limit_kind')}
            options={[{ value: 'count', label: f('limit_count') }, { value: 'fraction', label: f('limit_fraction') }]}
          />
          <FormText form={form} name={`siteBands.${i}.withinWindow.count`} label={f('count')} hint={f('count_hint')} inputMode="numeric" />
          <FormText form={form} name={`siteBands.${i}.withinWindow.numerator`} label={f('numerator')} inputMode="numeric" />
          <FormText form={form} name={`siteBands.${i}.withinWindow.denominator`} label={f('denominator')} inputMode="numeric" />
          <FormText form={form} name={`siteBands.${i}.singleDayOver`} label={f('single_day')} hint={f('single_day_hint')} inputMode="numeric" />
        </fieldset>
      ))}
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{f('enterprise_legend')}</legend>
        <FormText form={form} name="enterprise.item" label={f('item')} inputMode="numeric" />
        <FormText form={form} name="enterprise.withinWindowOver" label={f('enterprise_over')} inputMode="numeric" />
        <FormText form={form} name="enterprise.singleDayOver" label={f('single_day')} hint={f('single_day_hint')} inputMode="numeric" />
      </fieldset>
    </KitForm>
  );
}

export function MassLayoffRuleSetsPage() {
  const { t, formatPlainDate, formatNumber } = useI18n();
  const { can } = useSession();
  const client = useQueryClient();
  const [saved, setSaved] = useState(false);
  const sets = useQuery({ queryKey: ['mass-layoff-rule-sets'], queryFn: ({ signal }) => apiRequest<{ items: RuleSet[] }>(path, { signal }) });
  const limit = (b: RuleSet['siteBands'][number]) =>
    b.withinWindow.kind === 'count' ? formatNumber(b.withinWindow.count) : `${b.withinWindow.numerator}/${b.withinWindow.denominator}`;
  const bands = (s: RuleSet) =>
    s.siteBands
      .map((b) => t('mass-layoffs.rule_sets.band_line', { item: b.item, from: formatNumber(b.minHeadcount), below: b.maxHeadcount === null ? '∞' : formatNumber(b.maxHeadcount), limit: limit(b) }))
      .join('；');
  return (
    <Page title={t('mass-layoffs.rule_sets.title')} siteName={t('staff-auth.site_name')}>
      <p>
        <Link href="/staff/mass-layoffs">{t('mass-layoffs.rule_sets.back')}</Link>
      </p>
      <p>{t('mass-layoffs.rule_sets.lead')}</p>
      {saved ? <Alert tone="success">{t('mass-layoffs.rule_sets.saved')}</Alert> : null}
      <ProblemAlert error={sets.error} />
      {sets.isLoading ? <Loading label={t('common.loading')} /> : null}
      {sets.data ? (
        <DataTable
          caption={t('mass-layoffs.rule_sets.caption', { total: sets.data.items.length })}
          rows={sets.data.items}
          rowKey={(s) => s.id}
          empty={t('mass-layoffs.rule_sets.empty')}
          columns={[
            { key: 'from', header: t('mass-layoffs.rule_sets.columns.effective_from'), render: (s) => formatPlainDate(s.effectiveFrom) },
            { key: 'days', header: t('mass-layoffs.rule_sets.columns.days'), render: (s) => t('mass-layoffs.rule_sets.days_line', { window: s.windowDays, notice: s.noticeDays, negotiation: s.negotiationDays, committee: s.committeeDays }) },
            { key: 'bands', header: t('mass-layoffs.rule_sets.columns.bands'), render: bands },
            { key: 'source', header: t('mass-layoffs.rule_sets.columns.source'), render: (s) => s.source },
          ]}
        />
      ) : null}
      {can('mass-layoffs.rules') ? (
        <section className="section" aria-labelledby="rule-set-form">
          <h2 id="rule-set-form">{t('mass-layoffs.rule_sets.form_title')}</h2>
          <p>{t('mass-layoffs.rule_sets.form_lead')}</p>
          <RuleSetForm
            onSaved={() => {
              setSaved(true);
              void client.invalidateQueries({ queryKey: ['mass-layoff-rule-sets'] });
            }}
          />
        </section>
      ) : null}
    </Page>
  );
}
