/**
 * The article's text cut into runs for highlighting: each run is a stretch of text and the kinds of
 * drafted span that cover it (none for plain text). Spans come from the draft's evidence, so only
 * what the drafter read from the text is marked, and a deleted item's spans are not. Pure; the page
 * turns the runs into text nodes and <mark> elements.
 */
import type { RawDraftEvidence } from '../story/types.ts';
import { itemKey } from './authorDraft.ts';

export type HighlightKind = 'quote' | 'speaker' | 'place' | 'day' | 'party' | 'claim';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [
  'quote',
  'speaker',
  'place',
  'day',
  'party',
  'claim',
];

export interface Run {
  start: number;
  end: number;
  /** In HIGHLIGHT_KINDS order; empty for plain text. */
  kinds: readonly HighlightKind[];
}

type Mark = { span: readonly [number, number]; kind: HighlightKind };

/** Which kind each field's span is marked as. */
const FIELD_KINDS: Record<string, HighlightKind> = {
  speaker: 'speaker',
  saidOn: 'day',
  reportedOn: 'day',
  day: 'day',
  place: 'place',
  verb: 'claim',
};

/** The marks one evidence record gives: a quote's whole passage, a place or party where named, and
 * the fields' own spans (a claim's sentence is not marked whole: its verb, place and day are). */
function marksOf(evidence: RawDraftEvidence): Mark[] {
  const whole: HighlightKind | undefined =
    evidence.collection === 'quotes'
      ? 'quote'
      : evidence.collection === 'places'
        ? 'place'
        : evidence.collection === 'parties'
          ? 'party'
          : undefined;
  const fields = Object.entries(evidence.fields ?? {}).flatMap(([field, span]): Mark[] => {
    const kind = FIELD_KINDS[field];
    return kind ? [{ span, kind }] : [];
  });
  return [...(whole ? [{ span: evidence.span, kind: whole }] : []), ...fields];
}

/** The runs of `text`, covering it whole and in order, given the evidence and the deleted items. */
export function highlightSpans(
  text: string,
  evidence: readonly RawDraftEvidence[],
  deleted: readonly string[] = [],
): Run[] {
  const gone = new Set(deleted);
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Math.trunc(n)));
  const marks = evidence
    .filter((e) => !gone.has(itemKey(e)))
    .flatMap(marksOf)
    .map((m) => ({ start: clamp(m.span[0]), end: clamp(m.span[1]), kind: m.kind }))
    .filter((m) => m.end > m.start);
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort(
    (a, b) => a - b,
  );
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const covering = new Set(marks.filter((m) => m.start <= start && m.end >= end).map((m) => m.kind));
    const kinds = HIGHLIGHT_KINDS.filter((kind) => covering.has(kind));
    const last = runs.at(-1);
    // Neighbouring runs of the same kinds are one run.
    if (last && last.kinds.join() === kinds.join()) last.end = end;
    else runs.push({ start, end, kinds });
  }
  return runs;
}
