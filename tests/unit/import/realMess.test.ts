import { join } from 'node:path';
import { area } from '@turf/area';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { ControlIndex } from '../../../src/control/layerFormat.ts';
import { SnapshotError } from '../../../scripts/import/errors.ts';
import { listValues } from '../../../scripts/import/listValues.ts';
import { repairPolygons } from '../../../scripts/import/repairGeometry.ts';
import { runImport } from '../../../scripts/import/runImport.ts';
import { formatSummary } from '../../../scripts/import/summary.ts';
import { parseWhere } from '../../../scripts/import/where.ts';
import {
  collection,
  IN_LUHANSK,
  importOptions,
  polygonFeature,
  square,
  tempDir,
  writeFiles,
  readLayerFiles,
  readIndex,
} from './helpers.ts';

const km2 = (i: ControlIndex['intervals'][number]) =>
  i.area['luhansk-oblast'].km2 + i.area['donetsk-oblast'].km2;

/** About 2,900 km², 11 % of Luhansk oblast, well inside it. */
const BIG = square(39.2, 48.9, 0.6);
/** Around Lysychansk and Sievierodonetsk. */
const TWIN_CITIES = square(38.3, 48.8, 0.3);
const occupied = (ring: Position[], name = 'Окуповано /// Occupied') => polygonFeature(ring, { name });

describe('several snapshots a day', () => {
  it('the last one by its time wins, and the summary counts the ones it replaced', async () => {
    const dir = await tempDir();
    // 2 July 2022: 08:00, 20:00 and 22:30 UTC; the last is 3 July in Kyiv.
    await writeFiles(dir, {
      '1656748800.geojson': collection([occupied(IN_LUHANSK)]),
      '1656792000.geojson': collection([occupied(BIG)]),
      '1656801000.geojson': collection([occupied(TWIN_CITIES)]),
    });
    const utc = await runImport(importOptions([dir], join(dir, 'utc')));
    expect(utc).toMatchObject({ files: 3, snapshots: 1, superseded: 2 });
    const [only] = (await readIndex(join(dir, 'utc'))).intervals;
    expect(only).toMatchObject({
      from: '2022-07-02',
      snapshot: { date: '2022-07-02', at: '2022-07-02T22:30:00Z' },
    });
    expect(only?.places).toEqual(['lysychansk', 'sievierodonetsk', 'rubizhne']);
    expect(formatSummary(utc)).toContain('superseded by a later snapshot of the same day: 2');

    const kyiv = await runImport(
      importOptions([dir], join(dir, 'kyiv'), { reading: { timezone: 'Europe/Kyiv' } }),
    );
    expect(kyiv).toMatchObject({ snapshots: 2, superseded: 1 });
    const intervals = (await readIndex(join(dir, 'kyiv'))).intervals;
    expect(intervals.map((i) => [i.from, i.to, i.snapshot.at])).toEqual([
      ['2022-07-02', '2022-07-02', '2022-07-02T20:00:00Z'],
      ['2022-07-03', '2022-07-03', '2022-07-02T22:30:00Z'],
    ]);
  });
});

