import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/draft/findPlaces.ts';
import { buildPlaceIndex } from '../../../src/draft/placeIndex.ts';
import { tables } from './tables.ts';

const index = buildPlaceIndex(tables);
const ids = (text: string) => findPlaces(text, index).map((m) => m.place.id);

describe('findPlaces', () => {
  it('finds a place by any common spelling, the article’s typo included', () => {
    for (const s of [
      'Sievierodonetsk',
      'Severodonetsk',
      'Syevyerodonetsk',
      "Syevyerodonets'k",
      'Sievierdonetsk',
    ])
      expect(ids(`They fought in ${s}.`), s).toEqual(['sievierodonetsk']);
    expect(ids('Artemivsk, Artyomovsk and Bakhmut')).toEqual(['bakhmut', 'bakhmut', 'bakhmut']);
  });

  it('prefers the longest name: a region over its city', () => {
    expect(ids('the Luhansk region')).toEqual(['luhansk-oblast']);
    expect(ids('the Lugansk region')).toEqual(['luhansk-oblast']);
    expect(ids('in Lugansk')).toEqual(['luhansk']);
    expect(ids('the Lugansk and Donetsk regions')).toEqual(['luhansk-oblast', 'donetsk-oblast']);
  });

  it('finds places the table lacks in the gazetteer, with their coordinates', () => {
    const [m] = findPlaces('Russian forces entered Avdiivka.', index);
    expect(m?.place.id).toBe('avdiivka');
    expect(m?.place.curated).toBe(false);
    expect(m?.place.entry?.coordinates[0]).toBeCloseTo(37.75, 1);
    expect(ids('Avdeyevka')).toEqual(['avdiivka']);
  });

  it('finds Cyrillic names in any case ending, and the oblasts in Cyrillic', () => {
    expect(ids('бої за Сєвєродонецьк і біля Лисичанська')).toEqual(['sievierodonetsk', 'lysychansk']);
    expect(ids('под Бахмутом')).toEqual(['bakhmut']);
    expect(ids('в Луганській області')).toEqual(['luhansk-oblast']);
    expect(ids('на Донеччині')).toEqual(['donetsk-oblast']);
    expect(ids('в Донецкой области')).toEqual(['donetsk-oblast']);
  });

  it('never takes a lower-case word for a village, and resolves "the city" to the last city named', () => {
    expect(ids('the mine was bile and teple')).toEqual([]);
    const mentions = findPlaces('Troops entered Lysychansk. They left the city later.', index);
    expect(mentions.map((m) => [m.place.id, m.anaphor ?? false])).toEqual([
      ['lysychansk', false],
      ['lysychansk', true],
    ]);
  });
});
