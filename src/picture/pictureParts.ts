import { CITY_STROKE, cityRadius, HATCH } from '../ui/appearance.ts';
import { partyColour, type HatchAngle } from '../ui/palette.ts';
import { hatchTile } from './hatchTile.ts';
import type { SvgAttributes } from './svgMarkup.ts';

/** The labels' font, as the map's glyphs name it, with the page's fallback while it loads. */
export const FONT = "'Noto Sans', system-ui, sans-serif";

/** The id of a party's hatch pattern; `prefix` keeps the ids of two pictures in one page apart. */
export const hatchPatternId = (prefix: string, party: string) => `${prefix}-hatch-${party}`;

/**
 * One party's hatch as an SVG pattern: the tile's lines in the party's colour at its angle, the
 * same as the map's hatch image.
 */
export function hatchPattern(party: string, angle: HatchAngle, prefix: string) {
  return {
    id: hatchPatternId(prefix, party),
    pattern: {
      patternUnits: 'userSpaceOnUse',
      width: HATCH.size,
      height: HATCH.size,
    } satisfies SvgAttributes,
    tile: {
      d: hatchTile(angle, HATCH.size),
      fill: 'none',
      stroke: partyColour(party),
      'stroke-width': HATCH.lineWidth,
      'stroke-opacity': HATCH.opacity.toFixed(3),
    } satisfies SvgAttributes,
  };
}

/** A city dot's SVG radius: MapLibre draws the ring outside the radius, an SVG stroke is centred on it. */
export const dotRadius = (population: number, zoom: number) => cityRadius(population, zoom) + CITY_STROKE / 2;

/** The id of the picture written into the page at build time (firstPicture), until the app's own is drawn. */
export const FIRST_PICTURE_ID = 'picture-first';

/** How long a picture takes to fade out over the map that replaces it, ms: none for reduced motion. */
export const fadeMs = (): number => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 300);
