/**
 * The occasion of a statement, where the attribution names one ("in his evening video address", "in
 * a statement on social media", "on Telegram"), and who reported it ("as reported by Reuters").
 */
import type { Found } from './types.ts';

const OCCASION_NOUN =
  '(?:address|statement|interview|briefing|press conference|conference|speech|post|video|message|broadcast|remarks|comments|report|meeting|call|tweet|appeal|' +
  'Telegram|Facebook|Twitter|X|Instagram|YouTube|VKontakte|television|TV|social media|state TV|state television)';
const OCCASION = new RegExp(
  `\\b(?:in|on|at|during|via|through)\\s+(?:his|her|their|its|a|an|the)?\\s*((?:[\\p{L}'’-]+\\s+){0,4}?${OCCASION_NOUN}(?:\\s+${OCCASION_NOUN})*(?:\\s+(?:on|to|with)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${OCCASION_NOUN}|[\\p{Lu}][\\p{L}'’-]+))?)\\b`,
  'u',
);

/** The occasion named in text[from, to), without its article or possessive. */
export function findOccasion(text: string, from: number, to: number): Found<string> | undefined {
  const clause = text.slice(from, to);
  const m = OCCASION.exec(clause);
  const words = m?.[1];
  if (!m || !words) return undefined;
  // "reported by Reuters" is not an occasion.
  if (/\breport(?:ed)?\b/.test(clause.slice(Math.max(0, m.index - 12), m.index))) return undefined;
  const start = from + m.index + m[0].lastIndexOf(words);
  return { value: words, span: [start, start + words.length], confidence: 0.8 };
}

/** "as reported by Reuters" / "Reuters reported" / "according to Reuters": the agency, if named. */
export function findReporter(text: string, from: number, to: number): Found<string> | undefined {
  const clause = text.slice(from, to);
  const m =
    /\breported by\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3})/u.exec(clause) ??
    /\b(Reuters|AFP|AP|Associated Press|Interfax|TASS|RIA Novosti|Ukrinform|UNIAN|BBC|CNN)\s+(?:reported|said)\b/u.exec(
      clause,
    );
  const name = m?.[1];
  if (!m || !name) return undefined;
  const start = from + m.index + m[0].indexOf(name);
  return { value: name.replace(/^the\s+/, ''), span: [start, start + name.length], confidence: 0.85 };
}
