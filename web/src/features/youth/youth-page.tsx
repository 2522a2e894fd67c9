import './youth.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { bookRequest } from '../../../../src/modules/youth/youth.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { FormSelect, FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { localName, useCity } from '../reference-data/city.ts';
import { EventCodeActions } from './event-code-actions.tsx';
import { EventRegistration } from './event-registration.tsx';
import { type Booked, type BookRequest, bookSlot, cancelBooking, getOpenSlots, type PublicBooking, type PublicSlot } from './api.ts';

type Values = { slotId: string; name: string; email: string; birthDate: string; districtCode: string };
const blank: Values = { slotId: '', name: '', email: '', birthDate: '', districtCode: '' };
/** The request body plus the chosen slot (its id goes in the path), so that a missing choice is reported with the rest. */
const bookForm = bookRequest.extend({ slotId: z.string().min(1) });
type BookForm = z.output<typeof bookForm>;

/**
 * 職涯諮詢 at the career development centre: a young person picks an open slot and books it with their
 * name, e-mail and date of birth (ADR 0027). The code is shown here once and mailed; it cancels the booking.
 */
export function YouthPage() {
  const { t, locale, formatDateTime } = useI18n();
  const city = useCity();
  const client = useQueryClient();
  const slots = useQuery({ queryKey: ['youth-open-slots'], queryFn: ({ signal }) => getOpenSlots(signal) });
  const [done, setDone] = useState<Booked>();
  const doneRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const form = useContractForm<Values, typeof bookForm>({
    schema: bookForm,
    defaultValues: blank,
    required: { slotId: t('youth.public.slot_required') },
    toRequest: (v) => ({
      slotId: v.slotId,
      name: v.name.trim(),
      email: v.email.trim(),
      birthDate: v.birthDate,
      ...(v.districtCode ? { districtCode: v.districtCode } : {}),
      locale: locale as BookRequest['locale'],
    }),
  });
  const slotLabel = (s: PublicSlot) =>
    t('youth.public.slot_option', { time: formatDateTime(s.startsAt), venue: s.venue, places: s.placesLeft });
  const submit = async ({ slotId, ...request }: BookForm) => {
    const result = await bookSlot(slotId, request);
    form.reset(blank);
    setDone(result);
    await client.invalidateQueries({ queryKey: ['youth-open-slots'] });
  };
  const items = slots.data?.items ?? [];
  return (
    <Page title={t('youth.public.title')} siteName={t('common.site_name')} lead={<p>{t('youth.public.lead')}</p>}>
      {done ? (
        <section className="section" aria-labelledby="youth-booked" tabIndex={-1} ref={doneRef} role="status">
          <h2 id="youth-booked">{t('youth.public.booked_title')}</h2>
          <p>{t('youth.public.booked_when', { time: formatDateTime(done.startsAt), venue: done.venue })}</p>
          <p>
            {t('youth.public.booked_code')} <strong className="youth-code">{done.code}</strong>
          </p>
          <p>{t('youth.public.booked_mail')}</p>
        </section>
      ) : null}
      <section className="section" aria-labelledby="youth-book">
        <h2 id="youth-book">{t('youth.public.book_title')}</h2>
        <ProblemAlert error={slots.error} />
        {slots.isPending ? (
          <Loading label={t('common.loading')} />
        ) : items.length === 0 ? (
          <p>{t('youth.public.no_slots')}</p>
        ) : (
          <KitForm form={form} label={t('youth.public.book_title')} submitLabel={t('youth.public.submit')} onSubmit={submit}>
            <FormSelect
              form={form}
              name="slotId"
              label={t('youth.public.slot')}
              options={[{ value: '', label: t('youth.public.choose') }, ...items.map((s) => ({ value: s.id, label: slotLabel(s) }))]}
            />
            <FormText form={form} name="name" label={t('youth.public.name')} autoComplete="name" maxLength={60} />
            <FormText form={form} name="email" label={t('youth.public.email')} hint={t('youth.public.email_hint')} type="email" inputMode="email" autoComplete="email" />
            <FormText form={form} name="birthDate" label={t('youth.public.birth_date')} hint={t('youth.public.birth_date_hint')} type="date" autoComplete="bday" />
            <FormSelect
              form={form}
              name="districtCode"
              label={t('youth.public.district')}
              hint={t('youth.public.district_hint')}
              options={[{ value: '', label: t('youth.public.district_none') }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: localName(d, locale) }))]}
            />
          </KitForm>
        )}
      </section>
      <CancelBooking />
      <EventRegistration />
      <EventCodeActions />
    </Page>
  );
}

function CancelBooking() {
  const { t, formatDateTime } = useI18n();
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const [result, setResult] = useState<PublicBooking>();
  const [error, setError] = useState<unknown>();
  const [isPending, setIsPending] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsPending(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await cancelBooking(code.trim()));
      setCode('');
      await client.invalidateQueries({ queryKey: ['youth-open-slots'] });
    } catch (problem) {
      setError(problem);
    } finally {
      setIsPending(false);
    }
  };
  return (
    <section className="section" aria-labelledby="youth-cancel">
      <h2 id="youth-cancel">{t('youth.public.cancel_title')}</h2>
      <form className="form form--narrow" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('youth.public.code')}
          hint={t('youth.public.code_hint')}
          name="code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
        <div className="button-row">
          <Button type="submit" disabled={isPending}>
            {t('youth.public.cancel_submit')}
          </Button>
        </div>
      </form>
      <ProblemAlert error={error} />
      {result ? <Alert tone="success">{t('youth.public.cancelled', { time: formatDateTime(result.startsAt) })}</Alert> : null}
    </section>
  );
}
