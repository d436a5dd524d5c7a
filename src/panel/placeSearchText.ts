/**
 * The place search's words in the page's language, as plain strings so they can be tested in node
 * and rendered as text only. No DOM here.
 */
import type { Locale } from '../i18n/locale';
import { normalizeName, type Place, type Story } from '../story';

/**
 * The spelling a reader typed, when it is not the name shown: "Sievierodonetsk (Severodonetsk)"
 * tells them the place they meant is the one they found.
 */
export function matchedSpelling(place: Place, query: string, locale: Locale): string | undefined {
  const q = normalizeName(query);
  if (q === '' || normalizeName(locale.place(place)).includes(q)) return undefined;
  return place.spellings.find((s) => normalizeName(s).includes(q));
}

/** A result's name in the page's language, with the spelling the reader typed when it is another. */
export function resultName(place: Place, query: string, locale: Locale): string {
  const spelling = matchedSpelling(place, query, locale);
  return spelling ? `${locale.place(place)} (${spelling})` : locale.place(place);
}

/** "City, Luhansk Oblast" / "Oblast": what a result is, to tell Luhansk the city from the oblast. */
export function placeKindText(story: Story, place: Place, locale: Locale): string {
  const { t } = locale;
  if (place.kind === 'oblast') return t.search.oblast;
  if (place.kind === 'capital') return t.search.capital;
  const oblast = place.oblast ? story.placeById.get(place.oblast) : undefined;
  return oblast ? t.search.cityIn(locale.place(oblast)) : t.search.city;
}

/** What a screen reader hears after a search: how many places were found (nothing for an empty box). */
export function resultsStatus(query: string, count: number, locale: Locale): string {
  if (query.trim() === '') return '';
  return count ? locale.t.search.found(count) : locale.t.search.none;
}
