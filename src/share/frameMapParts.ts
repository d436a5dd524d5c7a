import type { FontFacesSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { GeoData } from '../data/geoTypes';
import type { Day, Story } from '../story';
import type { PatternTile } from '../ui/appearance';
import type { HatchAngle } from '../ui/palette';
import type { Claimant } from '../ui/scene';

/** The feature-state of every oblast and city on a day, by numeric feature id (src/map dayState). */
export interface DayStatesOf {
  oblasts: Map<number, Record<string, string | boolean>>;
  cities: Map<number, Record<string, string | boolean>>;
}

/**
 * What the exports' own map is built from: the page's geometry and the map's own code (its style,
 * its day as feature-state, the claims' hatches, the orientation layers). The composition root
 * hands over the map module it has loaded, so the frames are drawn from the very specs and pure
 * functions of the map on screen, without this folder importing the map's (a second copy of them
 * would split the map's first-load chunk).
 */
export interface FrameMapParts {
  geo: GeoData;
  buildStyle(options: {
    data: GeoData;
    fontFaces: FontFacesSpecification;
    parties: readonly string[];
    claimants: readonly Claimant[];
  }): StyleSpecification;
  fontFaces(base: string): FontFacesSpecification;
  dayStates(
    story: Story,
    day: Day,
    ids: { oblasts: ReadonlyMap<number, string>; cities: ReadonlyMap<number, string> },
  ): DayStatesOf;
  applyDay(map: MapLibreMap, next: DayStatesOf, previous?: DayStatesOf): number;
  hatchImage(colour: string, angle: HatchAngle): PatternTile;
  parseHatchId(id: string): { party: string; angle: HatchAngle } | null;
  /** The map layer the imported layers are drawn under, as on screen. */
  LAYERS: { oblastLine: string };
  /** Adds the borders and the countries' and the sea's names, as on screen (contextLayers). */
  addContext(map: MapLibreMap): Promise<void>;
}
