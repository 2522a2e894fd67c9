import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { CheckboxGroup } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { createBatch, listPending } from './payment-api.ts';

/** The maker's step: choose approved, unpaid payments (with their payee recorded) and gather them into a batch. */
export function PaymentBatchNewPage() {
  const { t, formatMoney } = useI18n();
  const { csrfToken } = useStaff();
  const navigate = useNavigate();
  const pending = useQuery({ queryKey: ['pending-payments'], queryFn: ({ signal }) => listPending(signal) });
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<unknown>();
  const [sending, setSending] = useState(false);
  const ready = (pending.data ?? []).filter((p) => p.hasPayee);
  const waiting = (pending.data ?? []).filter((p) => !p.hasPayee);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setError(undefined);
    try {
      const batch = await createBatch(selected, csrfToken);
      await navigate(`/staff/programs/payments/${batch.id}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setSending(false);
    }
  };
  return (
    <Page title={t('program-payments.new.title')} siteName={t('staff-auth.site_name')} lead={<p>{t('program-payments.new.lead')}</p>}>
      <p>
        <Link href="/staff/programs/payments">{t('program-payments.batches.back')}</Link>
      </p>
      <ProblemAlert error={pending.error ?? error} />
      {pending.isPending ? <Loading label={t('common.loading')} /> : null}
      {pending.data && ready.length === 0 ? <p>{t('program-payments.new.none')}</p> : null}
      {ready.length > 0 ? (
        <form onSubmit={submit} className="form form--narrow" aria-label={t('program-payments.new.title')}>
          <CheckboxGroup
            legend={t('program-payments.new.choose')}
            hint={t('program-payments.new.choose_hint')}
            name="applicationIds"
            options={ready.map((p) => ({
              value: p.applicationId,
              label: `${p.programName} · ${p.applicationNumber} · ${p.applicant} · ${formatMoney(p.amountTwd)}${p.returnedBefore ? ` (${t('program-payments.new.returned_before')})` : ''}`,
            }))}
            selected={selected}
            onChange={setSelected}
          />
          <Button type="submit" disabled={sending || selected.length === 0}>
            {t('program-payments.new.submit', { count: selected.length })}
          </Button>
        </form>
      ) : null}
      {waiting.length > 0 ? (
        <section className="section" aria-labelledby="payee-missing">
          <h2 id="payee-missing">{t('program-payments.new.payee_missing')}</h2>
          <ul>
            {waiting.map((p) => (
              <li key={p.applicationId}>
                <Link href={`/staff/programs/applications/${p.applicationId}`}>{`${p.programName} · ${p.applicationNumber} · ${p.applicant}`}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}
