import { createHash } from 'node:crypto';
import { area } from '@turf/area';
import { describe, expect, it } from 'vitest';
import { areaChange, type Area, type Rings } from '../../../src/control/areaChange';
import { changePlan } from '../../../src/control/changePlan';
import { compareChanges, type LayerChange } from '../../../src/control/compareChanges';
import { GEOMETRY_FILE_HEAD, GEOMETRY_FILE_TAIL } from '../../../src/control/geometryFileText';
import type { ControlInterval } from '../../../src/control/layerFormat';

/** A lon/lat box as one polygon. */
const box = (w: number, s: number, e: number, n: number): Rings => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];
const km2 = (a: Area) => Math.round((area({ type: 'MultiPolygon', coordinates: a }) / 1e6) * 10) / 10;
const north = { id: 'north', area: [box(37, 48.3, 40, 50)] };
const south = { id: 'south', area: [box(37, 46, 40, 48.3)] };
const regions = [north, south];

/** A geometry file as the import writes it, named by the SHA-1 of its coordinates. */
function file(coordinates: Area): { name: string; text: string } {
  const json = JSON.stringify(coordinates);
  const name = createHash('sha1').update(json).digest('hex').slice(0, 16);
  return { name, text: `${GEOMETRY_FILE_HEAD}${json}${GEOMETRY_FILE_TAIL}` };
}

// Day 1–2: a box in the north; day 3–4: grown south by a strip wholly in the south region, its
// north-east corner given up; day 5 unknown (a gap); day 6 the box again, suspect.
const start = [box(38, 48.3, 38.5, 48.6)];
const grown = [
  [
    [
      [38, 48.1],
      [38.5, 48.1],
      [38.5, 48.5],
      [38.4, 48.5],
      [38.4, 48.6],
      [38, 48.6],
      [38, 48.1],
    ],
  ] as Rings,
];
const strip = box(38, 48.1, 38.5, 48.3);
const corner = box(38.4, 48.5, 38.5, 48.6);
const files = [file(start), file(grown)];
const interval = (id: number, from: string, to: string, f: number, suspect = false): ControlInterval => ({
  id,
  from,
  to,
  geometry: files[f]!.name,
  area: {} as ControlInterval['area'],
  places: [],
  snapshot: { date: from },
  ...(suspect ? { suspect: true as const } : {}),
});
const intervals = [
  interval(1, '2022-07-01', '2022-07-02', 0),
  interval(2, '2022-07-03', '2022-07-04', 1),
  interval(3, '2022-07-06', '2022-07-06', 0, true),
];

/** A host serving the two files, counting requests, answering 404 for names in `missing`. */
function host(missing: string[] = []) {
  const requested: string[] = [];
  const fetchFile = async (url: string) => {
    const name = url.replace('.geojson', '');
    requested.push(name);
    const found = files.find((f) => f.name === name);
    return found && !missing.includes(name)
      ? new Response(found.text, { headers: { 'content-type': 'application/json' } })
      : new Response('not found', { status: 404 });
  };
  return { requested, fetchFile };
}

/** The comparison over one layer, its differences computed in this thread with the worker's own code. */
function comparison(fetchFile: (url: string) => Promise<Response>) {
  const layer = {
    id: 'test',
    intervals,
    fileUrl: (n: string) => `${n}.geojson`,
    filePath: (n: string) => `test/${n}`,
  };
  return compareChanges([layer], regions, {
    fetchFile,
    worker: {
      between: async (_a, before, _b, after, options) => areaChange(before, after, regions, options),
      destroy: () => undefined,
    },
  });
}

/** The next answer for the layer that is not 'pending'. */
const answer = (changes: ReturnType<typeof comparison>) =>
  new Promise<LayerChange>((resolve) => {
    const stop = changes.on('change', (_id, change) => {
      if (change.state === 'pending') return;
      stop();
      resolve(change);
    });
  });

