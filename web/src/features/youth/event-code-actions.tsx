import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { cancelRegistration, giveFeedback } from './api.ts';

/** With the registration code: cancel before the event, or give feedback once after attending. */
export function EventCodeActions() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const [rating, setRating] = useState('5');
  const [text, setText] = useState('');
  const [result, setResult] = useState<'cancelled' | 'recorded'>();
  const [error, setError] = useState<unknown>();
  const run = async (action: 'cancel' | 'feedback') => {
    setError(undefined);
    setResult(undefined);
    try {
      if (action === 'cancel') {
        setResult((await cancelRegistration(code.trim())).status);
        await client.invalidateQueries({ queryKey: ['youth-events'] });
      } else {
        setResult((await giveFeedback(code.trim(), Number(rating), text.trim())).status);
      }
    } catch (problem) {
      setError(problem);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run('feedback');
  };
  return (
    <section className="section" aria-labelledby="youth-event-code">
      <h2 id="youth-event-code">{t('youth.public.event_code_title')}</h2>
      <form className="form form--narrow" onSubmit={submit} noValidate>
        <TextField label={t('youth.public.event_code')} name="eventCode" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
        <SelectField
          label={t('youth.public.rating')}
          name="rating"
          value={rating}
          onChange={(e) => setRating(e.target.value)}
          options={['5', '4', '3', '2', '1'].map((r) => ({ value: r, label: t('youth.public.rating_option', { rating: r }) }))}
        />
        <TextAreaField label={t('youth.public.feedback')} hint={t('youth.public.feedback_hint')} name="feedback" value={text} onChange={(e) => setText(e.target.value)} />
        <div className="button-row">
          <Button type="submit">{t('youth.public.feedback_submit')}</Button>
          <Button variant="secondary" onClick={() => void run('cancel')}>
            {t('youth.public.registration_cancel')}
          </Button>
        </div>
      </form>
      <ProblemAlert error={error} />
      {result ? <Alert tone="success">{t(`youth.public.event_${result}`)}</Alert> : null}
    </section>
  );
}
