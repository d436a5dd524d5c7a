/**
 * The oblasts named in forms a word-by-word lookup misses: two named together ("the Lugansk and
 * Donetsk regions", one name each) and the Cyrillic forms ("Луганська область", "Донецкой области",
 * "Луганщина", "на Донеччині").
 */
import { normalizeName } from '../story/normalizeName.ts';
import type { PlaceMention } from './findPlaces.ts';
import type { IndexedPlace, PlaceIndex } from './placeIndex.ts';

const COORDINATED =
  /(\p{Lu}[\p{L}'’-]+)\s+(?:and|і|и|та)\s+(\p{Lu}[\p{L}'’-]+)\s+(regions|oblasts|provinces|областей|областях|областями|області)/gu;
const CYRILLIC_OBLAST = /(Луганськ|Луганск|Донецьк|Донецк)\p{L}*\s+област\p{L}*|(Луганщин|Донеччин)\p{L}*/gu;
const OBLAST_KEY: Record<string, string> = {
  луганськ: 'Luhansk region',
  луганск: 'Luhansk region',
  луганщин: 'Luhansk region',
  донецьк: 'Donetsk region',
  донецк: 'Donetsk region',
  донеччин: 'Donetsk region',
};

/** The oblast a spelling names, if any ("Lugansk region" is the oblast, never its capital). */
export const oblastNamed = (index: PlaceIndex, spelling: string): IndexedPlace | undefined =>
  index.bySpelling.get(normalizeName(spelling))?.find((p) => p.kind === 'oblast');

/** Two oblasts named together, then the Cyrillic forms; in that order, as found. */
export function findOblasts(text: string, index: PlaceIndex): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const m of text.matchAll(COORDINATED)) {
    const [whole, a = '', b = ''] = m;
    const pa = oblastNamed(index, `${a} region`);
    const pb = oblastNamed(index, `${b} region`);
    if (!pa || !pb) continue;
    const at = m.index;
    found.push({ place: pa, span: [at, at + a.length], surface: a, confidence: 0.85 });
    const bAt = at + whole.indexOf(b, a.length);
    found.push({
      place: pb,
      span: [bAt, at + whole.length],
      surface: text.slice(bAt, at + whole.length),
      confidence: 0.9,
    });
  }
  for (const m of text.matchAll(CYRILLIC_OBLAST)) {
    const key = OBLAST_KEY[(m[1] ?? m[2] ?? '').toLowerCase()];
    const place = key ? oblastNamed(index, key) : undefined;
    if (place) found.push({ place, span: [m.index, m.index + m[0].length], surface: m[0], confidence: 0.85 });
  }
  return found;
}
