import { layersViewLater } from '../control/layersViewLater';
import type { LayersView } from '../control/layersView';
import type { Messages } from '../i18n/en';
import type { MapView } from '../map/mapView';
import { locatorLater } from './locatorLater';
import type { PageParts } from './pageParts';
import type { TestHandle } from './testHandle';

/**
 * MapLibre's map, wired to the store and to the other views' slots, with the imported layers added
 * when their indexes arrive. Null where MapLibre cannot start. When the GPU is lost for good the
 * map takes itself down and `onLost` runs (the caller shows the SVG map instead).
 */
export function wireMapView(
  module: typeof import('../map/mapView'),
  parts: PageParts,
  onLost: () => void,
  handle: TestHandle,
): MapView | null {
  const { store, story, search } = parts;
  const { locale } = parts;
  const map = module.mapView(parts.mapNode, { story, geo: parts.geo, cover: parts.cover, locale });
  if (!map) return null;
  handle({ map: map.map });
  const stopLater = mapLater(module, map, locale.t.map);
  const later = map.ready.then(() => new Promise((resolve) => setTimeout(resolve, LATER_MS)));
  const stopLocator = locatorLater(
    store.get().locator,
    (code) => code.mapLibreTarget(map.map),
    later,
    (view) => handle({ locator: view.svg }),
    locale,
  );
  // The map moves after the panel opens, so it can keep the place clear of the bottom sheet.
  search.on('choose', (placeId) => map.focus(placeId));
  map.on('select', parts.select);
  const unsubscribe = store.subscribe((state) => map.update(state));
  map.update(store.get());
  let layers: LayersView | null = null;
  let lost = false;
  map.on('lost', () => {
    lost = true;
    unsubscribe();
    stopLater();
    stopLocator();
    layers?.destroy();
    onLost();
  });

  // Each layer's figures after the day's summary, in the list's order.
  let lastSummary = parts.summary;
  void Promise.all([parts.layers, parts.stories])
    .then(([loaded, stories]) =>
      lost
        ? null
        : layersViewLater(loaded, {
            map: map.map,
            styleLoaded: map.styleLoaded,
            beforeLayer: module.LAYERS.oblastLine,
            store,
            stories,
            oblastNames: new Map(
              story.places.filter((p) => p.kind === 'oblast').map((p) => [p.id, locale.place(p)]),
            ),
            placeFigures: (section) => {
              lastSummary.after(section);
              lastSummary = section;
            },
            placeNotice: (note) => parts.side.append(note),
            locale,
            addLegendRow: parts.legend.addRow,
            addCredit: map.addCredit,
            chart: {
              slot: parts.chart.slot,
              scale: parts.chart.scale,
              placeKey: (node) => parts.chart.keys?.append(node),
            },
          }),
    )
    .then((view) => {
      layers = view;
      view?.on('step', parts.step);
      handle({ layers: view });
      // Above the imported layers' own map layers: added after them.
      if (!lost)
        parts.compareTarget({
          map: map.map,
          beforeLayer: module.LAYERS.oblastLine,
          styleLoaded: map.styleLoaded,
          code: module.MAP_CODE,
        });
    });
  return map;
}

/** How long after the map's first `idle` the code and data outside the first load come, ms. */
const LATER_MS = 3000;

/**
 * What the map gets outside the plain page's first load, a while after its first `idle`: the
 * borders, country and sea names and scale bar (contextLayers), and the view in the link's hash
 * (viewLink), which comes at once where the link names a view (shown before the map's first frame
 * is, under the picture). Returns what stops them.
 */
function mapLater(
  module: typeof import('../map/mapView'),
  { map, ready }: MapView,
  words: Messages['map'],
): () => void {
  let link: { destroy(): void } | undefined;
  let stopped = false;
  // A pan or zoom by the reader before the link's code comes is written when it comes.
  let moved = false;
  const noteMove = (event: { originalEvent?: unknown }) => {
    if (event.originalEvent) moved = true;
  };
  map.on('moveend', noteMove);
  const code = () => import('./mapLaterCode');
  const follow = async () => {
    const { followView, mapLibreViewport } = await code();
    map.off('moveend', noteMove);
    if (!stopped) link = followView(mapLibreViewport(map), window, { moved });
  };
  const named = location.hash.includes('map=');
  if (named) void follow();
  void ready.then(() =>
    setTimeout(async () => {
      if (!named) void follow();
      const { addContext } = await code();
      if (!stopped) await addContext(map, module, words);
    }, LATER_MS),
  );
  return () => {
    stopped = true;
    link?.destroy();
  };
}
