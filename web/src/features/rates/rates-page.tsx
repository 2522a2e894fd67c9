/**
 * 費率公告 (issue 14 §3, ADR 0024): the periods of each rate that changes by announcement, built in or
 * published, each with its source; and a form per kind to publish the next one with its announcement.
 * A published period is never changed: the server refuses one that does not start after the last.
 */
import { rateTablesFromPublished, type ContributionGradeTable, type DisabilityGradeTable, type EffectiveDated, type MinimumWageRate } from '#labor-rules';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { contributionGradesRequest, disabilityGradesRequest, minimumWageRequest } from '../../../../src/modules/rates/rates.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { TextAreaField } from '../../ui/form-field.tsx';
import { type ContractForm, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { type ContributionGradesRequest, type DisabilityGradesRequest, listRates, type MinimumWageRequest, publishRate } from './api.ts';
import { RatesRenewalNotice } from './renewal-notice.tsx';
import { PeriodSource } from './rates-used.tsx';
import './rates.css';

type AnnouncementValues = { name: string; number: string; date: string; url: string };
const emptyAnnouncement = (): AnnouncementValues => ({ name: '', number: '', date: '', url: '' });

/** A number field's text as the contract's number; left as text when it is not one, so the contract names it. */
const asNumber = (value: string) => {
  const plain = value.replace(/[,，\s]/g, '');
  return plain !== '' && Number.isFinite(Number(plain)) ? Number(plain) : (value as unknown as number);
};

function usePeriodText() {
  const { t, formatPlainDate } = useI18n();
  return (period: EffectiveDated) =>
    period.effectiveTo === null
      ? t('rates.table.from', { from: formatPlainDate(period.effectiveFrom) })
      : t('rates.table.from_to', { from: formatPlainDate(period.effectiveFrom), to: formatPlainDate(period.effectiveTo) });
}

/** The hint under a date field: what to type, and the day typed read back (民國 years in Chinese). */
function useDateHint() {
  const { t, formatPlainDate } = useI18n();
  return (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? t('rates.form.date_read_back', { date: formatPlainDate(value) }) : t('rates.form.date_hint'));
}

function AnnouncementFields<V extends { announcement: AnnouncementValues }>({ form }: { form: ContractForm<V> }) {
  const { t } = useI18n();
  const dateHint = useDateHint();
  const f = form as unknown as ContractForm<{ announcement: AnnouncementValues }>;
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{t('rates.form.announcement')}</legend>
      <FormText form={f} name="announcement.name" label={t('rates.form.announcement_name')} hint={t('rates.form.announcement_name_hint')} />
      <div className="field-row field-row--2">
        <FormText form={f} name="announcement.number" label={t('rates.form.announcement_number')} hint={t('rates.form.announcement_number_hint')} />
        <FormText form={f} name="announcement.date" label={t('rates.form.announcement_date')} hint={dateHint(f.watch('announcement.date'))} type="date" />
      </div>
      <FormText form={f} name="announcement.url" label={t('rates.form.announcement_url')} hint={t('rates.form.announcement_url_hint')} type="url" inputMode="text" autoCapitalize="none" spellCheck={false} />
    </fieldset>
  );
}

function usePublish(kind: 'minimum-wage' | 'contribution-grades' | 'disability-grades') {
  const { csrfToken } = useStaff();
  const queryClient = useQueryClient();
  return async (body: unknown) => {
    await publishRate(kind, body, csrfToken);
    await Promise.all([queryClient.invalidateQueries({ queryKey: ['rates'] }), queryClient.invalidateQueries({ queryKey: ['rates-status'] })]);
  };
}

type MinimumWageValues = { effectiveFrom: string; monthly: string; hourly: string; announcement: AnnouncementValues };

