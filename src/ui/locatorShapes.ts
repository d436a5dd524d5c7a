/**
 * What the locator inset draws, as plain shapes with SVG attributes: written into the page at
 * build time (the first picture), made into SVG elements in the page, and drawn into the exports
 * through the same SVG. Plain values, no DOM.
 */
import type { Position } from 'geojson';
import type { LocatorFeature } from '../../geo/lib/types.ts';
import type { InsetBox, LocatorProjection } from './locatorFrame.ts';
import { palette } from './palette.ts';

export interface InsetShape {
  tag: 'rect' | 'path' | 'circle' | 'text';
  attributes: Record<string, string | number>;
  /** A text's words (from the data: set as text, never as markup). */
  text?: string;
}

/** The inset's colours: quiet neighbours, Ukraine lighter, both oblasts dark, the view's box in ink. */
export const LOCATOR_LOOK = {
  sea: palette.sea,
  neighbour: palette.contextLand,
  neighbourLine: palette.contextLine,
  ukraine: '#ffffff',
  ukraineLine: '#8a857a',
  oblast: '#6b6b6b',
  capital: '#1f1f1f',
  box: '#1f1f1f',
  halo: '#ffffff',
  font: "'Noto Sans', system-ui, sans-serif",
} as const;

const at = (n: number) => Math.round(n * 10) / 10;

/**
 * A polygon's or multipolygon's path on the inset: to a tenth of a pixel, or (`coarse`, for the
 * page's first picture, where bytes count) in whole pixels, each point as its step from the last.
 */
export function insetPath(
  geometry: LocatorFeature['geometry'],
  projection: LocatorProjection,
  coarse = false,
): string {
  if (geometry.type === 'Point') return '';
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const ring = (positions: Position[]) => {
    let last: [number, number] | null = null;
    let d = '';
    for (const p of positions.slice(0, -1)) {
      const [x, y] = projection.point([p[0] ?? 0, p[1] ?? 0]).map((n) => (coarse ? Math.round(n) : at(n)));
      if (!coarse || !last) d += `${last ? 'L' : 'M'}${x} ${y}`;
      else if (x !== last[0] || y !== last[1]) d += `l${at((x ?? 0) - last[0])} ${at((y ?? 0) - last[1])}`;
      last = [x ?? 0, y ?? 0];
    }
    return `${d}Z`;
  };
  return polygons.flatMap((rings) => rings.map(ring)).join('');
}

/**
 * The inset's map, bottom to top: the sea, the neighbours, Ukraine, both oblasts marked, and the
 * capital's dot and name. `detail` picks the level of geo/locator.geojson: `coarse` has Ukraine
 * and the oblasts only (the page's first picture), `fine` every country. `capital` is the
 * capital's name in the page's language (the data names it in English).
 */
export function locatorShapes(
  features: readonly LocatorFeature[],
  projection: LocatorProjection,
  detail: 'fine' | 'coarse',
  capital: string,
): InsetShape[] {
  const look = LOCATOR_LOOK;
  const shapes: InsetShape[] = [
    {
      tag: 'rect',
      attributes: { width: at(projection.width), height: at(projection.height), fill: look.sea },
    },
  ];
  const path = (f: LocatorFeature, fill: string, stroke: string, extra: InsetShape['attributes'] = {}) =>
    shapes.push({
      tag: 'path',
      attributes: {
        d: insetPath(f.geometry, projection, detail === 'coarse'),
        fill,
        stroke,
        'stroke-width': 0.6,
        ...extra,
      },
    });
  const level = features.filter((f) => f.properties.kind === 'capital' || f.properties.detail === detail);
  for (const f of level)
    if (f.properties.kind === 'country' && f.properties.country !== 'UA')
      path(f, look.neighbour, look.neighbourLine);
  for (const f of level)
    if (f.properties.kind === 'country' && f.properties.country === 'UA')
      path(f, look.ukraine, look.ukraineLine);
  for (const f of level)
    if (f.properties.kind === 'oblast') path(f, look.oblast, look.halo, { 'data-place': f.properties.id });
  for (const f of level) {
    if (f.properties.kind !== 'capital' || f.geometry.type !== 'Point') continue;
    const [x, y] = projection.point([f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0]);
    shapes.push({
      tag: 'circle',
      attributes: { cx: at(x), cy: at(y), r: 2.5, fill: look.capital, stroke: look.halo, 'stroke-width': 1 },
    });
    shapes.push({
      tag: 'text',
      attributes: {
        x: at(x + 4),
        y: at(y + 3.5),
        'font-size': 10,
        'font-family': look.font,
        'font-weight': 600,
        fill: look.capital,
        stroke: look.halo,
        'stroke-width': 2.5,
        'paint-order': 'stroke',
      },
      text: capital,
    });
  }
  return shapes;
}

/** The main map's view as a box over the inset: a white halo under a line in ink (none: off the inset). */
export function boxShapes(box: InsetBox | null): InsetShape[] {
  if (!box) return [];
  const rect = { x: box.x, y: box.y, width: box.width, height: box.height, fill: 'none' };
  return [
    { tag: 'rect', attributes: { ...rect, stroke: LOCATOR_LOOK.halo, 'stroke-width': 3.5 } },
    { tag: 'rect', attributes: { ...rect, stroke: LOCATOR_LOOK.box, 'stroke-width': 1.8 } },
  ];
}
