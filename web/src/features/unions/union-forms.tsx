/**
 * The union page's staff forms besides filing a report (issue 11 §4): recording an election, which moves the
 * board's term end; amending a year's report with the reason (audited on the server); the year's evaluation and
 * a guidance visit, which count towards indicator 5.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { evaluationInput, visitInput } from '../../../../src/modules/unions/unions.contract.ts';
import { amendRequest } from '../../../../src/modules/unions/unions.reports.contract.ts';
import { apiRequest } from '../../app/api-client.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { SelectField } from '../../ui/form-field.tsx';
import { FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';

type Line = { category: string; amount: number };
export type UnionReport = { id: string; year: number; members: number; income: Line[]; spending: Line[]; incomeTotal: number; spendingTotal: number; filedOn: string; revision: number };

const date = z.iso.date({ message: 'validation.date' });
// The server's election shape (unions.reports.routes.ts), as the form checks it first.
const electionValues = z
  .object({ heldOn: date, newTermEndsOn: date, chairName: z.string().trim().max(100).optional() })
  .refine((e) => e.newTermEndsOn > e.heldOn, { path: ['newTermEndsOn'], message: 'validation.end_before_start' });

export function ElectionForm({ unionId }: { unionId: string }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const [done, setDone] = useState(false);
  const form = useContractForm<{ heldOn: string; newTermEndsOn: string; chairName: string }, typeof electionValues>({
    schema: electionValues,
    defaultValues: { heldOn: '', newTermEndsOn: '', chairName: '' },
    toRequest: (v) => ({ heldOn: v.heldOn, newTermEndsOn: v.newTermEndsOn, ...(v.chairName.trim() ? { chairName: v.chairName.trim() } : {}) }),
  });
  return (
    <>
      {done ? <Alert tone="success">{t('unions.election_form.saved')}</Alert> : null}
      <KitForm
        form={form}
        label={t('unions.election_form.title')}
        submitLabel={t('unions.election_form.submit')}
        onSubmit={async (request) => {
          setDone(false);
          await apiRequest(`/api/v1/staff/unions/${encodeURIComponent(unionId)}/elections`, { method: 'POST', body: request, csrfToken });
          await client.invalidateQueries({ queryKey: ['union', unionId] });
          await client.invalidateQueries({ queryKey: ['unions-elections-due'] });
          form.reset();
          setDone(true);
        }}
      >
        <FormText form={form} name="heldOn" label={t('unions.election_form.held_on')} type="date" />
        <FormText form={form} name="newTermEndsOn" label={t('unions.election_form.term_ends_on')} hint={t('unions.election_form.term_hint')} type="date" />
        <FormText form={form} name="chairName" label={t('unions.election_form.chair')} />
      </KitForm>
    </>
  );
}

type AmendValues = { members: string; filedOn: string; income1: string; incomeAmount1: string; income2: string; incomeAmount2: string; spending1: string; spendingAmount1: string; spending2: string; spendingAmount2: string; reason: string };
const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v.trim()));
const lines = (pairs: [string, string][]) => pairs.filter(([c, a]) => c.trim() || a.trim()).map(([c, a]) => ({ category: c.trim(), amount: num(a) }));
const at = (list: Line[], i: number) => ({ category: list[i]?.category ?? '', amount: list[i] ? String(list[i].amount) : '' });

/** The chosen year's report, prefilled; only its first two lines of each kind are editable here. */
function AmendFields({ unionId, report, onDone }: { unionId: string; report: UnionReport; onDone: () => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const [i1, i2, s1, s2] = [at(report.income, 0), at(report.income, 1), at(report.spending, 0), at(report.spending, 1)];
  const form = useContractForm<AmendValues, typeof amendRequest>({
    schema: amendRequest,
    defaultValues: {
      members: String(report.members), filedOn: report.filedOn,
      income1: i1.category, incomeAmount1: i1.amount, income2: i2.category, incomeAmount2: i2.amount,
      spending1: s1.category, spendingAmount1: s1.amount, spending2: s2.category, spendingAmount2: s2.amount, reason: '',
    },
    toRequest: (v) => ({
      members: num(v.members), filedOn: v.filedOn, reason: v.reason,
      income: [...lines([[v.income1, v.incomeAmount1], [v.income2, v.incomeAmount2]]), ...report.income.slice(2)],
      spending: [...lines([[v.spending1, v.spendingAmount1], [v.spending2, v.spendingAmount2]]), ...report.spending.slice(2)],
    }),
  });
  const f = (key: string, params?: Record<string, string | number>) => t(`unions.reports.fields.${key}`, params);
  return (
    <KitForm
      form={form}
      label={t('unions.amend.title')}
      submitLabel={t('unions.amend.submit')}
      onSubmit={async (request) => {
        await apiRequest(`/api/v1/staff/unions/${encodeURIComponent(unionId)}/annual-reports/${report.year}`, { method: 'PUT', body: request, csrfToken });
        await client.invalidateQueries({ queryKey: ['union-reports', unionId] });
        onDone();
      }}
    >
      <FormText form={form} name="members" label={f('members')} inputMode="numeric" />
      <FormText form={form} name="filedOn" label={f('filed_on')} type="date" />
      <FormText form={form} name="income1" label={f('income_category', { n: 1 })} />
      <FormText form={form} name="incomeAmount1" label={f('income_amount', { n: 1 })} inputMode="numeric" />
      <FormText form={form} name="income2" label={f('income_category', { n: 2 })} />
      <FormText form={form} name="incomeAmount2" label={f('income_amount', { n: 2 })} inputMode="numeric" />
      <FormText form={form} name="spending1" label={f('spending_category', { n: 1 })} />
      <FormText form={form} name="spendingAmount1" label={f('spending_amount', { n: 1 })} inputMode="numeric" />
      <FormText form={form} name="spending2" label={f('spending_category', { n: 2 })} />
      <FormText form={form} name="spendingAmount2" label={f('spending_amount', { n: 2 })} inputMode="numeric" />
      <FormTextArea form={form} name="reason" label={t('unions.amend.reason')} rows={3} />
    </KitForm>
  );
}

export function AmendReportForm({ unionId, reports }: { unionId: string; reports: UnionReport[] }) {
  const { t } = useI18n();
  const [year, setYear] = useState(String(reports[0]?.year ?? ''));
  const [done, setDone] = useState(false);
  const report = reports.find((r) => String(r.year) === year);
  return (
    <>
      {done ? <Alert tone="success">{t('unions.amend.saved')}</Alert> : null}
      <SelectField
        label={t('unions.amend.year')}
        name="amend-year"
        value={year}
        onChange={(event) => {
          setYear(event.target.value);
          setDone(false);
        }}
        options={reports.map((r) => ({ value: String(r.year), label: String(r.year) }))}
      />
      {/* A new year (or a new revision) is a new form, prefilled with that report's figures. */}
      {report ? <AmendFields key={`${report.year}-${report.revision}`} unionId={unionId} report={report} onDone={() => setDone(true)} /> : null}
    </>
  );
}

const criterionRows = 3;
type EvaluationValues = { year: string; evaluatedOn: string; grade: string; findings: string; criteria: { criterion: string; weight: string; score: string }[] };

/** The year's evaluation (工會評鑑): up to three weighted criteria here; it counts towards indicator 5. */
export function EvaluationForm({ unionId, year }: { unionId: string; year: number }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const [total, setTotal] = useState<number>();
  const form = useContractForm<EvaluationValues, typeof evaluationInput>({
    schema: evaluationInput,
    defaultValues: { year: String(year), evaluatedOn: '', grade: '', findings: '', criteria: Array.from({ length: criterionRows }, () => ({ criterion: '', weight: '', score: '' })) },
    toRequest: (v) => {
      // Trailing empty rows are left out; a gap keeps its place so the messages land on the right fields.
      let last = v.criteria.length - 1;
      while (last >= 0 && [v.criteria[last]!.criterion, v.criteria[last]!.weight, v.criteria[last]!.score].every((x) => x.trim() === '')) last -= 1;
      return {
        year: num(v.year), evaluatedOn: v.evaluatedOn, grade: v.grade,
        ...(v.findings.trim() ? { findings: v.findings.trim() } : {}),
        criteria: v.criteria.slice(0, last + 1).map((c) => ({ criterion: c.criterion, weight: num(c.weight), score: num(c.score) })),
      };
    },
  });
  const f = (key: string, params?: Record<string, string | number>) => t(`unions.evaluation.${key}`, params);
  return (
    <>
      {total === undefined ? null : <Alert tone="success">{f('saved', { total })}</Alert>}
      <KitForm
        form={form}
        label={f('title')}
        submitLabel={f('submit')}
        onSubmit={async (request) => {
          setTotal(undefined);
          const saved = await apiRequest<{ totalScore: number }>(`/api/v1/staff/unions/${encodeURIComponent(unionId)}/evaluations`, { method: 'POST', body: request, csrfToken });
          await client.invalidateQueries({ queryKey: ['unions-indicator'] });
          await client.invalidateQueries({ queryKey: ['union', unionId] });
          form.reset();
          setTotal(saved.totalScore);
        }}
      >
        <FormText form={form} name="year" label={f('year')} inputMode="numeric" maxLength={4} />
        <FormText form={form} name="evaluatedOn" label={f('evaluated_on')} type="date" />
        {Array.from({ length: criterionRows }, (_, i) => (
          <fieldset className="fieldset" key={i}>
            <legend className="fieldset__legend">{f('criterion_legend', { n: i + 1 })}</legend>
            <FormText form={form} name={`criteria.${i}.criterion`} label={f('criterion')} />
            <FormText form={form} name={`criteria.${i}.weight`} label={f('weight')} inputMode="decimal" />
            <FormText form={form} name={`criteria.${i}.score`} label={f('score')} inputMode="decimal" />
          </fieldset>
        ))}
        <FormText form={form} name="grade" label={f('grade')} />
        <FormTextArea form={form} name="findings" label={f('findings')} rows={3} />
      </KitForm>
    </>
  );
}

/** A guidance visit (輔導) with its findings; a visit in the year also counts towards indicator 5. */
export function VisitForm({ unionId }: { unionId: string }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const client = useQueryClient();
  const [done, setDone] = useState(false);
  const form = useContractForm<{ visitedOn: string; findings: string }, typeof visitInput>({ schema: visitInput, defaultValues: { visitedOn: '', findings: '' } });
  return (
    <>
      {done ? <Alert tone="success">{t('unions.visit.saved')}</Alert> : null}
      <KitForm
        form={form}
        label={t('unions.visit.title')}
        submitLabel={t('unions.visit.submit')}
        onSubmit={async (request) => {
          setDone(false);
          await apiRequest(`/api/v1/staff/unions/${encodeURIComponent(unionId)}/guidance-visits`, { method: 'POST', body: request, csrfToken });
          await client.invalidateQueries({ queryKey: ['unions-indicator'] });
          form.reset();
          setDone(true);
        }}
      >
        <FormText form={form} name="visitedOn" label={t('unions.visit.visited_on')} type="date" />
        <FormTextArea form={form} name="findings" label={t('unions.visit.findings')} rows={3} />
      </KitForm>
    </>
  );
}
