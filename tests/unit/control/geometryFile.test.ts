/** The interval file check; the cases here are those the property tests (tests/unit/fuzz) found it passed. */
import { describe, expect, it } from 'vitest';
import { checkGeometryFile } from '../../../src/control/geometryFile';

const FILE = 'control/a/intervals/0123456789abcdef.geojson';
const square = [
  [38, 48],
  [39, 48],
  [39, 49],
  [38, 49],
  [38, 48],
];
const fileOf = (coordinates: unknown, type = 'Polygon') => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry: { type, coordinates } }],
});

describe('checkGeometryFile', () => {
  it('passes polygons and multipolygons in either winding, and an empty multipolygon', () => {
    for (const raw of [
      fileOf([square]),
      fileOf([square.toReversed()]),
      fileOf([[square], [square]], 'MultiPolygon'),
      fileOf([], 'MultiPolygon'),
    ])
      expect(checkGeometryFile(raw, FILE)).toEqual({ ok: true, features: raw });
  });

  it('names the feature and the position of coordinates written as strings (drawn as nothing before)', () => {
    const strings = square.map((p) => p.map(String));
    expect(checkGeometryFile(fileOf([strings]), FILE)).toEqual({
      ok: false,
      reason: `${FILE}: feature 1: geometry.coordinates[0][0] (["38","48"]) is not a position (2 or 3 finite numbers)`,
    });
  });

  it('refuses infinite numbers (1e999 in the file), rings too short or open, and text for coordinates', () => {
    const reason = (raw: unknown) => {
      const result = checkGeometryFile(raw, FILE);
      return result.ok ? 'passed' : result.reason;
    };
    expect(
      reason(
        JSON.parse(
          `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[1e999,48],[39,48],[39,49],[1e999,48]]]}}]}`,
        ),
      ),
    ).toBe(
      `${FILE}: feature 1: geometry.coordinates[0][0] ([Infinity,48]) is not a position (2 or 3 finite numbers)`,
    );
    expect(reason(fileOf([square.slice(1)]))).toBe(
      `${FILE}: feature 1: geometry.coordinates[0] is not closed (its last position is not its first)`,
    );
    expect(
      reason(
        fileOf([
          [
            [38, 48],
            [39, 48],
            [38, 48],
          ],
        ]),
      ),
    ).toBe(
      `${FILE}: feature 1: geometry.coordinates[0] ([[38,48],[39,48],[38,48]]) is not a ring of at least 4 positions`,
    );
    expect(reason(fileOf('[[[38,48]]]', 'MultiPolygon'))).toBe(
      `${FILE}: feature 1: geometry.coordinates ("[[[38,48]]]") is not a list of polygons`,
    );
    expect(reason(fileOf([square.map(([x, y]) => [x! + 400, y])]))).toBe(
      `${FILE}: feature 1: geometry.coordinates[0][0] ([438,48]) is not a longitude and latitude`,
    );
  });
});
