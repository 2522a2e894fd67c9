/**
 * How a recipient's address is shown: everywhere but the outbox row that delivers the message (ADR 0014).
 * Records whose recipient is sealed (a complainant, ADR 0008) show no part of the address at all.
 */

/** `wang@example.com` → `w***@example.com`. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address.slice(0, 1)}***${address.slice(at)}`;
}

/** `0912345678` → `09**-***-678`; `+886 912 345 678` → `09**-***-678`; other numbers keep 2 first and 3 last digits. */
export function maskPhone(number: string): string {
  let digits = number.replace(/\D/g, '');
  if (digits.startsWith('886') && digits.length === 12) digits = `0${digits.slice(3)}`;
  if (digits.length === 10) return `${digits.slice(0, 2)}**-***-${digits.slice(7)}`;
  if (digits.length < 6) return '***';
  return `${digits.slice(0, 2)}${'*'.repeat(digits.length - 5)}${digits.slice(-3)}`;
}

export type Channel = 'email' | 'sms';

export function maskRecipient(channel: Channel, address: string, sealed: boolean): string {
  if (sealed) return channel === 'email' ? '***@***' : '**********';
  return channel === 'email' ? maskEmail(address) : maskPhone(address);
}

const emailLike = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+\.[a-z]{2,}/gi;
const phoneLike = /\+?\d[\d\s()-]{6,}\d/g;

/**
 * A refusal as it may be stored and shown: SMTP servers and gateways quote the address they refused
 * (`550 5.1.1 <w@example.com>: unknown user`); every address or long number in it is masked.
 */
export function scrubError(message: string, recipient?: string): string {
  let text = message;
  if (recipient) text = text.split(recipient).join('<recipient>');
  return text.replace(emailLike, (match) => maskEmail(match)).replace(phoneLike, (match) => maskPhone(match)).slice(0, 500);
}
