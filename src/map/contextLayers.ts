import {
  ScaleControl,
  type ExpressionSpecification,
  type LayerSpecification,
  type Map as MapLibreMap,
} from 'maplibre-gl';
import bordersUrl from '../../geo/borders.geojson?url';
import { fetchJson } from '../data/fetchJson';
import type { Messages } from '../i18n/en';
import { contextLook } from '../ui/contextLook';
import { contextNames } from '../ui/contextNames';
import type { palette } from '../ui/palette';
import type { LAYERS } from '../ui/scene';

/**
 * The map's layer ids and palette (mapView exports both), handed in by the caller: imported here
 * they would split the modules that hold them out of the map's chunk into more files of the first
 * load.
 */
export interface MapParts {
  LAYERS: typeof LAYERS;
  palette: typeof palette;
}

/** The map's own label fonts, read from its style (fonts.ts is the map chunk's, not this one's). */
export interface ContextFonts {
  /** The oblast names' font, for the countries. */
  names: string[];
  /** The city names' font, for the sea. */
  places: string[];
}

/** The source of the borders and the orientation names (geo/borders.geojson). */
export const CONTEXT_SOURCE = 'borders';

/**
 * What the map adds for orientation, as data: the international border (lines two countries
 * share, geo/build.ts), the names of the countries either side and the sea, each above the
 * neighbours' outlines and under the oblasts' lines and names (`before`).
 */
export const contextLayers = (
  fonts: ContextFonts,
  { LAYERS, palette }: MapParts,
  words: Messages['map'],
): readonly { layer: LayerSpecification; before: string }[] => {
  const { border, country, sea } = contextLook(palette);
  return [
    {
      before: LAYERS.oblastLine,
      layer: {
        id: 'country-border',
        type: 'line',
        source: CONTEXT_SOURCE,
        filter: ['==', ['get', 'kind'], 'border'],
        layout: { 'line-join': 'round' },
        paint: { 'line-color': border.colour, 'line-width': border.width, 'line-opacity': border.opacity },
      },
    },
    {
      before: LAYERS.oblastLabel,
      layer: {
        id: 'country-names',
        type: 'symbol',
        source: CONTEXT_SOURCE,
        filter: ['==', ['get', 'kind'], 'country'],
        layout: {
          'text-field': ['upcase', inPageLanguage(words)],
          'text-font': fonts.names,
          'text-size': country.size,
          'text-letter-spacing': country.letterSpacing,
        },
        paint: {
          'text-color': country.colour,
          'text-halo-color': country.halo,
          'text-halo-width': country.haloWidth,
        },
      },
    },
    {
      before: LAYERS.oblastLabel,
      layer: {
        id: 'sea-names',
        type: 'symbol',
        source: CONTEXT_SOURCE,
        filter: ['==', ['get', 'kind'], 'sea'],
        layout: { 'text-field': inPageLanguage(words), 'text-font': fonts.places, 'text-size': sea.size },
        paint: { 'text-color': sea.colour, 'text-halo-color': sea.halo, 'text-halo-width': sea.haloWidth },
      },
    },
  ];
};

/** A country's or the sea's name in the page's language (geo/borders.geojson names them in English). */
function inPageLanguage(words: Messages['map']): ExpressionSpecification {
  const [first, ...rest] = Object.entries(contextNames(words));
  if (!first) return ['get', 'name'];
  // MapLibre's type asks for one label and output before the others and the fallback.
  return ['match', ['get', 'name'], first[0], first[1], ...rest.flat(), ['get', 'name']];
}

/**
 * Adds the orientation to the map: the layers above, from geometry fetched now (it is outside
 * the first load: the caller runs this after the map's first `idle`), and a scale bar. A failed
 * fetch leaves the map as it was, said once in the console.
 */
export async function addContext(map: MapLibreMap, parts: MapParts, words: Messages['map']): Promise<void> {
  const { LAYERS } = parts;
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  const font = (layer: string): string[] => {
    const value: unknown = map.getLayoutProperty(layer, 'text-font');
    return Array.isArray(value) ? value.map(String) : [];
  };
  const fonts = { names: font(LAYERS.oblastLabel), places: font(LAYERS.cityLabel) };
  const data = await fetchJson<GeoJSON.FeatureCollection>(bordersUrl, 'geo/borders.geojson').catch(
    (error: unknown) => {
      console.warn('Claimline: the borders could not be loaded;', error);
      return null;
    },
  );
  if (!data || !map.getStyle()) return;
  map.addSource(CONTEXT_SOURCE, { type: 'geojson', data });
  for (const { layer, before } of contextLayers(fonts, parts, words))
    map.addLayer(layer, map.getLayer(before) ? before : undefined);
}
