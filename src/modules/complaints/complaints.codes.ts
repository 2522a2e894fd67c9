/**
 * The receipt a complainant keeps: a tracking code to type (`TC-` and 8 Crockford base32 characters,
 * 40 bits, only unique) and a secret that proves it is theirs (20 characters, 100 bits, stored only as
 * a SHA-256 hash). Crockford's alphabet has no I, L, O or U, so a code read aloud or copied by hand
 * survives: O is read as 0, I and L as 1, case and hyphens do not matter.
 */
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const trackingPrefix = 'TC-';
const trackingLength = 8;
const secretLength = 20;

function randomChars(count: number): string {
  let out = '';
  for (let index = 0; index < count; index += 1) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** Upper case, separators dropped, look-alike letters read as the digits they stand for. */
function canonical(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

const isCrockford = (text: string, length: number) => text.length === length && [...text].every((ch) => alphabet.includes(ch));

export function newTrackingCode(): string {
  return trackingPrefix + randomChars(trackingLength);
}

/** `tc-7k3m 9q2x` → `TC-7K3M9Q2X`; undefined when it cannot be a tracking code. */
export function normalizeTrackingCode(text: string): string | undefined {
  if (text.length > 40) return undefined;
  let body = canonical(text);
  if (body.startsWith('TC') && body.length === trackingLength + 2) body = body.slice(2);
  return isCrockford(body, trackingLength) ? trackingPrefix + body : undefined;
}

/** A new secret as shown to the complainant, in groups of four: `7K3M-9Q2X-…`. */
export function newSecret(): string {
  return randomChars(secretLength).match(/.{4}/g)?.join('-') ?? '';
}

export function normalizeSecret(text: string): string | undefined {
  if (text.length > 80) return undefined;
  const body = canonical(text);
  return isCrockford(body, secretLength) ? body : undefined;
}

export function hashSecret(normalized: string): string {
  return createHash('sha256').update(`complaint-secret:${normalized}`).digest('hex');
}

/** Compared against when the code is unknown or the secret malformed, so every miss costs the same. */
export const decoySecretHash = hashSecret('decoy secret that matches nothing');

/** Constant-time comparison of two hex SHA-256 digests. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === 32 && right.length === 32 && timingSafeEqual(left, right);
}
