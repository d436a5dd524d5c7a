import './style.css';
import { layersSpan } from './control/controlIndex';
import type { LoadedLayers } from './control/loadLayers';
import { loadLayerList } from './control/loadLayerList';
import type { PlaceSources } from './control/placeSources';
import { loadBundle } from './data/loadBundle';
import type { PageParts } from './pageParts';
import { daySummary } from './panel/daySummary';
import { documentFallback } from './panel/documentFallback';
import { legend } from './panel/legend';
import type { ExtraSection } from './panel/placeBody';
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
import { wireMapView } from './wireMapView';
import { pictureCodeIfNeeded, wirePicture } from './wirePicture';

const PUSH: ChangeMeta = { history: 'push', settled: true };

/** The composition root: creates the views, sends their intents to the one store, subscribes them. */
async function start(): Promise<void> {
  const [mapNode, side, bottom, searchNode] = pageNodes('map', 'side', 'timeline', 'search');
  // MapLibre's code, most of the page's weight, starts loading now, beside the data (the build
  // preloads it from the page too). The picture below neither waits for it nor holds it up.
  const mapCode = import('./map/mapView');
  const pictureCode = pictureCodeIfNeeded();
  // The list of imported layers comes with the bundle: it is small and carries each layer's span,
  // which widens the timeline. Their indexes load beside the map's start; only the layers' own
  // views and the Sources sections wait for them.
  const [bundle, list] = await Promise.all([loadBundle(), loadLayerList(document.baseURI)]);
  // The indexes' code comes only with a listed layer.
  const layers: Promise<LoadedLayers> = list.entries.length
    ? import('./control/loadLayers').then((module) => module.loadLayerIndexes(document.baseURI, list))
    : Promise.resolve({ layers: [], errors: list.errors });
  const story = loadStory(bundle.places, bundle.story);
  const { range, focusFrom, focusTo, stops } = timelineRange(story, layersSpan(list.entries));

  const urlContext = storyUrlContext(story, range);
  const initial = readUrlState(location.search, urlContext);
  const store = createStore<UrlState>(initial.state);
  document.documentElement.classList.toggle('is-embed', initial.state.embed);
  const notice = notices(document.getElementById('app') ?? document.body);
  if (initial.problems.length) notice.show(LINK_PROBLEMS, initial.problems);

  const events = eventsBetween(story, range[0], range[1]).map((e) => ({ day: e.day, title: e.title }));
  const slider = timeline(bottom, { range, focusFrom, focusTo, events, stops });
  // The layers' chart key has its row from the start, so the map is not resized when it arrives.
  const chartKeys = list.entries.length ? slider.element.appendChild(document.createElement('div')) : null;
  chartKeys?.classList.add('timeline-keys');
  copyLink(side, () => shareUrl(location, store.get()));
  const summary = daySummary(side, story);
  const key = legend(side, story);
  // Each place's Sources (the layers' answers beside the story's) once the indexes are here.
  let sources: PlaceSources | null = null;
  const extra: ExtraSection = (placeId, day, level) => sources?.(placeId, day, level) ?? null;
  // Prepended to the side column on wide screens; a bottom sheet on phones (src/style.css).
  const panel = placePanel(side, story, extra);
  const search = placeSearch(searchNode, story);
  // Embedded in an article, the page has no masthead: a small credit links to the full page.
  const credit = initial.state.embed ? embedCredit(mapNode) : null;

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

  const documentView = documentFallback({
    story,
    store,
    mapNode,
    notice,
    tools: [searchNode],
    extras: credit ? [credit.element] : [],
    extra,
  });
  // The Sources section's code is fetched only when there are layers to set beside the story.
  void layers.then(async (loaded) => {
    if (loaded.layers.length === 0) return;
    const { placeSources } = await import('./control/placeSources');
    sources = placeSources(
      story,
      loaded.layers.map(({ index }) => ({
        id: index.id,
        kind: index.kind,
        name: index.source.name,
        url: index.source.url,
        intervals: index.intervals,
      })),
    );
    panel.refresh();
    documentView.refresh();
  });

  const parts: PageParts = {
    story,
    geo: bundle.geo,
    store,
    mapNode,
    side,
    summary: summary.element,
    legend: key,
    search,
    chart: { slot: slider.backdrop, scale: { range, focusFrom, focusTo }, keys: chartKeys },
    select,
    cover: () => (panel.element.hidden ? null : panel.element.getBoundingClientRect()),
    layers,
  };
  // The picture of the day until the map is drawn (built into the page, or the app's own), and the
  // map itself where MapLibre cannot run.
  const shot = wirePicture(parts, pictureCode);

  /** The page without MapLibre: the SVG map made interactive beside the document. */
  let fallback = false;
  function showFallback(): void {
    if (fallback) return;
    fallback = true;
    Object.assign(window, { __claimline: { store, story, documentMode: true } });
    void documentView.show();
    void shot.fallback(parts);
  }

  // MapLibre starts once the picture is on screen: creating its WebGL context holds the page's
  // thread for up to a second or two (the first context of a page, in software rendering), and the
  // reader should be looking at the map by then.
  await shot.onScreen();
  const module = await mapCode.catch(() => null);
  // Without WebGL2, or where MapLibre cannot get a context, its constructor fails: the SVG map stays.
  const map = module && wireMapView(module, parts, showFallback);
  if (!map) return showFallback();
  void map.ready.then(() => {
    if (!fallback) shot.retire();
  });
}

start().catch(startError);
