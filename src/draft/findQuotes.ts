/**
 * Quoted passages, verbatim: “…”, "…", «…», „…“ (or „…”), ‘…’ and '…' (a single straight quote
 * only where it cannot be an apostrophe). Nested quotes stay inside the outer one. A quote left open
 * at the end of a paragraph runs to it (newspapers open each paragraph of a long quote and close
 * only the last). The text kept drops the comma that English puts inside the closing mark.
 */
import type { Segment, Span } from './types.ts';

export interface QuoteFound {
  /** The verbatim text (without the marks and a trailing comma). */
  text: string;
  /** The text's span (inside the marks). */
  span: Span;
  /** The span with its marks. */
  outer: Span;
  /** Inside a sentence that is not itself the quote (a phrase or a word: "liberated"). */
  partial: boolean;
  /** The paragraph ended before a closing mark. */
  unclosed: boolean;
}

const PAIRS: Record<string, string[]> = {
  '“': ['”', '“'],
  // Copy that mixes marks opens with a straight one and closes with a curly one.
  '"': ['"', '”'],
  '«': ['»'],
  '„': ['“', '”'],
  '‘': ['’'],
  "'": ["'"],
};

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** A mark that can open a quote here: at the start, or after a space or an opening bracket or dash. */
function opens(text: string, at: number): boolean {
  const ch = text[at] ?? '';
  const before = text[at - 1];
  const after = text[at + 1];
  if (!(ch in PAIRS) || after === undefined || /\s/.test(after)) return false;
  if (ch === "'" || ch === '‘' || ch === '"') return before === undefined || /[\s([—–-]/.test(before);
  return true;
}

/** A closing mark here: for ' and ’, not an apostrophe inside a word (Kyiv's, Luhans'k). */
function closes(text: string, at: number, open: string): boolean {
  const ch = text[at] ?? '';
  if (!(PAIRS[open] ?? []).includes(ch)) return false;
  if (ch === "'" || ch === '’') return !isLetter(text[at + 1]) && !/\s/.test(text[at - 1] ?? ' ');
  if (ch === '"' && open === '"') return !/\s/.test(text[at - 1] ?? ' ') || at === 0;
  return true;
}

export function findQuotes(
  text: string,
  paragraphs: readonly Segment[],
  sentences: readonly Segment[],
): QuoteFound[] {
  const out: QuoteFound[] = [];
  for (const p of paragraphs) {
    let i = p.start;
    while (i < p.end) {
      if (!opens(text, i)) {
        i++;
        continue;
      }
      const open = text[i] ?? '';
      let j = i + 1;
      // Closers of quotes nested inside this one (a „…“ or ‘…’ inside «…» or “…”).
      const nested: string[] = [];
      for (; j < p.end; j++) {
        const ch = text[j] ?? '';
        const inner = nested[nested.length - 1];
        if (inner !== undefined && (PAIRS[inner] ?? []).includes(ch)) nested.pop();
        else if (
          ch !== open &&
          ch in PAIRS &&
          ch !== "'" &&
          ch !== '"' &&
          opens(text, j) &&
          !closes(text, j, open)
        )
          nested.push(ch);
        else if (nested.length === 0 && closes(text, j, open)) break;
      }
      const unclosed = j >= p.end;
      // Single quotes that never close are apostrophes or typos, not a quote.
      if (unclosed && (open === "'" || open === '‘')) {
        i++;
        continue;
      }
      const end = unclosed ? p.end : j;
      let body = text.slice(i + 1, end);
      const trimmed = body.replace(/[\s,]+$/u, '');
      body = trimmed;
      const start = i + 1;
      if (body.trim() !== '' && body.length <= 5000) {
        const sentence = sentences.find((s) => s.start <= i && i < s.end);
        const beforeInSentence = sentence ? text.slice(sentence.start, i).trim() : '';
        const partial = /\p{L}/u.test(beforeInSentence) && !/[:]\s*$/.test(beforeInSentence);
        out.push({
          text: body,
          span: [start, start + body.length],
          outer: [i, unclosed ? p.end : j + 1],
          partial,
          unclosed,
        });
      }
      i = unclosed ? p.end : j + 1;
    }
  }
  return out;
}
