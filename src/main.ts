import './style.css';
import { layersSpan } from './control/controlIndex';
import { layersView } from './control/layersView';
import { loadLayers } from './control/loadLayers';
import type { LayersView } from './control/wireLayers';
import { loadBundle } from './data/loadBundle';
import { hasWebGL2 } from './map/hasWebGL2';
import type { MapView } from './map/mapView';
import { daySummary } from './panel/daySummary';
import { documentFallback } from './panel/documentFallback';
import { legend } from './panel/legend';
import { placePanel } from './panel/placePanel';
import { placeSearch } from './panel/placeSearch';
import { picture } from './picture/picture';
import { createStore, type ChangeMeta } from './state/createStore';
import { dayInput } from './state/dayInput';
import { shareUrl } from './state/shareUrl';
import { urlSync } from './state/urlSync';
import { LINK_PROBLEMS, readUrlState, storyUrlContext, type UrlState } from './state/urlState';
import { eventsBetween, loadStory } from './story';
import { timeline } from './timeline/timeline';
import { timelineRange } from './timeline/timelineRange';
import { copyLink } from './ui/copyLink';
import { embedCredit } from './ui/embedCredit';
import { notices } from './ui/notice';
import { pageNodes } from './ui/pageNodes';
import { startError } from './ui/startError';

const PUSH: ChangeMeta = { history: 'push', settled: true };

