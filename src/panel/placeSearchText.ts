/**
 * The place search's words, as plain strings so they can be tested in node and rendered as text
 * only. No DOM here.
 */
import { normalizeName, type Place, type Story } from '../story';

/**
 * The spelling a reader typed, when it is not the display name: "Sievierodonetsk (Severodonetsk)"
 * tells them the place they meant is the one they found.
 */
export function matchedSpelling(place: Place, query: string): string | undefined {
  const q = normalizeName(query);
  if (q === '' || normalizeName(place.names.en).includes(q)) return undefined;
  return place.spellings.find((s) => normalizeName(s).includes(q));
}

/** A result's name, with the spelling the reader typed when it is another. */
export function resultName(place: Place, query: string): string {
  const spelling = matchedSpelling(place, query);
  return spelling ? `${place.names.en} (${spelling})` : place.names.en;
}

/** "City, Luhansk Oblast" / "Oblast": what a result is, to tell Luhansk the city from the oblast. */
export function placeKindText(story: Story, place: Place): string {
  if (place.kind === 'oblast') return 'Oblast';
  if (place.kind === 'capital') return 'Capital';
  const oblast = place.oblast ? story.placeById.get(place.oblast)?.names.en : undefined;
  return oblast ? `City, ${oblast}` : 'City';
}

/** What a screen reader hears after a search: how many places were found (nothing for an empty box). */
export function resultsStatus(query: string, count: number): string {
  if (query.trim() === '') return '';
  return count ? `${count} ${count === 1 ? 'place' : 'places'} found` : 'No place found';
}
