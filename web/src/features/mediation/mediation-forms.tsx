import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useEffect } from 'react';
import { outcomes } from '../../../../src/modules/mediation/mediation.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { FormSelect, FormText, FormTextArea, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { appoint, book, getRotation, listRooms, markPaid, recordOutcome, type MediationDetail } from './api.ts';
import { useSiteName } from './site-name.ts';
import { localName, placeName, useCity } from '../reference-data/city.ts';

const appointValues = z.object({ mediatorId: z.string().min(1, 'validation.required'), skipReason: z.string().trim().max(1000) });
type AppointValues = { mediatorId: string; skipReason: string };

/** The rotation's suggestion is preselected; choosing someone else asks for the reason (kept with the case). */
export function AppointForm({ c, onDone }: { c: MediationDetail; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const rotation = useQuery({ queryKey: ['mediation-rotation', c.id], queryFn: ({ signal }) => getRotation(c.id, signal) });
  const form = useContractForm<AppointValues, typeof appointValues>({ schema: appointValues, defaultValues: { mediatorId: '', skipReason: '' } });
  const suggested = rotation.data?.items.find((m) => m.id === rotation.data?.suggestedId);
  const { setValue, getValues } = form;
  useEffect(() => {
    if (suggested && getValues('mediatorId') === '') setValue('mediatorId', suggested.id);
  }, [suggested, getValues, setValue]);
  const chosen = form.watch('mediatorId');
  const skipping = suggested !== undefined && chosen !== '' && chosen !== suggested.id;
  return (
    <section className="section" aria-labelledby="mediation-appoint">
      <h2 id="mediation-appoint">{t('mediation.appoint_title')}</h2>
      <p className="field__hint">{t('mediation.appoint_hint')}</p>
      {suggested ? <p data-testid="rotation-suggestion">{t('mediation.rotation_hint', { name: suggested.name })}</p> : null}
      {rotation.data && rotation.data.items.length === 0 ? <Alert tone="warning">{t('mediation.rotation_none')}</Alert> : null}
      <ProblemAlert error={rotation.error} />
      <KitForm
        form={form}
        className="form--narrow"
        label={t('mediation.appoint_title')}
        submitLabel={t('mediation.appoint_submit')}
        onSubmit={async (request) => {
          await appoint(c.id, { mediatorId: request.mediatorId, ...(skipping && request.skipReason ? { skipReason: request.skipReason } : {}) }, csrfToken);
          onDone(t('mediation.appointed_done'));
        }}
      >
        <FormSelect
          form={form}
          name="mediatorId"
          label={t('mediation.mediator')}
          options={[
            { value: '', label: t('mediation.choose') },
            ...(rotation.data?.items ?? []).map((m) => ({
              value: m.id,
              label: t('mediation.rotation_option', { name: m.organisation ? `${m.name}（${m.organisation}）` : m.name, count: m.appointments }),
            })),
          ]}
        />
        {skipping ? <FormTextArea form={form} name="skipReason" label={t('mediation.skip_reason')} hint={t('mediation.skip_reason_hint')} rows={2} /> : null}
      </KitForm>
    </section>
  );
}

const bookValues = z.object({
  site: z.string().min(1, 'validation.required'),
  room: z.string().min(1, 'validation.required'),
  date: z.iso.date({ message: 'validation.date' }),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time'),
  minutes: z.coerce.number().int().min(30).max(480),
  remarks: z.string().trim().max(1000),
});
type BookValues = { site: string; room: string; date: string; time: string; minutes: string; remarks: string };

/** The nearest-site proposal for the party's district, as a sentence ("serves 大甲區"), or null without one. */
export function NearestSiteNote({ c, testId }: { c: MediationDetail; testId: string }) {
  const { t, locale } = useI18n();
  const city = useCity();
  const siteName = useSiteName();
  const proposal = c.nearestSite;
  if (!proposal) return null;
  const district = city?.districts.find((d) => d.townCode === proposal.districtCode);
  const names = { site: siteName(proposal.siteCode), district: district ? placeName(district, locale) : proposal.districtCode };
  return (
    <p className="field__hint" data-testid={testId}>
      {proposal.source === 'chosen' ? t('mediation.nearest.staff_chosen', names) : t('mediation.nearest.staff_address', names)}{' '}
      {proposal.confirmed ? null : t('mediation.nearest.unconfirmed')}
    </p>
  );
}

/** Times are the bureau's (Asia/Taipei, UTC+8 all year: Taiwan keeps no daylight saving). */
export function BookForm({ c, onDone }: { c: MediationDetail; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const siteName = useSiteName();
  const city = useCity();
  const { locale } = useI18n();
  const form = useContractForm<BookValues, typeof bookValues>({ schema: bookValues, defaultValues: { site: c.siteCode, room: '', date: '', time: '09:30', minutes: '120', remarks: '' } });
  // The rooms of the site chosen: the party's preferred site first, another when the party asks.
  const site = useWatch({ control: form.control, name: 'site' }) || c.siteCode;
  const rooms = useQuery({ queryKey: ['mediation-rooms', site], queryFn: ({ signal }) => listRooms(site, signal) });
  useEffect(() => form.setValue('room', ''), [site]);
  return (
    <section className="section" aria-labelledby="mediation-book">
      <h2 id="mediation-book">{t('mediation.book_title', { site: siteName(site) })}</h2>
      <p className="field__hint">{t('mediation.book_hint')}</p>
      <NearestSiteNote c={c} testId="nearest-site-booking" />
      <ProblemAlert error={rooms.error} />
      <KitForm
        form={form}
        className="form--narrow"
        label={t('mediation.book_title', { site: siteName(site) })}
        submitLabel={t('mediation.book_submit')}
        onSubmit={async (v) => {
          const result = await book(c.id, { siteCode: v.site, room: v.room, startsAt: `${v.date}T${v.time}:00+08:00`, minutes: v.minutes, ...(v.remarks ? { remarks: v.remarks } : {}) }, csrfToken);
          onDone(t('mediation.booked_done', { emailed: result.emailed, toPrint: result.toPrint }));
        }}
      >
        <FormSelect
          form={form}
          name="site"
          label={t('mediation.nearest.site')}
          options={(city?.mediationSites ?? []).map((s) => ({ value: s.code, label: localName(s, locale) }))}
        />
        <FormSelect
          form={form}
          name="room"
          label={t('mediation.room')}
          options={[{ value: '', label: t('mediation.choose') }, ...(rooms.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))]}
        />
        <FormText form={form} name="date" label={t('mediation.session_date')} type="date" />
        <FormText form={form} name="time" label={t('mediation.session_time')} hint={t('mediation.session_time_hint')} type="time" />
        <FormText form={form} name="minutes" label={t('mediation.session_minutes')} inputMode="numeric" />
        <FormTextArea form={form} name="remarks" label={t('mediation.session_remarks')} hint={t('mediation.remarks_hint')} rows={3} />
      </KitForm>
    </section>
  );
}

const outcomeValues = z.object({
  outcome: z.enum(outcomes, { message: 'validation.required' }),
  outcomeOn: z.iso.date({ message: 'validation.date' }),
  agreedAmount: z.union([z.literal(''), z.coerce.number().int().min(0)]),
  payBy: z.union([z.literal(''), z.iso.date({ message: 'validation.date' })]),
  remarks: z.string().trim().max(2000),
});
type OutcomeValues = { outcome: string; outcomeOn: string; agreedAmount: string; payBy: string; remarks: string };

export function OutcomeForm({ c, onDone }: { c: MediationDetail; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<OutcomeValues, typeof outcomeValues>({ schema: outcomeValues, defaultValues: { outcome: '', outcomeOn: '', agreedAmount: '', payBy: '', remarks: '' } });
  return (
    <section className="section" aria-labelledby="mediation-outcome">
      <h2 id="mediation-outcome">{t('mediation.outcome_title')}</h2>
      <KitForm
        form={form}
        className="form--narrow"
        label={t('mediation.outcome_title')}
        submitLabel={t('mediation.outcome_submit')}
        onSubmit={async (v) => {
          const amount = v.outcome === 'agreed' && v.agreedAmount !== '' ? v.agreedAmount : null;
          await recordOutcome(
            c.id,
            {
              outcome: v.outcome,
              outcomeOn: v.outcomeOn,
              ...(amount !== null ? { agreedAmount: amount } : {}),
              // One payment of the whole amount by the day given; instalments are entered through the API.
              ...(amount !== null && amount > 0 && v.payBy !== '' ? { payments: [{ amount, dueOn: v.payBy }] } : {}),
              ...(v.remarks ? { remarks: v.remarks } : {}),
            },
            csrfToken,
          );
          onDone(t('mediation.outcome_done'));
        }}
      >
        <FormSelect form={form} name="outcome" label={t('mediation.outcome')} options={[{ value: '', label: t('mediation.choose') }, ...outcomes.map((o) => ({ value: o, label: t(`mediation.outcomes.${o}`) }))]} />
        <FormText form={form} name="outcomeOn" label={t('mediation.outcome_on')} type="date" />
        <FormText form={form} name="agreedAmount" label={t('mediation.agreed_amount')} hint={t('mediation.agreed_amount_hint')} inputMode="numeric" />
        <FormText form={form} name="payBy" label={t('mediation.pay_by')} hint={t('mediation.pay_by_hint')} type="date" />
        <FormTextArea form={form} name="remarks" label={t('mediation.record_remarks')} hint={t('mediation.remarks_hint')} rows={3} />
      </KitForm>
    </section>
  );
}

/** The agreed payments, each overdue from the day after its day until recorded as paid. */
export function Payments({ c, canHandle, onDone }: { c: MediationDetail; canHandle: boolean; onDone: (message: string) => void }) {
  const { t, formatNumber, formatPlainDate } = useI18n();
  const { csrfToken } = useStaff();
  const schema = z.object({ position: z.string().min(1, 'validation.required'), paidOn: z.iso.date({ message: 'validation.date' }) });
  const form = useContractForm<{ position: string; paidOn: string }, typeof schema>({ schema, defaultValues: { position: '', paidOn: '' } });
  if (c.payments.length === 0) return null;
  const unpaid = c.payments.filter((p) => p.paidOn === null);
  return (
    <section className="section" aria-labelledby="mediation-payments">
      <h2 id="mediation-payments">{t('mediation.payments_title')}</h2>
      <p className="field__hint">{t('mediation.payments_hint')}</p>
      <ul>
        {c.payments.map((p) => (
          <li key={p.position} data-testid={`payment-${p.position}`}>
            {t('mediation.payment_line', { amount: formatNumber(p.amount), due: formatPlainDate(p.dueOn) })}{' '}
            {p.paidOn ? t('mediation.payment_paid', { day: formatPlainDate(p.paidOn) }) : p.overdue ? <strong>{t('mediation.overdue')}</strong> : t('mediation.pending')}
            {p.followedUpOn ? ` ${t('mediation.payment_followed_up', { day: formatPlainDate(p.followedUpOn) })}` : ''}
          </li>
        ))}
      </ul>
      {canHandle && unpaid.length ? (
        <KitForm
          form={form}
          className="form--narrow"
          label={t('mediation.payment_paid_title')}
          submitLabel={t('mediation.payment_paid_submit')}
          onSubmit={async (v) => {
            await markPaid(c.id, Number(v.position), v.paidOn, csrfToken);
            onDone(t('mediation.step_done'));
          }}
        >
          <FormSelect
            form={form}
            name="position"
            label={t('mediation.payment')}
            options={[{ value: '', label: t('mediation.choose') }, ...unpaid.map((p) => ({ value: String(p.position), label: t('mediation.payment_line', { amount: formatNumber(p.amount), due: formatPlainDate(p.dueOn) }) }))]}
          />
          <FormText form={form} name="paidOn" label={t('mediation.paid_on')} type="date" />
        </KitForm>
      ) : null}
    </section>
  );
}
