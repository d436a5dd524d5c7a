import bbox from '@turf/bbox';
import { describe, expect, it } from 'vitest';
import { locatorGeometry } from '../../../geo/lib/locatorGeometry.ts';
import type { Area, CityFeature, Region } from '../../../geo/lib/types.ts';

const box = (w: number, s: number, e: number, n: number): Area => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const region = (unit: string, country: string, detail: Region['detail'], geometry: Area): Region => ({
  unit,
  name: unit,
  country,
  detail,
  geometry,
});

// Two oblasts in the east of a country "UA" whose south part (UA-43, as Crimea) is drawn apart, a
// neighbour east ("RU") and one north ("BY"), sharing their edges as the build's regions do.
const regions: Region[] = [
  region('UA-09', 'UA', 'oblast', box(2, 0, 3, 1)),
  region('UA-14', 'UA', 'oblast', box(2, -1, 3, 0)),
  region('UA-30', 'UA', 'context', box(0, -1, 2, 1)),
  region('UA-43', 'UA', 'context', box(0, -2, 1, -1)),
  region('RU-ROS', 'RU', 'context', box(3, -1, 4, 1)),
  region('BY', 'BY', 'context', box(0, 1, 3, 2)),
];
const oblasts = [
  { iso: 'UA-09', id: 'luhansk-oblast' },
  { iso: 'UA-14', id: 'donetsk-oblast' },
];
const capital = {
  type: 'Feature',
  id: 1,
  properties: { id: 'kyiv', name: 'Kyiv', kind: 'capital', population: 1, geonameid: 1, rank: 1 },
  geometry: { type: 'Point', coordinates: [1.23456, 0.5] },
} as CityFeature;
const options = { fineIntervalM: 1, coarseIntervalM: 1, decimals: 2, minPartKm2: 1 };

describe('the locator’s geometry (geo/locator.geojson)', () => {
  it('dissolves the regions per country, Crimea and the oblasts into Ukraine, at both levels', async () => {
    const features = await locatorGeometry(regions, oblasts, [capital], options);
    const kinds = features.map((f) => {
      const p = f.properties;
      return p.kind === 'country'
        ? `${p.detail} ${p.country}`
        : p.kind === 'oblast'
          ? `${p.detail} ${p.id}`
          : p.id;
    });
    expect(kinds).toEqual([
      'fine BY',
      'fine RU',
      'fine UA',
      'fine luhansk-oblast',
      'fine donetsk-oblast',
      'coarse UA',
      'coarse luhansk-oblast',
      'coarse donetsk-oblast',
      'kyiv',
    ]);
    const ukraine = features.find((f) => f.properties.kind === 'country' && f.properties.country === 'UA');
    // One polygon: the rest, the oblasts and the south dissolved, no line between them left.
    expect(ukraine?.geometry.type).toBe('Polygon');
    expect(bbox(ukraine!.geometry)).toEqual([0, -2, 3, 1]);
    const luhansk = features.find((f) => f.properties.kind === 'oblast');
    expect(bbox(luhansk!.geometry)).toEqual([2, 0, 3, 1]);
  });

  it('takes the capital from the cities, rounded', async () => {
    const features = await locatorGeometry(regions, oblasts, [capital], options);
    expect(features.at(-1)).toEqual({
      type: 'Feature',
      properties: { kind: 'capital', id: 'kyiv', name: 'Kyiv' },
      geometry: { type: 'Point', coordinates: [1.23, 0.5] },
    });
  });

  it('says what is missing', async () => {
    await expect(
      locatorGeometry(regions, [{ iso: 'UA-99', id: 'nowhere' }], [capital], options),
    ).rejects.toThrow('locator: expected oblast UA-99 (nowhere) at fine, not found');
    await expect(locatorGeometry(regions, oblasts, [], options)).rejects.toThrow(
      'locator: expected the capital in cities.geojson, not found',
    );
  });
});
