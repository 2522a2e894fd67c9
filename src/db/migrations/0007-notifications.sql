-- Notifications (ADR 0014): an outbox written in the same transaction as the change that causes it, and
-- delivered by a job. Each row is also the case's record of what was sent, to whom (masked) and when.

CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The record the message belongs to ('complaint', later 'mediation-case', …) and its id.
  record_type text NOT NULL,
  record_id text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  template text NOT NULL,
  locale text NOT NULL CHECK (locale IN ('zh-TW', 'en', 'id', 'vi', 'th')),
  -- The full address, needed to deliver. Erased (NULL) once the message is sent, or 30 days after its last
  -- failed attempt; recipient_masked is what every screen and answer shows.
  recipient text,
  recipient_masked text NOT NULL,
  params jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  -- The last refusal, scrubbed of addresses and numbers.
  last_error text,
  -- A delivery attempt holds the row until then, so a job run twice does not send twice at once.
  claimed_until timestamptz,
  provider_message_id text,
  -- The delivery job enqueued with the row (NULL when jobs were not running: the relay at the next worker
  -- start enqueues it).
  job_id text,
  created_at timestamptz NOT NULL,
  last_attempt_at timestamptz,
  sent_at timestamptz,
  CHECK (status <> 'sent' OR sent_at IS NOT NULL)
);
CREATE INDEX notifications_record_idx ON notifications (record_type, record_id, created_at);
-- The retention sweep looks for addresses still held.
CREATE INDEX notifications_recipient_held_idx ON notifications (last_attempt_at) WHERE recipient IS NOT NULL;

-- The language the complainant filed in (the public site's locale), so the bureau's written reply reaches
-- them in it. Complaints filed before this column read in the source language.
ALTER TABLE complaints ADD COLUMN locale text NOT NULL DEFAULT 'zh-TW' CHECK (locale IN ('zh-TW', 'en', 'id', 'vi', 'th'));
