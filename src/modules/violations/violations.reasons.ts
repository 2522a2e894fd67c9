/** Why a row of an imported file was refused: stable keys, translated in the web app (violations.reasons.*). */
export type RejectReason =
  | 'unterminated-quote'
  | 'field-count'
  | 'cell-too-long'
  | 'employer-missing'
  | 'announced-on-missing'
  | 'announced-on-invalid'
  | 'decided-on-invalid'
  | 'articles-missing'
  | 'law-unknown'
  | 'fine-invalid';

export const rejectReasons: readonly RejectReason[] = [
  'unterminated-quote',
  'field-count',
  'cell-too-long',
  'employer-missing',
  'announced-on-missing',
  'announced-on-invalid',
  'decided-on-invalid',
  'articles-missing',
  'law-unknown',
  'fine-invalid',
];
