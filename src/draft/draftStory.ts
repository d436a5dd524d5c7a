/**
 * Drafts a story from an article's text: every quote with its speaker, role, occasion and days,
 * the places and parties named, and claims and events from sentences in which a party took,
 * controls or withdrew from a place. Each drafted item carries the span it came from and a
 * confidence (draft.evidence); whatever the text does not settle is left out of the item and listed
 * in draft.open. Pure: the caller passes the text and the tables, and writes the result.
 */
import type { RawDraftOpenItem, RawStory } from '../story/types.ts';
import { actionItems } from './actionItems.ts';
import { articleSources } from './articleSources.ts';
import { draftParties } from './draftParties.ts';
import { draftPlaces } from './draftPlaces.ts';
import { draftQuotes } from './draftQuotes.ts';
import { draftRecord } from './draftRecord.ts';
import { findClaims } from './findClaims.ts';
import { idMaker } from './idMaker.ts';
import type { PartyId } from './parties.ts';
import { quoteItem } from './quoteItem.ts';
import { readArticle, type ArticleReading } from './readArticle.ts';
import type { DraftOptions, DraftResult, DraftTables } from './types.ts';

export { DraftInputError } from './prepareText.ts';

/** What the drafter could not do with the article, in words. */
function closingNotes(article: ArticleReading, quotes: number, open: readonly RawDraftOpenItem[]): string[] {
  const { text } = article;
  const notes: string[] = [];
  if (quotes === 0) notes.push('No quoted passage was found.');
  if (article.places.length === 0)
    notes.push('No settlement or region of Luhansk or Donetsk oblast was found.');
  const cyrillic =
    (text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) > (text.match(/\p{Script=Latin}/gu)?.length ?? 0);
  if (cyrillic) {
    notes.push(
      'The article is in Cyrillic: places, parties, quotes and days are drafted, but speakers are found only beside a speech verb (— заявив Зеленський) and roles and claims only from the few Cyrillic patterns the drafter knows; check each.',
    );
  }
  const unresolved = open.filter((o) => o.field === 'speaker').length;
  if (unresolved > 0) notes.push(`${unresolved} quote(s) have no speaker the text names.`);
  return notes;
}

export function draftStory(input: string, options: DraftOptions, tables: DraftTables): DraftResult {
  const { article, notes } = readArticle(input, options, tables);
  const { text, published } = article;
  // The steps run in the order draft.evidence and draft.open list their items and ids are made in.
  const newId = idMaker();
  const record = draftRecord();
  const drafted = draftQuotes(article);
  const sources = articleSources(article, options, newId);
  record.open.push(...sources.open);
  const places = draftPlaces(article.places, tables);
  record.evidence.push(...places.evidence);
  // Each quote is drafted in turn: its fallback id counts the evidence recorded before it.
  const quotes = drafted.map((d) =>
    record.add(quoteItem(d, article, newId, sources.wire, `quote-${record.evidence.length + 1}`)),
  );
  const actions = findClaims(text, article.sentences, article.places, article.parties);
  const { claims, events } = actionItems(actions, article, tables, newId, record);
  const claimParties = claims.map((c) => c.party as PartyId);
  const parties = draftParties(article.parties, claimParties, drafted);
  record.evidence.push(...parties.evidence);
  notes.push(...closingNotes(article, drafted.length, record.open));

  const { evidence, open, days } = record;
  const first = [...days].sort()[0];
  const story: RawStory = {
    draft: { published, text, evidence, open, notes },
    title: sources.article.title,
    period: { from: first && first < published ? first : published, to: published },
    parties: parties.parties,
    sources: sources.sources,
    claims,
    control: [],
    events,
    quotes,
    ...(places.places.length ? { places: places.places } : {}),
  };
  return { story, open, notes };
}
