/**
 * Search keys for Chinese (and the other four languages) that do not depend on how a word was typed:
 * NFKC folds full-width letters and digits (ＡＢＣ１２ → ABC12) and compatibility forms, 台 and 臺 are one
 * character in Taiwanese usage, case is ignored, and spaces and punctuation (，。、「」・ - / …) are dropped.
 * Matching is substring on the key, so 資遣 finds 資遣費 and 特休 finds 特別休假 only if written so.
 */
import { normalizeTai } from '../reference-data/reference-data.ts';

const dropped = /[\p{P}\p{S}\p{Z}\s]+/gu;

/** The normalised form both the stored text and the query are reduced to. */
export function searchKey(text: string): string {
  return normalizeTai(text.normalize('NFKC')).toLowerCase().replace(dropped, '');
}

/**
 * The terms of a query: split where the person typed a space or punctuation, each term keyed.
 * "資遣費 計算" → ["資遣費", "計算"]; "資遣，台中" → ["資遣", "臺中"]. Empty terms are dropped; at most 8.
 */
export function searchTerms(query: string): string[] {
  const parts = normalizeTai(query.normalize('NFKC')).toLowerCase().split(dropped);
  return [...new Set(parts.map(searchKey).filter((part) => part.length > 0))].slice(0, 8);
}

/**
 * Overlapping character pairs of a key (資遣費用 → 資遣, 遣費, 費用). Used when no item holds the whole
 * query: a question written 加班費如何計算 still ranks for 加班費怎麼算 by the pairs they share.
 */
export function bigrams(key: string): string[] {
  const chars = [...key];
  if (chars.length < 2) return chars;
  const pairs: string[] = [];
  for (let i = 0; i < chars.length - 1; i += 1) pairs.push(`${chars[i]}${chars[i + 1]}`);
  return [...new Set(pairs)];
}

/** A key safe inside LIKE '%…%' (the key has no punctuation left, but be explicit). */
export function likeEscape(key: string): string {
  return key.replace(/[%_\\]/g, (ch) => `\\${ch}`);
}
