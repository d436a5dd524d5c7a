/**
 * What the map draws, bottom to top, written once as data: each layer's geometry, its paint rule
 * from appearance.ts and, for a claim, its pattern. The three renderers are made from it: MapLibre's
 * style (src/map/layers.ts), the app's SVG picture and the page's first picture (src/picture). An
 * entry's id is its MapLibre style layer's id. Plain values, no DOM or map.
 */
import {
  CITY_LABEL,
  CITY_RADIUS,
  CITY_STROKE,
  hatchAngle,
  LINE_WIDTH,
  OBLAST_LABEL,
  type Stops,
} from './appearance.ts';
import { palette, type HatchAngle } from './palette.ts';

/** The geometry a layer draws: one of the map's collections (src/data/geoTypes.ts GeoData). */
export type SceneGeometry = 'context' | 'oblasts' | 'rivers' | 'oblastLabels' | 'cities';

/** A line's colour and its width in CSS pixels (Stops: by zoom). */
export interface SceneLine {
  colour: string;
  width: number | Stops;
}

export type SceneLayer =
  /** The sea under everything. */
  | { id: string; draws: 'background'; colour: string }
  /** Areas in one colour. */
  | { id: string; draws: 'fill'; geometry: SceneGeometry; colour: string }
  /** Each oblast in its holder's colour on the day (appearance.ts oblastFillColour). */
  | { id: string; draws: 'holder-fill'; geometry: 'oblasts' }
  | ({ id: string; draws: 'line'; geometry: SceneGeometry } & SceneLine)
  /**
   * One party's hatch (appearance.ts HATCH, at its angle, in its colour), over those of `places`
   * it claims on the day.
   */
  | {
      id: string;
      draws: 'claim-hatch';
      geometry: 'oblasts';
      party: string;
      angle: HatchAngle;
      places: readonly string[];
    }
  /** Names, placed so they do not overlap; `text` is the appearance rule for their type. */
  | {
      id: string;
      draws: 'oblast-names';
      geometry: 'oblastLabels';
      text: typeof OBLAST_LABEL;
      colour: string;
      halo: string;
    }
  | {
      id: string;
      draws: 'city-names';
      geometry: 'cities';
      text: typeof CITY_LABEL;
      colour: string;
      halo: string;
    }
  /** Each city's dot, by population and zoom, in its holder's colour on the day (cityFillColour). */
  | { id: string; draws: 'city-dots'; geometry: 'cities'; radius: typeof CITY_RADIUS; ring: number };

/** What the map draws in each kind of layer. */
export type SceneDraws = SceneLayer['draws'];

/** The ids of the layers that tests and the views query, and the imported layers go under. */
export const LAYERS = {
  oblastFill: 'oblast-fill',
  oblastLine: 'oblast-line',
  oblastLabel: 'oblast-label',
  cityCircle: 'city-circle',
  cityLabel: 'city-label',
} as const;

/** A party that claims some oblasts, and which: each gets a hatch layer drawn only over those. */
export interface Claimant {
  party: string;
  places: readonly string[];
}

export interface SceneOptions {
  /** Whether the data has rivers to draw. */
  rivers: boolean;
  /** The story's claimants, in its order (src/story oblastClaimants): each hatch's angle is its place. */
  claimants: readonly Claimant[];
}

/** The map's layers, bottom to top. */
export function scene({ rivers, claimants }: SceneOptions): SceneLayer[] {
  return [
    { id: 'sea', draws: 'background', colour: palette.sea },
    { id: 'context-fill', draws: 'fill', geometry: 'context', colour: palette.contextLand },
    {
      id: 'context-line',
      draws: 'line',
      geometry: 'context',
      colour: palette.contextLine,
      width: LINE_WIDTH.context,
    },
    { id: LAYERS.oblastFill, draws: 'holder-fill', geometry: 'oblasts' },
    ...claimants.map(({ party, places }, index): SceneLayer => ({
      id: `oblast-claim-${party}`,
      draws: 'claim-hatch',
      geometry: 'oblasts',
      party,
      angle: hatchAngle(index),
      places,
    })),
    {
      id: LAYERS.oblastLine,
      draws: 'line',
      geometry: 'oblasts',
      colour: palette.oblastLine,
      width: LINE_WIDTH.oblast,
    },
    ...(rivers
      ? [
          {
            id: 'river-line',
            draws: 'line',
            geometry: 'rivers',
            colour: palette.river,
            width: LINE_WIDTH.river,
          } as const,
        ]
      : []),
    {
      id: LAYERS.oblastLabel,
      draws: 'oblast-names',
      geometry: 'oblastLabels',
      text: OBLAST_LABEL,
      colour: palette.oblastLabel,
      halo: palette.oblastFill,
    },
    { id: LAYERS.cityCircle, draws: 'city-dots', geometry: 'cities', radius: CITY_RADIUS, ring: CITY_STROKE },
    {
      id: LAYERS.cityLabel,
      draws: 'city-names',
      geometry: 'cities',
      text: CITY_LABEL,
      colour: palette.cityLabel,
      halo: palette.cityHalo,
    },
  ];
}

/** The scene's layers of one kind. */
export type SceneLayerOf<K extends SceneDraws> = Extract<SceneLayer, { draws: K }>;
