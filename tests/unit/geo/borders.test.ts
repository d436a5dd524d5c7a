import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../geo/${name}`, import.meta.url), 'utf8'));
const borders = read('borders.geojson') as {
  features: {
    properties: { kind: string; name?: string };
    geometry: { type: string; coordinates: unknown };
  }[];
};
const oblasts = read('oblasts.geojson') as { features: { geometry: { coordinates: unknown } }[] };

/** Every [lon, lat] pair in nested coordinates, as "lon,lat". */
const points = (coordinates: unknown): string[] =>
  Array.isArray(coordinates) && typeof coordinates[0] === 'number'
    ? [`${coordinates[0]},${coordinates[1]}`]
    : Array.isArray(coordinates)
      ? coordinates.flatMap(points)
      : [];

describe('geo/borders.geojson', () => {
  it('holds the border lines and the three orientation names', () => {
    const kinds = borders.features.map((f) => [f.properties.kind, f.properties.name ?? '', f.geometry.type]);
    expect(kinds).toEqual([
      ['border', '', 'MultiLineString'],
      ['country', 'Ukraine', 'Point'],
      ['country', 'Russia', 'Point'],
      ['sea', 'Sea of Azov', 'Point'],
    ]);
  });

  it('runs along the oblasts’ eastern edge, where Ukraine meets Russia, vertex for vertex', () => {
    const border = new Set(points(borders.features[0]!.geometry.coordinates));
    // The oblasts' vertices rounded as the border's are (3 decimals).
    const edge = points(oblasts.features.map((f) => f.geometry.coordinates)).map((p) =>
      p
        .split(',')
        .map((v) => Math.round(Number(v) * 1000) / 1000)
        .join(','),
    );
    const shared = edge.filter((p) => border.has(p));
    expect(shared.length).toBeGreaterThan(100);
    // All of them east of 37.5 E: the Russian border, not the line between the two oblasts or with
    // the rest of Ukraine (those are no international border).
    expect(shared.every((p) => Number(p.split(',')[0]) > 37.5)).toBe(true);
  });
});