function MinimumWageSection({ periods }: { periods: readonly MinimumWageRate[] }) {
  const { t, formatMoney, formatPlainDate } = useI18n();
  const periodText = usePeriodText();
  const dateHint = useDateHint();
  const publish = usePublish('minimum-wage');
  const [published, setPublished] = useState<string>();
  const form = useContractForm<MinimumWageValues, typeof minimumWageRequest>({
    schema: minimumWageRequest,
    defaultValues: { effectiveFrom: '', monthly: '', hourly: '', announcement: emptyAnnouncement() },
    toRequest: (v) => ({ effectiveFrom: v.effectiveFrom, monthly: asNumber(v.monthly), hourly: asNumber(v.hourly), announcement: v.announcement }),
    messages: { 'announcement.url': t('rates.form.url_invalid') },
  });
  const submit = async (request: MinimumWageRequest) => {
    setPublished(undefined);
    await publish(request);
    setPublished(t('rates.form.published', { from: formatPlainDate(request.effectiveFrom) }));
    form.reset({ effectiveFrom: '', monthly: '', hourly: '', announcement: emptyAnnouncement() });
  };
  const columns: Column<MinimumWageRate>[] = [
    { key: 'period', header: t('rates.table.period'), render: (p) => periodText(p) },
    { key: 'monthly', header: t('rates.table.monthly'), render: (p) => formatMoney(p.monthly), isNumeric: true },
    { key: 'hourly', header: t('rates.table.hourly'), render: (p) => formatMoney(p.hourly), isNumeric: true },
    { key: 'origin', header: t('rates.table.origin'), render: (p) => (p.announcement ? t('rates.table.published') : t('rates.table.built_in')) },
    { key: 'source', header: t('rates.table.source'), render: (p) => <PeriodSource period={p} /> },
  ];
  return (
    <section className="section" aria-labelledby="rates-minimum-wage">
      <h2 id="rates-minimum-wage">{t('rates.kinds.minimum-wage')}</h2>
      <p className="section__intro">{t('rates.intro.minimum-wage')}</p>
      <DataTable caption={t('rates.table.caption', { kind: t('rates.kinds.minimum-wage') })} columns={columns} rows={[...periods].reverse()} rowKey={(p) => p.effectiveFrom} empty={t('rates.table.empty')} />
      <h3>{t('rates.form.title', { kind: t('rates.kinds.minimum-wage') })}</h3>
      {published ? <Alert tone="success">{published}</Alert> : null}
      <KitForm form={form} label={t('rates.form.title', { kind: t('rates.kinds.minimum-wage') })} submitLabel={t('rates.form.submit')} onSubmit={submit}>
        <FormText form={form} name="effectiveFrom" label={t('rates.form.effective_from')} hint={dateHint(form.watch('effectiveFrom'))} type="date" />
        <div className="field-row field-row--2">
          <FormText form={form} name="monthly" label={t('rates.form.monthly')} inputMode="numeric" autoComplete="off" />
          <FormText form={form} name="hourly" label={t('rates.form.hourly')} inputMode="numeric" autoComplete="off" />
        </div>
        <AnnouncementFields form={form} />
      </KitForm>
    </section>
  );
}

type GradeKind = 'contribution-grades' | 'disability-grades';
type GradeTable = ContributionGradeTable | DisabilityGradeTable;
/** Each row holds its amount under the contract's own name (`wage` or `days`), so an error lands on its field. */
type GradeRow = { wage: string; days: string };
type GradeValues = { effectiveFrom: string; grades: GradeRow[]; announcement: AnnouncementValues };
const gradeRow = (amount: string): GradeRow => ({ wage: amount, days: amount });

const amountOf = (row: { wage: number } | { days: number }) => ('wage' in row ? row.wage : row.days);

