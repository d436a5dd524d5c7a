import type { FeatureCollection, MultiLineString, LineString, MultiPolygon, Point, Polygon } from 'geojson';

/** The shapes of the files `npm run geo` writes (see geo/SOURCES.md). */
export interface OblastProps {
  id: string;
  name: string;
  iso: string;
}
export interface CityProps {
  id: string;
  name: string;
  kind: 'city' | 'capital';
  oblast?: string;
  population: number;
  geonameid: number;
  rank: number;
}
export interface ContextProps {
  name: string;
  country: string;
}
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
