// The committed geo/locator.geojson keeps what the inset and the first picture rely on (that it is
// exactly what `npm run geo` makes is outputs.test.ts's).
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { geometryProblems } from '../../../geo/lib/checkGeometry.ts';
import type { Area, LocatorFeature } from '../../../geo/lib/types.ts';

const text = readFileSync(new URL('../../../geo/locator.geojson', import.meta.url), 'utf8');
const features = (JSON.parse(text) as { features: LocatorFeature[] }).features;
const areas = (detail: string) =>
  features.flatMap((f) =>
    f.properties.kind !== 'capital' && f.properties.detail === detail
      ? [f as LocatorFeature & { geometry: Area }]
      : [],
  );
const ukraine = (detail: string) =>
  areas(detail).find((f) => f.properties.kind === 'country' && f.properties.country === 'UA')!;
const points = (a: Area) => (a.type === 'Polygon' ? [a.coordinates] : a.coordinates).flat(2);

describe('geo/locator.geojson', () => {
  it('holds Ukraine and its neighbours, both oblasts, at two levels, and Kyiv', () => {
    const names = features.map((f) =>
      f.properties.kind === 'country'
        ? `${f.properties.detail} ${f.properties.country}`
        : f.properties.kind === 'oblast'
          ? `${f.properties.detail} ${f.properties.id}`
          : `${f.properties.kind} ${f.properties.name}`,
    );
    expect(names).toEqual([
      ...['BY', 'HU', 'MD', 'PL', 'RO', 'RU', 'SK', 'UA'].map((c) => `fine ${c}`),
      'fine luhansk-oblast',
      'fine donetsk-oblast',
      'coarse UA',
      'coarse luhansk-oblast',
      'coarse donetsk-oblast',
      'capital Kyiv',
    ]);
  });

  it('draws Crimea and Sevastopol in Ukraine, and Kyiv and both oblasts inside it', () => {
    for (const detail of ['fine', 'coarse']) {
      const ua = ukraine(detail).geometry;
      expect(booleanPointInPolygon([34.1, 45.3], ua), `${detail}: Crimea`).toBe(true);
      // Sevastopol's own city lies on the coast, which the coarse level cuts across.
      if (detail === 'fine') expect(booleanPointInPolygon([33.55, 44.6], ua), 'Sevastopol').toBe(true);
      expect(booleanPointInPolygon([30.52, 50.45], ua), `${detail}: Kyiv`).toBe(true);
      // Each oblast's vertices are Ukraine's or lie inside it (one topology, one outline).
      const outline = new Set(points(ua).map((p) => p.join()));
      for (const oblast of areas(detail).filter((f) => f.properties.kind === 'oblast'))
        for (const p of points(oblast.geometry))
          expect(outline.has(p.join()) || booleanPointInPolygon(p, ua)).toBe(true);
    }
    const kyiv = features.at(-1)!;
    expect(kyiv.geometry).toEqual({ type: 'Point', coordinates: [30.52, 50.45] });
  });

  it('is valid, rounded to 2 decimals, and small: the coarse outline a few dozen points', () => {
    for (const f of [...areas('fine'), ...areas('coarse')]) {
      expect(geometryProblems(f.geometry)).toEqual([]);
      for (const n of points(f.geometry).flat()) expect(Math.round(n * 100) / 100).toBe(n);
    }
    const coarse = points(ukraine('coarse').geometry).length;
    expect(coarse).toBeGreaterThan(20);
    expect(coarse).toBeLessThan(80);
    expect(gzipSync(text).length).toBeLessThan(12_000);
  });
});
