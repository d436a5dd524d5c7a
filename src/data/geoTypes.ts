import type { FeatureCollection, MultiLineString, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { CityProperties, ContextProperties, OblastProperties } from '../../geo/lib/types';

/** The shapes of the files `npm run geo` writes (geo/lib/types.ts defines them; geo/SOURCES.md). */
export type OblastProps = OblastProperties;
export type CityProps = CityProperties;
export type ContextProps = ContextProperties;

export interface OblastLabelProps {
  id: string;
  name: string;
}

export interface GeoData {
  context: FeatureCollection<Polygon | MultiPolygon, ContextProps>;
  oblasts: FeatureCollection<Polygon | MultiPolygon, OblastProps>;
  cities: FeatureCollection<Point, CityProps>;
  rivers: FeatureCollection<LineString | MultiLineString> | null;
  oblastLabels: FeatureCollection<Point, OblastLabelProps>;
}