describe('matching that real data needs', () => {
  const spellings = [
    'Окуповано /// Occupied',
    'Окуповано /// Occupied\n',
    'Окуповано /// Occupied\u00a0/// geoJSON.status.occupied',
    '  Окуповано   /// Occupied /// geoJSON.status.occupied\n',
  ];

  it('~ is a case-insensitive pattern on the whitespace-normalised value; = is exact on it', async () => {
    const dir = await tempDir();
    await writeFiles(
      dir,
      Object.fromEntries(
        spellings.map((name, i) => [
          `2022-07-0${i + 1}.geojson`,
          collection([
            occupied(BIG, name),
            occupied(TWIN_CITIES, 'Звільнено /// Liberated\u00a0/// geoJSON.status.dismissed'),
          ]),
        ]),
      ),
    );
    const pattern = await runImport(
      importOptions([dir], join(dir, 'a'), { where: [parseWhere('name~OCCUPIED')] }),
    );
    expect(pattern.snapshots).toBe(4);
    const intervals = (await readIndex(join(dir, 'a'))).intervals;
    // Every spelling matched: one unchanged interval, the liberated square never counted.
    expect(intervals.map((i) => [i.from, i.to, i.places])).toEqual([['2022-07-01', '2022-07-04', []]]);
    expect(intervals[0]?.confirmed).toEqual(['2022-07-02', '2022-07-03', '2022-07-04']);

    const exact = await runImport(
      importOptions([dir], join(dir, 'b'), {
        where: [parseWhere('name=Окуповано /// Occupied,Окуповано /// Occupied /// geoJSON.status.occupied')],
        onError: 'skip',
      }),
    );
    // Day 3's non-breaking space is normalised; day 4's padding too: all four match.
    expect(exact.snapshots).toBe(4);
    const both = await runImport(
      importOptions([dir], join(dir, 'c'), {
        where: [parseWhere('name~occupied'), parseWhere('name~geojson\\.status')],
        onError: 'skip',
      }),
    );
    expect(both.snapshots).toBe(2);
    expect(both.skipped.map((e) => e.problem)).toEqual([
      'no polygon matches --where name~occupied and name~geojson\\.status (2 features: 2 not matching --where name~occupied and name~geojson\\.status); see every value with --list-values name, or accept empty snapshots with --allow-empty',
      'no polygon matches --where name~occupied and name~geojson\\.status (2 features: 2 not matching --where name~occupied and name~geojson\\.status); see every value with --list-values name, or accept empty snapshots with --allow-empty',
    ]);
  });

  it('--list-values shows every normalised spelling with counts and first and last day', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      '2022-07-01.geojson': collection([
        occupied(BIG, spellings[0]),
        occupied(BIG, spellings[1]),
        {
          type: 'Feature',
          properties: { name: spellings[0] },
          geometry: { type: 'Point', coordinates: [39, 49] },
        },
      ]),
      '20220705_Layer.geojson': collection([occupied(BIG, spellings[2]), polygonFeature(BIG, {})]),
    });
    const { values, files } = await listValues([dir], 'name', { where: [] });
    expect(files).toBe(2);
    expect(values).toEqual([
      { value: 'Окуповано /// Occupied', features: 3, polygons: 2, first: '2022-07-01', last: '2022-07-01' },
      { value: null, features: 1, polygons: 1, first: '2022-07-05', last: '2022-07-05' },
      {
        value: 'Окуповано /// Occupied /// geoJSON.status.occupied',
        features: 1,
        polygons: 1,
        first: '2022-07-05',
        last: '2022-07-05',
      },
    ]);
  });
});

describe('missing data is never "no control"', () => {
  it('a snapshot in which nothing matches is a bad file, unless --allow-empty', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      '2022-07-01.geojson': collection([occupied(BIG)]),
      '2022-07-02.geojson': collection([
        polygonFeature(BIG, { name: 'Contested' }),
        { type: 'Feature', properties: { name: 'Окуповано /// Occupied' }, geometry: null },
      ]),
      '2022-07-03.geojson': collection([occupied(BIG)]),
    });
    const error = await runImport(
      importOptions([dir], join(dir, 'out'), { where: [parseWhere('name~occupied')] }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as SnapshotError).message).toBe(
      `${join(dir, '2022-07-02.geojson')}: no polygon matches --where name~occupied (2 features: 1 not matching --where name~occupied, 1 no geometry); see every value with --list-values name, or accept empty snapshots with --allow-empty`,
    );
    const skipped = await runImport(
      importOptions([dir], join(dir, 'skip'), { where: [parseWhere('name~occupied')], onError: 'skip' }),
    );
    // The unreadable day carries the day before; it is not "nothing".
    expect((await readIndex(join(dir, 'skip'))).intervals.map((i) => [i.from, i.to])).toEqual([
      ['2022-07-01', '2022-07-03'],
    ]);
    expect(skipped.snapshots).toBe(2);
    await runImport(
      importOptions([dir], join(dir, 'empty'), {
        where: [parseWhere('name~occupied')],
        allowEmpty: true,
        suspectJump: 50,
      }),
    );
    const intervals = (await readIndex(join(dir, 'empty'))).intervals;
    expect(intervals.map((i) => [i.from, km2(i)])).toEqual([
      ['2022-07-01', intervals[0] ? km2(intervals[0]) : -1],
      ['2022-07-02', 0],
      ['2022-07-03', intervals[0] ? km2(intervals[0]) : -1],
    ]);
  });

  it('carries the last state over up to --max-gap days; a longer gap is unknown', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      '2022-07-01.geojson': collection([occupied(BIG)]),
      '2022-07-05.geojson': collection([occupied(BIG)]),
      '2022-07-20.geojson': collection([occupied(TWIN_CITIES)]),
    });
    const report = await runImport(importOptions([dir], join(dir, 'out'), { maxGap: 7 }));
    const intervals = (await readIndex(join(dir, 'out'))).intervals;
    expect(intervals.map((i) => [i.from, i.to, i.snapshot.date, i.confirmed])).toEqual([
      ['2022-07-01', '2022-07-05', '2022-07-01', ['2022-07-05']],
      ['2022-07-20', '2022-07-20', '2022-07-20', undefined],
    ]);
    expect(report.gaps).toEqual([{ after: '2022-07-05', resumes: '2022-07-20' }]);
    expect(formatSummary(report)).toContain('after 2022-07-05, resumes 2022-07-20');
    await runImport(importOptions([dir], join(dir, 'wide'), { maxGap: 14 }));
    expect((await readIndex(join(dir, 'wide'))).intervals.map((i) => [i.from, i.to])).toEqual([
      ['2022-07-01', '2022-07-19'],
      ['2022-07-20', '2022-07-20'],
    ]);
  });
});

