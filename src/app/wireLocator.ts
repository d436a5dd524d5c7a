import type { Map as MapLibreMap } from 'maplibre-gl';
import locatorUrl from '../../geo/locator.geojson?url';
import type { LocatorFeature } from '../../geo/lib/types';
import { fetchJson } from '../data/fetchJson';
import type { Locale } from '../i18n/locale';
import { locatorView, type LocatorView } from '../locator/locatorView';
import type { Bounds, InsetView } from '../ui/locatorFrame';
import { mapLibreViewport } from './viewLink';

/** A map the locator follows and moves: MapLibre's or the SVG map. */
export interface LocatorTarget {
  at(): InsetView;
  bounds(): Bounds;
  show(at: InsetView): void;
  /** Runs `run` at each step of a move (a drag, a zoom, an animation). */
  onMove(run: () => void): void;
}

/** MapLibre's map as the locator's target: its moves are eased, unless the reader asks for less motion. */
export function mapLibreTarget(map: MapLibreMap): LocatorTarget {
  const { at } = mapLibreViewport(map);
  return {
    at,
    bounds: () => {
      const b = map.getBounds();
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    },
    show: ({ zoom, lat, lng }) =>
      map.easeTo({
        center: [lng, lat],
        zoom,
        duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 300,
      }),
    onMove: (run) => map.on('move', run),
  };
}

/**
 * The locator inset, made to answer (this module and its finer geometry, geo/locator.geojson, come
 * outside the first load): its box follows `target`'s view, and a click or key on it moves the
 * target there. Null where the geometry cannot be loaded: the inset then stays as the page drew it.
 */
export async function wireLocator(
  target: LocatorTarget,
  node: HTMLDetailsElement,
  locale: Locale,
): Promise<LocatorView | null> {
  const data = await fetchJson<{ features: LocatorFeature[] }>(locatorUrl, 'geo/locator.geojson').catch(
    (error: unknown) => {
      console.warn('Claimline: the locator could not be loaded;', error);
      return null;
    },
  );
  if (!data) return null;
  const view = locatorView(node, data.features, locale);
  const follow = () => view.update({ at: target.at(), bounds: target.bounds() });
  target.onMove(follow);
  follow();
  // The inset asks; the map moves, and the link's view follows it as after any move.
  view.on('move', (at) => target.show(at));
  return view;
}
