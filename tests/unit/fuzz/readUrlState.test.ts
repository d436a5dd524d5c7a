/**
 * The address bar, tried by the thousand: any mix of the parameters the page reads (story, date,
 * lang, compare, swipe, city, embed, locator) and others links carry, repeated, percent-encoded or
 * not, huge, in any script. The state read is always one the page can show, and each unusable value
 * is named to the reader.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { isDay } from '../../../src/story/day.ts';
import { loadStory } from '../../../src/story/loadStory.ts';
import { en } from '../../../src/i18n/en.ts';
import { LANGS } from '../../../src/i18n/lang.ts';
import { readUrlState, storyUrlContext, writeUrlState } from '../../../src/state/urlState.ts';
import { timelineRange } from '../../../src/timeline/timelineRange.ts';
import { shippedPlaces, shippedStoryJson } from '../story/fixtures.ts';
import { itHolds } from './fuzzRun.ts';
import { huge } from './jsonMutations.ts';

const story = loadStory(shippedPlaces, shippedStoryJson(), 'luhansk-july-2022');
// The site as it would be with a second story: a link may name either.
const stories = [story.id, 'bakhmut-may-2023'];
const context = storyUrlContext(story, timelineRange(story).range, stories, { lang: 'en', words: en.link });
const [first, last] = context.range;
const cities = [...context.places];

const inRange = (value: string) => isDay(value) && value >= first && value <= last;
const dayIn = (from: string, to: string) =>
  fc
    .date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  // Long enough to be shortened for the notice, with characters outside the BMP.
  fc.string({ unit: fc.constantFrom('a', 'ї', '😀', '👩‍👩‍👧', '\u200f'), minLength: 30, maxLength: 60 }),
  fc.constantFrom('', '%', '%zz', '%E2%82', '%00', '\u202e', '\ud800', '&', '=', '#map=6/48/38', '+'),
  fc.constant(null).map(() => huge(5000)),
);
const dateValue = fc.oneof(
  dayIn(first, last),
  dayIn('1900-01-01', '2200-12-31'),
  fc.constantFrom('2022-02-30', '2022-13-01', '2022-7-3', '2022-07-03T00:00', ' 2022-07-03', first, last),
  text,
);
const cityValue = fc.oneof(
  fc.constantFrom(...cities),
  fc.constantFrom(...cities).map((c) => c.toUpperCase()),
  text,
);
const storyValue = fc.oneof(
  fc.constantFrom(...stories),
  fc.constantFrom(...stories).map((id) => ` ${id.toUpperCase()}`),
  text,
);
const param = fc.oneof(
  fc.tuple(fc.constant('story'), storyValue),
  fc.tuple(fc.constant('date'), dateValue),
  fc.tuple(fc.constant('city'), cityValue),
  fc.tuple(fc.constant('compare'), dateValue),
  fc.tuple(fc.constant('embed'), fc.oneof(fc.constantFrom('1', 'true', '0', 'false', 'yes'), text)),
  fc.tuple(fc.constant('locator'), fc.oneof(fc.constantFrom('1', 'true', '0', 'false', 'yes'), text)),
  fc.tuple(fc.constant('swipe'), fc.oneof(fc.constantFrom('1', 'true', '0', ' 1'), text)),
  fc.tuple(fc.constant('lang'), fc.oneof(fc.constantFrom(...LANGS, 'UK', 'en-GB', 'de'), text)),
  fc.tuple(fc.constantFrom('map', 'Story', 'Date', 'compare[]', 'date ', 'lang '), text),
  fc.tuple(text, text),
);
/** How a value is written in the query: encoded as a browser would, raw, or encoded twice. */
const writing = fc.constantFrom('encoded', 'raw', 'twice');
/** As a browser writes it: a lone surrogate cannot be percent-encoded, so it becomes U+FFFD first. */
const escape = (value: string) => encodeURIComponent(value.replace(/\p{Cs}/gu, '\uFFFD'));
const encode = (value: string, how: string) =>
  how === 'raw' ? value : how === 'twice' ? escape(escape(value)) : escape(value);
const search = fc
  .tuple(
    fc.array(fc.tuple(param, writing), { maxLength: 8 }),
    fc.constantFrom('?', '', '??'),
    fc.option(text),
  )
  .map(([params, lead, hash]) => {
    const query = params.map(([[k, v], how]) => `${encode(k, how)}=${encode(v, how)}`).join('&');
    return `${lead}${query}${hash === null ? '' : `#${hash}`}`;
  });

