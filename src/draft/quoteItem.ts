/** A drafted quote as the story's quote item, with its evidence and the fields the text leaves open. */
import type { RawDraftOpenItem, RawQuote } from '../story/types.ts';
import type { WireSource } from './articleSources.ts';
import type { DraftedQuote } from './draftQuotes.ts';
import type { NewId } from './idMaker.ts';
import type { ArticleReading } from './readArticle.ts';
import { segmentAt } from './segments.ts';
import type { ItemDraft, Span } from './types.ts';

/** The fields' spans, for the editor to see where each came from. */
function fieldSpans(d: DraftedQuote): Record<string, Span> {
  return {
    ...(d.speaker ? { speaker: d.speaker.span } : {}),
    ...(d.said ? { saidOn: d.said.span } : {}),
    ...(d.occasion ? { occasion: d.occasion.span } : {}),
    ...(d.reporter ? { reportedBy: d.reporter.span } : {}),
    ...(d.reported ? { reportedOn: d.reported.span } : {}),
  };
}

/** The fields a draft cannot fill, and why. */
function openFields(d: DraftedQuote, id: string, placeIds: readonly string[]): RawDraftOpenItem[] {
  const open: RawDraftOpenItem[] = [];
  const gap = (field: string, reason: string) => open.push({ collection: 'quotes', id, field, reason });
  const who = d.speaker?.value;
  if (!who) {
    gap('speaker', 'no speaker named beside the quote, and no earlier one to continue');
    gap('role', 'no speaker, so no role');
  } else if (!who.role) gap('role', `the text gives no role for ${who.name}`);
  if (!d.said) gap('saidOn', 'the text gives no day for this statement');
  if (placeIds.length === 0) gap('places', 'the quote and its sentence name no place of the two oblasts');
  return open;
}

/** The quote item of `d`; `fallback` is its id when its words make none (Cyrillic). */
export function quoteItem(
  d: DraftedQuote,
  article: ArticleReading,
  newId: NewId,
  wire: WireSource,
  fallback: string,
): ItemDraft<RawQuote> {
  const q = d.found;
  const who = d.speaker?.value;
  const id = newId(`${who ? (who.name.split(' ').pop() ?? '') : 'quote'} ${q.text}`, fallback);
  const sentence = q.partial ? segmentAt(article.sentences, q.outer[0]) : undefined;
  const reportedOn = d.reported?.value.day ?? article.published;
  const placeIds = [...new Set(d.places.map((p) => p.place.id))];
  const quote = {
    id,
    ...(who ? { speaker: who.name, ...(who.role ? { role: who.role } : {}) } : {}),
    text: q.text,
    ...(sentence ? { context: article.text.slice(sentence.start, sentence.end).trim() } : {}),
    ...(d.said
      ? {
          saidOn: d.said.value.day,
          ...(d.said.value.precision !== 'day' ? { datePrecision: d.said.value.precision } : {}),
        }
      : {}),
    ...(d.occasion ? { occasion: d.occasion.value } : {}),
    reportedOn,
    reportedBy: d.reporter ? wire(d.reporter.value, reportedOn) : 'article',
    source: 'article',
    ...(placeIds.length > 0 ? { places: placeIds } : {}),
    note: `Drafted${d.said ? ` (said: "${d.said.value.surface}")` : ''}; review before publishing.`,
  };
  const fields = fieldSpans(d);
  const confidence = Math.min(0.95, d.speaker?.confidence ?? 0.3, q.unclosed ? 0.6 : 1);
  return {
    // A draft leaves out what the text does not give (speaker, role, day, places): draft.open lists it.
    item: quote as RawQuote,
    evidence: {
      collection: 'quotes',
      id,
      span: q.span,
      confidence,
      ...(Object.keys(fields).length ? { fields } : {}),
    },
    open: openFields(d, id, placeIds),
    days: d.said ? [d.said.value.day] : [],
  };
}
