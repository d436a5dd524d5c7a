import type { Day } from './day.ts';

/** The story's collections, as the draft's evidence and open items name them. */
export type DraftCollection = 'parties' | 'sources' | 'claims' | 'events' | 'quotes' | 'places';

/** Where in the article a drafted item (and some of its fields) came from, and how sure the drafter is. */
export interface RawDraftEvidence {
  collection: DraftCollection;
  id: string;
  /** Character offsets [start, end) into the drafted text (draft.text). */
  span: [number, number];
  /** 0 to 1: how sure the drafter is of the item as a whole. */
  confidence: number;
  /** Spans of single fields, e.g. speaker, saidOn, occasion. */
  fields?: Record<string, [number, number]>;
}

/** A field the drafter left empty (or unsure) for the editor to fill in, and why. */
export interface RawDraftOpenItem {
  collection: DraftCollection;
  id: string;
  field: string;
  reason: string;
}

/**
 * Marks a story file as a draft made from an article: not yet reviewed, so `story:check` lists its
 * open items instead of refusing their missing fields. Removed when the story is published.
 */
export interface RawDraft {
  /** The article's publication day, which relative days were resolved against. */
  published: Day;
  /** The text the spans point into (the article after HTML was stripped and line ends normalised). */
  text: string;
  evidence: RawDraftEvidence[];
  open: RawDraftOpenItem[];
  /** What the drafter could not do with this article, in words. */
  notes: string[];
}
