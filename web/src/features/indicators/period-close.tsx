import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { TextField } from '../../ui/form-field.tsx';
import { fieldErrors, ProblemAlert } from '../../ui/problem-alert.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { closePeriod, getReview, type PeriodReview, reissuePeriod } from './api.ts';

type ReviewRow = PeriodReview['items'][number];

/** Closing a period freezes its figures; the review shows reported against recomputed, and reissues with a reason. */
export function PeriodClose() {
  const { t, formatNumber, formatDateTime } = useI18n();
  const { csrfToken } = useStaff();
  const queryClient = useQueryClient();
  const [period, setPeriod] = useState('');
  const [shown, setShown] = useState('');
  const [reason, setReason] = useState('');
  const close = useMutation({
    mutationFn: (value: string) => closePeriod(value, csrfToken),
    onSuccess: async (_result, value) => {
      setShown(value);
      await queryClient.invalidateQueries({ queryKey: ['indicators'] });
    },
  });
  const review = useQuery({ queryKey: ['indicator-review', shown], enabled: shown !== '', queryFn: ({ signal }) => getReview(shown, signal) });
  const reissue = useMutation({
    mutationFn: () => reissuePeriod(shown, reason, csrfToken),
    onSuccess: async () => {
      setReason('');
      await queryClient.invalidateQueries({ queryKey: ['indicator-review', shown] });
      await queryClient.invalidateQueries({ queryKey: ['indicators'] });
    },
  });
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v));
  const columns: Column<ReviewRow>[] = [
    { key: 'name', header: t('indicators.indicator'), render: (r) => `${r.code}. ${r.name}` },
    { key: 'reported', header: t('indicators.reported'), isNumeric: true, render: (r) => `${n(r.reported?.value)} (${n(r.reported?.numerator)} / ${n(r.reported?.denominator)})` },
    { key: 'recomputed', header: t('indicators.recomputed'), isNumeric: true, render: (r) => `${n(r.recomputed.value)} (${n(r.recomputed.numerator)} / ${n(r.recomputed.denominator)})` },
    { key: 'difference', header: t('indicators.difference'), isNumeric: true, render: (r) => (r.changed && r.difference ? `${n(r.difference.value)} (${n(r.difference.numerator)} / ${n(r.difference.denominator)})` : t('indicators.unchanged')) },
  ];
  const errors = fieldErrors(close.error);
  return (
    <section className="section" aria-labelledby="indicators-close">
      <h2 id="indicators-close">{t('indicators.close_title')}</h2>
      <p>{t('indicators.close_lead')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          close.mutate(period.trim());
        }}
      >
        <TextField label={t('indicators.period')} hint={t('indicators.period_hint')} error={errors.period} value={period} onChange={(e) => setPeriod(e.target.value)} name="period" />
        <Button type="submit" disabled={close.isPending}>
          {t('indicators.close_button')}
        </Button>
        <Button variant="secondary" onClick={() => setShown(period.trim())}>
          {t('indicators.review_button')}
        </Button>
      </form>
      {close.error && !errors.period ? <ProblemAlert error={close.error} /> : null}
      {close.data ? <Alert tone="success">{t('indicators.closed_ok', { period: close.data.period, version: close.data.version })}</Alert> : null}
      <ProblemAlert error={review.error} />
      {review.data ? (
        <>
          <h3>{t('indicators.review_title', { period: review.data.period })}</h3>
          <p className="small">
            {review.data.closed
              ? t('indicators.review_closed', { version: review.data.closed.version, at: formatDateTime(review.data.closed.closedAt), by: review.data.closed.closedBy ?? t('indicators.scheduled') })
              : t('indicators.review_open')}
          </p>
          <DataTable caption={t('indicators.review_title', { period: review.data.period })} columns={columns} rows={review.data.items} rowKey={(r) => r.code} empty="" />
          {review.data.closed && review.data.items.some((r) => r.changed) ? (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                reissue.mutate();
              }}
            >
              <TextField label={t('indicators.reissue_reason')} value={reason} onChange={(e) => setReason(e.target.value)} error={fieldErrors(reissue.error).reason} required />
              <Button type="submit" disabled={reissue.isPending}>
                {t('indicators.reissue_button')}
              </Button>
            </form>
          ) : null}
          {reissue.data ? <Alert tone="success">{t('indicators.reissued_ok', { version: reissue.data.version })}</Alert> : null}
        </>
      ) : null}
    </section>
  );
}
