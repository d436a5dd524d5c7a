import type { Feature, FeatureCollection, Point } from 'geojson';
import type { RawPlacesFile } from '../story';
import type { OblastLabelProps } from './geoTypes';

/** geo/places.json, whose oblasts may carry the point their name is set at. */
export type PlacesFile = RawPlacesFile & { places: { labelAt?: [number, number] }[] };

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