/** A table of grades (the contribution grade table, the disability table): one amount per grade, grades numbered in order. */
function GradeSection({ kind, periods }: { kind: GradeKind; periods: readonly GradeTable[] }) {
  const { t, formatMoney, formatNumber, formatPlainDate } = useI18n();
  const periodText = usePeriodText();
  const dateHint = useDateHint();
  const publish = usePublish(kind);
  const [published, setPublished] = useState<string>();
  const [pasted, setPasted] = useState('');
  const isWage = kind === 'contribution-grades';
  const key = isWage ? 'wage' : 'days';
  const last = periods.at(-1);
  // A new table starts as a copy of the last one: usually only a few grades change.
  const startRows = () => (last ? last.grades.map((row) => gradeRow(String(amountOf(row)))) : [gradeRow('')]);
  const schema = isWage ? contributionGradesRequest : disabilityGradesRequest;
  const messages = Object.fromEntries(
    Array.from({ length: 100 }, (_, i) => [`grades.${i}.${key}`, isWage ? t('rates.form.amount_rising') : t('rates.form.amount_falling')]),
  );
  const form = useContractForm<GradeValues, typeof schema>({
    schema,
    defaultValues: { effectiveFrom: '', grades: startRows(), announcement: emptyAnnouncement() },
    toRequest: (v) => ({
      effectiveFrom: v.effectiveFrom,
      grades: v.grades.map((row, index) => ({ grade: index + 1, [key]: asNumber(row[key]) })) as never,
      announcement: v.announcement,
    }),
    messages: { ...messages, 'announcement.url': t('rates.form.url_invalid') },
  });
  const rows = useFieldArray({ control: form.control, name: 'grades' });
  const fillFromText = () => {
    // One grade per line; the last number on a line is its amount (a table copied from the announcement).
    const amounts = pasted.split(/\r?\n/).map((line) => /(\d[\d,]*)\s*$/.exec(line.trim())?.[1]?.replace(/,/g, '')).filter((value): value is string => value !== undefined);
    if (amounts.length) rows.replace(amounts.map(gradeRow));
  };
  const submit = async (request: ContributionGradesRequest | DisabilityGradesRequest) => {
    setPublished(undefined);
    await publish(request);
    setPublished(t('rates.form.published', { from: formatPlainDate(request.effectiveFrom) }));
    form.reset({ effectiveFrom: '', grades: form.getValues('grades'), announcement: emptyAnnouncement() });
  };
  const show = (value: number) => (isWage ? formatMoney(value) : t('rates.table.days', { days: formatNumber(value) }));
  const columns: Column<GradeTable>[] = [
    { key: 'period', header: t('rates.table.period'), render: (p) => periodText(p) },
    {
      key: 'grades',
      header: t('rates.table.grades'),
      render: (p) => {
        const first = p.grades[0];
        const end = p.grades.at(-1);
        return first && end
          ? t('rates.table.grade_range', { count: formatNumber(p.grades.length), first: show(amountOf(first)), last: show(amountOf(end)) })
          : '';
      },
    },
    { key: 'source', header: t('rates.table.source'), render: (p) => <PeriodSource period={p} /> },
  ];
  const title = t(`rates.kinds.${kind}`);
  return (
    <section className="section" aria-labelledby={`rates-${kind}`}>
      <h2 id={`rates-${kind}`}>{title}</h2>
      <p className="section__intro">{t(`rates.intro.${kind}`)}</p>
      <DataTable caption={t('rates.table.caption', { kind: title })} columns={columns} rows={[...periods].reverse()} rowKey={(p) => p.effectiveFrom} empty={t('rates.table.empty')} />
      <h3>{t('rates.form.title', { kind: title })}</h3>
      {published ? <Alert tone="success">{published}</Alert> : null}
      <KitForm form={form} label={t('rates.form.title', { kind: title })} submitLabel={t('rates.form.submit')} onSubmit={submit}>
        <FormText form={form} name="effectiveFrom" label={t('rates.form.effective_from')} hint={dateHint(form.watch('effectiveFrom'))} type="date" />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{isWage ? t('rates.form.grades_wage') : t('rates.form.grades_days')}</legend>
          <TextAreaField
            label={t('rates.form.paste')}
            hint={t('rates.form.paste_hint')}
            rows={3}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
          />
          <div className="button-row">
            <Button variant="secondary" onClick={fillFromText}>
              {t('rates.form.fill')}
            </Button>
          </div>
          <ol className="rates-grades">
            {rows.fields.map((row, index) => (
              <li key={row.id}>
                <FormText
                  form={form}
                  name={`grades.${index}.${key}` as 'grades.0.wage'}
                  label={isWage ? t('rates.form.grade_wage', { grade: index + 1 }) : t('rates.form.grade_days', { grade: index + 1 })}
                  inputMode="numeric"
                  autoComplete="off"
                />
              </li>
            ))}
          </ol>
          <div className="button-row">
            <Button variant="secondary" onClick={() => rows.append(gradeRow(''))} disabled={rows.fields.length >= (isWage ? 100 : 15)}>
              {t('rates.form.add_grade')}
            </Button>
            <Button variant="secondary" onClick={() => rows.remove(rows.fields.length - 1)} disabled={rows.fields.length <= 1}>
              {t('rates.form.remove_grade', { grade: rows.fields.length })}
            </Button>
          </div>
        </fieldset>
        <AnnouncementFields form={form} />
      </KitForm>
    </section>
  );
}

/** /staff/rates: for `rates.manage` (admin). */
export function RatesPage() {
  const { t } = useI18n();
  const rates = useQuery({ queryKey: ['rates'], queryFn: ({ signal }) => listRates(signal) });
  const tables = rates.data ? rateTablesFromPublished(rates.data) : undefined;
  return (
    <Page title={t('rates.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('rates.lead')}</p>}>
      <RatesRenewalNotice withLink={false} />
      <ProblemAlert error={rates.error} />
      {rates.isPending ? <Loading label={t('common.loading')} /> : null}
      {tables ? (
        <>
          <MinimumWageSection periods={tables.minimumWages} />
          <GradeSection key="contribution-grades" kind="contribution-grades" periods={tables.contributionGradeTables} />
          <GradeSection key="disability-grades" kind="disability-grades" periods={tables.disabilityGradeTables} />
        </>
      ) : null}
    </Page>
  );
}
