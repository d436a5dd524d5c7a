/**
 * How the map looks, as rules that both renderings read: the MapLibre style (src/map compiles them
 * into paint and layout expressions) and the SVG picture (src/picture applies them per feature).
 * Colours come from the palette; this module says which colour, width, size and label goes where,
 * so the two maps cannot drift apart (tests/unit/picture/sameLook.test.ts compares them).
 * Plain values and functions, no DOM or map.
 */
import { HATCH_ANGLES, palette, partyColour, SHADING, UNKNOWN_COLOUR, type HatchAngle } from './palette.ts';

/** How much of an oblast its holder says it controls; '' where nobody does. */
export type Extent = 'all' | 'most' | 'part' | '';

export function hexToRgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`hexToRgb: "${hex}" is not a #rrggbb colour`);
  const n = parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `base` mixed towards `target` by `t` (0–1), channel by channel in sRGB, as #rrggbb. */
export function mixColour(base: string, target: string, t: number): string {
  const a = hexToRgb(base);
  const b = hexToRgb(target);
  const channel = (i: 0 | 1 | 2) => Math.round(a[i] + (b[i] - a[i]) * t);
  return `#${[channel(0), channel(1), channel(2)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * One opaque fill for an oblast: the base colour mixed towards the holder's colour by the extent
 * the holder claims to control (SHADING). Nobody holding it: the base colour.
 */
export function oblastFillColour(holder: string, extent: Extent): string {
  if (holder === '' || extent === '') return palette.oblastFill;
  return mixColour(palette.oblastFill, partyColour(holder), SHADING[extent]);
}

/** A city's dot: its holder's colour, or hollow (white) where the story does not know. */
export const cityFillColour = (holder: string): string =>
  holder === '' ? palette.cityHollow : partyColour(holder);

/** A city's ring: white against its holder's colour, grey around a hollow dot. */
export const cityStrokeColour = (holder: string): string =>
  holder === '' ? UNKNOWN_COLOUR : palette.cityHalo;

/**
 * Each party that claims an oblast someone else holds gets a hatch of its own angle, by its place
 * among the story's claimants, so two or three claims read as a cross-hatch over the fill.
 */
export const hatchAngle = (claimantIndex: number): HatchAngle =>
  HATCH_ANGLES[claimantIndex % HATCH_ANGLES.length] ?? 'rising';

/** A hatch tile: its size and line width in CSS pixels, and the lines' opacity. */
export const HATCH = { size: 12, lineWidth: 1.6, opacity: 220 / 255 } as const;

/** RGBA pixels of a square pattern tile, as MapLibre's addImage takes them. */
export interface PatternTile {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * The pixels of a pattern tile `size` pixels a side (a claim's hatch, an imported layer's
 * pattern), drawn without a canvas so it is testable in node: each pixel in `colour`, as opaque as
 * a line `lineWidth` wide covers it, `distance(x, y)` being how far the pixel lies from the nearest
 * line or dot, blended over one pixel, up to `opacity`. Distances that wrap make tiles that join
 * seamlessly; what is not ink is transparent, so what lies beneath shows through.
 */
export function patternTile(
  colour: string,
  size: number,
  lineWidth: number,
  opacity: number,
  distance: (x: number, y: number) => number,
): PatternTile {
  const [r, g, b] = hexToRgb(colour);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = Math.max(0, Math.min(1, lineWidth / 2 - distance(x, y) + 0.5));
      data.set([r, g, b, Math.round(alpha * opacity * 255)], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** Values by zoom (or any input): [input, value] pairs, interpolated linearly, clamped at the ends. */
export type Stops = readonly (readonly [number, number])[];

export function atStops(stops: Stops, x: number): number {
  const first = stops[0];
  if (!first) throw new Error('atStops: no stops');
  if (x <= first[0]) return first[1];
  for (let i = 1; i < stops.length; i++) {
    const [x1, y1] = stops[i] ?? first;
    const [x0, y0] = stops[i - 1] ?? first;
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return (stops[stops.length - 1] ?? first)[1];
}

/** Line widths in CSS pixels; a Stops value varies with the zoom. */
export const LINE_WIDTH = {
  context: 0.6,
  oblast: [
    [5, 1.2],
    [10, 2.4],
  ] as Stops,
  river: [
    [5, 0.8],
    [10, 2.5],
  ] as Stops,
} as const;

/**
 * A city's dot radius: by population (20,000 to a million) at two zooms, and between those zooms
 * linearly. The ring (CITY_STROKE wide) is drawn outside the radius, as MapLibre draws it.
 */
export const CITY_RADIUS: readonly (readonly [zoom: number, byPopulation: Stops])[] = [
  [
    5,
    [
      [20000, 2.5],
      [1000000, 6],
    ],
  ],
  [
    10,
    [
      [20000, 5],
      [1000000, 12],
    ],
  ],
];
export const CITY_STROKE = 1.6;

export function cityRadius(population: number, zoom: number): number {
  return atStops(
    CITY_RADIUS.map(([z, byPopulation]) => [z, atStops(byPopulation, population)] as const),
    zoom,
  );
}

/** Oblast names: upper case, semibold, spaced, wrapped at `maxWidth` ems, on a halo of the base fill. */
export const OBLAST_LABEL = {
  size: [
    [5, 11],
    [9, 16],
  ] as Stops,
  weight: 600,
  letterSpacing: 0.12,
  maxWidth: 8,
  halo: 1.5,
  /** Room kept clear around the label when labels are placed, CSS pixels. */
  padding: 2,
} as const;

/**
 * City names: towns under `smallPopulation` are named only from `smallFromZoom`: at the opening view
 * they would otherwise crowd out Lysychansk. Bigger cities (lower rank) are placed first.
 */
export const CITY_LABEL = {
  size: [
    [5, 10],
    [7, 12],
    [10, 15],
  ] as Stops,
  weight: 400,
  halo: 1.4,
  smallPopulation: 70000,
  smallFromZoom: 7,
  /** The halo already spaces labels; the default 2 px would drop Lysychansk below zoom 6. */
  padding: 0,
} as const;

export const cityLabelShown = (population: number, zoom: number): boolean =>
  zoom >= CITY_LABEL.smallFromZoom || population >= CITY_LABEL.smallPopulation;

/** Where a label may sit around its point, as MapLibre names the anchors. */
export type LabelAnchor = 'left' | 'right' | 'top' | 'bottom' | 'bottom-left' | 'top-right';

/**
 * Label anchors in order of preference, each with its offset in ems, starting with the label on the
 * given side of its point. Close neighbours such as Lysychansk and Sievierodonetsk carry a curated
 * side (geo/places.json `labelSide`) and try the other sides after.
 */
export function labelAnchors(side: 'left' | 'right' = 'right'): [LabelAnchor, [number, number]][] {
  const right: [LabelAnchor, [number, number]] = ['left', [0.7, 0]];
  const left: [LabelAnchor, [number, number]] = ['right', [-0.7, 0]];
  const rest: [LabelAnchor, [number, number]][] = [
    ['bottom-left', [0.4, -0.3]],
    ['top-right', [-0.4, 0.3]],
    ['top', [0, 0.7]],
    ['bottom', [0, -0.7]],
  ];
  return side === 'left' ? [left, right, ...rest] : [right, left, ...rest];
}

/** The opening view: both oblasts, this far from the map's edges (CSS pixels). */
export const OPENING_PADDING = 24;

/**
 * The box [west, south, east, north] around every coordinate of the features: of both oblasts, the
 * opening view of the map and of the picture; of one place, where the map moves to show it.
 */
export function boundsOf(collection: {
  features: readonly { geometry: { coordinates: unknown } }[];
}): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') {
      const [x, y] = value as number[];
      if (x === undefined || y === undefined) return;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else value.forEach(walk);
  };
  for (const feature of collection.features) walk(feature.geometry.coordinates);
  return box;
}
/** The zooms the reader can reach, in MapLibre's terms (512-pixel world at zoom 0). */
export const ZOOM_RANGE = { min: 4, max: 12 } as const;
