/**
 * The interval files (control/<id>/intervals/<name>.geojson), generated valid and then broken:
 * wrong types, NaN and infinite numbers, strings for coordinates, open or short rings, deep nesting,
 * either winding, a million vertices. The check passes a file only when every position can be
 * drawn, and otherwise names the file, the feature and the field; the loader always answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGeometryFile } from '../../../src/control/geometryFile.ts';
import { geometryLoader, type LoadedGeometry } from '../../../src/control/geometryLoader.ts';
import { itHolds } from './fuzzRun.ts';
import { mutationsOf, nested, oddValue } from './jsonMutations.ts';

const BOUNDARY = 'interval file reader';
const FILE = 'control/a/intervals/0123456789abcdef.geojson';
type Ring = number[][];

/** A closed ring around a centre, in either winding, with 2-D or 3-D positions. */
const ring = fc
  .record({
    lon: fc.double({ min: 30, max: 45, noNaN: true }),
    lat: fc.double({ min: 45, max: 52, noNaN: true }),
    radii: fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 3, maxLength: 12 }),
    clockwise: fc.boolean(),
    height: fc.boolean(),
  })
  .map(({ lon, lat, radii, clockwise, height }) => {
    const open = radii.map((r, i) => {
      const angle = ((clockwise ? -i : i) * 2 * Math.PI) / radii.length;
      const position = [lon + r * Math.cos(angle), lat + r * Math.sin(angle)];
      return height ? [...position, 0] : position;
    });
    return [...open, open[0] as number[]];
  });
const polygon = fc.array(ring, { minLength: 1, maxLength: 3 });
const feature = fc
  .oneof(
    polygon.map((coordinates) => ({ type: 'Polygon', coordinates })),
    fc.array(polygon, { maxLength: 3 }).map((coordinates) => ({ type: 'MultiPolygon', coordinates })),
  )
  .map((geometry) => ({ type: 'Feature', properties: {}, geometry }));
const file = fc
  .array(feature, { minLength: 1, maxLength: 3 })
  .map((features) => ({ type: 'FeatureCollection', features }));

/** Every ring of an accepted file, checked without the code under test. */
function expectDrawable(features: { geometry: { type: string; coordinates: unknown } }[]): void {
  for (const { geometry } of features) {
    const polygons = (
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    ) as Ring[][];
    for (const r of polygons.flat()) {
      expect(r.length).toBeGreaterThanOrEqual(4);
      expect(r[0]!.slice(0, 2)).toEqual(r.at(-1)!.slice(0, 2));
      for (const p of r) {
        expect([2, 3]).toContain(p.length);
        expect(p.every((n) => Number.isFinite(n))).toBe(true);
        expect(Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90).toBe(true);
      }
    }
  }
}

/** One position, ring or list broken in a way a host or a hand can break it. */
const breakage = fc.record({
  feature: fc.nat(),
  polygon: fc.nat(),
  ring: fc.nat(),
  position: fc.nat(),
  how: fc.constantFrom(
    'NaN',
    'Infinity',
    'string',
    'null',
    'one number',
    'four numbers',
    'open ring',
    'short ring',
    'deeper',
    'coordinates as text',
    'out of range',
  ),
});
type Breakage = typeof breakage extends fc.Arbitrary<infer T> ? T : never;

/** The file with one breakage applied; the feature it is in (1-based). */
function broken(raw: { features: { geometry: { type: string; coordinates: unknown } }[] }, b: Breakage) {
  const copy = structuredClone(raw);
  const f = b.feature % copy.features.length;
  const geometry = copy.features[f]!.geometry;
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Ring[][];
  if (b.how === 'coordinates as text' || polygons.length === 0) {
    geometry.coordinates = JSON.stringify(geometry.coordinates);
    return { raw: copy, feature: f + 1 };
  }
  const rings = polygons[b.polygon % polygons.length]!;
  const r = rings[b.ring % rings.length]!;
  const p = b.position % r.length;
  const position = r[p]!;
  const set = (value: unknown) => ((r as unknown[])[p] = value);
  switch (b.how) {
    case 'NaN':
    case 'Infinity':
      position[p % 2] = Number(b.how);
      break;
    case 'string':
      set(position.map(String));
      break;
    case 'null':
      set(null);
      break;
    case 'one number':
      set([position[0]]);
      break;
    case 'four numbers':
      set([...position.slice(0, 2), 0, 0]);
      break;
    case 'open ring':
      r.pop();
      r.push([r[0]![0]! + 0.5, r[0]![1]!]);
      break;
    case 'short ring':
      r.splice(1, r.length - 3);
      break;
    case 'deeper':
      set([position]);
      break;
    case 'out of range':
      position[0] = position[0]! + 400;
      // A change to the first position leaves the ring open too; either reason names it.
      break;
  }
  return { raw: copy, feature: f + 1 };
}

