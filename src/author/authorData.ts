import contextUrl from '../../geo/context.geojson?url';
import oblastsUrl from '../../geo/oblasts.geojson?url';
import citiesUrl from '../../geo/cities.geojson?url';
import gazetteerUrl from '../../geo/gazetteer.json?url';
import placesUrl from '../../geo/places.json?url';
import { fetchJson } from '../data/fetchJson';
import type { GeoData } from '../data/geoTypes';
import { oblastLabels, type PlacesFile } from '../data/oblastLabels';
import type { DraftTables, Gazetteer } from '../draft';
import type { PlaceRef } from '../story/validateStory';

export interface AuthorData {
  /** What the drafter reads: the places table and the gazetteer. */
  tables: DraftTables;
  /** The places table's ids and kinds, which the check needs. */
  placeRefs: PlaceRef[];
  /** The geometry the preview's picture is drawn from. */
  geo: GeoData;
}

/** The authoring page's data, from its own origin, as the app loads its own (src/data/loadBundle.ts). */
export async function authorData(): Promise<AuthorData> {
  const [context, oblasts, cities, places, gazetteer] = await Promise.all([
    fetchJson<GeoData['context']>(contextUrl, 'geo/context.geojson'),
    fetchJson<GeoData['oblasts']>(oblastsUrl, 'geo/oblasts.geojson'),
    fetchJson<GeoData['cities']>(citiesUrl, 'geo/cities.geojson'),
    fetchJson<PlacesFile>(placesUrl, 'geo/places.json'),
    fetchJson<Gazetteer>(gazetteerUrl, 'geo/gazetteer.json'),
  ]);
  return {
    tables: { places, gazetteer },
    placeRefs: places.places.map(({ id, kind }) => ({ id, kind })),
    geo: { context, oblasts, cities, rivers: null, oblastLabels: oblastLabels(places) },
  };
}
