import type { Feature, FeatureCollection, Point } from 'geojson';
import contextUrl from '../../geo/context.geojson?url';
import oblastsUrl from '../../geo/oblasts.geojson?url';
import citiesUrl from '../../geo/cities.geojson?url';
import placesUrl from '../../geo/places.json?url';
import storyUrl from '../../geo/story.json?url';
import type { RawPlacesFile, RawStory } from '../story';
import type { GeoData, OblastLabelProps } from './geoTypes';
import { fetchJson } from './fetchJson';

type PlacesFile = RawPlacesFile & { places: { labelAt?: [number, number] }[] };

/** Oblast names sit at hand-picked points (geo/places.json `labelAt`) clear of the big cities. */
export function oblastLabels(places: PlacesFile): FeatureCollection<Point, OblastLabelProps> {
  const features: Feature<Point, OblastLabelProps>[] = [];
  for (const place of places.places) {
    if (place.kind !== 'oblast' || !place.labelAt) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: place.labelAt },
      properties: { id: place.id, name: place.names.en },
    });
  }
  return { type: 'FeatureCollection', features };
}

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
