import type { Story } from '../story/index.ts';
import { isDay, type Day } from '../story/day.ts';
import { shortText } from '../story/shortText.ts';
import { isLang, type Lang } from '../i18n/lang.ts';

/**
 * What the page says when a link names something it cannot show, in the page's language (the
 * messages' `link` part, src/i18n): each value quoted for the reader, days as the link writes them.
 */
export interface LinkWords {
  notStory(value: string): string;
  notPlace(value: string): string;
  notLanguage(value: string): string;
  dateOutside(value: string, first: string, last: string): string;
  notDate(value: string): string;
  manyDates: string;
  compareOutside(value: string, first: string, last: string): string;
  notCompare(value: string): string;
  manyCompares: string;
}

/**
 * What a link can say:
 * `?story=luhansk-july-2022&date=2022-07-03&compare=2022-06-24&swipe=1&city=lysychansk&embed=1&lang=uk`.
 */
export interface UrlState {
  /** The open story's id. A page shows one story: another is another page load. */
  story: string;
  day: string;
  /** The second day, which the day shown is compared with (null: no comparison). */
  compare: string | null;
  /** The two compared days' maps shown together, split by a divider (only while a comparison is set). */
  swipe: boolean;
  city: string | null;
  embed: boolean;
  /**
   * Whether the locator inset is shown: by default everywhere but in an embed; `locator=1` shows
   * it in one, `locator=0` hides it anywhere.
   */
  locator: boolean;
  /** The page's language; by default the browser's (of the page's), else English. */
  lang: Lang;
}

export interface UrlContext {
  /** First and last day the timeline reaches. */
  range: readonly [string, string];
  /** Ids of places that can be selected. */
  places: ReadonlySet<string>;
  /** Ids of the site's stories, the first the one a link without `story` opens. */
  stories: readonly string[];
  defaults: UrlState;
  /** The problems' words, in the page's language. */
  words: LinkWords;
}

/**
 * What a link to this story can name: the site's stories (by default the first), days on its
 * timeline, its places, the page's languages; by default its last day, and the language `page`
 * gives (the browser's), whose words name a link's problems.
 */
export function storyUrlContext(
  story: Story,
  range: readonly [Day, Day],
  stories: readonly string[],
  page: { lang: Lang; words: LinkWords },
): UrlContext {
  const defaults: UrlState = {
    story: stories[0] ?? story.id,
    day: story.period.to,
    compare: null,
    swipe: false,
    city: null,
    embed: false,
    locator: true,
    lang: page.lang,
  };
  return { range, places: new Set(story.places.map((p) => p.id)), stories, defaults, words: page.words };
}

/**
 * The language a link asks for (the first of its `lang` values the page has), else `fallback` (the
 * browser's): read first, since the messages the page is built with depend on it.
 */
export function langOfLink(search: string, fallback: Lang): Lang {
  return queryOf(search).getAll('lang').find(isLang) ?? fallback;
}

/** The query string as read: a link far too long is cut, rather than read for ever. */
const queryOf = (search: string) =>
  new URLSearchParams(search.length > 4000 ? search.slice(0, 4000) : search);

/**
 * The story a link opens: the first of its `story` values that names one of `stories`, else the
 * first story (readUrlState says why). Read before the story's data is fetched.
 */
export function storyOfLink<T extends { id: string }>(search: string, stories: readonly T[]): T | undefined {
  const id = queryOf(search)
    .getAll('story')
    .find((asked) => stories.some((story) => story.id === asked));
  return stories.find((story) => story.id === id) ?? stories[0];
}

/** What the page says, once, above the problems `readUrlState` found. */
/** A value from the address bar, shortened and stripped of controls, for a message to the reader. */
export function quoteForReader(value: string): string {
  return shortText(value.replace(/[\p{Cc}\p{Cf}]/gu, ''), 40);
}

/**
 * Reads the query string. Anything unusable falls back to the default, what is valid is kept, and
 * each problem is reported once so the page can tell the reader. It never throws.
 */
export function readUrlState(search: string, context: UrlContext): { state: UrlState; problems: string[] } {
  const params = queryOf(search);
  const problems: string[] = [];
  const state: UrlState = { ...context.defaults };
  const { words } = context;

  const stories = params.getAll('story');
  const [firstStory] = stories;
  const story = stories.find((id) => context.stories.includes(id));
  if (story !== undefined) state.story = story;
  else if (firstStory !== undefined) problems.push(words.notStory(quoteForReader(firstStory)));

  const dates = { outside: words.dateOutside, not: words.notDate, many: words.manyDates };
  state.day = firstDay(params.getAll('date'), context.range, problems, dates) ?? state.day;
  const compares = { outside: words.compareOutside, not: words.notCompare, many: words.manyCompares };
  state.compare = firstDay(params.getAll('compare'), context.range, problems, compares) ?? state.compare;
  // A swipe is a way of showing a comparison: without one, or with any other value, it is ignored.
  state.swipe = state.compare !== null && params.get('swipe') === '1';

  const cities = params.getAll('city');
  const [firstCity] = cities;
  if (firstCity !== undefined) {
    const valid = cities.find((c) => context.places.has(c));
    if (valid !== undefined) state.city = valid;
    else problems.push(words.notPlace(quoteForReader(firstCity)));
  }

  const embed = params.get('embed');
  if (embed !== null) state.embed = embed === '1' || embed === 'true';
  const locator = params.get('locator');
  state.locator = locator === null ? !state.embed : locator === '1' || locator === 'true';

  const langs = params.getAll('lang');
  const [firstLang] = langs;
  const lang = langs.find(isLang);
  if (lang !== undefined) state.lang = lang;
  else if (firstLang !== undefined) problems.push(words.notLanguage(quoteForReader(firstLang)));

  return { state, problems };
}

/**
 * The first of `days` on the timeline, or undefined; a link whose days are all unusable, or that
 * names more than one, is reported once (`words` say it of the day: the date, the comparison day).
 */
function firstDay(
  days: readonly string[],
  [first, last]: readonly [string, string],
  problems: string[],
  words: {
    outside: (value: string, first: string, last: string) => string;
    not: (value: string) => string;
    many: string;
  },
): string | undefined {
  const [head] = days;
  if (head === undefined) return undefined;
  const valid = days.find((d) => isDay(d) && d >= first && d <= last);
  const shown = quoteForReader(head);
  if (valid === undefined) problems.push(isDay(head) ? words.outside(shown, first, last) : words.not(shown));
  else if (days.length > 1) problems.push(words.many);
  return valid;
}

/** The query string for a state; defaults are left out so the plain URL stays plain. */
export function writeUrlState(state: UrlState, defaults: UrlState): string {
  const params = new URLSearchParams();
  if (state.story !== defaults.story) params.set('story', state.story);
  if (state.day !== defaults.day) params.set('date', state.day);
  if (state.compare) params.set('compare', state.compare);
  if (state.compare && state.swipe) params.set('swipe', '1');
  if (state.city) params.set('city', state.city);
  if (state.embed) params.set('embed', '1');
  // Written only where it is not what the embed mode gives by itself.
  if (state.locator === state.embed) params.set('locator', state.locator ? '1' : '0');
  if (state.lang !== defaults.lang) params.set('lang', state.lang);
  const query = params.toString();
  return query ? `?${query}` : '';
}
