/**
 * @module password-strength
 * The one strength check for passwords that people choose (issue 16, finding 8), called where a password is
 * set through the API (account creation and reset). Length alone let `aaaaaaaaaa` through. Refused:
 * - fewer than 5 different characters (`aaaaaaaaaa`, `abababab12`);
 * - a run of neighbouring keys or digits only (`1234567890`, `qwertyuiop`, `abcdefghij`);
 * - a deny-listed password, or one made of a deny-listed word with digits or symbols around it
 *   (`Password123!`, `taichung2026`);
 * - the username inside the password.
 */
import { AppError } from '../../shared/errors.ts';

/** Words that top the leaked-password lists, and the ones a labor bureau's staff would reach for first. */
const deniedWords = new Set([
  'password', 'passw0rd', 'p@ssword', 'p@ssw0rd', 'qwerty', 'qwertyuiop', 'asdfgh', 'asdfghjkl', 'zxcvbnm', 'letmein',
  'welcome', 'iloveyou', 'admin', 'administrator', 'root', 'test', 'guest', 'login', 'changeme', 'default', 'secret',
  'monkey', 'dragon', 'master', 'sunshine', 'princess', 'football', 'baseball', 'superman', 'trustno1', 'abc', 'abcd',
  'demo', 'taichung', 'taiwan', 'labor', 'labour', 'bureau', 'staff', 'user', 'taipei', 'kaohsiung', 'iloveyou',
]);

const sequences = ['01234567890', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1qaz2wsx3edc'];

function isSequence(lower: string): boolean {
  return sequences.some((run) => {
    const both = run + run.split('').reverse().join('');
    return lower.length >= 4 && both.includes(lower);
  });
}

/** Why the password is weak (an i18n key), or undefined when it is acceptable. */
export function passwordWeakness(password: string, username?: string): string | undefined {
  const lower = password.toLowerCase();
  if (new Set(lower).size < 5) return 'validation.password_weak';
  if (isSequence(lower)) return 'validation.password_weak';
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (deniedWords.has(lower) || deniedWords.has(core) || (core.length >= 3 && isSequence(core))) return 'validation.password_weak';
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) return 'validation.password_has_username';
  return undefined;
}

/** Throws 400 VALIDATION_FAILED on the `password` field when the password is weak. */
export function assertStrongPassword(password: string | undefined, username?: string): void {
  if (password === undefined) return;
  const weakness = passwordWeakness(password, username);
  if (weakness) {
    throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'password', code: 'weak_password', message: weakness }] });
  }
}