describe('compareChanges', () => {
  it('measures the area gained and lost between two days, in km² per region, exactly', async () => {
    const { fetchFile, requested } = host();
    const changes = comparison(fetchFile);
    const measured = answer(changes);
    changes.update('2022-07-04', '2022-07-01');
    const change = await measured;
    if (change.state !== 'done') throw new Error(`not measured: ${JSON.stringify(change)}`);
    expect(change.days).toEqual(['2022-07-01', '2022-07-04']);
    expect(change.change.byRegion).toEqual({
      north: { gainedKm2: 0, lostKm2: km2([corner]) },
      south: { gainedKm2: km2([strip]), lostKm2: 0 },
    });
    expect(km2(change.change.gained)).toBe(km2([strip]));
    expect(change.suspect).toEqual([]);
    expect(requested.sort()).toEqual(files.map((f) => f.name).sort());
  });

  it('gives no comparison for a day the layer leaves unknown, and marks a suspect day', async () => {
    const { fetchFile } = host();
    const changes = comparison(fetchFile);
    const gap = answer(changes);
    changes.update('2022-07-01', '2022-07-05');
    expect(await gap).toEqual({ state: 'unknown', day: '2022-07-05' });
    const before = answer(changes);
    changes.update('2022-06-01', '2022-07-03');
    expect(await before).toEqual({ state: 'unknown', day: '2022-06-01' });
    const suspect = answer(changes);
    changes.update('2022-07-03', '2022-07-06');
    const change = await suspect;
    expect(change.state === 'done' && change.suspect).toEqual(['2022-07-06']);
  });

  it('needs no file for two days of one geometry, and names a file that cannot be loaded', async () => {
    const { fetchFile, requested } = host([files[1]!.name]);
    const changes = comparison(fetchFile);
    const same = answer(changes);
    changes.update('2022-07-01', '2022-07-06');
    const change = await same;
    expect(change.state === 'done' && change.change.byRegion.north).toEqual({ gainedKm2: 0, lostKm2: 0 });
    expect(requested).toEqual([]);
    const broken = answer(changes);
    changes.update('2022-07-01', '2022-07-03');
    const failed = await broken;
    expect(failed.state === 'failed' && failed.reason).toBe(
      `test/${files[1]!.name}: could not be loaded (HTTP 404)`,
    );
  });

  it('measures with the threshold set last: pieces narrower than it are counted as slivers', async () => {
    const { fetchFile } = host();
    const changes = comparison(fetchFile);
    // The corner given up is about 7 km by 11 km (4.4 km wide on average), the strip 37 by 22 km.
    changes.setOptions({ minWidthM: 10_000 });
    expect(changes.options()).toEqual({ minWidthM: 10_000 });
    const measured = answer(changes);
    changes.update('2022-07-01', '2022-07-04');
    const change = await measured;
    if (change.state !== 'done') throw new Error(`not measured: ${JSON.stringify(change)}`);
    expect(change.change.byRegion).toEqual({
      north: { gainedKm2: 0, lostKm2: 0 },
      south: { gainedKm2: km2([strip]), lostKm2: 0 },
    });
    expect(change.change.slivers.lostKm2).toBe(km2([corner]));
  });

  it('keeps only the answer for the days asked last', async () => {
    const { fetchFile } = host();
    const changes = comparison(fetchFile);
    const seen: LayerChange[] = [];
    changes.on('change', (_id, change) => seen.push(change));
    changes.update('2022-07-01', '2022-07-03');
    changes.update('2022-07-01', '2022-07-05');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.filter((c) => c.state !== 'pending')).toEqual([{ state: 'unknown', day: '2022-07-05' }]);
    expect(changes.get('test')).toEqual({ state: 'unknown', day: '2022-07-05' });
  });
});

describe('changePlan', () => {
  it('takes the days in order, and the first one the layer leaves unknown', () => {
    const plan = changePlan(intervals, '2022-07-06', '2022-07-02');
    expect('from' in plan && [plan.from.id, plan.to.id, plan.days, plan.suspect]).toEqual([
      1,
      3,
      ['2022-07-02', '2022-07-06'],
      ['2022-07-06'],
    ]);
    expect(changePlan(intervals, '2022-07-05', '2022-08-01')).toEqual({ unknown: '2022-07-05' });
    expect(changePlan(intervals, '2022-07-02', '2022-08-01')).toEqual({ unknown: '2022-08-01' });
  });
});
