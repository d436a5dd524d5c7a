/** The article as every part of the drafter reads it: its text, segments, and the places and parties named. */
import { isDay } from '../story/day.ts';
import type { Day } from '../story/types.ts';
import { findPlaces, type PlaceMention } from './findPlaces.ts';
import { findParties, type PartyMention } from './parties.ts';
import { buildPlaceIndex, type PlaceIndex } from './placeIndex.ts';
import { DraftInputError, prepareText } from './prepareText.ts';
import { paragraphs, sentences } from './segments.ts';
import type { DraftOptions, DraftTables, Segment } from './types.ts';

export interface ArticleReading {
  /** The prepared text every span points into. */
  text: string;
  published: Day;
  paragraphs: Segment[];
  sentences: Segment[];
  places: PlaceMention[];
  parties: PartyMention[];
}

// The index takes a while to build; a page drafting several articles builds it once per table.
const indexes = new WeakMap<DraftTables, PlaceIndex>();
function placeIndex(tables: DraftTables): PlaceIndex {
  let index = indexes.get(tables);
  if (!index) indexes.set(tables, (index = buildPlaceIndex(tables)));
  return index;
}

/** Reads the article; its notes say what preparing the text changed. Refuses a publication date that is no day. */
export function readArticle(
  input: string,
  options: DraftOptions,
  tables: DraftTables,
): { article: ArticleReading; notes: string[] } {
  if (!isDay(options.published)) {
    throw new DraftInputError(
      `the publication date (${options.published === '' ? 'missing' : options.published}) must be a real day written YYYY-MM-DD: relative days such as "on Sunday" are resolved against it`,
    );
  }
  const { text, notes } = prepareText(input);
  const article: ArticleReading = {
    text,
    published: options.published,
    paragraphs: paragraphs(text),
    sentences: sentences(text),
    places: findPlaces(text, placeIndex(tables)),
    parties: findParties(text),
  };
  return { article, notes };
}
