import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { uk } from '../../../src/i18n/uk';
import {
  langOfLink,
  readUrlState,
  storyOfLink,
  writeUrlState,
  type UrlState,
} from '../../../src/state/urlState';

const defaults: UrlState = {
  story: 'first',
  day: '2022-07-04',
  compare: null,
  swipe: false,
  city: null,
  embed: false,
  locator: true,
  lang: 'en',
};
const context = {
  range: ['2014-04-07', '2022-07-31'] as const,
  places: new Set(['lysychansk', 'luhansk']),
  stories: ['first', 'second'],
  defaults,
  words: en.link,
};

describe('readUrlState', () => {
  it('reads a date and a city', () => {
    const { state, problems } = readUrlState('?date=2022-06-20&city=lysychansk', context);
    expect(state).toEqual({
      story: 'first',
      day: '2022-06-20',
      compare: null,
      swipe: false,
      city: 'lysychansk',
      embed: false,
      locator: true,
      lang: 'en',
    });
    expect(problems).toEqual([]);
  });

  it('keeps the first and last day of the range and refuses the days outside it', () => {
    expect(readUrlState('?date=2014-04-07', context).state.day).toBe('2014-04-07');
    expect(readUrlState('?date=2022-07-31', context).state.day).toBe('2022-07-31');
    const before = readUrlState('?date=2014-04-06', context);
    expect(before.state.day).toBe('2022-07-04');
    expect(before.problems).toEqual([
      'The date 2014-04-06 is outside the timeline (2014-04-07 to 2022-07-31).',
    ]);
    expect(readUrlState('?date=2022-08-01', context).state.day).toBe('2022-07-04');
  });

  it('falls back on a day that is not a calendar day and says so once', () => {
    const { state, problems } = readUrlState('?date=2022-13-45&city=luhansk', context);
    expect(state).toEqual({
      story: 'first',
      day: '2022-07-04',
      compare: null,
      swipe: false,
      city: 'luhansk',
      embed: false,
      locator: true,
      lang: 'en',
    });
    expect(problems).toEqual(['“2022-13-45” is not a date; dates look like 2022-07-03.']);
  });

  it('shortens and strips a hostile value before quoting it', () => {
    const { problems } = readUrlState(
      `?date=${encodeURIComponent('<script>\u0000' + 'x'.repeat(500))}`,
      context,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('<script>');
    expect(problems[0]).not.toContain('\u0000');
    expect(problems[0]!.length).toBeLessThan(90);
  });

  it('never cuts a character outside the BMP in half when it shortens a value (found by fuzzing)', () => {
    const { problems } = readUrlState(`?city=${encodeURIComponent('a'.repeat(39) + '😀😀')}`, context);
    expect(problems).toEqual([`“${'a'.repeat(39)}😀…” is not a place in this story.`]);
    // No lone surrogate (\p{Cs} matches only unpaired halves in a /u pattern).
    expect(problems[0]).not.toMatch(/\p{Cs}/u);
  });

  it('takes the first valid of repeated keys', () => {
    const { state, problems } = readUrlState(
      '?date=nope&date=2022-06-25&city=atlantis&city=luhansk',
      context,
    );
    expect(state.day).toBe('2022-06-25');
    expect(state.city).toBe('luhansk');
    expect(problems).toEqual(['The link names more than one date; the first valid one is shown.']);
  });

  it('refuses an unknown city', () => {
    const { state, problems } = readUrlState('?city=atlantis', context);
    expect(state.city).toBeNull();
    expect(problems).toEqual(['“atlantis” is not a place in this story.']);
  });

  it('opens the story a link names, the first valid of several; an unknown one opens the first and says so', () => {
    expect(readUrlState('?story=second', context)).toEqual({
      state: { ...defaults, story: 'second' },
      problems: [],
    });
    expect(readUrlState('?story=nope&story=second', context).state.story).toBe('second');
    const unknown = readUrlState('?story=atlantis&date=2022-06-20', context);
    expect(unknown.state).toEqual({ ...defaults, day: '2022-06-20' });
    expect(unknown.problems).toEqual(['“atlantis” is not a story here; the first story is shown.']);
    expect(storyOfLink('?story=nope&story=second', [{ id: 'first' }, { id: 'second' }])).toEqual({
      id: 'second',
    });
    expect(storyOfLink('?story=atlantis', [{ id: 'first' }, { id: 'second' }])).toEqual({ id: 'first' });
    expect(storyOfLink('', [])).toBeUndefined();
  });

  it('reads a day to compare with, on the timeline, and names an unusable one', () => {
    expect(readUrlState('?date=2022-07-04&compare=2022-06-24', context)).toEqual({
      state: { ...defaults, day: '2022-07-04', compare: '2022-06-24' },
      problems: [],
    });
    const outside = readUrlState('?compare=2030-01-01&city=luhansk', context);
    expect(outside.state).toEqual({ ...defaults, city: 'luhansk' });
    expect(outside.problems).toEqual([
      'The comparison day 2030-01-01 is outside the timeline (2014-04-07 to 2022-07-31).',
    ]);
    expect(readUrlState('?compare=yesterday', context).problems).toEqual([
      '“yesterday” is not a comparison day; dates look like 2022-07-03.',
    ]);
    const two = readUrlState('?compare=2022-02-30&compare=2022-06-01&compare=2022-06-02', context);
    expect(two.state.compare).toBe('2022-06-01');
    expect(two.problems).toEqual([
      'The link names more than one comparison day; the first valid one is shown.',
    ]);
  });

  it('reads the swipe with a comparison only, and ignores any other value', () => {
    expect(readUrlState('?compare=2022-06-24&swipe=1', context)).toEqual({
      state: { ...defaults, compare: '2022-06-24', swipe: true },
      problems: [],
    });
    expect(readUrlState('?swipe=1', context)).toEqual({ state: defaults, problems: [] });
    for (const value of ['0', 'yes', 'true', ''])
      expect(readUrlState(`?compare=2022-06-24&swipe=${value}`, context).state.swipe).toBe(false);
    expect(readUrlState('?compare=2031-01-01&swipe=1', context).state.swipe).toBe(false);
  });

  it('reads embed mode', () => {
    expect(readUrlState('?embed=1', context).state.embed).toBe(true);
    expect(readUrlState('?embed=0', context).state.embed).toBe(false);
  });

  it('shows the locator except in an embed, unless the link says', () => {
    const locator = (query: string) => readUrlState(query, context).state.locator;
    expect(locator('')).toBe(true);
    expect(locator('?embed=1')).toBe(false);
    expect(locator('?embed=1&locator=1')).toBe(true);
    expect(locator('?locator=0')).toBe(false);
    expect(locator('?embed=1&locator=yes')).toBe(false);
  });
});

describe('writeUrlState', () => {
  it('round-trips through readUrlState', () => {
    const state: UrlState = {
      story: 'second',
      day: '2022-06-25',
      compare: null,
      swipe: false,
      city: 'lysychansk',
      embed: true,
      locator: false,
      lang: 'ru',
    };
    const query = writeUrlState(state, defaults);
    expect(query).toBe('?story=second&date=2022-06-25&city=lysychansk&embed=1&lang=ru');
    expect(readUrlState(query, context).state).toEqual(state);
  });

  it('writes the locator only where the embed mode does not give it', () => {
    const embedded = { ...defaults, embed: true, locator: true };
    expect(writeUrlState(embedded, defaults)).toBe('?embed=1&locator=1');
    expect(readUrlState('?embed=1&locator=1', context).state).toEqual(embedded);
    expect(writeUrlState({ ...defaults, locator: false }, defaults)).toBe('?locator=0');
    expect(writeUrlState(defaults, defaults)).toBe('');
  });

  it('writes the day compared with, and reads it back', () => {
    const state: UrlState = { ...defaults, day: '2022-07-04', compare: '2022-06-24' };
    expect(writeUrlState(state, defaults)).toBe('?compare=2022-06-24');
    expect(readUrlState(writeUrlState(state, defaults), context).state).toEqual(state);
  });

  it('writes the swipe while a comparison is set, and reads it back', () => {
    const state: UrlState = { ...defaults, compare: '2022-06-24', swipe: true };
    expect(writeUrlState(state, defaults)).toBe('?compare=2022-06-24&swipe=1');
    expect(readUrlState(writeUrlState(state, defaults), context).state).toEqual(state);
    expect(writeUrlState({ ...defaults, swipe: true }, defaults)).toBe('');
  });

  it('leaves the default story and date out so the plain URL stays plain', () => {
    expect(writeUrlState(defaults, defaults)).toBe('');
  });
});

describe('the language in the link', () => {
  it('reads a language the page has, first valid of several, and names one it has not', () => {
    expect(readUrlState('?lang=uk', context)).toEqual({ state: { ...defaults, lang: 'uk' }, problems: [] });
    expect(readUrlState('?lang=de&lang=ru', context).state.lang).toBe('ru');
    const bad = readUrlState('?lang=UK%20&date=2022-06-20', context);
    expect(bad.state).toEqual({ ...defaults, day: '2022-06-20' });
    expect(bad.problems).toEqual(['“UK ” is not a language of this page.']);
  });

  it('falls back on the browser’s language (the defaults’), and writes only another one', () => {
    const ukrainian = { ...context, defaults: { ...defaults, lang: 'uk' as const } };
    expect(readUrlState('', ukrainian).state.lang).toBe('uk');
    expect(writeUrlState({ ...defaults, lang: 'uk' }, ukrainian.defaults)).toBe('');
    expect(writeUrlState({ ...defaults, lang: 'en' }, ukrainian.defaults)).toBe('?lang=en');
    expect(readUrlState('?lang=en', ukrainian).state.lang).toBe('en');
  });

  it('names the link’s problems in the page’s language', () => {
    const { problems } = readUrlState('?city=atlantis&lang=xx', { ...context, words: uk.link });
    expect(problems).toEqual(['«atlantis» — не місце з цієї історії.', '«xx» — не мова цієї сторінки.']);
  });

  it('is read before the page is built, as readUrlState reads it', () => {
    expect(langOfLink('?lang=ru', 'en')).toBe('ru');
    expect(langOfLink('?lang=de&lang=uk', 'en')).toBe('uk');
    expect(langOfLink('?lang=de', 'uk')).toBe('uk');
    expect(langOfLink('', 'en')).toBe('en');
  });
});
