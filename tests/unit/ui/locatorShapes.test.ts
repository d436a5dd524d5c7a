import { describe, expect, it } from 'vitest';
import type { LocatorFeature } from '../../../geo/lib/types';
import { locatorProjection } from '../../../src/ui/locatorFrame';
import { boxShapes, insetPath, locatorShapes, LOCATOR_LOOK } from '../../../src/ui/locatorShapes';

const projection = locatorProjection();
const square = (w: number, s: number, e: number, n: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const features: LocatorFeature[] = [
  {
    type: 'Feature',
    properties: { kind: 'country', country: 'UA', detail: 'fine' },
    geometry: square(24, 46, 38, 51),
  },
  {
    type: 'Feature',
    properties: { kind: 'country', country: 'RU', detail: 'fine' },
    geometry: square(38, 46, 41, 52),
  },
  {
    type: 'Feature',
    properties: { kind: 'oblast', id: 'luhansk-oblast', detail: 'fine' },
    geometry: square(37, 48, 38, 50),
  },
  {
    type: 'Feature',
    properties: { kind: 'country', country: 'UA', detail: 'coarse' },
    geometry: square(24, 46, 38, 51),
  },
  {
    type: 'Feature',
    properties: { kind: 'capital', id: 'kyiv', name: 'Kyiv' },
    geometry: { type: 'Point', coordinates: [30.52, 50.45] },
  },
];

/** The absolute points of a path written with M, L and relative l steps. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [, op, x, y] of d.matchAll(/([MLl])(-?[\d.]+) (-?[\d.]+)/g)) {
    const last = out.at(-1) ?? [0, 0];
    out.push(op === 'l' ? [last[0] + Number(x), last[1] + Number(y)] : [Number(x), Number(y)]);
  }
  return out;
}

describe('the locator’s shapes', () => {
  it('draw the sea, the neighbours, Ukraine, the oblasts, then Kyiv and its name, at the level asked', () => {
    // The capital's name is the page's language's, as given.
    const fine = locatorShapes(features, projection, 'fine', 'Київ');
    expect(fine.map((s) => `${s.tag} ${String(s.attributes.fill)}`)).toEqual([
      `rect ${LOCATOR_LOOK.sea}`,
      `path ${LOCATOR_LOOK.neighbour}`,
      `path ${LOCATOR_LOOK.ukraine}`,
      `path ${LOCATOR_LOOK.oblast}`,
      `circle ${LOCATOR_LOOK.capital}`,
      `text ${LOCATOR_LOOK.capital}`,
    ]);
    expect(fine.at(-1)?.text).toBe('Київ');
    expect(locatorShapes(features, projection, 'coarse', 'Kyiv').map((s) => s.tag)).toEqual([
      'rect',
      'path',
      'circle',
      'text',
    ]);
  });

  it('write a coarse path as whole-pixel steps that add up to the points', () => {
    const geometry = square(24, 46, 38, 51);
    const fine = points(insetPath(geometry, projection));
    const coarse = points(insetPath(geometry, projection, true));
    expect(coarse).toEqual(fine.map(([x, y]) => [Math.round(x), Math.round(y)]));
    expect(insetPath(geometry, projection, true)).toMatch(/^M\d+ \d+(l-?\d+ -?\d+)+Z$/);
  });

  it('draw the view’s box as a halo under a line, and nothing off the inset', () => {
    const box = boxShapes({ x: 1, y: 2, width: 30, height: 20 });
    expect(box.map((s) => [s.attributes.stroke, s.attributes.fill])).toEqual([
      [LOCATOR_LOOK.halo, 'none'],
      [LOCATOR_LOOK.box, 'none'],
    ]);
    expect(boxShapes(null)).toEqual([]);
  });
});