describe('checkGeometryFile, generated files', () => {
  itHolds(BOUNDARY, 'passes every file the import could write, in either winding', () =>
    fc.property(file, (raw) => {
      const result = checkGeometryFile(raw, FILE);
      expect(result).toEqual({ ok: true, features: raw });
    }),
  );

  itHolds(
    BOUNDARY,
    'refuses a broken position, ring or list, naming the file, the feature and the field',
    () =>
      fc.property(file, breakage, (raw, b) => {
        const { raw: bad, feature } = broken(raw, b);
        const result = checkGeometryFile(bad, FILE);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.reason).toMatch(
            new RegExp(
              `^${FILE}: feature ${feature}: geometry\\.coordinates(\\[\\d+\\])* \\(?.* (is|are) not `,
            ),
          );
      }),
  );

  itHolds(BOUNDARY, 'passes a corrupted file only when it can still be drawn', () =>
    fc.property(
      fc.oneof({ weight: 5, arbitrary: file.chain((raw) => mutationsOf(raw, 4)) }, oddValue),
      (raw) => {
        const result = checkGeometryFile(raw, FILE);
        if (result.ok) expectDrawable(result.features.features);
        else {
          expect(result.reason).toMatch(new RegExp(`^${FILE}: (feature \\d+: )?\\S`));
          expect(result.reason.length).toBeLessThan(400);
        }
      },
    ),
  );

  it('refuses coordinates nested 100,000 deep without reaching the stack limit', () => {
    const raw = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: nested(100_000) } },
      ],
    };
    const result = checkGeometryFile(raw, FILE);
    expect(result).toEqual({
      ok: false,
      reason: `${FILE}: feature 1: geometry.coordinates[0][0] ([…]) is not a ring of at least 4 positions`,
    });
  });

  it('reads a million vertices in well under a second, and finds one bad one at the end', () => {
    const n = 1_000_000;
    const big: number[][] = Array.from({ length: n }, (_, i) => {
      const angle = (i * 2 * Math.PI) / n;
      return [38 + Math.cos(angle), 48 + Math.sin(angle)];
    });
    big.push(big[0]!);
    const raw = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [big] } }],
    };
    const started = performance.now();
    expect(checkGeometryFile(raw, FILE).ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
    big[n - 1] = [38, '48' as unknown as number];
    expect(checkGeometryFile(raw, FILE)).toEqual({
      ok: false,
      reason: `${FILE}: feature 1: geometry.coordinates[0][${n - 1}] ([38,"48"]) is not a position (2 or 3 finite numbers)`,
    });
  });
});

/** JSON text of a value; a value nested too deep for JSON.stringify is sent as the deep text it stands for. */
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  }
}

/** A host that answers with anything: a good file, a broken one, cut short, not JSON, an error. */
const answer = fc.oneof(
  file.map((raw) => ({ status: 200, body: JSON.stringify(raw) })),
  file.chain((raw) => mutationsOf(raw)).map((raw) => ({ status: 200, body: jsonText(raw) })),
  fc.tuple(file, fc.nat()).map(([raw, cut]) => {
    const text = JSON.stringify(raw);
    return { status: 200, body: text.slice(0, cut % text.length) };
  }),
  fc.constantFrom(404, 500, 503).map((status) => ({ status, body: 'error' })),
  fc.constant({ status: 200, body: `${'['.repeat(20_000)}${']'.repeat(20_000)}` }),
  fc.constant({ status: 0, body: '' }),
);

describe('geometryLoader, a host that answers anything', () => {
  itHolds(
    BOUNDARY,
    'always answers the wanted file, with drawable features or the file named and why',
    () =>
      fc.asyncProperty(answer, async ({ status, body }) => {
        const loader = geometryLoader({
          url: (name) => `/control/a/intervals/${name}.geojson`,
          label: (name) => `control/a/intervals/${name}.geojson`,
          fetch: async () => {
            if (status === 0) throw new TypeError('Failed to fetch');
            return new Response(body, { status });
          },
        });
        const loaded = new Promise<LoadedGeometry>((resolve) => loader.on('loaded', (_, g) => resolve(g)));
        loader.want('0123456789abcdef');
        const geometry = await loaded;
        if (geometry.ok) expectDrawable(geometry.features.features);
        else expect(geometry.reason).toMatch(/^control\/a\/intervals\/0123456789abcdef\.geojson: \S/);
        loader.destroy();
      }),
    { runMs: 5000 },
  );
});
