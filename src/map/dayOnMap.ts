import type { Map as MapLibreMap } from 'maplibre-gl';
import type { GeoData } from '../data/geoTypes';
import type { Day, Story } from '../story';
import { applyDay } from './applyDay';
import { dayStates, featureIds, type DayStates } from './dayState';

/**
 * The story's day on a MapLibre map, through feature-state only (dayStates, then applyDay's diff):
 * a day asked before the map has loaded is applied when it has, and a day asked again changes
 * nothing. The page's map and the swipe's second map both show their day this way.
 */
export function dayOnMap(map: MapLibreMap, story: Story, geo: Pick<GeoData, 'oblasts' | 'cities'>) {
  const ids = { oblasts: featureIds(geo.oblasts.features), cities: featureIds(geo.cities.features) };
  let day: Day | null = null;
  let loaded = false;
  let shown: DayStates | undefined;
  const apply = () => {
    if (day === null || !loaded) return;
    const next = dayStates(story, day, ids);
    applyDay(map, next, shown);
    shown = next;
  };
  map.once('load', () => {
    loaded = true;
    apply();
  });
  return {
    show(next: Day): void {
      if (next === day) return;
      day = next;
      apply();
    },
    /** The day shown, or asked for before the map loaded (null before the first). */
    day: () => day,
  };
}
