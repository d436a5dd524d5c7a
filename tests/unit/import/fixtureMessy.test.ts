import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area } from '@turf/area';
import { featureCollection, multiPolygon, polygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { kinks } from '@turf/kinks';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import mapshaper from 'mapshaper';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OBLAST_IDS } from '../../../src/control/layerFormat.ts';
import {
  MESSY_DEFAULTS,
  OCCUPIED_PATTERN,
  planDay,
  writeMessyFixture,
} from '../../../scripts/import/fixture.ts';
import type { MessyTruth, TruthDay } from '../../../scripts/import/fixture.ts';
import { COUNTING_NAMES, NON_COUNTING_NAMES } from '../../../scripts/import/fixture/categories.ts';
import { loadOblasts } from '../../../scripts/import/fixture/truthArea.ts';

const OPTIONS = { days: 60, start: '2022-04-03', seed: 1 };
let dir: string;
let truth: MessyTruth;
const made: string[] = [];

async function scratch(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'claimline-messy-'));
  made.push(d);
  return d;
}

beforeAll(async () => {
  dir = await scratch();
  await writeMessyFixture(dir, OPTIONS);
  truth = JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as MessyTruth;
}, 60_000);

afterAll(async () => {
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

const read = async (name: string): Promise<FeatureCollection> =>
  JSON.parse(await readFile(join(dir, 'snapshots', name), 'utf8')) as FeatureCollection;

/** The winner of the first day carrying `mess`. */
function dayWith(mess: string): TruthDay {
  const day = truth.days.find((d) => (d.mess as string[]).includes(mess));
  if (!day?.winner) throw new Error(`no day with ${mess}`);
  return day;
}

const winnerOf = (mess: string): Promise<FeatureCollection> => read(dayWith(mess).winner!);

const nameOf = (f: Feature): string => String(f.properties?.name ?? '');
const isPolygonal = (g: Geometry): boolean =>
  g.type === 'Polygon' || g.type === 'MultiPolygon' || g.type === 'GeometryCollection';

/** Every ring of a feature (GeometryCollections opened). */
function rings(g: Geometry): Position[][] {
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(rings);
  return [];
}

const positions = (g: Geometry): Position[] => (g.type === 'Point' ? [g.coordinates] : rings(g).flat());

const counts = (f: Feature): boolean => OCCUPIED_PATTERN.test(nameOf(f));

describe('messy fixture', () => {
  it('is deterministic from its seed: same seed, same bytes', async () => {
    const options = { days: 42, start: '2022-04-03', seed: 5 };
    const digest = async (d: string): Promise<string> => {
      const hash = createHash('sha256');
      const names = (await readdir(join(d, 'snapshots'))).sort();
      for (const name of names) hash.update(name).update(await readFile(join(d, 'snapshots', name)));
      return hash.update(await readFile(join(d, 'truth.json'))).digest('hex');
    };
    const [a, b, c] = [await scratch(), await scratch(), await scratch()];
    await writeMessyFixture(a, options);
    await writeMessyFixture(b, options);
    await writeMessyFixture(c, { ...options, seed: 6 });
    expect(await digest(a)).toBe(await digest(b));
    expect(await digest(a)).not.toBe(await digest(c));
  }, 60_000);

  it('writes what truth.json lists, and nothing else, outside the snapshots folder', async () => {
    const names = (await readdir(join(dir, 'snapshots'))).sort();
    expect(names).toEqual(truth.files.map((f) => f.name).sort());
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['snapshots', 'truth.json']));
    expect(names).not.toContain('truth.json');
    expect(truth.totals).toEqual({ days: 60, files: names.length, bytes: expect.any(Number) as number });
    expect(truth.files.reduce((n, f) => n + f.bytes, 0)).toBe(truth.totals.bytes);
    expect(truth.days).toHaveLength(60);
  });

  it('writes about 450 KB and a few hundred points a file', async () => {
    const sizes = truth.files.filter((f) => f.style !== 'compact').map((f) => f.bytes);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(350_000);
    expect(mean).toBeLessThan(520_000);
    const fc = await read(truth.days[0]!.winner!);
    const points = fc.features.filter((f) => f.geometry.type === 'Point').length;
    expect(points).toBeGreaterThanOrEqual(200);
    const vertices = fc.features.filter((f) => isPolygonal(f.geometry)).flatMap((f) => positions(f.geometry));
    expect(vertices.length).toBeGreaterThan(9_000);
    expect(vertices.length).toBeLessThan(12_500);
  });

  it('writes 3-D coordinates, GeometryCollections and MultiPolygons on their days', async () => {
    const threeD = await winnerOf('threeD');
    expect(
      threeD.features.every((f) => positions(f.geometry).every((p) => p.length === 3 && p[2] === 0)),
    ).toBe(true);
    const gc = await winnerOf('geometryCollection');
    const collections = gc.features.filter((f) => f.geometry.type === 'GeometryCollection');
    expect(collections).toHaveLength(1);
    expect(counts(collections[0]!)).toBe(true);
    const multi = await winnerOf('multiPolygon');
    expect(
      multi.features.some(
        (f) => f.geometry.type === 'MultiPolygon' && counts(f) && rings(f.geometry).length >= 2,
      ),
    ).toBe(true);
    // The occupied area is split into several features on every plain day.
    const plain = await read(truth.days[1]!.winner!);
    expect(plain.features.filter((f) => isPolygonal(f.geometry) && counts(f)).length).toBeGreaterThanOrEqual(
      5,
    );
  });

  it('writes a bow-tie ring, duplicate points and a hole outside its shell', async () => {
    const selfCrossing = (fc: FeatureCollection): Feature[] =>
      fc.features.filter(
        (f) => f.geometry.type === 'Polygon' && kinks(polygon(f.geometry.coordinates)).features.length > 0,
      );
    const bowTie = selfCrossing(await winnerOf('bowTie'));
    expect(bowTie).toHaveLength(1);
    expect(counts(bowTie[0]!)).toBe(true);
    expect(area(bowTie[0]!)).toBeLessThan(1e4); // the lobes cancel: a naive area is about zero
    expect(selfCrossing(await read(truth.days[0]!.winner!))).toHaveLength(0);

    const dup = await winnerOf('duplicatePoints');
    const hasDuplicate = (ring: Position[]): boolean =>
      ring.some((p, i) => i > 0 && p[0] === ring[i - 1]![0] && p[1] === ring[i - 1]![1]);
    expect(dup.features.some((f) => rings(f.geometry).some(hasDuplicate))).toBe(true);

    const holed = (await winnerOf('holeOutsideShell')).features.find(
      (f) => f.geometry.type === 'Polygon' && f.geometry.coordinates.length === 2,
    );
    const [shell, hole] = (holed!.geometry as Polygon).coordinates;
    const maxLon = (r: Position[]): number => Math.max(...r.map((p) => p[0]!));
    const minLon = (r: Position[]): number => Math.min(...r.map((p) => p[0]!));
    expect(maxLon(hole!)).toBeLessThan(minLon(shell!));
  });

  it('writes a spike that crosses its neighbouring edge only after simplification at 100 m', async () => {
    const fc = await winnerOf('spike');
    const pocket = fc.features.find(
      (f) => f.geometry.type === 'Polygon' && f.geometry.coordinates[0]!.length === 17,
    );
    const ring = (pocket!.geometry as Polygon).coordinates;
    expect(kinks(polygon(ring)).features).toHaveLength(0);
    const out = await mapshaper.applyCommands(
      '-i in.json -simplify dp interval=100 no-repair -o out.json format=geojson geojson-type=FeatureCollection',
      { 'in.json': featureCollection([polygon(ring)]) },
    );
    const raw = out['out.json']!;
    const simplified = JSON.parse(
      typeof raw === 'string' ? raw : new TextDecoder().decode(raw),
    ) as FeatureCollection;
    const g = simplified.features[0]!.geometry as Polygon;
    expect(kinks(polygon(g.coordinates)).features.length).toBeGreaterThan(0);
  });

  it('writes every spelling, and the recommended pattern counts exactly the occupied ones', async () => {
    const names = new Set<string>();
    for (const file of truth.files) {
      for (const f of (await read(file.name)).features) {
        if (isPolygonal(f.geometry)) {
          names.add(nameOf(f));
          expect(counts(f), JSON.stringify(nameOf(f))).toBe(COUNTING_NAMES.includes(nameOf(f)));
        } else {
          expect(counts(f)).toBe(false);
        }
      }
    }
    expect([...names].sort()).toEqual([...COUNTING_NAMES, ...NON_COUNTING_NAMES].sort());
    for (const n of NON_COUNTING_NAMES) expect(OCCUPIED_PATTERN.test(n), n).toBe(false);
    expect(truth.where.cli).toBe(`name~${OCCUPIED_PATTERN.source}`);
  }, 30_000);

  it('has same-day duplicates whose winner is the last by time, the earlier ones stale', async () => {
    const several = truth.days.filter((d) => d.files.length > 1);
    expect(several.length).toBeGreaterThanOrEqual(4);
    expect(several.some((d) => d.files.length === 3)).toBe(true);
    for (const d of several) {
      const files = d.files.map((n) => truth.files.find((f) => f.name === n)!);
      const last = files.reduce((a, b) => (a.unixMs! > b.unixMs! ? a : b));
      expect(d.winner).toBe(last.name);
      expect(d.winnerUnixMs).toBe(last.unixMs);
      expect(files.filter((f) => f.stale)).toHaveLength(files.length - 1);
      expect(last.shows).toBe(d.day);
      // A stale twin shows another front: keeping the first would be visibly wrong.
      const stale = await read(files[0]!.name);
      const winner = await read(last.name);
      const front = (fc: FeatureCollection): string =>
        JSON.stringify(fc.features.filter(counts).map((f) => f.geometry));
      expect(front(stale)).not.toBe(front(winner));
    }
    // One pair sorts wrong by name as a number: the stale one is in milliseconds.
    expect(
      several.some((d) => {
        const [a, b] = d.files;
        return Number.parseInt(a!, 10) > Number.parseInt(b!, 10);
      }),
    ).toBe(true);
  });

  it('has a late pair whose winner falls on the next day in Kyiv', () => {
    expect(truth.kyivShifted.length).toBeGreaterThanOrEqual(1);
    const shifted = truth.kyivShifted[0]!;
    const file = truth.files.find((f) => f.name === shifted.file)!;
    expect(new Date(file.unixMs!).getUTCHours()).toBeGreaterThanOrEqual(22);
    const day = truth.days.find((d) => d.day === shifted.utcDay)!;
    expect(day.winner).toBe(shifted.file);
    expect(day.kyivWinner).not.toBe(shifted.file);
    expect(day.kyivWinner).not.toBeNull();
  });

  it('mixes second, millisecond, compact and ISO names', () => {
    const names = truth.files.map((f) => f.name);
    expect(names.some((n) => /^\d{10}\.geojson$/.test(n))).toBe(true);
    expect(names.some((n) => /^\d{13}\.geojson$/.test(n))).toBe(true);
    expect(names.some((n) => /^\d{8}_RussianAssessedCoTinUkraine\.geojson$/.test(n))).toBe(true);
    expect(names.some((n) => /^\d{4}-\d{2}-\d{2}\.geojson$/.test(n))).toBe(true);
    for (const f of truth.files.filter((x) => x.style === 'compact' || x.style === 'iso')) {
      expect(f.unixMs).toBeNull();
      expect(f.name.replace(/_.*|\.geojson/, '').replaceAll('-', '')).toBe(f.utcDay.replaceAll('-', ''));
    }
  });

  it('drops the main polygons on the dropout day only', async () => {
    const largest = (fc: FeatureCollection): number =>
      Math.max(0, ...fc.features.filter(counts).map((f) => positions(f.geometry).length));
    const dropout = truth.days.find((d) => d.dropout)!;
    expect(truth.dropouts).toEqual([dropout.day]);
    const before = truth.days[dropout.index - 1]!;
    const after = truth.days[dropout.index + 1]!;
    expect(largest(await read(dropout.winner!))).toBeLessThan(2000); // the 2014 area stays
    expect(largest(await read(before.winner!))).toBeGreaterThan(2000);
    expect(largest(await read(after.winner!))).toBeGreaterThan(2000);
    const main = (fc: FeatureCollection): number =>
      fc.features.filter(
        (f) => counts(f) && !nameOf(f).startsWith('ОРДЛО') && positions(f.geometry).length > 1000,
      ).length;
    expect(main(await read(dropout.winner!))).toBe(0);
    expect(main(await read(before.winner!))).toBe(2);
  });

  it('leaves a gap of at least 10 days with no file', () => {
    expect(truth.gap).not.toBeNull();
    expect(truth.gap!.days).toBeGreaterThanOrEqual(10);
    const fileDays = [...new Set(truth.files.map((f) => f.utcDay))].sort();
    const longest = Math.max(
      ...fileDays.slice(1).map((d, i) => (Date.parse(d) - Date.parse(fileDays[i]!)) / 86_400_000 - 1),
    );
    expect(longest).toBe(truth.gap!.days);
    expect(truth.days.filter((d) => d.inGap).every((d) => d.files.length === 0 && d.winner === null)).toBe(
      true,
    );
  });

  it('writes one file with polygons but none that counts', async () => {
    expect(truth.noMatch).toHaveLength(1);
    const day = truth.days.find((d) => d.noMatch)!;
    const fc = await read(day.winner!);
    const polygons = fc.features.filter((f) => isPolygonal(f.geometry));
    expect(polygons.length).toBeGreaterThan(0);
    expect(polygons.filter(counts)).toHaveLength(0);
    expect(fc.features.some((f) => f.geometry.type === 'Point')).toBe(true);
  });

  it('measures areas that agree with the files (turf intersect and area)', async () => {
    const day = truth.days[0]!;
    const fc = await read(day.winner!);
    const oblasts = loadOblasts();
    for (const id of OBLAST_IDS) {
      const oblast = multiPolygon(oblasts[id].polygons);
      let km2 = 0;
      for (const f of fc.features.filter(counts)) {
        const g = f.geometry as Polygon | MultiPolygon;
        const inside = intersect(
          featureCollection([multiPolygon(g.type === 'Polygon' ? [g.coordinates] : g.coordinates), oblast]),
        );
        km2 += inside ? area(inside) / 1e6 : 0;
      }
      expect(day.km2![id]).toBeCloseTo(km2, 1);
      expect(day.ordloKm2![id]).toBeGreaterThan(0);
      expect(day.ordloKm2![id]).toBeLessThan(day.km2![id]);
    }
    // The front moves west: more is occupied at the end than at the start.
    const sampled = truth.days.filter((d) => d.km2);
    const total = (d: TruthDay): number => d.km2!['luhansk-oblast'] + d.km2!['donetsk-oblast'];
    expect(total(sampled.at(-1)!)).toBeGreaterThan(total(sampled[0]!));
  }, 30_000);

  it('plans the real-size series with about 1,500 files', () => {
    let files = 0;
    let gap = 0;
    let dropouts = 0;
    for (let i = 0; i < MESSY_DEFAULTS.days; i++) {
      const plan = planDay(MESSY_DEFAULTS, i);
      files += plan.snapshots.length;
      if (plan.inGap) gap++;
      if (plan.mess.includes('dropout')) dropouts++;
    }
    expect(files).toBeGreaterThanOrEqual(1450);
    expect(files).toBeLessThanOrEqual(1550);
    expect(gap).toBe(12);
    expect(dropouts).toBeGreaterThanOrEqual(3);
  });
});
