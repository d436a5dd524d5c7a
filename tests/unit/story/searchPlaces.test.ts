/** Every spelling the article uses, and the ones readers type, find the right place. */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../src/story/loadStory.ts';
import { normalizeName } from '../../../src/story/normalizeName.ts';
import { placeByName, searchPlaces } from '../../../src/story/searchPlaces.ts';
import { shippedPlaces, shippedStoryJson } from './fixtures.ts';

const story = loadStory(shippedPlaces, shippedStoryJson());

describe('placeByName', () => {
  it.each([
    // As the article writes them.
    ['Lugansk', 'luhansk'],
    ['Luhansk', 'luhansk'],
    ['Lugansk region', 'luhansk-oblast'],
    ['Luhansk region', 'luhansk-oblast'],
    ['Sievierdonetsk', 'sievierodonetsk'],
    ['Sievierodonetsk', 'sievierodonetsk'],
    ['Lysychansk', 'lysychansk'],
    ['Donetsk region', 'donetsk-oblast'],
    ['Donetsk', 'donetsk'],
    ['Kyiv', 'kyiv'],
    // As readers type them: case, apostrophes, diacritics, Cyrillic, old names.
    ['LYSYCHANSK', 'lysychansk'],
    ['Luhans’k', 'luhansk'],
    ['Slovyansk', 'sloviansk'],
    ['Слов’янськ', 'sloviansk'],
    ['Лисичанськ', 'lysychansk'],
    ['Северодонецк', 'sievierodonetsk'],
    ['Київ', 'kyiv'],
    ['Kiev', 'kyiv'],
    ['Artemivsk', 'bakhmut'],
    ['  luhansk   oblast ', 'luhansk-oblast'],
  ])('%s → %s', (name, id) => {
    expect(placeByName(story, name)?.id).toBe(id);
  });

  it('finds nothing for unknown names', () => {
    expect(placeByName(story, 'Atlantis')).toBeUndefined();
    expect(placeByName(story, '')).toBeUndefined();
  });
});

describe('searchPlaces', () => {
  it('ranks exact, then prefix, then substring matches', () => {
    expect(searchPlaces(story, 'lugansk').map((p) => p.id)).toEqual(['luhansk', 'luhansk-oblast']);
    expect(
      searchPlaces(story, 'donetsk')
        .map((p) => p.id)
        .slice(0, 2),
    ).toEqual(['donetsk', 'donetsk-oblast']);
    expect(searchPlaces(story, 'sievier').map((p) => p.id)).toEqual(['sievierodonetsk']);
    expect(searchPlaces(story, '  ')).toEqual([]);
  });
});

describe('normalizeName', () => {
  it('folds case, diacritics, apostrophes and separators', () => {
    expect(normalizeName("Luhans'ka Oblast'")).toBe('luhanska oblast');
    expect(normalizeName('Sévérodonetsk')).toBe('severodonetsk');
    expect(normalizeName('Slov’yans’k')).toBe(normalizeName("Slov'yans'k"));
  });
});
