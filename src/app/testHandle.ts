import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayersView } from '../control/layersView';
import type { SwipeView } from './swipeView';
import type { AppStore } from '../state/intent';
import type { UrlState } from '../state/urlState';
import type { Story } from '../story';

/** What the browser tests and the benchmark read from the page, as `window.__claimline`. */
export interface ClaimlineHandle {
  store: AppStore<UrlState>;
  story: Story;
  /** MapLibre's map; undefined before it starts and without MapLibre. */
  map: MapLibreMap | undefined;
  /** The imported layers' view, once it is shown. */
  layers: LayersView | null;
  /** The page shows the document and the SVG map (no MapLibre). */
  documentMode: boolean;
  /** The locator inset's drawing, once it answers (the PNG export draws it). */
  locator?: SVGSVGElement | null;
  /** The swipe between the two compared days while it is shown. */
  swipe: SwipeView | null;
}

/**
 * The page's one read-only handle for tests, set on `window` here only: each call brings it up to
 * date. The root first calls it once there is a map to watch (MapLibre's, or the document mode's
 * SVG map): the tests and the benchmark wait for it to appear.
 */
export function testHandle(store: AppStore<UrlState>, story: Story) {
  const handle: ClaimlineHandle = {
    store,
    story,
    map: undefined,
    layers: null,
    documentMode: false,
    swipe: null,
  };
  return (change: Partial<ClaimlineHandle>): void => {
    Object.assign(window, { __claimline: Object.assign(handle, change) });
  };
}

export type TestHandle = ReturnType<typeof testHandle>;
