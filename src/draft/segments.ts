/**
 * Paragraphs and sentences with their offsets. A sentence ends at . ! ? (or … ) followed by space
 * and a capital, a quote mark or a digit, except after a title or an initial ("Mr.", "Gen.", "U.S.").
 */
import type { Segment } from './types.ts';

const ABBREVIATIONS =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Prof|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|E\.U|[A-ZА-ЯІЇЄ])\.$/u;

export function paragraphs(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim() !== '') out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function sentences(text: string): Segment[] {
  const out: Segment[] = [];
  for (const p of paragraphs(text)) {
    let start = p.start;
    const body = text.slice(p.start, p.end);
    const re = /[.!?…]+["'”’»“]*(?=\s+["'“‘«„(\p{Lu}\d—–-])/gu;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const end = p.start + m.index + m[0].length;
      if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 8), end))) continue;
      out.push({ start, end });
      start = end;
      while (start < p.end && /\s/.test(text[start] ?? '')) start++;
    }
    if (start < p.end) out.push({ start, end: p.end });
  }
  return out;
}

/** The segment holding offset `at` (binary search over sorted segments). */
export function segmentAt(segments: readonly Segment[], at: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (!s) break;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
