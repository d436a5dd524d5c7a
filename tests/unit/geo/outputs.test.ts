// The committed geometry under geo/ keeps the contract the map code relies on, and is exactly
// what `npm run geo` makes from the pinned sources.
import area from '@turf/area';
import { featureCollection, feature as turfFeature } from '@turf/helpers';
import intersect from '@turf/intersect';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildOutputs } from '../../../geo/lib/buildOutputs.ts';
import { geometryProblems } from '../../../geo/lib/checkGeometry.ts';
import { loadSources } from '../../../geo/lib/loadSources.ts';
import { citiesOf, parsePlaces } from '../../../geo/lib/places.ts';
import { sharedBorder } from '../../../geo/lib/sharedBorder.ts';
import type { Area, CityCollection, ContextCollection, OblastCollection } from '../../../geo/lib/types.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const text = (name: string): string => readFileSync(join(root, 'geo', name), 'utf8');
const oblasts = JSON.parse(text('oblasts.geojson')) as OblastCollection;
const context = JSON.parse(text('context.geojson')) as ContextCollection;
const cities = JSON.parse(text('cities.geojson')) as CityCollection;
const places = parsePlaces(JSON.parse(text('places.json')));

function positions(a: Area): Position[] {
  return (a.type === 'Polygon' ? a.coordinates : a.coordinates.flat()).flat();
}

function maxDecimals(ps: Position[]): number {
  return Math.max(...ps.flat().map((n) => (String(n).split('.')[1] ?? '').length));
}

