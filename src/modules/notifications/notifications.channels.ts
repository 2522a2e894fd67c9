/**
 * The ways a notice leaves the platform. Each channel takes one rendered message and resolves when the
 * other side has accepted it, or throws: the delivery job then records the (scrubbed) refusal and retries.
 * The address is only ever passed to the transport; logs show it masked.
 */
import nodemailer from 'nodemailer';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { Logger } from '../../shared/logger.ts';
import { maskEmail, maskPhone } from './notifications.mask.ts';

export type OutgoingMessage = {
  /** The outbox row's id: the same message always carries the same id, so a resend can be recognised. */
  id: string;
  to: string;
  locale: Locale;
  subject: string;
  text: string;
  html: string;
};

export type Sent = { providerMessageId: string | null };
export type NotificationChannel = { send(message: OutgoingMessage): Promise<Sent> };

/** A channel that refuses every message, for a production install that has not configured it. */
export function disabledChannel(reason: string): NotificationChannel {
  return {
    send: async () => {
      throw new Error(reason);
    },
  };
}

/**
 * E-mail over SMTP (nodemailer). `url` is `smtp://user:pass@host:587` or `smtps://…:465`. The Message-ID
 * is derived from the outbox id, so a message sent twice after a crash is the same message to the
 * receiving server and the mail client (RFC 5322 §3.6.4).
 */
export function createSmtpChannel(options: { url: string; from: string }): NotificationChannel & { close(): void } {
  // Timeouts shorter than the outbox claim (notifications.service.ts), so a hung server fails the attempt.
  const transport = nodemailer.createTransport({ url: options.url, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
  const domain = options.from.replace(/^.*@/, '').replace(/>.*$/, '') || 'localhost';
  return {
    async send(message) {
      const info = await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: `<notification-${message.id}@${domain}>`,
        headers: { 'Content-Language': message.locale, 'Auto-Submitted': 'auto-generated' },
      });
      return { providerMessageId: typeof info.messageId === 'string' ? info.messageId : null };
    },
    close: () => transport.close(),
  };
}

/** Development e-mail: nothing leaves the machine; the log shows the masked address and the subject. */
export function createLogEmailChannel(logger: Logger): NotificationChannel {
  return {
    async send(message) {
      logger.info({ notificationId: message.id, to: maskEmail(message.to), subject: message.subject }, 'e-mail (development driver, not sent)');
      return { providerMessageId: null };
    },
  };
}

/** Development SMS: the message is logged with the number masked; nothing is sent. */
export function createLogSmsChannel(logger: Logger): NotificationChannel {
  return {
    async send(message) {
      logger.info({ notificationId: message.id, to: maskPhone(message.to), text: message.text }, 'SMS (development driver, not sent)');
      return { providerMessageId: null };
    },
  };
}

/** A Taiwan mobile number as E.164: 0912 345 678 → +886912345678; a number given with + is kept. */
export function toE164(number: string, countryCode = '886'): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('0')) return `+${countryCode}${digits.slice(1)}`;
  return `+${digits}`;
}

export type TwilioSettings = {
  /** https://api.twilio.com, or a compatible gateway (tests start their own). */
  baseUrl: string;
  accountSid: string;
  authToken: string;
  /** Sender number (E.164) or alphanumeric sender id. */
  from: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
};

/**
 * SMS through Twilio's Programmable Messaging REST API, "Create a Message resource":
 * `POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded `To`, `From`, `Body`, HTTP
 * basic auth with the account SID and auth token; 201 answers JSON with the message `sid`, an error answers
 * JSON with `code` and `message` (https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource).
 */
export function createTwilioSmsChannel(settings: TwilioSettings): NotificationChannel {
  const fetcher = settings.fetch ?? fetch;
  const endpoint = `${settings.baseUrl.replace(/\/$/, '')}/2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString('base64')}`;
  return {
    async send(message) {
      const response = await fetcher(endpoint, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ To: toE164(message.to), From: settings.from, Body: message.text }),
        signal: AbortSignal.timeout(settings.timeoutMs ?? 15_000),
      });
      const body = (await response.json().catch(() => ({}))) as { sid?: unknown; code?: unknown; message?: unknown };
      if (!response.ok) {
        // The gateway's own words, which can quote the number: the caller scrubs them before storing.
        const detail = typeof body.message === 'string' ? body.message : response.statusText;
        throw new Error(`SMS gateway refused (HTTP ${response.status}${body.code ? `, code ${String(body.code)}` : ''}): ${detail}`);
      }
      return { providerMessageId: typeof body.sid === 'string' ? body.sid : null };
    },
  };
}

export type ChannelSettings = {
  isProduction: boolean;
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  sms: { driver: 'log' } | { driver: 'twilio'; gatewayUrl: string; accountSid: string; authToken: string; from: string };
};

/**
 * The channels the environment configures. A channel left unconfigured logs (development) or, in
 * production, refuses: the message stays queued and then failed on its case, visible, rather than
 * recorded as sent when nothing left the building.
 */
export function createChannels(settings: ChannelSettings, logger: Logger): { email: NotificationChannel; sms: NotificationChannel } {
  const email =
    settings.smtpUrl && settings.mailFrom
      ? createSmtpChannel({ url: settings.smtpUrl, from: settings.mailFrom })
      : settings.isProduction
        ? disabledChannel('e-mail is not configured (SMTP_URL, MAIL_FROM)')
        : createLogEmailChannel(logger);
  const sms =
    settings.sms.driver === 'twilio'
      ? createTwilioSmsChannel({
          baseUrl: settings.sms.gatewayUrl,
          accountSid: settings.sms.accountSid,
          authToken: settings.sms.authToken,
          from: settings.sms.from,
        })
      : settings.isProduction
        ? disabledChannel('SMS is not configured (SMS_DRIVER=twilio and its settings)')
        : createLogSmsChannel(logger);
  return { email, sms };
}
