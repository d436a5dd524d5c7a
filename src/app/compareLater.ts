import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ChangeOutline } from '../control/compareDrawn';
import type { MapCode } from '../map/secondMap';
import type { ExtraSection } from '../panel/placeBody';
import type { PageParts } from './pageParts';

/**
 * Where the comparison draws: MapLibre's map, once its imported layers are on it (with the map
 * code a second map of the same style is built with, for the swipe), or the SVG map.
 */
export type CompareTarget =
  | { map: MapLibreMap; beforeLayer: string; styleLoaded: Promise<void>; code: MapCode }
  | { outlines: (outlines: ChangeOutline[]) => void };

type Wired = Awaited<ReturnType<typeof import('./wireCompare').wireCompare>>;

/**
 * The comparison of two days, its code (the worker, its map layers, words and marks) fetched the
 * first time a second day is set, so a page without a comparison never loads it. `extra` gives a
 * place's comparison section once it is in; `target` says where the map is, whenever a map starts.
 */
export function compareLater(refresh: () => void) {
  let wired: Wired | undefined;
  /** The map the page shows now: MapLibre's, or the SVG map that replaced it. */
  let shown: CompareTarget | undefined;
  return {
    /** Watches the store for a second day: the first one loads the comparison. */
    start(parts: PageParts): void {
      const stop = parts.store.subscribe(({ compare }) => compare && load());
      const load = () => {
        stop();
        void import('./wireCompare')
          .then(({ wireCompare }) => wireCompare(parts, refresh))
          .then((done) => {
            wired = done;
            if (shown) done.target(shown);
          });
      };
      if (parts.store.get().compare) load();
    },
    extra: ((...place) => wired?.placeSection(...place) ?? null) as ExtraSection,
    target(target: CompareTarget): void {
      shown = target;
      wired?.target(target);
    },
  };
}
