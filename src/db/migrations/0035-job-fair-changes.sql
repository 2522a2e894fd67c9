-- Job fairs change after they are announced (issue 8): a fair is edited, or cancelled (a typhoon, a venue
-- lost). A cancelled fair keeps its row, so the public calendar and every subscribed calendar can say it is
-- cancelled (iCalendar STATUS:CANCELLED) instead of letting it vanish, and says why.
ALTER TABLE job_fairs ADD COLUMN cancelled_at timestamptz;
ALTER TABLE job_fairs ADD COLUMN cancel_reason text;
ALTER TABLE job_fairs ADD CONSTRAINT job_fairs_cancelled_has_reason
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL));
