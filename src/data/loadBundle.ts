import type { Feature, FeatureCollection, Point } from 'geojson';
import contextUrl from '../../geo/context.geojson?url';
import oblastsUrl from '../../geo/oblasts.geojson?url';
import citiesUrl from '../../geo/cities.geojson?url';
import placesUrl from '../../geo/places.json?url';
import type { GeoData, OblastLabelProps } from './geoTypes';
import { fetchJson } from './fetchJson';

interface PlacesFile {
  places: { id: string; kind: string; names: { en: string }; labelAt?: [number, number] }[];
}

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

/** Loads the geometry once, from the app's own origin. */
export async function loadGeo(): Promise<GeoData> {
  const [context, oblasts, cities, places] = await Promise.all([
    fetchJson<GeoData['context']>(contextUrl, 'geo/context.geojson'),
    fetchJson<GeoData['oblasts']>(oblastsUrl, 'geo/oblasts.geojson'),
    fetchJson<GeoData['cities']>(citiesUrl, 'geo/cities.geojson'),
    fetchJson<PlacesFile>(placesUrl, 'geo/places.json'),
  ]);
  return { context, oblasts, cities, rivers: null, oblastLabels: oblastLabels(places) };
}
