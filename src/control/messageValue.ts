/**
 * Values from a layer's files as the checks' messages quote them: short, whole characters, and
 * never a throw, whatever the file holds (a 100,000-character id, an object whose `toString` is
 * not a function).
 */

import { shortText } from '../story/shortText';

/**
 * `text` without control or formatting characters (a right-to-left override would turn the rest of
 * the message round) or lone surrogates, cut to `most` code points.
 */
export const cleanText = (text: string, most = 40): string =>
  shortText(text.replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ''), most);

/** A value as JSON, cut to 60 characters; `undefined` when absent. */
export function jsonValue(value: unknown): string {
  let json: string | undefined;
  try {
    // JSON writes NaN and ±Infinity as null; the message says what the file holds (1e999 is Infinity).
    json = JSON.stringify(value, (_, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? `\u0000${v}` : v,
    )?.replace(/"\\u0000(-?Infinity|NaN)"/g, '$1');
  } catch {
    // Nested too deep for the stack: its type is all a message needs.
    json = Array.isArray(value) ? '[…]' : '{…}';
  }
  return cleanText(json ?? 'undefined', 60);
}

/** A value as written when it is text (`from (soon)`), otherwise as JSON. */
export const plainValue = (value: unknown): string =>
  typeof value === 'string' ? cleanText(value, 60) : jsonValue(value);
