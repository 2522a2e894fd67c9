/**
 * Every issue zod can raise, worded for people: a key of the server catalog (`validation.*`) and its
 * parameters. zod's own catalogs speak of types and regular expressions ("數值過小：預期 string 應為 >=3
 * 字元"), which no user should read, so they are never used. Contracts that word a check themselves give
 * a `validation.*` key as the message, which wins.
 */
import type { z } from 'zod';

export type IssueMessage = { key: string; params: Record<string, string | number> };

const formatKeys: Record<string, string> = {
  email: 'validation.email',
  url: 'validation.web_address',
  date: 'validation.date',
  datetime: 'validation.datetime',
  time: 'validation.time',
  uuid: 'validation.reference',
  guid: 'validation.reference',
  cuid: 'validation.reference',
  cuid2: 'validation.reference',
  ulid: 'validation.reference',
  nanoid: 'validation.reference',
};

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function bound(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return undefined;
}

/** The key and parameters for one issue; `value` is what the caller sent at the issue's path. */
export function issueMessage(issue: z.core.$ZodIssue, value: unknown): IssueMessage {
  if (issue.message.startsWith('validation.')) {
    const params: Record<string, string | number> = {};
    for (const [name, item] of Object.entries(issue)) {
      if (typeof item === 'string' || typeof item === 'number') params[name] = item;
      if (typeof item === 'bigint') params[name] = Number(item);
    }
    return { key: issue.message, params };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (isEmpty(value)) return { key: 'validation.required', params: {} };
      if (issue.expected === 'number' || issue.expected === 'int' || issue.expected === 'bigint') return { key: 'validation.number', params: {} };
      return { key: 'validation.invalid', params: {} };
    case 'too_small': {
      const minimum = bound(issue.minimum);
      if (minimum === undefined) return { key: 'validation.invalid', params: {} };
      if (issue.origin === 'string') return isEmpty(value) ? { key: 'validation.required', params: {} } : { key: 'validation.too_short', params: { minimum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'validation.too_few_items', params: { minimum } };
      return { key: issue.inclusive === false ? 'validation.greater_than' : 'validation.too_small', params: { minimum } };
    }
    case 'too_big': {
      const maximum = bound(issue.maximum);
      if (maximum === undefined) return { key: 'validation.invalid', params: {} };
      if (issue.origin === 'string') return { key: 'validation.too_long', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'validation.too_many_items', params: { maximum } };
      return { key: issue.inclusive === false ? 'validation.less_than' : 'validation.too_big', params: { maximum } };
    }
    case 'invalid_format':
      return { key: formatKeys[issue.format] ?? 'validation.format', params: {} };
    case 'not_multiple_of': {
      const divisor = bound(issue.divisor);
      return divisor === undefined ? { key: 'validation.invalid', params: {} } : { key: 'validation.multiple_of', params: { divisor } };
    }
    case 'unrecognized_keys':
      return { key: 'validation.unknown_field', params: {} };
    case 'invalid_value':
      return isEmpty(value) ? { key: 'validation.required', params: {} } : { key: 'validation.choice', params: {} };
    case 'invalid_union':
      return isEmpty(value) ? { key: 'validation.required', params: {} } : { key: 'validation.invalid', params: {} };
    default:
      // invalid_key, invalid_element and custom checks without a key of their own.
      return { key: 'validation.invalid', params: {} };
  }
}
