/**
 * Places named word by word: at each capitalised (or Cyrillic) word, the longest run of words that
 * is a spelling of a place, so "Luhansk region" wins over "Luhansk"; Latin names only when
 * capitalised (so "bile" or "mine" are never villages), Cyrillic names in any case ending.
 */
import { normalizeName } from '../story/normalizeName.ts';
import { oblastNamed } from './findOblasts.ts';
import type { PlaceMention } from './findPlaces.ts';
import { CYRILLIC_ENDINGS, cyrillicStem, type IndexedPlace, type PlaceIndex } from './placeIndex.ts';
import type { Span } from './types.ts';

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

/** The places one capitalised Cyrillic word names in a case ending (Лисичанська), by its stem. */
function byStem(index: PlaceIndex, key: string): IndexedPlace[] | undefined {
  for (const ending of CYRILLIC_ENDINGS) {
    if (!key.endsWith(ending) || key.length - ending.length < 4) continue;
    const candidates = index.byStem.get(cyrillicStem(key.slice(0, key.length - ending.length)));
    if (candidates) return candidates;
  }
  return undefined;
}

/** The place the words `first`..`last` (n of them) name, with how it was found; none if they name none. */
function placeOf(text: string, index: PlaceIndex, first: Token, last: Token, n: number) {
  const between = text.slice(first.start, last.end);
  const key = normalizeName(between);
  // "Luhansk's regional administration": the name without its possessive.
  let candidates =
    index.bySpelling.get(key) ?? index.bySpelling.get(normalizeName(between.replace(/['’]s$/u, '')));
  let stemmed = false;
  if (!candidates && n === 1 && CYRILLIC.test(key) && UPPER.test(first.text)) {
    candidates = byStem(index, key);
    stemmed = candidates !== undefined;
  }
  const place = candidates?.[0];
  if (!place || !UPPER.test(first.text)) return undefined;
  // "the Luhansk People's Republic" is a party, "the Donetsk River" a river, "Donetsk railway" a company.
  if (/^\s+(?:People['’]s\s+Republic|River|[Rr]ailways?)\b/u.test(text.slice(last.end, last.end + 30)))
    return undefined;
  // "Luhansk regional governor", "the Donetsk governor": the oblast, not its capital.
  if (
    n === 1 &&
    place.kind === 'city' &&
    /^\s+(?:regional|governor|military administration)\b/u.test(text.slice(last.end, last.end + 30))
  )
    return {
      place: oblastNamed(index, `${between.replace(/['’]s$/u, '')} region`) ?? place,
      between,
      stemmed,
    };
  return { place, between, stemmed };
}

/** The longest name starting at token i, and how many words it takes; none over a `claimed` span. */
function longestNameAt(
  text: string,
  index: PlaceIndex,
  toks: readonly Token[],
  i: number,
  claimed: readonly Span[],
): { mention: PlaceMention; words: number } | undefined {
  const first = toks[i];
  if (!first || (!UPPER.test(first.text) && !CYRILLIC.test(first.text))) return undefined;
  for (let n = Math.min(index.maxWords, toks.length - i); n >= 1; n--) {
    const last = toks[i + n - 1];
    if (!last) continue;
    // Only words separated by spaces or hyphens belong to one name.
    if (n > 1 && /[,.;:!?()"«»“”\n]/.test(text.slice(first.start, last.end))) continue;
    if (claimed.some(([a, b]) => first.start < b && last.end > a)) return undefined;
    const found = placeOf(text, index, first, last, n);
    if (!found) continue;
    const { place, between, stemmed } = found;
    const confidence = confidenceOf(place, n, stemmed);
    return { mention: { place, span: [first.start, last.end], surface: between, confidence }, words: n };
  }
  return undefined;
}

/** Every place named word by word, in text order, none overlapping another or a `claimed` span. */
export function findPlaceNames(text: string, index: PlaceIndex, claimed: readonly Span[]): PlaceMention[] {
  const found: PlaceMention[] = [];
  const toks = tokens(text);
  for (let i = 0; i < toks.length; i++) {
    const name = longestNameAt(text, index, toks, i, claimed);
    if (!name) continue;
    found.push(name.mention);
    // The words of a name start no other.
    i += name.words - 1;
  }
  return found;
}
