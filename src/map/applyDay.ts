import type { Map as MapLibreMap } from 'maplibre-gl';
import { changedStates, type DayStates } from './dayState';
import { SOURCES } from './layers';

/**
 * Puts a day on the map through feature-state alone, touching only features whose state changed
 * since `previous`. Returns how many features it touched (the benchmark reports it).
 */
export function applyDay(map: MapLibreMap, next: DayStates, previous?: DayStates): number {
  const oblasts = changedStates(next.oblasts, previous?.oblasts);
  const cities = changedStates(next.cities, previous?.cities);
  for (const [id, state] of oblasts) map.setFeatureState({ source: SOURCES.oblasts, id }, { ...state });
  for (const [id, state] of cities) map.setFeatureState({ source: SOURCES.cities, id }, { ...state });
  return oblasts.length + cities.length;
}