const BOUNDARY = 'URL state';

describe('readUrlState, generated links', () => {
  itHolds(BOUNDARY, 'always reads a state the page can show, and names each unusable value', () =>
    fc.property(search, (query) => {
      const { state, problems } = readUrlState(query, context);
      expect(isDay(state.day) && inRange(state.day)).toBe(true);
      expect(state.compare === null || inRange(state.compare)).toBe(true);
      expect(state.city === null || context.places.has(state.city)).toBe(true);
      expect(typeof state.embed).toBe('boolean');
      const locatorAsked = new URLSearchParams(query.length > 4000 ? query.slice(0, 4000) : query).get(
        'locator',
      );
      expect(state.locator).toBe(
        locatorAsked === null ? !state.embed : locatorAsked === '1' || locatorAsked === 'true',
      );
      expect(LANGS).toContain(state.lang);
      expect(stories).toContain(state.story);
      // What the page reads, as an oracle: the first usable value of each, or the default.
      const params = new URLSearchParams(query.length > 4000 ? query.slice(0, 4000) : query);
      const dates = params.getAll('date');
      const compares = params.getAll('compare');
      const citiesAsked = params.getAll('city');
      const storiesAsked = params.getAll('story');
      const langsAsked = params.getAll('lang');
      const isLang = (value: string) => (LANGS as readonly string[]).includes(value);
      expect(state.lang).toBe(langsAsked.find(isLang) ?? context.defaults.lang);
      expect(state.story).toBe(storiesAsked.find((id) => stories.includes(id)) ?? stories[0]);
      expect(state.day).toBe(dates.find(inRange) ?? context.defaults.day);
      expect(state.compare).toBe(compares.find(inRange) ?? null);
      expect(state.swipe).toBe(state.compare !== null && params.get('swipe') === '1');
      expect(state.city).toBe(citiesAsked.find((c) => context.places.has(c)) ?? null);
      const badDate = dates.length > 0 && !dates.some(inRange);
      const badCity = citiesAsked.length > 0 && !citiesAsked.some((c) => context.places.has(c));
      const twoDates = dates.length > 1 && !badDate;
      const badStory = storiesAsked.length > 0 && !storiesAsked.some((id) => stories.includes(id));
      const badCompare = compares.length > 0 && !compares.some(inRange);
      const twoCompares = compares.length > 1 && !badCompare;
      const badLang = langsAsked.length > 0 && !langsAsked.some(isLang);
      expect(problems).toHaveLength(
        [badStory, badDate, twoDates, badCompare, twoCompares, badCity, badLang].filter(Boolean).length,
      );
      for (const problem of problems) {
        // Short, whole characters, no control or formatting characters from the link.
        expect(problem.length).toBeLessThan(200);
        expect(problem).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
      }
      if (badStory) expect(problems[0]).toMatch(/is not a story here; the first story is shown/);
      if (badDate) expect(problems[Number(badStory)]).toMatch(/date|timeline/);
      if (badCity) expect(problems.at(badLang ? -2 : -1)).toMatch(/is not a place in this story/);
      if (badLang) expect(problems.at(-1)).toMatch(/is not a language of this page/);
      if (badCompare || twoCompares) expect(problems.filter((p) => /comparison day/.test(p))).toHaveLength(1);
    }),
  );

  itHolds(BOUNDARY, 'reads back every state it writes, with no problem', () =>
    fc.property(
      fc.constantFrom(...stories),
      dayIn(first, last),
      fc.option(dayIn(first, last)),
      fc.option(fc.constantFrom(...cities)),
      fc.boolean(),
      fc.boolean(),
      fc.boolean(),
      fc.constantFrom(...LANGS),
      (storyId, day, compare, city, embed, locator, swipe, lang) => {
        // A swipe shows a comparison: one is kept only with the other.
        const state = {
          story: storyId,
          day,
          compare,
          swipe: swipe && compare !== null,
          city,
          embed,
          locator,
          lang,
        };
        const { state: read, problems } = readUrlState(writeUrlState(state, context.defaults), context);
        expect(read).toEqual(state);
        expect(problems).toEqual([]);
      },
    ),
  );
});
