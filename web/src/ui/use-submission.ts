import { useState } from 'react';

/**
 * The public forms that answer with a receipt (a complaint, a mediation application): while sending, the
 * button is disabled; a refusal is kept for the page's error summary and the page scrolls up to it; an answer
 * becomes the receipt, and `reset` brings the empty form back for another one. What was typed is never lost
 * on a refusal, because the draft lives with the page, not here.
 */
export function useSubmission<Receipt>() {
  const [error, setError] = useState<unknown>();
  const [isSending, setIsSending] = useState(false);
  const [receipt, setReceipt] = useState<Receipt>();
  const send = async (request: () => Promise<Receipt>) => {
    setIsSending(true);
    setError(undefined);
    try {
      setReceipt(await request());
    } catch (problem) {
      setError(problem);
      window.scrollTo(0, 0);
    } finally {
      setIsSending(false);
    }
  };
  return { error, isSending, receipt, send, reset: () => setReceipt(undefined) };
}