describe('checking the series', () => {
  it('marks a jump that comes back within two days as suspect, or drops it', async () => {
    const dir = await tempDir();
    const full = collection([occupied(BIG), occupied(TWIN_CITIES)]);
    await writeFiles(dir, {
      '2022-07-01.geojson': full,
      '2022-07-02.geojson': full,
      // The source drops its main polygon for a day.
      '2022-07-03.geojson': collection([occupied(TWIN_CITIES)]),
      '2022-07-04.geojson': full,
      // A real, lasting advance is not suspect.
      '2022-07-05.geojson': collection([
        occupied(BIG),
        occupied(TWIN_CITIES),
        occupied(square(39.8, 48.9, 0.5)),
      ]),
      '2022-07-06.geojson': collection([
        occupied(BIG),
        occupied(TWIN_CITIES),
        occupied(square(39.8, 48.9, 0.5)),
      ]),
    });
    const report = await runImport(importOptions([dir], join(dir, 'out')));
    expect(report.suspects).toHaveLength(1);
    const run = report.suspects[0]!;
    expect(run.oblast).toBe('luhansk-oblast');
    expect(run.during.map((d) => d.date)).toEqual(['2022-07-03']);
    expect(run.before.date).toBe('2022-07-02');
    expect(run.after.date).toBe('2022-07-04');
    expect(run.before.pct - run.during[0]!.pct).toBeGreaterThan(5);
    expect(formatSummary(report, { 'luhansk-oblast': 'Luhansk oblast' })).toMatch(
      /Suspect jumps .*marked suspect: 1 day \(1 jump by oblast\)\n {2}Luhansk oblast: [\d.]+% on 2022-07-02, then 2022-07-03 [\d.]+%, back to [\d.]+% on 2022-07-04/,
    );
    const intervals = (await readIndex(join(dir, 'out'))).intervals;
    expect(intervals.map((i) => [i.from, i.to, i.suspect])).toEqual([
      ['2022-07-01', '2022-07-02', undefined],
      ['2022-07-03', '2022-07-03', true],
      ['2022-07-04', '2022-07-04', undefined],
      ['2022-07-05', '2022-07-06', undefined],
    ]);
    await runImport(importOptions([dir], join(dir, 'dropped'), { dropSuspect: true }));
    const kept = (await readIndex(join(dir, 'dropped'))).intervals;
    expect(kept.map((i) => [i.from, i.to, i.suspect, i.confirmed])).toEqual([
      ['2022-07-01', '2022-07-04', undefined, ['2022-07-02', '2022-07-04']],
      ['2022-07-05', '2022-07-06', undefined, ['2022-07-06']],
    ]);
  });
});

