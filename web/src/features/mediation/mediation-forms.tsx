import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { appointRequest, outcomes } from '../../../../src/modules/mediation/mediation.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { appoint, book, listMediators, listRooms, recordOutcome, type MediationDetail } from './api.ts';
import { useSiteName } from './site-name.ts';

export function AppointForm({ c, onDone }: { c: MediationDetail; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const mediators = useQuery({ queryKey: ['mediators'], queryFn: ({ signal }) => listMediators(signal) });
  const form = useContractForm<{ mediatorId: string }, typeof appointRequest>({ schema: appointRequest, defaultValues: { mediatorId: '' } });
  return (
    <section className="section" aria-labelledby="mediation-appoint">
      <h2 id="mediation-appoint">{t('mediation.appoint_title')}</h2>
      <p className="field__hint">{t('mediation.appoint_hint')}</p>
      <ProblemAlert error={mediators.error} />
      <KitForm
        form={form}
        className="form--narrow"
        label={t('mediation.appoint_title')}
        submitLabel={t('mediation.appoint_submit')}
        onSubmit={async (request) => {
          await appoint(c.id, request.mediatorId, csrfToken);
          onDone(t('mediation.appointed_done'));
        }}
      >
        <FormSelect
          form={form}
          name="mediatorId"
          label={t('mediation.mediator')}
          options={[{ value: '', label: t('mediation.choose') }, ...(mediators.data?.items ?? []).map((m) => ({ value: m.id, label: m.organisation ? `${m.name}（${m.organisation}）` : m.name }))]}
        />
      </KitForm>
    </section>
  );
}

const bookValues = z.object({
  room: z.string().min(1, 'validation.required'),
  date: z.iso.date({ message: 'validation.date' }),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time'),
  minutes: z.coerce.number().int().min(30).max(480),
});
type BookValues = { room: string; date: string; time: string; minutes: string };

/** Times are the bureau's (Asia/Taipei, UTC+8 all year: Taiwan keeps no daylight saving). */
export function BookForm({ c, onDone }: { c: MediationDetail; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const siteName = useSiteName();
  const rooms = useQuery({ queryKey: ['mediation-rooms', c.siteCode], queryFn: ({ signal }) => listRooms(c.siteCode, signal) });
  const form = useContractForm<BookValues, typeof bookValues>({ schema: bookValues, defaultValues: { room: '', date: '', time: '09:30', minutes: '120' } });
  return (
    <section className="section" aria-labelledby="mediation-book">
      <h2 id="mediation-book">{t('mediation.book_title', { site: siteName(c.siteCode) })}</h2>
      <p className="field__hint">{t('mediation.book_hint')}</p>
      <ProblemAlert error={rooms.error} />
      <KitForm
        form={form}
        className="form--narrow"
        label={t('mediation.book_title', { site: siteName(c.siteCode) })}
        submitLabel={t('mediation.book_submit')}
        onSubmit={async (v) => {
          const result = await book(c.id, { siteCode: c.siteCode, room: v.room, startsAt: `${v.date}T${v.time}:00+08:00`, minutes: v.minutes }, csrfToken);
          onDone(t('mediation.booked_done', { emailed: result.emailed, toPrint: result.toPrint }));
        }}
      >
        <FormSelect
          form={form}
          name="room"
          label={t('mediation.room')}
          options={[{ value: '', label: t('mediation.choose') }, ...(rooms.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))]}
        />
        <FormText form={form} name="date" label={t('mediation.session_date')} type="date" />
        <FormText form={form} name="time" label={t('mediation.session_time')} hint={t('mediation.session_time_hint')} type="time" />
        <FormText form={form} name="minutes" label={t('mediation.session_minutes')} inputMode="numeric" />
      </KitForm>
    </section>
  );
}

const outcomeValues = z.object({
  outcome: z.enum(outcomes, { message: 'validation.required' }),
  outcomeOn: z.iso.date({ message: 'validation.date' }),
  agreedAmount: z.union([z.literal(''), z.coerce.number().int().min(0)]),
});
type OutcomeValues = { outcome: string; outcomeOn: string; agreedAmount: string };

export function OutcomeForm({ c, onDone }: { c: MediationDetail; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<OutcomeValues, typeof outcomeValues>({ schema: outcomeValues, defaultValues: { outcome: '', outcomeOn: '', agreedAmount: '' } });
  return (
    <section className="section" aria-labelledby="mediation-outcome">
      <h2 id="mediation-outcome">{t('mediation.outcome_title')}</h2>
      <KitForm
        form={form}
        className="form--narrow"
        label={t('mediation.outcome_title')}
        submitLabel={t('mediation.outcome_submit')}
        onSubmit={async (v) => {
          await recordOutcome(c.id, { outcome: v.outcome, outcomeOn: v.outcomeOn, ...(v.outcome === 'agreed' && v.agreedAmount !== '' ? { agreedAmount: v.agreedAmount } : {}) }, csrfToken);
          onDone(t('mediation.outcome_done'));
        }}
      >
        <FormSelect form={form} name="outcome" label={t('mediation.outcome')} options={[{ value: '', label: t('mediation.choose') }, ...outcomes.map((o) => ({ value: o, label: t(`mediation.outcomes.${o}`) }))]} />
        <FormText form={form} name="outcomeOn" label={t('mediation.outcome_on')} type="date" />
        <FormText form={form} name="agreedAmount" label={t('mediation.agreed_amount')} hint={t('mediation.agreed_amount_hint')} inputMode="numeric" />
      </KitForm>
    </section>
  );
}
