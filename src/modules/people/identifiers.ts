/**
 * Taiwanese personal identifiers, checked by their check digits (shared/research/data-formats.md §4,
 * after the Ministry of the Interior and National Immigration Agency specifications).
 */

// Letter → area code; I, O, W, Z were added out of order.
const letterCodes: Record<string, number> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
};
const weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];

function checksumOk(letter: string, nineDigits: number[]): boolean {
  const code = letterCodes[letter];
  if (code === undefined) return false;
  const digits = [Math.floor(code / 10), code % 10, ...nineDigits];
  const sum = digits.reduce((total, digit, index) => total + digit * (weights[index] ?? 0), 0);
  return sum % 10 === 0;
}

/** 身分證統一編號: a letter, 1 (male) or 2 (female), eight digits; weighted sum divisible by 10. */
export function isNationalId(value: string): boolean {
  if (!/^[A-Z][12]\d{8}$/.test(value)) return false;
  return checksumOk(value[0] as string, [...value.slice(1)].map(Number));
}

/**
 * 外來人口統一證號 (resident certificate / ARC). New format since 2021: a letter, 8 or 9, eight digits,
 * same checksum as the national ID. Old format (valid through 2030): two letters, the second A–D,
 * of which only the units digit of its area code counts.
 */
export function isResidentCertificateNumber(value: string): boolean {
  if (/^[A-Z][89]\d{8}$/.test(value)) return checksumOk(value[0] as string, [...value.slice(1)].map(Number));
  if (/^[A-Z][A-D]\d{8}$/.test(value)) {
    const second = (letterCodes[value[1] as string] ?? 0) % 10;
    return checksumOk(value[0] as string, [second, ...[...value.slice(2)].map(Number)]);
  }
  return false;
}

export type IdKind = 'national-id' | 'resident-certificate';

export function identifyIdNumber(value: string): IdKind | undefined {
  if (isNationalId(value)) return 'national-id';
  if (isResidentCertificateNumber(value)) return 'resident-certificate';
  return undefined;
}

/** A123456789 → A12****789: enough to tell records apart in a list, not enough to identify. */
export function maskIdNumber(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 6)}${value.slice(-3)}`;
}

/** 0912345678 → 0912***678. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 4)}${'*'.repeat(digits.length - 7)}${digits.slice(-3)}`;
}

/** 王小明 → 王○明; 陳大 → 陳○; Latin names keep the first letter of each word. */
export function maskName(value: string): string {
  const chars = [...value.trim()];
  if (/^[\p{Script=Han}]+$/u.test(value.trim())) {
    if (chars.length <= 2) return `${chars[0] ?? ''}○`;
    return `${chars[0]}${'○'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
  }
  return value
    .trim()
    .split(/\s+/)
    .map((word) => `${word[0] ?? ''}${'*'.repeat(Math.max(0, word.length - 1))}`)
    .join(' ');
}
