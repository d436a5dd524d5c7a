import './style.css';
import { layersSpan } from './control/controlIndex';
import { layersView } from './control/layersView';
import { loadLayers } from './control/loadLayers';
import { placeSources } from './control/placeSources';
import type { LayersView } from './control/wireLayers';
import { loadBundle } from './data/loadBundle';
import { LAYERS } from './map/layers';
import { mapView } from './map/mapView';
import { daySummary } from './panel/daySummary';
import { documentFallback } from './panel/documentFallback';
import { legend } from './panel/legend';
import { placePanel } from './panel/placePanel';
import { placeSearch } from './panel/placeSearch';
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
  // The imported layers' list and indexes come with the bundle: their days widen the timeline,
  // and the place panels set each layer's answer beside the story's.
  const [bundle, layers] = await Promise.all([loadBundle(), loadLayers(document.baseURI)]);
  const story = loadStory(bundle.places, bundle.story);
  const indexes = layers.layers.map((layer) => layer.index);
  const { range, focusFrom, focusTo, stops } = timelineRange(story, layersSpan(indexes));
  const sources = placeSources(
    story,
    indexes.map((index) => ({
      id: index.id,
      kind: index.kind,
      name: index.source.name,
      intervals: index.intervals,
    })),
  );

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
  const map = mapView(mapNode, { story, geo: bundle.geo, cover });

  // Selecting a place is a new history entry, so Back closes the panel again.
  const select = (placeId: string) => store.set({ city: placeId }, PUSH);
  slider.on('input', dayInput(store));
  summary.on('select', select);
  panel.on('close', () => store.set({ city: null }, PUSH));
  // The map moves after the panel opens, so it can keep the place clear of the bottom sheet.
  search.on('choose', select);
  search.on('choose', (placeId) => map?.focus(placeId));
  map?.on('select', select);

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
  if (!map) {
    Object.assign(window, { __claimline: { store, story, documentMode: true } });
    return void showAsDocument();
  }
  const unsubscribeMap = store.subscribe((state) => map.update(state));
  map.update(store.get());
  let assessed: LayersView | null = null;
  map.on('lost', () => {
    unsubscribeMap();
    assessed?.destroy();
    void showAsDocument();
  });
  // A read-only handle for the browser tests and the benchmark.
  const handle = { map: map.map, store, story, assessed: null as LayersView | null };
  Object.assign(window, { __claimline: handle });

  // The imported layers, when there are any, in the slots the other views keep for them.
  let lastSummary: HTMLElement = summary.element;
  void layersView(layers, {
    map: map.map,
    beforeLayer: LAYERS.oblastLine,
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
}

start().catch(startError);
