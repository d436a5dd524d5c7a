/**
 * Types of the drafter: what it finds in an article (each find with the span of text it came from
 * and a confidence) and what it hands back. Pure data; no DOM, no node.
 */
import type { Day, RawDraftEvidence, RawDraftOpenItem, RawPlacesFile, RawStory } from '../story/types.ts';

/** Character offsets [start, end) into the prepared text. */
export type Span = [number, number];

/** Something found in the text, where, and how sure the drafter is (0 to 1). */
export interface Found<T> {
  value: T;
  span: Span;
  confidence: number;
}

/** One settlement of geo/gazetteer.json (GeoNames cities500, the two oblasts). */
export interface GazetteerEntry {
  geonameid: number;
  name: string;
  oblast: string;
  coordinates: [number, number];
  population: number;
  names: { en: string; uk?: string; ru?: string };
  alternates: string[];
}

export interface Gazetteer {
  source: string;
  licence: string;
  places: GazetteerEntry[];
}

/** The tables the drafter reads; the caller loads them (the CLI from geo/, the page by import). */
export interface DraftTables {
  places: RawPlacesFile;
  gazetteer: Gazetteer;
}

export interface DraftOptions {
  /** The article's publication day: relative days ("on Sunday") are resolved against it. */
  published: Day;
  /** Who published the article; statements in the article's own voice are attributed to it. */
  outlet?: string;
  url?: string;
}

export interface DraftResult {
  /** The drafted story, in the shipped story format with its draft block. */
  story: RawStory;
  open: RawDraftOpenItem[];
  /** What the drafter could not do with this article, in words. */
  notes: string[];
}

/** A sentence or paragraph of the prepared text. */
export interface Segment {
  start: number;
  end: number;
}

/** One drafted story item, where it came from, the fields it leaves open, and the days it uses. */
export interface ItemDraft<T> {
  item: T;
  evidence: RawDraftEvidence;
  open: RawDraftOpenItem[];
  days: Day[];
}
