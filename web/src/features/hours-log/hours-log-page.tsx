import { calculateOvertimePay, checkWorkingTime, periodsCovering, type DayType, type Warning } from '#labor-rules';
import { RatesUsed } from '../rates/rates-used.tsx';
import { useRateTables } from '../rates/use-rates.ts';
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { SelectField, TextField } from '../../ui/form-field.tsx';
import { Page } from '../../ui/page.tsx';
import { ArrangementFields, arrangementInput } from '../calculators/arrangement-fields.tsx';
import { FieldError } from '../calculators/calculator-form.ts';
import { WarningList } from '../calculators/calculator-page.tsx';
import '../calculators/calculators.css';
import { dayTypes, overtimeHref } from '../calculators/overtime-days.ts';
import { byMonth, byWeek, isTime, type LogEntry, type Period, toCsv, toWorkedDay, workedHours } from './hours-log.ts';
import { useHoursLog, type WageSetting } from './hours-log-store.ts';
import { trackToolUse } from '../usage/track.ts';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type Draft = { id: string; date: string; start: string; end: string; breakMinutes: string; dayType: DayType; note: string; emergency: boolean };
const newDraft = (): Draft => ({ id: '', date: today(), start: '09:00', end: '18:00', breakMinutes: '60', dayType: 'workday', note: '', emergency: false });

function wageInput(wage: WageSetting): { monthlyWage?: number; hourlyWage?: number } {
  const amount = Number(wage.amount.replace(/,/g, ''));
  if (!wage.amount || !Number.isFinite(amount) || amount <= 0) return {};
  return wage.basis === 'hourly' ? { hourlyWage: amount } : { monthlyWage: amount };
}

/** Warnings that concern a month: dated in it, or about it (monthly and 3-month overtime). */
function warningsOf(month: string, warnings: readonly Warning[]): Warning[] {
  return warnings.filter((warning) => (warning.date ?? String(warning.params.month ?? warning.params.from ?? '')).startsWith(month));
}

