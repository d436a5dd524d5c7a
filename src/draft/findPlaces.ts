/**
 * Places the article names, with their spans: the longest spelling wins ("Luhansk region" over
 * "Luhansk"), Latin names only when capitalised (so "bile" or "mine" are never villages), Cyrillic
 * names in any case ending, "the Lugansk and Donetsk regions" as two oblasts, and "the city" or
 * "the region" as the last city or oblast named before.
 */
import { normalizeName } from '../story/normalizeName.ts';
import { CYRILLIC_ENDINGS, cyrillicStem, type IndexedPlace, type PlaceIndex } from './placeIndex.ts';
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

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’ʼ`-]*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const UPPER = /^\p{Lu}/u;

interface Token {
  start: number;
  end: number;
  text: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** Confidence of a match: the curated table's spellings are surest; a small village's least. */
function confidenceOf(place: IndexedPlace, words: number, stemmed: boolean): number {
  let c = place.curated ? 0.95 : place.population >= 10_000 ? 0.85 : 0.65;
  // A bare "Luhansk" or "Donetsk" may mean the city or the oblast.
  if (words === 1 && place.kind === 'city' && place.curated && ['luhansk', 'donetsk'].includes(place.id))
    c = 0.7;
  return stemmed ? c - 0.1 : c;
}

const COORDINATED =
  /(\p{Lu}[\p{L}'’-]+)\s+(?:and|і|и|та)\s+(\p{Lu}[\p{L}'’-]+)\s+(regions|oblasts|provinces|областей|областях|областями|області)/gu;
/** "Луганська область", "Донецкой области", "Луганщина", "на Донеччині": the oblasts in Cyrillic. */
const CYRILLIC_OBLAST = /(Луганськ|Луганск|Донецьк|Донецк)\p{L}*\s+област\p{L}*|(Луганщин|Донеччин)\p{L}*/gu;
const OBLAST_KEY: Record<string, string> = {
  луганськ: 'Luhansk region',
  луганск: 'Luhansk region',
  луганщин: 'Luhansk region',
  донецьк: 'Donetsk region',
  донецк: 'Donetsk region',
  донеччин: 'Donetsk region',
};

export function findPlaces(text: string, index: PlaceIndex): PlaceMention[] {
  const found: PlaceMention[] = [];
  const toks = tokens(text);
  const taken = new Uint8Array(toks.length);
  // Two oblasts named together: "the Lugansk and Donetsk regions".
  const oblastOf = (name: string): IndexedPlace | undefined =>
    index.bySpelling.get(normalizeName(`${name} region`))?.find((p) => p.kind === 'oblast');
  for (const m of text.matchAll(COORDINATED)) {
    const [whole, a = '', b = ''] = m;
    const pa = oblastOf(a);
    const pb = oblastOf(b);
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
    const place = key
      ? index.bySpelling.get(normalizeName(key))?.find((p) => p.kind === 'oblast')
      : undefined;
    if (place) found.push({ place, span: [m.index, m.index + m[0].length], surface: m[0], confidence: 0.85 });
  }
  const claimedSpans = found.map((f) => f.span);
  const overlapsClaimed = (s: number, e: number) => claimedSpans.some(([a, b]) => s < b && e > a);

  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    const first = toks[i];
    if (!first || (!UPPER.test(first.text) && !CYRILLIC.test(first.text))) continue;
    for (let n = Math.min(index.maxWords, toks.length - i); n >= 1; n--) {
      const last = toks[i + n - 1];
      if (!last) continue;
      // Only words separated by spaces or hyphens belong to one name.
      const between = text.slice(first.start, last.end);
      if (n > 1 && /[,.;:!?()"«»“”\n]/.test(between)) continue;
      if (overlapsClaimed(first.start, last.end)) break;
      const key = normalizeName(between);
      let candidates = index.bySpelling.get(key);
      let stemmed = false;
      if (!candidates && n === 1 && CYRILLIC.test(key) && UPPER.test(first.text)) {
        for (const ending of CYRILLIC_ENDINGS) {
          if (!key.endsWith(ending) || key.length - ending.length < 4) continue;
          const stem = cyrillicStem(key.slice(0, key.length - ending.length));
          candidates = index.byStem.get(stem);
          if (candidates) {
            stemmed = true;
            break;
          }
        }
      }
      let place = candidates?.[0];
      if (!place || !UPPER.test(first.text)) continue;
      // "Luhansk regional governor", "the Donetsk governor": the oblast, not its capital.
      if (
        n === 1 &&
        place.kind === 'city' &&
        /^\s+(?:regional|governor|military administration)\b/u.test(text.slice(last.end, last.end + 30))
      ) {
        place =
          index.bySpelling.get(normalizeName(`${between} region`))?.find((p) => p.kind === 'oblast') ?? place;
      }
      found.push({
        place,
        span: [first.start, last.end],
        surface: between,
        confidence: confidenceOf(place, n, stemmed),
      });
      for (let k = i; k < i + n; k++) taken[k] = 1;
      break;
    }
  }
  found.sort((a, b) => a.span[0] - b.span[0]);
  // "the city" / "the region": the last city or oblast named before.
  const anaphors: PlaceMention[] = [];
  for (const m of text.matchAll(/\bthe (city|town|region|oblast)\b(?! of\b)/gi)) {
    const wantOblast = /region|oblast/i.test(m[1] ?? '');
    const before = [...found]
      .reverse()
      .find((f) => f.span[1] <= m.index && (f.place.kind === 'oblast') === wantOblast);
    if (before)
      anaphors.push({
        place: before.place,
        span: [m.index, m.index + m[0].length],
        surface: m[0],
        confidence: 0.6,
        anaphor: true,
      });
  }
  return [...found, ...anaphors].sort((a, b) => a.span[0] - b.span[0]);
}
