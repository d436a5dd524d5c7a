import type { Map as MapLibreMap } from 'maplibre-gl';
import { secondMapLayers } from '../control/secondMapLayers';
import type { LoadedLayer } from '../control/loadLayers';
import { swipeDivider } from '../control/swipeDivider';
import { swipeClip, swipeSides } from '../control/swipeLayout';
import type { GeoData } from '../data/geoTypes';
import type { Locale } from '../i18n/locale';
import { secondMap, type MapCode } from '../map/secondMap';
import type { Day, Story } from '../story';

/** What the swipe draws over, handed over by the composition root. */
export interface SwipeSlots {
  /** The page's map, which shows the day shown; the second map follows its camera. */
  map: MapLibreMap;
  /** The map layer the imported layers are drawn under, as on the page's map. */
  beforeLayer: string;
  story: Story;
  geo: GeoData;
  layers: readonly LoadedLayer[];
  /** The page map's code, which the second map is built with. */
  code: MapCode;
  /** The page's language, for the divider's words and days. */
  locale: Locale;
}

/** The day shown (on the page's map) and the day compared with (on the second map). */
export interface SwipeDays {
  day: Day;
  compare: Day;
}

/**
 * The swipe: the compared day's map, a second MapLibre map in the same style and with the same
 * imported layers, over the page's map and clipped to its side of a divider (the earlier day on
 * the left), so the two days are seen together at one camera. The page's map keeps the day shown
 * and the change drawn on it. `update` gives the two days; `destroy` removes the second map with
 * its WebGL context.
 */
export function swipeView(slots: SwipeSlots, first: SwipeDays) {
  const { map: leader } = slots;
  const second = secondMap(leader, slots);
  const divider = swipeDivider(leader.getContainer(), slots.locale);
  let days = first;
  const clip = () => second.clip(swipeClip(swipeSides(days.day, days.compare).compared, divider.at()));
  divider.on('move', clip);

  let layers: ReturnType<typeof secondMapLayers> | null = null;
  let removed = false;
  void second.styleLoaded.then(() => {
    if (!removed)
      layers = secondMapLayers(second.map, leader, {
        layers: slots.layers,
        beforeLayer: slots.beforeLayer,
        day: days.compare,
      });
  });

  /** Shows two days: the compared one on the second map, both named by the divider. */
  const update = (next: SwipeDays): void => {
    days = next;
    second.showDay(next.compare);
    layers?.show(next.compare);
    divider.update(swipeSides(next.day, next.compare));
    clip();
  };
  update(first);

  return {
    update,
    /** For the tests: the second map, the day it shows and its imported layers' state. */
    map: second.map,
    shownDay: second.day,
    layerStatus: () => layers?.status() ?? [],
    destroy(): void {
      removed = true;
      layers?.destroy();
      divider.destroy();
      second.destroy();
    },
  };
}

export type SwipeView = ReturnType<typeof swipeView>;
