import { describe, expect, it } from 'vitest';
import {
  INSET_STEP,
  insetKeyMove,
  LOCATOR_BOUNDS,
  LOCATOR_WIDTH,
  locatorProjection,
  viewBox,
} from '../../../src/ui/locatorFrame';
import { ZOOM_RANGE } from '../../../src/ui/appearance';

const projection = locatorProjection();

describe('the locator’s projection', () => {
  it('fits its frame to its width, north up, in Web Mercator', () => {
    const [west, south, east, north] = LOCATOR_BOUNDS;
    expect(projection.width).toBe(LOCATOR_WIDTH);
    expect(projection.point([west, north])).toEqual([0, 0]);
    const [x, y] = projection.point([east, south]);
    expect(x).toBeCloseTo(LOCATOR_WIDTH, 9);
    expect(y).toBeCloseTo(projection.height, 9);
    // Web Mercator: as tall as the difference of ln tan(π/4 + φ/2) at its edges, in radians of longitude.
    const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    const across = ((east - west) * Math.PI) / 180;
    expect(projection.height).toBeCloseTo((LOCATOR_WIDTH * (mercator(north) - mercator(south))) / across, 9);
    // Kyiv is north of Odesa and west of Kharkiv.
    const kyiv = projection.point([30.52, 50.45]);
    expect(kyiv[1]).toBeLessThan(projection.point([30.73, 46.48])[1]);
    expect(kyiv[0]).toBeLessThan(projection.point([36.23, 49.99])[0]);
  });

  it('inverts what it projects', () => {
    for (const at of [
      [30.52, 50.45],
      [38.1, 48.6],
      [22, 44.5],
    ] as const) {
      const [lng, lat] = projection.invert(projection.point(at));
      expect(lng).toBeCloseTo(at[0], 9);
      expect(lat).toBeCloseTo(at[1], 9);
    }
  });
});

describe('the view’s box on the inset', () => {
  it('is the view’s bounds in inset pixels', () => {
    const box = viewBox(projection, [36, 46.5, 40.5, 50.5])!;
    const [x0, y0] = projection.point([36, 50.5]);
    const [x1, y1] = projection.point([40.5, 46.5]);
    expect(box.x).toBeCloseTo(x0, 1);
    expect(box.y).toBeCloseTo(y0, 1);
    expect(box.width).toBeCloseTo(x1 - x0, 1);
    expect(box.height).toBeCloseTo(y1 - y0, 1);
  });

  it('grows to a few pixels round its centre when the view is zoomed far in', () => {
    const box = viewBox(projection, [38.17, 48.86, 38.18, 48.87], 5)!;
    expect(box.width).toBe(5);
    expect(box.height).toBe(5);
    const [cx, cy] = projection.point([38.175, 48.865]);
    expect(box.x + box.width / 2).toBeCloseTo(cx, 0);
    expect(box.y + box.height / 2).toBeCloseTo(cy, 0);
  });

  it('is cut to the inset’s edges, and null off it', () => {
    const box = viewBox(projection, [0, 30, 60, 70])!;
    expect(box).toEqual({
      x: 0,
      y: 0,
      width: LOCATOR_WIDTH,
      height: Math.round(projection.height * 10) / 10,
    });
    expect(viewBox(projection, [100, 10, 110, 20])).toBeNull();
  });
});

describe('keys on the inset', () => {
  const at = { zoom: 6, lat: 48.5, lng: 38 };

  it('move the map’s centre by a step of the inset with the arrows', () => {
    const right = insetKeyMove('ArrowRight', at, projection)!;
    const [x, y] = projection.point([at.lng, at.lat]);
    const [rx, ry] = projection.point([right.lng, right.lat]);
    expect(rx - x).toBeCloseTo(INSET_STEP, 6);
    expect(ry - y).toBeCloseTo(0, 6);
    expect(right.zoom).toBe(6);
    const up = insetKeyMove('ArrowUp', at, projection)!;
    expect(up.lat).toBeGreaterThan(at.lat);
    expect(up.lng).toBeCloseTo(at.lng, 9);
  });

  it('keep the centre on the inset', () => {
    const east = insetKeyMove('ArrowRight', { ...at, lng: 41.1 }, projection)!;
    expect(east.lng).toBeCloseTo(LOCATOR_BOUNDS[2], 6);
  });

  it('zoom by one with + and -, within the map’s range, and ignore other keys', () => {
    expect(insetKeyMove('+', at, projection)).toEqual({ ...at, zoom: 7 });
    expect(insetKeyMove('-', at, projection)).toEqual({ ...at, zoom: 5 });
    expect(insetKeyMove('+', { ...at, zoom: ZOOM_RANGE.max }, projection)?.zoom).toBe(ZOOM_RANGE.max);
    expect(insetKeyMove('-', { ...at, zoom: ZOOM_RANGE.min }, projection)?.zoom).toBe(ZOOM_RANGE.min);
    expect(insetKeyMove('a', at, projection)).toBeNull();
    expect(insetKeyMove('Enter', at, projection)).toBeNull();
  });
});
