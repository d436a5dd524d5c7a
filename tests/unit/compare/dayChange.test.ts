import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area } from '@turf/area';
import { afterEach, describe, expect, it } from 'vitest';
import type { Area, Rings } from '../../../src/control/areaChange';
import type { AreaFeatures } from '../../../src/control/geometryFile';
import type { ControlIndex, ControlInterval } from '../../../src/control/layerFormat';
import { dayChange } from '../../../scripts/compare/dayChange';
import { dayChangeText } from '../../../scripts/compare/dayChangeText';
import { readLayerFolder } from '../../../scripts/compare/readLayerFolder';

/** A lon/lat box as one polygon (outer ring, counter-clockwise). */
const box = (w: number, s: number, e: number, n: number): Rings => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];
const km2 = (a: Area) => area({ type: 'MultiPolygon', coordinates: a }) / 1e6;
const regions = [
  { id: 'north', area: [box(37, 48.25, 40, 50)] },
  { id: 'south', area: [box(37, 46, 40, 48.25)] },
];
const names = new Map([
  ['north', 'North Oblast'],
  ['south', 'South Oblast'],
]);

// A generated layer. Before: one box. After: the box grown east by a strip across both regions,
// its south-west corner given up, and a strip 0.001° (about 110 m) high added along its north
// edge: a sliver under the default 200 m.
const before = box(38, 48, 38.5, 48.5);
const after: Rings = [
  [
    [38.1, 48],
    [38.7, 48],
    [38.7, 48.5],
    [38.4, 48.5],
    [38.4, 48.501],
    [38, 48.501],
    [38, 48.1],
    [38.1, 48.1],
    [38.1, 48],
  ],
];
const eastNorth = km2([box(38.5, 48.25, 38.7, 48.5)]);
const eastSouth = km2([box(38.5, 48, 38.7, 48.25)]);
const corner = km2([box(38, 48, 38.1, 48.1)]);
const sliver = km2([box(38, 48.5, 38.4, 48.501)]);

const FILE_A = 'aaaaaaaaaaaaaaaa';
const FILE_B = 'bbbbbbbbbbbbbbbb';
const files = new Map<string, AreaFeatures>(
  [
    [FILE_A, before],
    [FILE_B, after],
  ].map(([name, rings]) => [
    name as string,
    {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'MultiPolygon', coordinates: [rings as Rings] },
        },
      ],
    },
  ]),
);
const geometryOf = (name: string): AreaFeatures => {
  const features = files.get(name);
  if (!features) throw new Error(`no file ${name}`);
  return features;
};
const zero = { km2: 0, pct: 0 };
const interval = (
  id: number,
  from: string,
  to: string,
  geometry: string,
  extra: Partial<ControlInterval> = {},
) => ({
  id,
  from,
  to,
  area: { 'luhansk-oblast': zero, 'donetsk-oblast': zero },
  places: [],
  geometry,
  snapshot: { date: from, at: `${from}T18:00:00.000Z` },
  ...extra,
});
// June 11 to 14 is a gap: the layer leaves those days unknown.
const index: ControlIndex = {
  format: 'claimline-control/4',
  id: 'generated',
  kind: 'assessed',
  source: { name: 'Generated', licence: 'none' },
  tolerance: 100,
  generated: { snapshots: 4, intervals: 3, bytesIn: 0, bytesOut: 0 },
  intervals: [
    interval(1, '2022-06-01', '2022-06-10', FILE_A, { confirmed: ['2022-06-05'] }),
    interval(2, '2022-06-15', '2022-06-30', FILE_B, { suspect: true }),
    interval(3, '2022-07-01', '2022-07-05', FILE_B),
  ],
};

