/**
 * The view in the link's hash, tried by the thousand: any text, near-misses of MapLibre's form and
 * views anywhere on the world. What is read is always a view the map can show or none, and every
 * view written reads back to itself within the precision the link keeps.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { readViewHash } from '../../../src/state/viewHash.ts';
import { writeViewHash } from '../../../src/state/writeViewHash.ts';
import { ZOOM_RANGE } from '../../../src/ui/appearance.ts';
import { itHolds } from './fuzzRun.ts';
import { huge } from './jsonMutations.ts';

const number = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.double({ min: -200, max: 200, noNaN: true }).map((v) => v.toFixed(3)),
  fc.constantFrom('NaN', 'Infinity', '-0', '', ' ', '1e3', '0x1', '+1', '.5', '5.', '--1', '8.5.1'),
  fc.string(),
);
const near = fc
  .tuple(fc.array(number, { minLength: 0, maxLength: 5 }), fc.constantFrom('map=', 'MAP=', 'map', ''))
  .map(([values, key]) => `${key}${values.join('/')}`);
const hash = fc
  .tuple(
    fc.constantFrom('#', ''),
    fc.array(fc.oneof(near, fc.string(), fc.string({ unit: 'binary' })), { maxLength: 4 }),
  )
  .map(([lead, parts]) => `${lead}${parts.join('&')}`);
const anyHash = fc.oneof(
  hash,
  fc.constant(null).map(() => `#map=${huge(5000)}`),
);

const view = fc.record({
  zoom: fc.double({ min: ZOOM_RANGE.min, max: ZOOM_RANGE.max, noNaN: true }),
  lat: fc.double({ min: -85.05, max: 85.05, noNaN: true }),
  lng: fc.double({ min: -180, max: 180, noNaN: true }),
});

const BOUNDARY = 'view hash';

describe('the view in the link’s hash, generated', () => {
  itHolds(BOUNDARY, 'always reads a view the map can show, or none', () =>
    fc.property(anyHash, (text) => {
      const at = readViewHash(text, ZOOM_RANGE);
      if (at === null) return;
      expect(at.zoom).toBeGreaterThanOrEqual(ZOOM_RANGE.min);
      expect(at.zoom).toBeLessThanOrEqual(ZOOM_RANGE.max);
      expect(Math.abs(at.lat)).toBeLessThanOrEqual(85.0511);
      expect(Math.abs(at.lng)).toBeLessThanOrEqual(180);
      expect([at.zoom, at.lat, at.lng].every(Number.isFinite)).toBe(true);
    }),
  );

  itHolds(BOUNDARY, 'reads back every view it writes, within about a pixel, keeping the other parts', () =>
    fc.property(
      view,
      fc.array(fc.constantFrom('story=x', 'lang=uk', 'compare=a'), { maxLength: 2 }),
      (at, others) => {
        const written = writeViewHash(others.length ? `#${others.join('&')}` : '', at);
        const read = readViewHash(written, ZOOM_RANGE);
        expect(read).not.toBeNull();
        expect(Math.abs(read!.zoom - at.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
        // A pixel at the zoom written, in degrees of longitude (512 pixels to the world at zoom 0).
        const pixel = 360 / (512 * 2 ** read!.zoom);
        expect(Math.abs(read!.lng - at.lng)).toBeLessThanOrEqual(pixel);
        expect(Math.abs(read!.lat - at.lat)).toBeLessThanOrEqual(pixel);
        for (const other of others) expect(written.split(/[#&]/)).toContain(other);
        // Written again, it does not change: a link copied twice is the same link.
        expect(writeViewHash(written, read!)).toBe(written);
      },
    ),
  );
});
