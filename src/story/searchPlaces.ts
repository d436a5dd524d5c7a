/**
 * Finding places by any spelling: en/uk/ru names and curated variants, ignoring case, diacritics,
 * apostrophes and hyphens. The article alone writes Lugansk and Luhansk, Sievierdonetsk and
 * Sievierodonetsk; all must resolve.
 */
import { normalizeName } from './normalizeName.ts';
import type { Place, Story } from './types.ts';

/**
 * The place with exactly this spelling (after normalising), or undefined. When two places share a
 * spelling, cities win over oblasts ("Luhansk" is the city; the oblast is "Luhansk Oblast").
 */
export function placeByName(story: Story, name: string): Place | undefined {
  const matches = story.placesBySpelling.get(normalizeName(name));
  return matches?.find((p) => p.kind !== 'oblast') ?? matches?.[0];
}

/**
 * Places whose spellings contain the query, best first: exact spelling, then spelling prefix, then
 * substring; ties keep places.json order. An empty query finds nothing.
 */
export function searchPlaces(story: Story, query: string): readonly Place[] {
  const q = normalizeName(query);
  if (q === '') return [];
  const ranked: { place: Place; rank: number; order: number }[] = [];
  story.places.forEach((place, order) => {
    let rank = Infinity;
    for (const spelling of place.spellings) {
      const s = normalizeName(spelling);
      if (s === q) rank = Math.min(rank, 0);
      else if (s.startsWith(q)) rank = Math.min(rank, 1);
      else if (s.includes(q)) rank = Math.min(rank, 2);
    }
    if (rank !== Infinity) ranked.push({ place, rank, order });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.place);
}
