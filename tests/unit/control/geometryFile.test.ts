import { describe, expect, it } from 'vitest';
import { checkGeometryFile } from '../../../src/control/geometryFile';

const FILE = 'control/x/intervals/0123456789abcdef.geojson';
const ring = [
  [38, 48],
  [39, 48],
  [39, 49],
  [38, 48],
];
const file = (geometry: unknown) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry }],
});
const reason = (raw: unknown) => {
  const checked = checkGeometryFile(raw, FILE);
  return checked.ok ? 'ok' : checked.reason;
};

describe('checkGeometryFile', () => {
  it('takes polygons and multipolygons of longitudes and latitudes, and an empty area', () => {
    expect(reason(file({ type: 'Polygon', coordinates: [ring] }))).toBe('ok');
    expect(reason(file({ type: 'MultiPolygon', coordinates: [[ring], [ring, ring]] }))).toBe('ok');
    expect(reason(file({ type: 'MultiPolygon', coordinates: [] }))).toBe('ok');
    expect(reason({ type: 'FeatureCollection', features: [] })).toBe('ok');
  });

  it('refuses what MapLibre would draw as nothing, naming the feature, ring and position', () => {
    const strings = ring.map(([x, y]) => [String(x), String(y)]);
    expect(reason(file({ type: 'Polygon', coordinates: [strings] }))).toBe(
      `${FILE}: feature 1: ring 1: position 1 (["38","48"]) is not a longitude and latitude`,
    );
    const nulls = [...ring.slice(0, 2), [null, 49], ring[3]];
    expect(reason(file({ type: 'MultiPolygon', coordinates: [[ring], [ring, nulls]] }))).toBe(
      `${FILE}: feature 1: polygon 2, ring 2: position 3 ([null,49]) is not a longitude and latitude`,
    );
    expect(
      reason(
        file({
          type: 'Polygon',
          coordinates: [
            [
              [38, 48],
              [390, 48],
              [39, 49],
              [38, 48],
            ],
          ],
        }),
      ),
    ).toBe(`${FILE}: feature 1: ring 1: position 2 ([390,48]) is not a longitude and latitude`);
    expect(reason(file({ type: 'Polygon', coordinates: [ring.slice(0, 3)] }))).toBe(
      `${FILE}: feature 1: ring 1: has 3 positions, fewer than the 4 a ring needs`,
    );
    expect(reason(file({ type: 'Polygon', coordinates: ['x'] }))).toBe(
      `${FILE}: feature 1: ring 1: is not a list of positions`,
    );
    expect(reason(file({ type: 'MultiPolygon', coordinates: [[]] }))).toBe(
      `${FILE}: feature 1: polygon 1, has no rings`,
    );
    expect(reason(file({ type: 'MultiPolygon', coordinates: 7 }))).toBe(
      `${FILE}: feature 1: has no coordinates`,
    );
    expect(reason(file({ type: 'Point', coordinates: [38, 48] }))).toBe(
      `${FILE}: feature 1: is not a polygon`,
    );
    expect(reason({ type: 'FeatureCollection', features: [null] })).toBe(
      `${FILE}: feature 1: is not a Feature`,
    );
    expect(reason({ type: 'Feature' })).toBe(`${FILE}: is not a GeoJSON FeatureCollection`);
    expect(reason('text')).toBe(`${FILE}: is not a JSON object`);
  });
});
