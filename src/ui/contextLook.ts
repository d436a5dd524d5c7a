/**
 * How the map's orientation looks (the international border, the countries' and the sea's names,
 * geo/borders.geojson), for both maps: MapLibre's layers (src/map/contextLayers.ts) and the SVG
 * map's (src/picture/pictureContext.ts). The palette is handed in: imported here it would be split
 * out of the map's chunk into a file of the first load. Plain values.
 */
import type { palette as Palette } from './palette.ts';

export const contextLook = (palette: typeof Palette) =>
  ({
    /** A wide, soft band under the oblasts' outline, so it shows beside their edge where it runs along it. */
    border: { colour: '#9a8f7e', width: 5, opacity: 0.55 },
    /** Country names: upper case, spaced, in the oblast names' font. */
    country: {
      size: 15,
      letterSpacing: 0.25,
      weight: 600,
      colour: palette.contextLabel,
      halo: palette.contextLand,
      haloWidth: 1.5,
    },
    /** The sea's name, in the city names' font. */
    sea: { size: 13, weight: 400, colour: '#5f7f93', halo: palette.sea, haloWidth: 1 },
  }) as const;
