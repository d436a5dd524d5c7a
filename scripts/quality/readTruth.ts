/**
 * A truth file: what a careful reader found in one real article, written by hand beside it
 * (ARTICLE.truth.json next to ARTICLE.txt), for `npm run draft:quality`. Every field is checked, and
 * a bad one is named with its file, item and reason, so a slip in the truth is not scored as the
 * drafter's fault.
 */
import { normalizeQuote } from './scoreArticle.ts';

export interface TruthQuote {
  /** Verbatim from the article (quote marks and spaces may differ). */
  text: string;
  /** The name (or body) the article gives, fullest form; null when the article names none. */
  speaker: string | null;
  role?: string;
  /** The day it was said (YYYY-MM-DD); null when the article does not say. */
  saidOn: string | null;
}

export interface Truth {
  published: string;
  outlet: string;
  quotes: TruthQuote[];
  /** The settlements and regions of the two oblasts the article names: place ids or names. */
  places: string[];
}

export class TruthFileError extends Error {
  override name = 'TruthFileError';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: string): boolean =>
  DAY.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a parsed truth file against its article; throws TruthFileError naming file and field. */
export function readTruth(json: unknown, file: string, article: string): Truth {
  const fail = (field: string, reason: string): never => {
    throw new TruthFileError(`${file}: ${field}: ${reason}`);
  };
  const only = (o: Record<string, unknown>, at: string, keys: string[]): void => {
    for (const k of Object.keys(o))
      if (!keys.includes(k)) fail(`${at}${k}`, `unknown field (expected ${keys.join(', ')})`);
  };
  const text = (v: unknown, field: string): string =>
    typeof v === 'string' && v.trim() !== '' ? v : fail(field, 'must be a non-empty string');
  const day = (v: unknown, field: string): string =>
    typeof v === 'string' && isDay(v)
      ? v
      : fail(field, `must be a day as YYYY-MM-DD, not ${JSON.stringify(v)}`);

  if (!isRecord(json))
    return fail('(top level)', 'must be an object with published, outlet, quotes and places');
  only(json, '', ['published', 'outlet', 'quotes', 'places']);
  const published = day(json.published, 'published');
  const outlet = text(json.outlet, 'outlet');
  if (!Array.isArray(json.quotes))
    return fail('quotes', 'must be a list (empty if the article quotes no one)');
  if (!Array.isArray(json.places)) return fail('places', 'must be a list of place ids or names');
  const body = normalizeQuote(article);
  const quotes = json.quotes.map((q: unknown, i): TruthQuote => {
    const at = `quotes[${i}]`;
    if (!isRecord(q)) return fail(at, 'must be an object with text, speaker and saidOn');
    only(q, `${at}.`, ['text', 'speaker', 'role', 'saidOn']);
    const quoted = text(q.text, `${at}.text`);
    if (!body.includes(normalizeQuote(quoted)))
      fail(
        `${at}.text`,
        `"${quoted.length > 40 ? `${quoted.slice(0, 40)}…` : quoted}" is not in the article (it must be verbatim)`,
      );
    if (!('speaker' in q)) fail(`${at}.speaker`, 'missing (null when the article names no one)');
    if (!('saidOn' in q)) fail(`${at}.saidOn`, 'missing (null when the article gives no day)');
    return {
      text: quoted,
      speaker: q.speaker === null ? null : text(q.speaker, `${at}.speaker`),
      ...(q.role !== undefined ? { role: text(q.role, `${at}.role`) } : {}),
      saidOn: q.saidOn === null ? null : day(q.saidOn, `${at}.saidOn`),
    };
  });
  const places = json.places.map((p: unknown, i) => text(p, `places[${i}]`));
  return { published, outlet, quotes, places };
}
