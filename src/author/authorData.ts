import contextUrl from '../../geo/context.geojson?url';
import oblastsUrl from '../../geo/oblasts.geojson?url';
import citiesUrl from '../../geo/cities.geojson?url';
import gazetteerUrl from '../../geo/gazetteer.json?url';
import placesUrl from '../../geo/places.json?url';
import { fetchJson } from '../data/fetchJson';
import { STORY_LISTINGS } from '../data/storyListings';
import type { GeoData } from '../data/geoTypes';
import { oblastLabels, type PlacesFile } from '../data/oblastLabels';
import type { DraftTables, Gazetteer } from '../draft';
import { takenIds } from '../story/idsApart';
import type { RawStory } from '../story/types';
import type { PlaceRef } from '../story/validateStory';

export interface AuthorData {
  /** What the drafter reads: the places table and the gazetteer. */
  tables: DraftTables;
  /** The places table's ids and kinds, which the check needs. */
  placeRefs: PlaceRef[];
  /** The geometry the preview's picture is drawn from. */
  geo: GeoData;
  /** The ids the site's stories use: a draft's own are kept apart from them (idsApart). */
  taken: ReadonlySet<string>;
}

/** The authoring page's data, from its own origin, as the app loads its own (src/data/loadBundle.ts). */
export async function authorData(): Promise<AuthorData> {
  const [context, oblasts, cities, places, gazetteer, ...stories] = await Promise.all([
    fetchJson<GeoData['context']>(contextUrl, 'geo/context.geojson'),
    fetchJson<GeoData['oblasts']>(oblastsUrl, 'geo/oblasts.geojson'),
    fetchJson<GeoData['cities']>(citiesUrl, 'geo/cities.geojson'),
    fetchJson<PlacesFile>(placesUrl, 'geo/places.json'),
    fetchJson<Gazetteer>(gazetteerUrl, 'geo/gazetteer.json'),
    ...STORY_LISTINGS.map((listing) => fetchJson<RawStory>(listing.url, `geo/stories/${listing.id}.json`)),
  ]);
  return {
    tables: { places, gazetteer },
    placeRefs: places.places.map(({ id, kind }) => ({ id, kind })),
    geo: { context, oblasts, cities, rivers: null, oblastLabels: oblastLabels(places) },
    taken: takenIds(stories),
  };
}
