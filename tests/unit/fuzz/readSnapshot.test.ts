/**
 * The import's snapshot reader and what it calls for each file (readSnapshot: JSON, GeoJSON, the
 * time from the name or a property, --where; repairPolygons: positions, rings, winding, crossings),
 * on generated archives and corrupted ones. Each file either gives polygons the rest of the import
 * can use, or a SnapshotError naming the file; each feature that cannot be repaired is named.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect } from 'vitest';
import { SnapshotError } from '../../../scripts/import/errors.ts';
import { loadClipRegion } from '../../../scripts/import/oblasts.ts';
import { readSnapshot, type ReadOptions } from '../../../scripts/import/readSnapshot.ts';
import { repairPolygons } from '../../../scripts/import/repairGeometry.ts';
import { parseWhere } from '../../../scripts/import/where.ts';
import { isDay } from '../../../src/story/day.ts';
import { itHolds } from './fuzzRun.ts';
import { mutationsOf, nested, oddValue } from './jsonMutations.ts';

const BOUNDARY = 'import snapshot reader';
const dir = mkdtempSync(join(tmpdir(), 'claimline-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { workBox } = await loadClipRegion();

/** A ring around a point of the oblasts or beyond, either winding, sometimes crossing itself. */
const ring = fc
  .record({
    lon: fc.double({ min: 36, max: 41, noNaN: true }),
    lat: fc.double({ min: 46, max: 51, noNaN: true }),
    radii: fc.array(fc.double({ min: 0.01, max: 2, noNaN: true }), { minLength: 3, maxLength: 10 }),
    clockwise: fc.boolean(),
    shuffle: fc.boolean(),
    height: fc.boolean(),
  })
  .map(({ lon, lat, radii, clockwise, shuffle, height }) => {
    const open = radii.map((r, i) => {
      const turn = shuffle ? (i * 7) % radii.length : i;
      const angle = ((clockwise ? -turn : turn) * 2 * Math.PI) / radii.length;
      const p = [lon + r * Math.cos(angle), lat + r * Math.sin(angle)];
      return height ? [...p, 12] : p;
    });
    return [...open, open[0] as number[]];
  });
const polygon = fc.array(ring, { minLength: 1, maxLength: 2 });
const geometry = fc.oneof(
  { weight: 4, arbitrary: polygon.map((coordinates) => ({ type: 'Polygon', coordinates })) },
  {
    weight: 2,
    arbitrary: fc
      .array(polygon, { maxLength: 3 })
      .map((coordinates) => ({ type: 'MultiPolygon', coordinates })),
  },
  fc.constant({ type: 'Point', coordinates: [38, 48] }),
  fc.constant(null),
  polygon.map((coordinates) => ({
    type: 'GeometryCollection',
    geometries: [{ type: 'Polygon', coordinates }],
  })),
);
const feature = fc.record({
  type: fc.constant('Feature'),
  properties: fc.record({
    name: fc.constantFrom('occupied', 'Occupied\u00a0area', 'ОРДЛО', 'liberated'),
    date: fc.constantFrom('2022-07-03', 1656806400, '2022-07-03T10:00:00Z'),
  }),
  geometry,
});
const snapshot = fc
  .array(feature, { minLength: 1, maxLength: 4 })
  .map((features) => ({ type: 'FeatureCollection', features }));

/** Deep GeometryCollections, as a tool that nests one in another by mistake might write them (as text: too deep for JSON.stringify). */
function nestedCollections(depth: number): string {
  const polygon = '{"type":"Polygon","coordinates":[[[38,48],[39,48],[39,49],[38,48]]]}';
  const geometry = `${'{"type":"GeometryCollection","geometries":['.repeat(depth)}${polygon}${']}'.repeat(depth)}`;
  return `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"occupied"},"geometry":${geometry}}]}`;
}

/** The file's text: JSON of a good or corrupted snapshot, cut short, or not JSON at all. */
const text = fc.oneof(
  { weight: 3, arbitrary: snapshot.map((s) => JSON.stringify(s)) },
  { weight: 5, arbitrary: snapshot.chain((s) => mutationsOf(s, 3)).map((s) => jsonText(s)) },
  fc.tuple(snapshot, fc.nat()).map(([s, cut]) => JSON.stringify(s).slice(0, cut % 200)),
  oddValue.map(jsonText),
  fc.constantFrom(
    '',
    '\ufeff{"type":"FeatureCollection","features":[]}',
    'null',
    '{"type":"Feature"}',
    '<html>',
  ),
  fc.constantFrom(50, 5000).map(nestedCollections),
);
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return `[${JSON.stringify(nested(10))}`;
  }
}

const name = fc.constantFrom(
  '2022-07-03.geojson',
  '20220703_RussianAssessedCoTinUkraine.geojson',
  '1656806400.geojson',
  '1656806400000.geojson',
  'latest.geojson',
  '2022-07-03_2022-07-04.geojson',
  '2022070312.geojson',
  '2022-02-30.geojson',
  '9999999999.geojson',
);
const options: fc.Arbitrary<ReadOptions> = fc.record({
  where: fc.constantFrom(
    [],
    [parseWhere('name~occupied|ордло')],
    [parseWhere('name=occupied area,liberated')],
  ),
  dateProperty: fc.constantFrom(undefined, 'date', 'missing'),
  reading: fc.constantFrom({ timezone: 'UTC' }, { timezone: 'Europe/Kyiv' }),
});

let files = 0;
async function read(fileText: string, fileName: string, readOptions: ReadOptions) {
  const file = join(dir, `${files++}-${fileName}`);
  await writeFile(file, fileText);
  try {
    return { file, result: await readSnapshot(file, readOptions) };
  } catch (error) {
    return { file, error };
  } finally {
    // The soak writes 100,000 files: each goes once read.
    await rm(file);
  }
}

describe('readSnapshot and repairPolygons, generated archives', () => {
  itHolds(BOUNDARY, 'reads every file it is given into polygons, or a SnapshotError naming the file', () =>
    fc.asyncProperty(text, name, options, async (fileText, fileName, readOptions) => {
      const { file, result, error } = await read(fileText, fileName, readOptions);
      if (error !== undefined) {
        expect(error).toBeInstanceOf(SnapshotError);
        const message = (error as SnapshotError).message;
        expect(message.startsWith(`${file}: `)).toBe(true);
        expect(message).not.toMatch(/call stack|\[object Object\]/);
        expect(message.length).toBeLessThan(600);
        return;
      }
      expect(isDay(result!.time.date)).toBe(true);
      const repaired = repairPolygons(result!.polygons, workBox);
      for (const problem of repaired.problems) expect(problem).toMatch(/^feature \d+: \S/);
      for (const rings of repaired.polygons)
        for (const r of rings) {
          expect(r.length).toBeGreaterThanOrEqual(4);
          expect(r[0]).toEqual(r.at(-1));
          for (const p of r) expect(p.length === 2 && p.every(Number.isFinite)).toBe(true);
        }
    }),
  );
});
