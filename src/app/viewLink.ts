import type { Map as MapLibreMap } from 'maplibre-gl';
import { readViewHash, type MapAt } from '../state/viewHash';
import { formatView, writeViewHash } from '../state/writeViewHash';
import { ZOOM_RANGE } from '../ui/appearance';

/** A map whose view a link can carry: MapLibre's or the SVG map. */
export interface Viewport {
  at(): MapAt;
  show(at: MapAt): void;
  onMoveEnd(run: () => void): void;
}

/** What followView reads and writes of the page: its address, its history and their events. */
export type ViewPage = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/** MapLibre's map as a viewport (the centre wrapped: a pan round the world is the same place). */
export function mapLibreViewport(map: MapLibreMap): Viewport {
  return {
    at() {
      const { lat, lng } = map.getCenter().wrap();
      return { zoom: map.getZoom(), lat, lng };
    },
    show: (at) => map.jumpTo({ center: [at.lng, at.lat], zoom: at.zoom }),
    onMoveEnd: (run) => map.on('moveend', run),
  };
}

/**
 * The map's view in the link's hash, `#map=zoom/lat/lng`, beside the store's query: the view a link
 * names is shown, and a view it names that the map cannot show is taken out of the address (the
 * map stays on its opening view, with no message), so "Copy link" can copy the hash as it is. From
 * then on each move that ends somewhere else rewrites the hash in place (replaceState), never as a
 * new history entry, so Back still steps through days and places, not through every pan; the
 * store's own entries keep the hash (urlSync writes the hash it finds). A hash that changes (the
 * reader edits it, or goes Back to an entry that had another view) moves the map. The plain URL
 * stays plain until the reader moves the map; `moved` says the reader moved it before this came.
 */
export function followView(viewport: Viewport, page: ViewPage = window, { moved = false } = {}) {
  const { pathname, search, hash } = page.location;
  const asked = readViewHash(hash, ZOOM_RANGE);
  if (asked) viewport.show(asked);
  else if (/(^#?|&)map=/.test(hash))
    page.history.replaceState(page.history.state, '', `${pathname}${search}${writeViewHash(hash, null)}`);
  // A reader who moved the map before this code came has a view the link must carry already.
  let written = asked || !moved ? formatView(viewport.at()) : '';
  const write = () => {
    const at = viewport.at();
    const text = formatView(at);
    if (text === written) return;
    written = text;
    const { pathname, search, hash } = page.location;
    page.history.replaceState(page.history.state, '', `${pathname}${search}${writeViewHash(hash, at)}`);
  };
  viewport.onMoveEnd(write);
  write();
  // Back and Forward between the store's entries say so by popstate only; an edited hash by both.
  const onHashChange = () => {
    const at = readViewHash(page.location.hash, ZOOM_RANGE);
    if (at && formatView(at) !== written) viewport.show(at);
  };
  page.addEventListener('hashchange', onHashChange);
  page.addEventListener('popstate', onHashChange);
  return {
    destroy(): void {
      page.removeEventListener('hashchange', onHashChange);
      page.removeEventListener('popstate', onHashChange);
    },
  };
}
