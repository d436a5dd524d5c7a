import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ControlIndex } from '../../../src/control/layerFormat.ts';
import { runImport } from '../../../scripts/import/runImport.ts';
import { formatSummary } from '../../../scripts/import/summary.ts';
import { parseWhere } from '../../../scripts/import/where.ts';
import {
  collection,
  IN_LUHANSK,
  importOptions,
  layerDir,
  polygonFeature,
  readLayerFiles,
  square,
  tempDir,
  writeFiles,
} from './helpers.ts';

type GeometryFile = {
  features: { properties: object; geometry: { type: string; coordinates: number[][][][] } }[];
};

async function readLayer(out: string): Promise<{ index: ControlIndex; files: Record<string, string> }> {
  const files = await readLayerFiles(layerDir(out));
  return { index: JSON.parse(files['control.json']!) as ControlIndex, files };
}

describe('runImport', () => {
  it('writes the layer contract: merged intervals, ids, from/to, areas, source', async () => {
    const dir = await tempDir();
    const a = collection([polygonFeature(IN_LUHANSK)]);
    const b = collection([polygonFeature(square(38.8, 48.8, 0.3))]);
    await writeFiles(dir, {
      '2022-07-01.geojson': a,
      '2022-07-02.geojson': a,
      '2022-07-04.geojson': b,
      '2022-07-05.geojson': b,
    });
    const out = join(dir, 'out');
    const report = await runImport(
      importOptions([dir], out, {
        source: { name: 'Analyst maps', licence: 'CC BY-NC 4.0', url: 'https://example.org/maps' },
      }),
    );
    expect(report).toMatchObject({ snapshots: 4, intervals: 2, tolerance: 100 });
    const { index, files } = await readLayer(out);
    expect(index).toMatchObject({ format: 'claimline-control/4', id: 'imported', kind: 'assessed' });
    expect(index.source).toEqual({
      name: 'Analyst maps',
      licence: 'CC BY-NC 4.0',
      url: 'https://example.org/maps',
    });
    expect(index.generated.snapshots).toBe(4);
    expect(index.generated.intervals).toBe(2);
    const bytesOut = Object.values(files).reduce((n, text) => n + Buffer.byteLength(text), 0);
    expect(index.generated.bytesOut).toBe(bytesOut);
    expect(index.intervals.map((i) => [i.id, i.from, i.to])).toEqual([
      [1, '2022-07-01', '2022-07-03'],
      [2, '2022-07-04', '2022-07-05'],
    ]);
    // 0.2° x 0.2° at 48.9° N: about 22.3 km x 14.6 km, inside Luhansk oblast only.
    const first = index.intervals[0]!.area;
    expect(first['donetsk-oblast']).toEqual({ km2: 0, pct: 0 });
    expect(first['luhansk-oblast'].km2).toBeGreaterThan(320);
    expect(first['luhansk-oblast'].km2).toBeLessThan(332);
    // One geometry file per distinct geometry, named by the index, beside it.
    const names = index.intervals.map((i) => i.geometry);
    expect(names.every((name) => /^[0-9a-f]{16}$/.test(name))).toBe(true);
    expect(Object.keys(files)).toEqual([
      'control.json',
      ...names.map((n) => `intervals/${n}.geojson`).sort(),
    ]);
    const geometries = names.map((n) => JSON.parse(files[`intervals/${n}.geojson`]!) as GeometryFile);
    expect(geometries.map((g) => g.features.map((f) => [f.properties, f.geometry.type]))).toEqual([
      [[{}, 'MultiPolygon']],
      [[{}, 'MultiPolygon']],
    ]);
    for (const p of geometries
      .flatMap((g) => g.features.flatMap((f) => f.geometry.coordinates.flat(2)))
      .flat()) {
      expect(Math.round(p * 1e4) / 1e4).toBe(p);
    }
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { '2022-07-01.geojson': collection([polygonFeature(IN_LUHANSK)]) });
    await runImport(importOptions([dir], join(dir, 'o1')));
    await runImport(importOptions([dir], join(dir, 'o2')));
    const first = await readLayerFiles(join(dir, 'o1'));
    expect(Object.keys(first)).toHaveLength(3);
    expect(Object.keys(first)[2]).toBe('layers.json');
    expect(await readLayerFiles(join(dir, 'o2'))).toEqual(first);
  });

  it('counts dropped features by reason and repairs what it can', async () => {
    const dir = await tempDir();
    const bowtie = [
      [38.5, 48.5],
      [38.9, 48.9],
      [38.9, 48.5],
      [38.5, 48.9],
      [38.5, 48.5],
    ];
    const clockwise = [...IN_LUHANSK].reverse();
    const unclosed = square(39.2, 48.6, 0.1).slice(0, 4);
    const withEmptyHole = {
      type: 'Feature',
      properties: { status: 'occupied' },
      geometry: { type: 'Polygon', coordinates: [square(39.5, 48.6, 0.1), [[39.55, 48.65]]] },
    };
    await writeFiles(dir, {
      '2022-07-03.geojson': collection([
        polygonFeature(bowtie),
        polygonFeature(clockwise),
        polygonFeature(unclosed),
        withEmptyHole,
        polygonFeature(square(38, 48, 0.1), { status: 'contested' }),
        {
          type: 'Feature',
          properties: { status: 'occupied' },
          geometry: { type: 'Point', coordinates: [38, 48] },
        },
        { type: 'Feature', properties: { status: 'occupied' }, geometry: null },
        {
          type: 'Feature',
          properties: { status: 'occupied' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [38, 48],
                [38, 48],
              ],
            ],
          },
        },
      ]),
    });
    const report = await runImport(
      importOptions([dir], join(dir, 'out'), { where: [parseWhere('status=occupied')] }),
    );
    expect(Object.fromEntries(report.dropped)).toEqual({
      'not matching --where status=occupied': 1,
      'not a polygon (Point)': 1,
      'no geometry': 1,
      'empty polygon': 1,
    });
    expect(Object.fromEntries(report.repairs)).toMatchObject({
      'self-intersections fixed': 1,
      'rings rewound': 1,
      'unclosed rings closed': 1,
      'empty parts dropped': 2,
    });
    // Both lobes of the bowtie are kept (2 x 0.04 square degrees, about 654 km²) besides the
    // three small squares (about 326 + 2 x 82 km²).
    const { index } = await readLayer(join(dir, 'out'));
    expect(index.intervals[0]!.area['luhansk-oblast'].km2).toBeGreaterThan(1100);
    const summary = formatSummary(report);
    expect(summary).toContain('Features dropped: 4');
    expect(summary).toContain('Simplified to 100 m');
    expect(summary).toMatch(/Bytes in .* out .* \(\d+\.\d % of input\)/);
  });

  it('takes the date from a property: collection first, else the features', async () => {
    const dir = await tempDir();
    const f = (day: unknown) => polygonFeature(IN_LUHANSK, { status: 'occupied', day });
    await writeFiles(dir, {
      'a.geojson': collection([f('2022-07-05')], { day: 1656806400 }),
      'b.geojson': collection([f('2022-07-04T10:00:00Z'), f('2022-07-04')]),
      'c.geojson': collection([f('2022-07-06'), f('2022-07-07')]),
    });
    const error = await runImport(importOptions([dir], join(dir, 'out'), { dateProperty: 'day' })).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(
      /c\.geojson: features disagree on the date in "day" \(2022-07-06, 2022-07-07\)$/,
    );
    const report = await runImport(
      importOptions([dir], join(dir, 'out'), { dateProperty: 'day', onError: 'skip' }),
    );
    expect(report.snapshots).toBe(2);
    const { index } = await readLayer(join(dir, 'out'));
    expect(index.intervals.map((i) => [i.from, i.to])).toEqual([['2022-07-03', '2022-07-04']]);
  });
});
