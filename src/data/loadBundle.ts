import contextUrl from '../../geo/context.geojson?url';
import oblastsUrl from '../../geo/oblasts.geojson?url';
import citiesUrl from '../../geo/cities.geojson?url';
import placesUrl from '../../geo/places.json?url';
import type { RawPlacesFile, RawStory, StoryListing } from '../story';
import type { GeoData } from './geoTypes';
import { oblastLabels, type PlacesFile } from './oblastLabels';
import { fetchJson } from './fetchJson';

export interface Bundle {
  geo: GeoData;
  places: RawPlacesFile;
  story: RawStory;
}

/** How a story's file is named to a reader in a message: as it is in the project. */
export const storyFileName = (listing: { id: string }): string => `geo/stories/${listing.id}.json`;

/** Loads geometry, places and the open story once, from the app's own origin. */
export async function loadBundle(open: StoryListing): Promise<Bundle> {
  const [context, oblasts, cities, places, story] = await Promise.all([
    fetchJson<GeoData['context']>(contextUrl, 'geo/context.geojson'),
    fetchJson<GeoData['oblasts']>(oblastsUrl, 'geo/oblasts.geojson'),
    fetchJson<GeoData['cities']>(citiesUrl, 'geo/cities.geojson'),
    fetchJson<PlacesFile>(placesUrl, 'geo/places.json'),
    fetchJson<RawStory>(new URL(open.url, document.baseURI).href, storyFileName(open)),
  ]);
  return {
    geo: { context, oblasts, cities, rivers: null, oblastLabels: oblastLabels(places) },
    places,
    story,
  };
}