describe('dayChange', () => {
  it('gives the km² gained and lost in each region, with the snapshot that stands for each day', () => {
    const result = dayChange(index, geometryOf, regions, '2022-06-07', '2022-06-20');
    if ('unknown' in result) throw new Error('expected a change');
    const { byRegion, slivers } = result.change;
    expect(byRegion.north!.gainedKm2).toBeCloseTo(eastNorth, 1);
    expect(byRegion.south!.gainedKm2).toBeCloseTo(eastSouth, 1);
    expect(byRegion.north!.lostKm2).toBe(0);
    expect(byRegion.south!.lostKm2).toBeCloseTo(corner, 1);
    // The strip along the north edge is under 200 m wide: left out, and counted apart.
    expect(slivers.gainedKm2).toBeCloseTo(sliver, 1);
    expect(slivers.lostKm2).toBe(0);
    expect(result.days.map((d) => [d.day, d.snapshot.date, d.asOf, d.geometry, d.suspect])).toEqual([
      ['2022-06-07', '2022-06-01', '2022-06-05', FILE_A, false],
      ['2022-06-20', '2022-06-15', '2022-06-15', FILE_B, true],
    ]);
  });

  it('counts the sliver with the threshold at 0, and gives the same change with the days in either order', () => {
    const all = dayChange(index, geometryOf, regions, '2022-06-20', '2022-06-07', { minWidthM: 0 });
    if ('unknown' in all) throw new Error('expected a change');
    expect(all.days.map((d) => d.day)).toEqual(['2022-06-07', '2022-06-20']);
    expect(all.change.byRegion.north!.gainedKm2).toBeCloseTo(eastNorth + sliver, 1);
    expect(all.change.slivers).toEqual({ gainedKm2: 0, lostKm2: 0 });
  });

  it('finds no change between days that share a geometry file, and none against a day it leaves unknown', () => {
    const same = dayChange(index, geometryOf, regions, '2022-06-20', '2022-07-03');
    if ('unknown' in same) throw new Error('expected a change');
    expect(same.change.byRegion).toEqual({
      north: { gainedKm2: 0, lostKm2: 0 },
      south: { gainedKm2: 0, lostKm2: 0 },
    });
    expect(dayChange(index, geometryOf, regions, '2022-06-07', '2022-06-12')).toEqual({
      unknown: '2022-06-12',
    });
    expect(dayChange(index, geometryOf, regions, '2022-05-01', '2022-06-07')).toEqual({
      unknown: '2022-05-01',
    });
  });
});

describe('dayChangeText', () => {
  it('says the snapshots, then gained, lost and net per region, then the slivers', () => {
    const result = dayChange(index, geometryOf, regions, '2022-06-07', '2022-06-20');
    const lines = dayChangeText('generated', result, names, 200).split('\n');
    expect(lines[0]).toBe('generated: from 2022-06-07 to 2022-06-20, pieces under 200 m wide left out');
    expect(lines[1]).toContain(
      '2022-06-07: snapshot of 2022-06-01 (2022-06-01T18:00:00.000Z), seen again 2022-06-05',
    );
    expect(lines[2]).toContain('2022-06-20: snapshot of 2022-06-15');
    expect(lines[2]).toContain('marked suspect');
    if ('unknown' in result) throw new Error('expected a change');
    const south = result.change.byRegion.south!;
    const net = south.gainedKm2 - south.lostKm2;
    expect(lines[4]).toBe(
      `  South Oblast: gained ${south.gainedKm2.toFixed(1)} km², lost ${south.lostKm2.toFixed(1)} km², net +${net.toFixed(1)} km²`,
    );
    expect(lines[5]).toMatch(/^ {2}slivers left out \(all regions\): gained \d+\.\d km², lost 0\.0 km²$/);
    expect(dayChangeText('generated', { unknown: '2022-06-12' }, names, 200)).toBe(
      'generated: no comparison: the layer leaves 2022-06-12 unknown',
    );
  });
});

describe('readLayerFolder', () => {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const layerFolder = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimline-compare-'));
    made.push(dir);
    await mkdir(join(dir, 'generated', 'intervals'), { recursive: true });
    await writeFile(join(dir, 'generated', 'control.json'), JSON.stringify(index));
    for (const [name, features] of files)
      await writeFile(join(dir, 'generated', 'intervals', `${name}.geojson`), JSON.stringify(features));
    return dir;
  };

  it("reads a layer's index and geometry files, and gives the same change as in memory", async () => {
    const dir = await layerFolder();
    const folder = readLayerFolder(join(dir, 'generated'));
    expect(dayChange(folder.index, folder.geometryOf, regions, '2022-06-07', '2022-06-20')).toEqual(
      dayChange(index, geometryOf, regions, '2022-06-07', '2022-06-20'),
    );
  });

  it('names the folder or file and the reason when it is not a layer', async () => {
    const dir = await layerFolder();
    expect(() => readLayerFolder(join(dir, 'missing'))).toThrow(
      /missing: is not an imported layer's folder \(no control\.json\)/,
    );
    await writeFile(join(dir, 'layers.json'), JSON.stringify({ layers: [{ id: 'generated' }] }));
    expect(() => readLayerFolder(dir)).toThrow(/holds layers\.json\); name one layer's folder: .*generated/);
    await writeFile(join(dir, 'generated', 'intervals', `${FILE_B}.geojson`), '{"type":"Feature"}');
    const folder = readLayerFolder(join(dir, 'generated'));
    expect(() => folder.geometryOf(FILE_B)).toThrow(`${FILE_B}.geojson: is not a GeoJSON FeatureCollection`);
    await writeFile(join(dir, 'generated', 'control.json'), JSON.stringify({ ...index, intervals: [] }));
    expect(() => readLayerFolder(join(dir, 'generated'))).toThrow(/control\.json: intervals: is empty/);
  });
});