function inRing(p: Position, ring: Position[]): boolean {
  const [x = 0, y = 0] = p;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inArea(p: Position, a: Area): boolean {
  const polygons = a.type === 'Polygon' ? [a.coordinates] : a.coordinates;
  return polygons.some(
    ([outer, ...holes]) => outer !== undefined && inRing(p, outer) && !holes.some((h) => inRing(p, h)),
  );
}

describe('geo/oblasts.geojson', () => {
  it('has Luhansk then Donetsk, with numeric ids and the agreed properties', () => {
    expect(oblasts.type).toBe('FeatureCollection');
    expect(oblasts.features.map((f) => [f.id, f.properties])).toEqual([
      [1, { id: 'luhansk-oblast', name: 'Luhansk Oblast', iso: 'UA-09' }],
      [2, { id: 'donetsk-oblast', name: 'Donetsk Oblast', iso: 'UA-14' }],
    ]);
  });

  it('has valid polygons with at most 5 decimals', () => {
    for (const f of oblasts.features) {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      expect(geometryProblems(f.geometry)).toEqual([]);
      expect(maxDecimals(positions(f.geometry))).toBeLessThanOrEqual(5);
      expect(positions(f.geometry).length).toBeGreaterThan(300); // detailed enough for zoom 9
    }
  });

  it('shares one clean Luhansk–Donetsk border: same vertices, no gap, no overlap', () => {
    const [luhansk, donetsk] = oblasts.features;
    if (!luhansk || !donetsk) throw new Error('missing oblast');
    const border = sharedBorder(luhansk.geometry, donetsk.geometry, 0.5);
    expect(border.chains).toBe(1);
    expect(border.nearMisses).toEqual([]);
    // It runs all the way between Natural Earth's tri-points with Kharkiv and with Rostov.
    // Natural Earth's tri-points, to the 4 decimals (about 10 m) the oblasts are written with.
    const triPoints = [
      [37.84733, 49.23175],
      [39.03618, 47.857],
    ];
    expect(border.ends).toHaveLength(2);
    border.ends.forEach((end, i) => {
      expect(end[0]).toBeCloseTo(triPoints[i]![0]!, 3);
      expect(end[1]).toBeCloseTo(triPoints[i]![1]!, 3);
    });
    expect(border.lengthKm).toBeGreaterThan(200); // the real border is about 250 km
    expect(border.lengthKm).toBeLessThan(300);

    const overlap = intersect(
      featureCollection([turfFeature(luhansk.geometry), turfFeature(donetsk.geometry)]),
    );
    expect(overlap === null ? 0 : area(overlap)).toBeLessThan(1000); // m²: touching, not overlapping
  });

  it('has areas close to the real oblasts (26,700 and 26,500 km²)', () => {
    const km2 = oblasts.features.map((f) => area(f.geometry) / 1e6);
    expect(km2[0]).toBeGreaterThan(25_000);
    expect(km2[0]).toBeLessThan(28_500);
    expect(km2[1]).toBeGreaterThan(25_000);
    expect(km2[1]).toBeLessThan(28_500);
  });
});

describe('geo/context.geojson', () => {
  const names = context.features.map((f) => f.properties.name);

  it('has the rest of Ukraine and the neighbouring Russian regions, not the oblasts', () => {
    for (const name of [
      'Kharkiv',
      'Zaporizhzhia',
      'Dnipropetrovsk',
      'Kyiv City',
      'Autonomous Republic of Crimea',
    ]) {
      expect(names).toContain(name);
    }
    for (const name of ['Rostov', 'Belgorod', 'Voronezh', 'Kursk', 'Bryansk', 'Krasnodar Krai']) {
      expect(names).toContain(name);
    }
    expect(names).not.toContain('Luhansk');
    expect(names).not.toContain('Donetsk');
    expect(context.features.filter((f) => f.properties.country === 'UA')).toHaveLength(25);
  });

  it('has only name and country, valid geometry and at most 4 decimals', () => {
    for (const f of context.features) {
      expect(Object.keys(f.properties).sort()).toEqual(['country', 'name']);
      expect(f.properties.country).toMatch(/^[A-Z]{2}$/);
      expect(geometryProblems(f.geometry)).toEqual([]);
      expect(maxDecimals(positions(f.geometry))).toBeLessThanOrEqual(4);
    }
  });
});

describe('geo/cities.geojson', () => {
  const table = citiesOf(places);

  it('has every city of geo/places.json, in table order, with GeoNames population and a rank', () => {
    expect(cities.features).toHaveLength(14);
    expect(cities.features.map((f) => f.id)).toEqual(table.map((_, i) => i + 1));
    expect(cities.features.map((f) => f.properties.id)).toEqual(table.map((p) => p.id));
    expect(cities.features.map((f) => f.properties.geonameid)).toEqual(table.map((p) => p.geonameid));
    expect(cities.features.map((f) => f.properties.name)).toEqual(table.map((p) => p.names.en));
    for (const f of cities.features) {
      expect(f.properties.population).toBeGreaterThan(0);
      expect(f.geometry.type).toBe('Point');
    }
    const ranks = cities.features.map((f) => f.properties.rank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(table.map((_, i) => i + 1));
    const byRank = [...cities.features].sort((a, b) => a.properties.rank - b.properties.rank);
    const populations = byRank.map((f) => f.properties.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(byRank[0]?.properties.id).toBe('kyiv');
  });

  it('puts each city inside the oblast the table says, and the capital nowhere', () => {
    for (const f of cities.features) {
      const { kind, oblast } = f.properties;
      if (kind === 'capital') {
        expect(oblast).toBeUndefined();
        continue;
      }
      const home = oblasts.features.find((o) => o.properties.id === oblast);
      expect(home, f.properties.id).toBeDefined();
      if (home) expect(inArea(f.geometry.coordinates, home.geometry), f.properties.id).toBe(true);
    }
  });
});

describe('geo outputs as files', () => {
  it('credit their sources', () => {
    expect(JSON.parse(text('attribution.json'))).toEqual({
      sources: [
        { name: 'Natural Earth', licence: 'public domain' },
        { name: 'GeoNames', licence: 'CC BY 4.0' },
      ],
    });
  });

  it('fit the data budget (under 35 KB gzip together)', () => {
    const gz = ['oblasts.geojson', 'context.geojson', 'cities.geojson'].map((n) => gzipSync(text(n)).length);
    expect(gz.reduce((a, b) => a + b, 0)).toBeLessThan(35_000);
  });

  it('are exactly what `npm run geo` makes now (run it after changing geo/places.json)', async () => {
    const outputs = await buildOutputs(loadSources(root));
    for (const [name, made] of Object.entries(outputs)) expect(text(name), name).toBe(made);
  }, 60_000);
});
