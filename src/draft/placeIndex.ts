/**
 * Every spelling of every place the drafter can find: the curated places table (geo/places.json,
 * whose ids the story uses) first, then the gazetteer's settlements of the two oblasts (GeoNames,
 * with alternate names). Keys are normalised (normalizeName): case, diacritics, apostrophes and
 * hyphens do not matter. Cyrillic names are also indexed by stem, so that declined forms
 * (Лисичанська, Сєвєродонецьку, Бахмута) are found.
 */
import { normalizeName } from '../story/normalizeName.ts';
import type { RawPlace } from '../story/types.ts';
import type { DraftTables, GazetteerEntry } from './types.ts';

export interface IndexedPlace {
  /** The story's place id: the table's, or a new slug for a gazetteer-only place. */
  id: string;
  kind: 'city' | 'oblast' | 'capital';
  /** In the places table: referred to by id. Otherwise the draft adds it to the story's places. */
  curated: boolean;
  entry?: GazetteerEntry;
  population: number;
}

export interface PlaceIndex {
  bySpelling: Map<string, IndexedPlace[]>;
  byStem: Map<string, IndexedPlace[]>;
  /** Longest spelling in words, to bound the n-gram search. */
  maxWords: number;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Endings a Cyrillic place name takes in its cases (Ukrainian and Russian), longest first. */
export const CYRILLIC_ENDINGS = [
  'ого',
  'ому',
  'ою',
  'ої',
  'ій',
  'ім',
  'ом',
  'ем',
  'ею',
  'ах',
  'ях',
  'ой',
  'ей',
  'а',
  'у',
  'і',
  'е',
  'ю',
  'я',
  'и',
  'ы',
  'о',
  '',
];

/** A Cyrillic word without its final vowels, soft sign or й: the part every case shares. */
export const cyrillicStem = (normalised: string): string => normalised.replace(/[аяеєіїоуюьйыи]+$/u, '');

const slug = (name: string): string =>
  normalizeName(name)
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .replace(/ +/g, '-');

function add(map: Map<string, IndexedPlace[]>, key: string, place: IndexedPlace): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

export function buildPlaceIndex(tables: DraftTables): PlaceIndex {
  const bySpelling = new Map<string, IndexedPlace[]>();
  const byStem = new Map<string, IndexedPlace[]>();
  let maxWords = 1;
  const tableIds = new Set(tables.places.places.map((p) => p.id));
  const byGeonameid = new Map<number, RawPlace>();
  for (const p of tables.places.places) if (p.geonameid !== undefined) byGeonameid.set(p.geonameid, p);

  const index = (spelling: string, place: IndexedPlace): void => {
    const key = normalizeName(spelling);
    add(bySpelling, key, place);
    maxWords = Math.max(maxWords, key.split(' ').length);
    if (CYRILLIC.test(key) && !key.includes(' ')) {
      const stem = cyrillicStem(key);
      if (stem.length >= 4) add(byStem, stem, place);
    }
  };

  const curated = new Map<string, IndexedPlace>();
  for (const p of tables.places.places) {
    const place: IndexedPlace = { id: p.id, kind: p.kind, curated: true, population: Infinity };
    curated.set(p.id, place);
    for (const s of [p.names.en, p.names.uk, p.names.ru, ...(p.variants ?? [])]) index(s, place);
    if (p.kind === 'oblast') {
      // "Luhansk region", "Lugansk province", "the Donetsk oblast": the city's spellings + a word.
      const city = tables.places.places.find(
        (c) => c.kind === 'city' && c.oblast === p.id && p.names.en.startsWith(c.names.en),
      );
      for (const s of city ? [city.names.en, ...(city.variants ?? [])] : []) {
        for (const word of ['region', 'oblast', 'province']) index(`${s} ${word}`, place);
      }
    }
  }
  for (const entry of tables.gazetteer.places) {
    const table = byGeonameid.get(entry.geonameid);
    let place: IndexedPlace;
    if (table) {
      place = curated.get(table.id) ?? {
        id: table.id,
        kind: table.kind,
        curated: true,
        population: Infinity,
      };
    } else {
      let id = slug(entry.name) || `geonames-${entry.geonameid}`;
      if (tableIds.has(id)) id = `${id}-${entry.geonameid}`;
      place = { id, kind: 'city', curated: false, entry, population: entry.population };
    }
    if (table) place.entry = entry;
    for (const s of [entry.name, entry.names.uk, entry.names.ru, ...entry.alternates]) if (s) index(s, place);
  }
  // Best first: the table's places, then the most populous.
  for (const map of [bySpelling, byStem]) {
    for (const list of map.values()) list.sort((a, b) => b.population - a.population);
  }
  return { bySpelling, byStem, maxWords: Math.min(maxWords, 5) };
}
