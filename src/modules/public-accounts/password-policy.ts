/**
 * The password rule for public accounts, after NIST SP 800-63B §5.1.1.2 (memorized secrets): a length
 * floor rather than composition rules, and a check against a list of passwords known to be common or
 * breached, or built from the account's own address or the service's name. The list below is the head
 * of the common-password lists (it is short on purpose: the length floor already rules out most of the
 * long tail); a city may extend it.
 */
export const passwordMinLength = 10;
export const passwordMaxLength = 128;

const denied = new Set(
  [
    '123456', '1234567890', '12345678910', '0123456789', '1234567890a', 'a1234567890', 'qwertyuiop', 'qwertyuiop123',
    'password', 'password1', 'password12', 'password123', 'password1234', 'passw0rd123', 'p@ssw0rd123', 'iloveyou123',
    'abcdefghij', 'abc1234567', 'aaaaaaaaaa', '1111111111', '0000000000', '1qaz2wsx3edc', '1q2w3e4r5t', 'zaq12wsx34',
    'qazwsxedcrfv', 'asdfghjkl1', 'asdfghjkl;', 'zxcvbnm123', 'football123', 'princess123', 'sunshine123', 'welcome123',
    'letmein1234', 'trustno1234', 'dragon12345', 'monkey12345', 'baseball123', 'superman123', 'taiwan1234', 'taichung123',
    'taichung1234', 'iloveyou1314', 'woaini1314', 'woaini5201314', '5201314520', 'aa12345678', 'a123456789', 'qwer123456',
    'taiwan12345', 'changeme123', 'administrator', 'admin123456', 'labor123456', 'correct horse battery staple',
  ].map((value) => value.toLowerCase()),
);

const service = ['taichung', 'labor', 'labour', '勞工局', 'laboraffairs'];

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'contains-email' | 'repetitive';

/** Why a password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string | null | undefined } = {}): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < passwordMinLength) return 'too-short';
  if (length > passwordMaxLength) return 'too-long';
  const lower = password.toLowerCase();
  if (denied.has(lower)) return 'common';
  // A common word with digits or punctuation around it is as weak as the word.
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (core.length > 0 && (denied.has(core) || service.includes(core))) return 'common';
  if (new Set(lower).size <= 2) return 'repetitive';
  if (/^(?:0123456789|1234567890|9876543210)+/.test(lower)) return 'repetitive';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'contains-email';
  return undefined;
}
