/**
 * Places the article names, with their spans: the longest spelling wins ("Luhansk region" over
 * "Luhansk"), Latin names only when capitalised (so "bile" or "mine" are never villages), Cyrillic
 * names in any case ending, "the Lugansk and Donetsk regions" as two oblasts, and "the city" or
 * "the region" as the last city or oblast named before.
 */
import { findAnaphors } from './findAnaphors.ts';
import { findOblasts } from './findOblasts.ts';
import { findPlaceNames } from './findPlaceNames.ts';
import type { IndexedPlace, PlaceIndex } from './placeIndex.ts';
import type { Span } from './types.ts';

export interface PlaceMention {
  place: IndexedPlace;
  span: Span;
  /** The words as the article writes them. */
  surface: string;
  confidence: number;
  /** True for "the city" / "the region" standing for a place named before. */
  anaphor?: boolean;
}

export function findPlaces(text: string, index: PlaceIndex): PlaceMention[] {
  // The oblasts' own forms first: their words are then no other place's.
  const oblasts = findOblasts(text, index);
  const claimed = oblasts.map((f) => f.span);
  const names = findPlaceNames(text, index, claimed);
  const found = [...oblasts, ...names].sort((a, b) => a.span[0] - b.span[0]);
  return [...found, ...findAnaphors(text, found)].sort((a, b) => a.span[0] - b.span[0]);
}