describe('repair keeps every valid square kilometre', () => {
  const bowtie: Position[] = [
    [38.5, 48.5],
    [38.9, 48.9],
    [38.9, 48.5],
    [38.5, 48.9],
    [38.5, 48.5],
  ];
  /** The bow-tie's valid area: its two triangles. */
  const lobes = [
    [
      [38.5, 48.5],
      [38.7, 48.7],
      [38.5, 48.9],
      [38.5, 48.5],
    ],
    [
      [38.7, 48.7],
      [38.9, 48.5],
      [38.9, 48.9],
      [38.7, 48.7],
    ],
  ];
  const validKm2 = lobes.reduce((n, ring) => n + area({ type: 'Polygon', coordinates: [ring] }) / 1e6, 0);

  it('a bow-tie becomes its two lobes, within 0.5 % of their area, before and after the import', async () => {
    const repaired = repairPolygons([{ feature: 1, type: 'Polygon', coordinates: [bowtie] }]);
    const km2Repaired = repaired.polygons.reduce(
      (n, p) => n + area({ type: 'Polygon', coordinates: p }) / 1e6,
      0,
    );
    expect(repaired.polygons).toHaveLength(2);
    expect(Math.abs(km2Repaired - validKm2) / validKm2).toBeLessThan(0.005);
    const dir = await tempDir();
    await writeFiles(dir, { '2022-07-01.geojson': collection([occupied(bowtie)]) });
    await runImport(importOptions([dir], join(dir, 'out')));
    const [interval] = (await readIndex(join(dir, 'out'))).intervals;
    expect(Math.abs(km2(interval!) - validKm2) / validKm2).toBeLessThan(0.005);
  });

  it('3-D coordinates, GeometryCollections, repeated points and holes outside their shell', () => {
    const shell = square(39, 49, 0.2).map(([x = 0, y = 0]) => [x, y, 0]);
    const strayHole = square(39.5, 49.5, 0.05).reverse();
    const insideHole = square(39.05, 49.05, 0.05).reverse();
    const repeated = [...IN_LUHANSK.slice(0, 2), IN_LUHANSK[1]!, ...IN_LUHANSK.slice(2)];
    const result = repairPolygons([
      { feature: 1, type: 'Polygon', coordinates: [shell, strayHole] },
      { feature: 2, type: 'Polygon', coordinates: [square(39, 49, 0.2), insideHole] },
      { feature: 3, type: 'Polygon', coordinates: [repeated] },
    ]);
    expect(Object.fromEntries(result.repairs)).toEqual({
      'rings with 3-D positions made 2-D': 1,
      'holes outside their shell dropped': 1,
      'repeated points dropped': 1,
    });
    const [first, second, third] = result.polygons;
    const km2Of = (p: Position[][] | undefined) => area({ type: 'Polygon', coordinates: p ?? [] }) / 1e6;
    // The stray hole takes nothing away; the hole inside does.
    expect(Math.abs(km2Of(first) - km2Of([square(39, 49, 0.2)])) / km2Of(first)).toBeLessThan(0.005);
    expect(first?.flat().every((p) => p.length === 2)).toBe(true);
    expect(second).toHaveLength(2);
    expect(km2Of(second)).toBeLessThan(km2Of(first));
    expect(third?.[0]).toHaveLength(5);
  });

  it('reads the polygons of GeometryCollections and drops points and lines beside them', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      '2022-07-01.geojson': collection([
        {
          type: 'Feature',
          properties: { name: 'Occupied' },
          geometry: {
            type: 'GeometryCollection',
            geometries: [
              { type: 'Polygon', coordinates: [TWIN_CITIES] },
              { type: 'Point', coordinates: [38.4, 48.9] },
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: 'arrow' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [38, 48],
              [39, 49],
            ],
          },
        },
      ]),
    });
    const report = await runImport(importOptions([dir], join(dir, 'out')));
    expect(Object.fromEntries(report.dropped)).toEqual({
      'not a polygon (Point)': 1,
      'not a polygon (LineString)': 1,
    });
    expect((await readIndex(join(dir, 'out'))).intervals[0]?.places).toEqual([
      'lysychansk',
      'sievierodonetsk',
      'rubizhne',
    ]);
  });
});

describe('worker threads', () => {
  it('give the same bytes as one thread', async () => {
    const dir = await tempDir();
    const days = Array.from({ length: 6 }, (_, i) => [
      `2022-07-0${i + 1}.geojson`,
      collection([occupied(square(39.2, 48.9, 0.1 + i * 0.1)), occupied(TWIN_CITIES)]),
    ]);
    await writeFiles(dir, Object.fromEntries(days));
    await runImport(importOptions([dir], join(dir, 'one')), { threads: 0 });
    await runImport(importOptions([dir], join(dir, 'two')), { threads: 2 });
    expect(await readLayerFiles(join(dir, 'two'))).toEqual(await readLayerFiles(join(dir, 'one')));
  });
});
