import type { Feature } from 'geojson';
import type { LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { boundsOf } from '../ui/appearance';

/** Zoom a city is shown at when the reader picks it, unless they are already closer. */
const CITY_ZOOM = 8;

/**
 * Moves the map to a place the reader chose: a city to the middle at a readable zoom, an area
 * fitted whole. `padding` keeps it clear of whatever covers the map (the phone's bottom sheet).
 * Readers who ask for less motion get a jump, not a flight.
 */
export function focusPlace(map: MapLibreMap, feature: Feature, padding: Partial<PaddingOptions> = {}): void {
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const full = { top: 24, right: 24, bottom: 24, left: 24, ...padding };
  const duration = reduce ? 0 : 800;
  if (feature.geometry.type === 'Point') {
    const [lng = 0, lat = 0] = feature.geometry.coordinates;
    // An offset, not easeTo's padding, which would stay on the map after the move.
    const offset: [number, number] = [(full.left - full.right) / 2, (full.top - full.bottom) / 2];
    map.easeTo({ center: [lng, lat], zoom: Math.max(map.getZoom(), CITY_ZOOM), offset, duration });
    return;
  }
  const geometry = feature.geometry as { coordinates: unknown };
  map.fitBounds(boundsOf({ features: [{ geometry }] }) as LngLatBoundsLike, { padding: full, duration });
}
