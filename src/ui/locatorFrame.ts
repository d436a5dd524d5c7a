/**
 * The locator inset's frame: what it shows, its size and its projection (Web Mercator, north up,
 * as the main map's, so the main map's view is a plain rectangle on it). Pure: the page's first
 * picture (at build time), the inset in the page and the exports all draw with it.
 */
import { ZOOM_RANGE } from './appearance.ts';

/** West, south, east, north in degrees. */
export type Bounds = readonly [number, number, number, number];

/** Ukraine and its neighbours' edges: every country drawn there is in geo/locator.geojson. */
export const LOCATOR_BOUNDS: Bounds = [21.7, 44.2, 41.2, 52.8];

/** The inset's width in CSS pixels (its height follows from the frame). */
export const LOCATOR_WIDTH = 150;

const mercatorY = (lat: number) => {
  const phi = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
  return -Math.log(Math.tan(Math.PI / 4 + phi / 2));
};
const latOfY = (y: number) => (Math.atan(Math.sinh(-y)) * 180) / Math.PI;

export interface LocatorProjection {
  width: number;
  height: number;
  /** A longitude and latitude on the inset, CSS pixels from its top left. */
  point(at: readonly [number, number]): [number, number];
  /** The longitude and latitude at a point on the inset. */
  invert(at: readonly [number, number]): [number, number];
}

/** The inset's projection: `bounds` fitted to `width`, its height as Web Mercator makes it. */
export function locatorProjection(bounds: Bounds = LOCATOR_BOUNDS, width = LOCATOR_WIDTH): LocatorProjection {
  const [west, south, east, north] = bounds;
  const k = width / (((east - west) * Math.PI) / 180);
  const top = mercatorY(north);
  const height = k * (mercatorY(south) - top);
  return {
    width,
    height,
    point: ([lng, lat]) => [(((lng - west) * Math.PI) / 180) * k, (mercatorY(lat) - top) * k],
    invert: ([x, y]) => [west + ((x / k) * 180) / Math.PI, latOfY(top + y / k)],
  };
}

/** A box on the inset, CSS pixels. */
export interface InsetBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The main map's view (its bounds) as the box drawn on the inset: cut to the inset's edges, and
 * at least `least` pixels a side around its centre, so a view zoomed far in still shows where it
 * is. Null where the view is wholly off the inset.
 */
export function viewBox(projection: LocatorProjection, view: Bounds, least = 5): InsetBox | null {
  const [x0, y0] = projection.point([view[0], view[3]]);
  const [x1, y1] = projection.point([view[2], view[1]]);
  const grow = (a: number, b: number) => {
    const middle = (a + b) / 2;
    return b - a >= least ? [a, b] : [middle - least / 2, middle + least / 2];
  };
  const [left = 0, right = 0] = grow(x0, x1).map((x) => Math.max(0, Math.min(projection.width, x)));
  const [top = 0, bottom = 0] = grow(y0, y1).map((y) => Math.max(0, Math.min(projection.height, y)));
  if (right - left <= 0 || bottom - top <= 0) return null;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { x: round(left), y: round(top), width: round(right - left), height: round(bottom - top) };
}

/** What the main map shows: its zoom (MapLibre's) and centre in degrees. */
export interface InsetView {
  zoom: number;
  lat: number;
  lng: number;
}

/** How far an arrow key moves the main map, in inset pixels (about 100 km). */
export const INSET_STEP = 10;

/**
 * Where a key pressed on the inset sends the main map, or null for a key it does not use: the
 * arrows move its centre by INSET_STEP inset pixels, + and - zoom in and out by one, within the
 * map's zoom range.
 */
export function insetKeyMove(key: string, at: InsetView, projection: LocatorProjection): InsetView | null {
  const pan: Record<string, [number, number]> = {
    ArrowLeft: [-INSET_STEP, 0],
    ArrowRight: [INSET_STEP, 0],
    ArrowUp: [0, -INSET_STEP],
    ArrowDown: [0, INSET_STEP],
  };
  const zoomBy: Record<string, number> = { '+': 1, '=': 1, '-': -1, _: -1 };
  const step = pan[key];
  if (step) {
    const [x, y] = projection.point([at.lng, at.lat]);
    // Kept on the inset, so its box never leaves it.
    const inside = (v: number, most: number) => Math.max(0, Math.min(most, v));
    const [lng, lat] = projection.invert([
      inside(x + step[0], projection.width),
      inside(y + step[1], projection.height),
    ]);
    return { zoom: at.zoom, lat, lng };
  }
  const by = zoomBy[key];
  if (by === undefined) return null;
  return { ...at, zoom: Math.max(ZOOM_RANGE.min, Math.min(ZOOM_RANGE.max, at.zoom + by)) };
}
