import contextUrl from '../../geo/context.geojson?url';
import oblastsUrl from '../../geo/oblasts.geojson?url';
import citiesUrl from '../../geo/cities.geojson?url';
import placesUrl from '../../geo/places.json?url';
import storyUrl from '../../geo/story.json?url';
import type { RawPlacesFile, RawStory } from '../story';
import type { GeoData } from './geoTypes';
import { oblastLabels, type PlacesFile } from './oblastLabels';
import { fetchJson } from './fetchJson';

export interface Bundle {
  geo: GeoData;
  places: RawPlacesFile;
  story: RawStory;
}

/** Loads geometry, places and story once, from the app's own origin. */
export async function loadBundle(): Promise<Bundle> {
  const [context, oblasts, cities, places, story] = await Promise.all([
    fetchJson<GeoData['context']>(contextUrl, 'geo/context.geojson'),
    fetchJson<GeoData['oblasts']>(oblastsUrl, 'geo/oblasts.geojson'),
    fetchJson<GeoData['cities']>(citiesUrl, 'geo/cities.geojson'),
    fetchJson<PlacesFile>(placesUrl, 'geo/places.json'),
    fetchJson<RawStory>(storyUrl, 'geo/story.json'),
  ]);
  return {
    geo: { context, oblasts, cities, rivers: null, oblastLabels: oblastLabels(places) },
    places,
    story,
  };
}