/** The composition root: creates the views, sends their intents to the one store, subscribes them. */
async function start(): Promise<void> {
  const [mapNode, side, bottom, searchNode] = pageNodes('map', 'side', 'timeline', 'search');
  // MapLibre's code, most of the page's weight, starts loading now, beside the data (the build
  // preloads it from the page too). The picture below neither waits for it nor holds it up.
  const mapCode = hasWebGL2() ? import('./map/mapView') : null;
  let mapModule: typeof import('./map/mapView') | null = null;
  mapCode?.then((module) => (mapModule = module)).catch(() => undefined);
  // The imported layers' list and indexes come with the bundle: their days widen the timeline,
  // and the place panels set each layer's answer beside the story's.
  const [bundle, layers] = await Promise.all([loadBundle(), loadLayers(document.baseURI)]);
  const story = loadStory(bundle.places, bundle.story);
  const indexes = layers.layers.map((layer) => layer.index);
  const { range, focusFrom, focusTo, stops } = timelineRange(story, layersSpan(indexes));
  // The Sources section's code is fetched only when there are layers to set beside the story.
  const sources = indexes.length
    ? (await import('./control/placeSources')).placeSources(
        story,
        indexes.map((index) => ({
          id: index.id,
          kind: index.kind,
          name: index.source.name,
          intervals: index.intervals,
        })),
      )
    : undefined;

  const urlContext = storyUrlContext(story, range);
  const initial = readUrlState(location.search, urlContext);
  const store = createStore<UrlState>(initial.state);
  document.documentElement.classList.toggle('is-embed', initial.state.embed);
  const notice = notices(document.getElementById('app') ?? document.body);
  if (initial.problems.length) notice.show(LINK_PROBLEMS, initial.problems);

  const events = eventsBetween(story, range[0], range[1]).map((e) => ({ day: e.day, title: e.title }));
  const slider = timeline(bottom, { range, focusFrom, focusTo, events, stops });
  copyLink(side, () => shareUrl(location, store.get()));
  const summary = daySummary(side, story);
  const key = legend(side, story);
  // Prepended to the side column on wide screens; a bottom sheet on phones (src/style.css).
  const panel = placePanel(side, story, sources);
  const search = placeSearch(searchNode, story);
  // Embedded in an article, the page has no masthead: a small credit links to the full page.
  const credit = initial.state.embed ? embedCredit(mapNode) : null;
  const cover = () => (panel.element.hidden ? null : panel.element.getBoundingClientRect());

  // Selecting a place is a new history entry, so Back closes the panel again.
  const select = (placeId: string) => store.set({ city: placeId }, PUSH);
  slider.on('input', dayInput(store));
  summary.on('select', select);
  panel.on('close', () => store.set({ city: null }, PUSH));
  search.on('choose', select);

  urlSync(store, urlContext);
  const showState = (state: UrlState, previous: UrlState | null, meta: ChangeMeta) => {
    const dayChanged = state.day !== previous?.day;
    if (dayChanged) slider.update(state);
    if (dayChanged || meta.settled) summary.update(state, meta.settled);
    if (dayChanged || state.city !== previous?.city) panel.update(state);
    credit?.update(shareUrl(location, state));
  };
  store.subscribe(showState);
  showState(store.get(), null, PUSH);

  const extras = credit ? [credit.element] : [];
  const showAsDocument = documentFallback({
    story,
    store,
    mapNode,
    notice,
    tools: [searchNode],
    extras,
    extra: sources,
  });

  /** MapLibre's map, wired to the store and the other views' slots; null where it cannot start. */
  const startMap = (module: typeof import('./map/mapView') | null): MapView | null => {
    const map = module?.mapView(mapNode, { story, geo: bundle.geo, cover }) ?? null;
    if (!module || !map) return null;
    // A read-only handle for the browser tests and the benchmark.
    const handle = { map: map.map, store, story, assessed: null as LayersView | null };
    Object.assign(window, { __claimline: handle });
    // The map moves after the panel opens, so it can keep the place clear of the bottom sheet.
    search.on('choose', (placeId) => map.focus(placeId));
    map.on('select', select);
    const unsubscribeMap = store.subscribe((state) => map.update(state));
    map.update(store.get());
    let assessed: LayersView | null = null;
    map.on('lost', () => {
      unsubscribeMap();
      assessed?.destroy();
      showFallback();
    });
    // The imported layers, when there are any, in the slots the other views keep for them.
    let lastSummary: HTMLElement = summary.element;
    void layersView(layers, {
      map: map.map,
      beforeLayer: module.LAYERS.oblastLine,
      store,
      story,
      oblastNames: new Map(story.places.filter((p) => p.kind === 'oblast').map((p) => [p.id, p.names.en])),
      // Each layer's figures after the day's summary, in the list's order.
      placeSummary: (section) => {
        lastSummary.after(section);
        lastSummary = section;
      },
      placeNotice: (note) => side.append(note),
      addLegendRow: key.addRow,
      chart: {
        slot: slider.backdrop,
        scale: { range, focusFrom, focusTo },
        placeKey: (node) => slider.element.append(node),
      },
    }).then((view) => (assessed = handle.assessed = view));
    return map;
  };

  // Where MapLibre's code is already here, the map starts first, so the picture never delays it.
  let map = startMap(mapModule);
  // The picture: the map drawn as SVG now, in the map's frame and colours, over MapLibre's canvas
  // until the map is ready; and the map itself where MapLibre cannot run.
  const shot = picture(mapNode, { story, geo: bundle.geo });
  let unsubscribePicture = store.subscribe((state) => shot.update(state));
  shot.update(store.get());

  /** The page without MapLibre: the SVG map made interactive (its code loaded now) beside the document. */
  let fallback = false;
  function showFallback(): void {
    if (fallback) return;
    fallback = true;
    Object.assign(window, { __claimline: { store, story, documentMode: true } });
    shot.show();
    void showAsDocument();
    void Promise.all([import('./picture/pictureMap'), import('./layerOutlines')]).then(
      ([{ pictureMap }, { layerOutlines }]) => {
        unsubscribePicture();
        const svgMap = pictureMap(shot, mapNode, { story, geo: bundle.geo });
        svgMap.on('select', select);
        search.on('choose', (placeId) => svgMap.focus(placeId));
        unsubscribePicture = store.subscribe((state) => svgMap.update(state));
        svgMap.update(store.get());
        layerOutlines(layers, store, svgMap.setOutlines);
      },
    );
  }

  if (!map && mapCode) map = startMap(await mapCode.catch(() => null));
  if (!map) return showFallback();
  // Once MapLibre has drawn everything, the picture fades out over it and stops following the day.
  void map.ready.then(() => {
    if (fallback) return;
    unsubscribePicture();
    shot.retire();
  });
}

start().catch(startError);