/** 工時紀錄: the worker's own record of working hours, kept on the device. */
export function HoursLogPage() {
  const { t, formatMoney, formatNumber, formatPlainDate } = useI18n();
  const { log, isSaved, saveEntry, removeEntry, setWage, setArrangement } = useHoursLog();
  const [draft, setDraft] = useState<Draft>(newDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  // 刪除 used to lose the only copy of a day at once: the last day removed can be put back.
  const [removed, setRemoved] = useState<LogEntry>();
  const formId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const wage = wageInput(log.wage);
  // A badly typed arrangement field is shown on the field and left out of the checks until corrected.
  const arrangement = useMemo(() => {
    try {
      return { input: arrangementInput(log.arrangement), errors: {} };
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      return { input: {}, errors: { [error.field]: t(`calculators.errors.${error.reason}`) } };
    }
  }, [log.arrangement, t]);

  const rates = useRateTables();
  const { minimumWages } = rates.tables;
  const allWarnings = useMemo(() => {
    try {
      return log.entries.length ? checkWorkingTime({ ...wage, ...arrangement.input, days: log.entries.map(toWorkedDay), minimumWages }) : [];
    } catch {
      return []; // e.g. a day before the first minimum-wage period: the month section says so
    }
  }, [log, arrangement, minimumWages]);
  // The minimum-wage check uses the period each logged day falls in: the page says which (issue 14 §3).
  const minimumWagesUsed = useMemo(
    () => periodsCovering(minimumWages, log.entries.map((entry) => entry.date)).map((period) => ({ kind: 'minimum-wage' as const, period })),
    [log.entries, minimumWages],
  );
  const months = useMemo(() => byMonth(log.entries), [log.entries]);

  const dayTypeLabel = (type: DayType) => t(`calculators.day_types.${type}`);
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) found.date = t('calculators.errors.required');
    if (!isTime(draft.start)) found.start = t('calculators.errors.invalid-time');
    if (!isTime(draft.end)) found.end = t('calculators.errors.invalid-time');
    const breakMinutes = Number(draft.breakMinutes || '0');
    if (!Number.isInteger(breakMinutes) || breakMinutes < 0 || breakMinutes > 1440) found.breakMinutes = t('calculators.errors.not-a-non-negative-integer');
    setErrors(found);
    if (Object.keys(found).length) {
      // Every field at once, in the summary that takes focus (GOV.UK), as on the calculators.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const entry: LogEntry = { id: draft.id || crypto.randomUUID(), date: draft.date, start: draft.start, end: draft.end, breakMinutes, dayType: draft.dayType, note: draft.note.slice(0, 500), ...(draft.emergency ? { emergency: true } : {}) };
    saveEntry(entry);
    setRemoved(undefined);
    // Counted for indicator 2 by name only: the day itself never leaves the device.
    trackToolUse('hours-log.record');
    setStatus((draft.id ? t('hours-log.status.updated', { date: formatPlainDate(entry.date), hours: formatNumber(workedHours(entry)) }) : t('hours-log.status.added', { date: formatPlainDate(entry.date), hours: formatNumber(workedHours(entry)) })));
    setDraft({ ...newDraft(), dayType: entry.dayType, start: entry.start, end: entry.end, breakMinutes: String(entry.breakMinutes) });
  };

  const edit = (entry: LogEntry) => {
    setDraft({ ...entry, breakMinutes: String(entry.breakMinutes), emergency: entry.emergency === true });
    requestAnimationFrame(() => document.getElementById(formId)?.querySelector('input')?.focus());
  };

  const exportCsv = () => {
    const headers = ['date', 'start', 'end', 'break_minutes', 'hours', 'day_type', 'note'].map((column) => t(`hours-log.csv.${column}`));
    const blob = new Blob([toCsv(log.entries, headers, dayTypeLabel)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `hours-log-${today()}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    trackToolUse('hours-log.export');
  };

  return (
    <Page title={t('home.services.hours-log.title')} siteName={t('common.site_name')} lead={<p>{t('home.services.hours-log.description')}</p>}>
      <Alert tone="info" title={t('hours-log.privacy.title')}>
        <p>{t('hours-log.privacy.text')}</p>
      </Alert>
      {isSaved ? null : <Alert tone="error">{t('hours-log.not_saved')}</Alert>}
      <p className="print-only">{t('hours-log.print_header', { date: formatPlainDate(today()) })}</p>

      <form id={formId} className="form no-print" noValidate onSubmit={submit} aria-labelledby={`${formId}-title`}>
        <h2 id={`${formId}-title`}>{(draft.id ? t('hours-log.form.edit_title') : t('hours-log.form.title'))}</h2>
        <ErrorSummary items={Object.entries(errors).map(([path, message]) => ({ path, message }))} summaryRef={summaryRef} />
        <div className="field-row field-row--2">
          <TextField label={t('calculators.common.date')} type="date" name="date" value={draft.date} error={errors.date} onChange={(e) => update({ date: e.target.value })} />
          <SelectField label={t('calculators.overtime.day_type')} value={draft.dayType} options={dayTypes.map((type) => ({ value: type, label: dayTypeLabel(type) }))} onChange={(e) => update({ dayType: e.target.value as DayType })} />
        </div>
        <div className="field-row field-row--times">
          <TextField label={t('calculators.overtime.start')} type="time" name="start" value={draft.start} error={errors.start} onChange={(e) => update({ start: e.target.value })} />
          <TextField label={t('calculators.overtime.end')} type="time" name="end" value={draft.end} error={errors.end} onChange={(e) => update({ end: e.target.value })} />
          <TextField label={t('hours-log.form.break_minutes')} inputMode="numeric" name="breakMinutes" value={draft.breakMinutes} error={errors.breakMinutes} onChange={(e) => update({ breakMinutes: e.target.value })} />
        </div>
        <p className="field__hint">{t('hours-log.form.end_hint')}</p>
        <div className="checkbox checkbox--single">
          <input id={`${formId}-emergency`} type="checkbox" checked={draft.emergency} onChange={(e) => update({ emergency: e.target.checked })} />
          <label htmlFor={`${formId}-emergency`}>{t('calculators.arrangement.emergency_day')}</label>
        </div>
        <TextField label={t('hours-log.form.note')} hint={t('hours-log.form.note_hint')} maxLength={500} value={draft.note} onChange={(e) => update({ note: e.target.value })} />
        <div className="button-row">
          <Button type="submit">{(draft.id ? t('hours-log.form.save') : t('hours-log.form.add'))}</Button>
          {draft.id ? (
            <Button variant="secondary" onClick={() => setDraft(newDraft())}>
              {t('hours-log.form.cancel')}
            </Button>
          ) : null}
        </div>
      </form>
      <div className="no-print log-status">
        <p role="status">{status}</p>
        {removed ? (
          <Button
            variant="secondary"
            id={`${formId}-undo`}
            aria-label={t('hours-log.undo_day', { date: formatPlainDate(removed.date) })}
            onClick={() => {
              saveEntry(removed);
              setRemoved(undefined);
              setStatus(t('hours-log.status.restored', { date: formatPlainDate(removed.date) }));
            }}
          >
            {t('hours-log.undo')}
          </Button>
        ) : null}
      </div>

      <section className="section no-print" aria-labelledby={`${formId}-wage`}>
        <h2 id={`${formId}-wage`}>{t('hours-log.wage.title')}</h2>
        <p className="field__hint">{t('hours-log.wage.hint')}</p>
        <div className="field-row field-row--2 log-wage">
          <SelectField
            label={t('calculators.overtime.basis')}
            value={log.wage.basis}
            options={[
              { value: 'monthly', label: t('calculators.overtime.basis_monthly') },
              { value: 'hourly', label: t('calculators.overtime.basis_hourly') },
            ]}
            onChange={(e) => setWage({ ...log.wage, basis: e.target.value === 'hourly' ? 'hourly' : 'monthly' })}
          />
          <TextField label={log.wage.basis === 'hourly' ? t('calculators.overtime.hourly_wage') : t('calculators.overtime.monthly_wage')} inputMode="decimal" autoComplete="off" value={log.wage.amount} onChange={(e) => setWage({ ...log.wage, amount: e.target.value.slice(0, 12) })} />
        </div>
      </section>

      <section className="section no-print" aria-labelledby={`${formId}-arrangement`}>
        <h2 id={`${formId}-arrangement`}>{t('hours-log.arrangement.title')}</h2>
        <p className="field__hint">{t('hours-log.arrangement.hint')}</p>
        <ArrangementFields values={log.arrangement} errors={arrangement.errors} onChange={setArrangement} />
      </section>

      {months.length === 0 ? (
        <p>{t('hours-log.empty')}</p>
      ) : (
        <>
          <div className="button-row no-print log-actions">
            <Button variant="secondary" onClick={exportCsv}>
              {t('hours-log.export_csv')}
            </Button>
            <Button variant="secondary" onClick={() => window.print()}>
              {t('hours-log.print')}
            </Button>
          </div>
          {months.map((month) => (
            renderMonth({
              month,
              wage,
              warnings: warningsOf(month.key, allWarnings),
              onEdit: edit,
              onRemove: (entry) => {
                removeEntry(entry.id);
                setRemoved(entry);
                setStatus(t('hours-log.status.removed', { date: formatPlainDate(entry.date) }));
                // The button pressed is gone: focus goes to the way back.
                requestAnimationFrame(() => document.getElementById(`${formId}-undo`)?.focus());
              },
            })
          ))}
          {wage.monthlyWage !== undefined || wage.hourlyWage !== undefined ? <RatesUsed used={minimumWagesUsed} state={rates} /> : null}
        </>
      )}
      <p className="small muted calculator-disclaimer">{t('calculators.common.disclaimer')}</p>
    </Page>
  );

  // A render helper, not a component: a component declared in here would remount on every render.
  function renderMonth({ month, wage, warnings, onEdit, onRemove }: { month: Period; wage: { monthlyWage?: number; hourlyWage?: number }; warnings: Warning[]; onEdit: (entry: LogEntry) => void; onRemove: (entry: LogEntry) => void }) {
    const headingId = `month-${month.key}`;
    const days = month.entries.map(toWorkedDay);
    let pay: number | undefined;
    try {
      pay = wage.monthlyWage !== undefined || wage.hourlyWage !== undefined ? calculateOvertimePay({ ...wage, days }).overtimePay : undefined;
    } catch {
      pay = undefined;
    }
    const [year = '', monthNumber = ''] = month.key.split('-');
    return (
      <section key={month.key} className="log-period" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('hours-log.month_title', { year, month: String(Number(monthNumber)) })}</h2>
        <dl className="log-totals">
          <div>
            <dt>{t('hours-log.totals.days')}</dt>
            <dd>{formatNumber(month.entries.length)}</dd>
          </div>
          <div>
            <dt>{t('hours-log.totals.hours')}</dt>
            <dd>{formatNumber(month.hours)}</dd>
          </div>
          <div>
            <dt>{t('hours-log.totals.overtime_hours')}</dt>
            <dd>{formatNumber(month.overtimeHours)}</dd>
          </div>
          <div>
            <dt>{t('hours-log.totals.overtime_pay')}</dt>
            <dd>{pay === undefined ? t('hours-log.totals.needs_wage') : formatMoney(pay)}</dd>
          </div>
        </dl>
        {warnings.length ? <WarningList warnings={warnings} /> : null}
        <p className="no-print">
          <Link href={overtimeHref({ days, ...wage, arrangement: log.arrangement })}>{t('hours-log.to_calculator', { month: month.key })}</Link>
        </p>
        <div className="table-wrap">
          <table className="table">
            <caption>{t('hours-log.weeks_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hours-log.week_of')}</th>
                <th scope="col" className="numeric">{t('hours-log.totals.hours')}</th>
                <th scope="col" className="numeric">{t('hours-log.totals.overtime_hours')}</th>
              </tr>
            </thead>
            <tbody>
              {byWeek(month.entries).reverse().map((week) => (
                <tr key={week.key}>
                  <td>{formatPlainDate(week.key)}</td>
                  <td className="numeric">{formatNumber(week.hours)}</td>
                  <td className="numeric">{formatNumber(week.overtimeHours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {/* On a phone the days are cards (a seven-column table does not fit 358 px); wider, and on paper, a table. */}
        <h3 className="log-day-cards__title">{t('hours-log.days_caption')}</h3>
        <ul className="log-day-cards">
          {month.entries.map((entry) => (
            <li key={entry.id} className="log-day-card">
              <p className="log-day-card__date">{formatPlainDate(entry.date)}</p>
              <dl className="log-day-card__facts">
                <div>
                  <dt>{t('hours-log.csv.start')}–{t('hours-log.csv.end')}</dt>
                  <dd>
                    {entry.start}–{entry.end}
                  </dd>
                </div>
                <div>
                  <dt>{t('hours-log.csv.hours')}</dt>
                  <dd>{formatNumber(workedHours(entry))}</dd>
                </div>
                <div>
                  <dt>{t('hours-log.csv.break_minutes')}</dt>
                  <dd>{formatNumber(entry.breakMinutes)}</dd>
                </div>
                <div>
                  <dt>{t('hours-log.csv.day_type')}</dt>
                  <dd>
                    {dayTypeLabel(entry.dayType)}
                    {entry.emergency ? ` · ${t('hours-log.emergency_short')}` : null}
                  </dd>
                </div>
              </dl>
              {entry.note ? <p className="log-day-card__note">{entry.note}</p> : null}
              <div className="button-row">
                <Button variant="secondary" onClick={() => onEdit(entry)} aria-label={t('hours-log.edit_day', { date: formatPlainDate(entry.date) })}>
                  {t('hours-log.edit')}
                </Button>
                <Button variant="secondary" onClick={() => onRemove(entry)} aria-label={t('hours-log.remove_day', { date: formatPlainDate(entry.date) })}>
                  {t('hours-log.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
        <div className="table-wrap log-day-table">
          <table className="table">
            <caption>{t('hours-log.days_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('calculators.common.date')}</th>
                <th scope="col">{t('hours-log.csv.start')}–{t('hours-log.csv.end')}</th>
                <th scope="col" className="numeric">{t('hours-log.csv.break_minutes')}</th>
                <th scope="col" className="numeric">{t('hours-log.csv.hours')}</th>
                <th scope="col">{t('hours-log.csv.day_type')}</th>
                <th scope="col">{t('hours-log.csv.note')}</th>
                <th scope="col" className="no-print">{t('hours-log.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {month.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatPlainDate(entry.date)}</td>
                  <td>
                    {entry.start}–{entry.end}
                  </td>
                  <td className="numeric">{formatNumber(entry.breakMinutes)}</td>
                  <td className="numeric">{formatNumber(workedHours(entry))}</td>
                  <td>
                    {dayTypeLabel(entry.dayType)}
                    {entry.emergency ? ` · ${t('hours-log.emergency_short')}` : null}
                  </td>
                  <td>{entry.note}</td>
                  <td className="no-print">
                    <div className="button-row">
                      <Button variant="link" onClick={() => onEdit(entry)} aria-label={t('hours-log.edit_day', { date: formatPlainDate(entry.date) })}>
                        {t('hours-log.edit')}
                      </Button>
                      <Button variant="link" onClick={() => onRemove(entry)} aria-label={t('hours-log.remove_day', { date: formatPlainDate(entry.date) })}>
                        {t('hours-log.remove')}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    );
  }
}
