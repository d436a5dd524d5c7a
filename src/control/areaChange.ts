import { area } from '@turf/area';
import { length } from '@turf/length';
import { difference, intersection, type Geom } from 'polyclip-ts';
import type { Polygon, Position } from 'geojson';
import { DEFAULT_CHANGE_OPTIONS, type ChangeOptions } from './changeOptions';

export { DEFAULT_CHANGE_OPTIONS, type ChangeOptions };

/** Polygon rings as polyclip-ts and GeoJSON's MultiPolygon take them. */
export type Rings = [number, number][][];

/** A layer's area on one day: its polygons (a geometry file's features), as MultiPolygon coordinates. */
export type Area = Rings[];

export interface AreaChange {
  /** Area inside on the second day and not on the first, and the other way round (slivers left out). */
  gained: Area;
  lost: Area;
  /** km² gained and lost in each region given (by id), 1 decimal. */
  byRegion: Record<string, { gainedKm2: number; lostKm2: number }>;
  /** km² left out as slivers, gained and lost, over all regions. */
  slivers: { gainedKm2: number; lostKm2: number };
}

const km2 = (rings: Area): number =>
  rings.length ? area({ type: 'MultiPolygon', coordinates: rings }) / 1e6 : 0;
const round1 = (v: number): number => Math.round(v * 10) / 10 || 0;

/** A polygon's mean width in metres: 2 × area ÷ perimeter (a long thin strip's width). */
export function meanWidthM(polygon: Rings): number {
  const geometry: Polygon = { type: 'Polygon', coordinates: polygon as Position[][] };
  const perimeterM = length({ type: 'Feature', properties: {}, geometry }, { units: 'meters' });
  return perimeterM > 0 ? (2 * area(geometry)) / perimeterM : 0;
}

/** Splits an area into the pieces at least `minWidthM` wide and the slivers. */
function withoutSlivers(rings: Area, minWidthM: number): { kept: Area; sliverKm2: number } {
  const kept: Area = [];
  const slivers: Area = [];
  for (const polygon of rings) (meanWidthM(polygon) >= minWidthM ? kept : slivers).push(polygon);
  return { kept, sliverKm2: km2(slivers) };
}

/**
 * What changed in a layer's area between two days: the area gained and lost (polyclip-ts, exact
 * for the polygons given), slivers narrower than `minWidthM` left out and counted apart, and the
 * km² of each in every region (the oblasts: a layer's area is cut along their borders at import).
 */
export function areaChange(
  before: Area,
  after: Area,
  regions: readonly { id: string; area: Area }[],
  options: ChangeOptions = DEFAULT_CHANGE_OPTIONS,
): AreaChange {
  const minus = (a: Area, b: Area): Area =>
    a.length === 0 ? [] : b.length === 0 ? a : (difference(a as Geom, b as Geom) as Area);
  const gained = withoutSlivers(minus(after, before), options.minWidthM);
  const lost = withoutSlivers(minus(before, after), options.minWidthM);
  const inside = (a: Area, region: Area) =>
    a.length === 0 ? 0 : km2(intersection(a as Geom, region as Geom) as Area);
  const byRegion: AreaChange['byRegion'] = {};
  for (const region of regions)
    byRegion[region.id] = {
      gainedKm2: round1(inside(gained.kept, region.area)),
      lostKm2: round1(inside(lost.kept, region.area)),
    };
  return {
    gained: gained.kept,
    lost: lost.kept,
    byRegion,
    slivers: { gainedKm2: round1(gained.sliverKm2), lostKm2: round1(lost.sliverKm2) },
  };
}
