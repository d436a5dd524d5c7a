import type { FontFacesSpecification, StyleSpecification } from 'maplibre-gl';
import type { GeoData } from '../data/geoTypes';
import { baseLayers, SOURCES, type Claimant } from './layers';

export interface StyleOptions {
  data: GeoData;
  fontFaces: FontFacesSpecification;
  /** Party ids of the story, for the colours that show who holds what. */
  parties: readonly string[];
  /** Parties that claim oblasts, for the hatches. */
  claimants: readonly Claimant[];
}

/**
 * The whole style is built here from bundled data: no tiles, sprites or glyphs are fetched, so the
 * map works offline and never leaves its own origin. Features carry numeric ids so the day can be
 * applied through feature-state.
 */
export function buildStyle({ data, fontFaces, parties, claimants }: StyleOptions): StyleSpecification {
  const sources: StyleSpecification['sources'] = {
    [SOURCES.context]: { type: 'geojson', data: data.context },
    [SOURCES.oblasts]: { type: 'geojson', data: data.oblasts },
    [SOURCES.oblastLabels]: { type: 'geojson', data: data.oblastLabels },
    [SOURCES.cities]: { type: 'geojson', data: data.cities },
  };
  if (data.rivers) sources[SOURCES.rivers] = { type: 'geojson', data: data.rivers };
  return {
    version: 8,
    name: 'Claimline',
    'font-faces': fontFaces,
    sources,
    layers: baseLayers({ rivers: data.rivers !== null, parties, claimants }),
  };
}
