import type { Messages } from '../i18n/en';

/**
 * The countries' and the sea's names in the page's language, by the name geo/borders.geojson
 * gives them (in English): one table for MapLibre's map (src/map/contextLayers.ts) and the SVG map
 * (src/picture/pictureContext.ts), so both write them alike.
 */
export const contextNames = (words: Messages['map']): Readonly<Record<string, string>> => ({
  Ukraine: words.ukraine,
  Russia: words.russia,
  'Sea of Azov': words.seaOfAzov,
});
