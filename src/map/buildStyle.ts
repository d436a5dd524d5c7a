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
  // A source per collection the data has (rivers are optional). No `attribution`: MapLibre would
  // render it as HTML; the credits are our own control (creditsControl).
  const sources: StyleSpecification['sources'] = {};
  for (const [key, id] of Object.entries(SOURCES) as [keyof typeof SOURCES, string][]) {
    const collection = data[key];
    if (collection) sources[id] = { type: 'geojson', data: collection };
  }
  return {
    version: 8,
    name: 'Claimline',
    'font-faces': fontFaces,
    sources,
    layers: baseLayers({ rivers: data.rivers !== null, parties, claimants }),
  };
}
