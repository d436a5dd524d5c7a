import './style.css';
import bbox from '@turf/bbox';
import type { Feature } from 'geojson';
import type { LngLatBoundsLike, PaddingOptions } from 'maplibre-gl';
import { loadControl } from './control/loadControl';
import { loadBundle } from './data/loadBundle';
import { applyDay } from './map/applyDay';
import { attributionText } from './map/attributionText';
import { buildStyle } from './map/buildStyle';
import { cityButtons } from './map/cityButtons';
import { claimMap } from './map/claimMap';
import { dayStates, type DayStates } from './map/dayState';
import { focusPlace } from './map/focusPlace';
import { fontFaces } from './map/fonts';
import { LAYERS } from './map/layers';
import { daySummary } from './panel/daySummary';
import { legend } from './panel/legend';
import { placePanel } from './panel/placePanel';
import { placeSearch } from './panel/placeSearch';
import { createStore } from './state/createStore';
import { historyPolicy } from './state/historyPolicy';
import { readUrlState, writeUrlState, type UrlState } from './state/urlState';
import { eventsBetween, loadStory, oblastClaimants, type Story } from './story';
import { timelineRange } from './timeline/timelineRange';
import { timeline } from './timeline/timeline';
import type { ClaimMap } from './map/claimMap';
import { hasWebGL2 } from './map/hasWebGL2';
import type { DocumentMode } from './panel/documentMode';
import { shareUrl } from './state/shareUrl';
import { copyLink } from './ui/copyLink';
import { embedCredit } from './ui/embedCredit';
import { notices } from './ui/notice';

/** Numeric feature id → place id, for the features feature-state is set on. */
function featureIds(features: { id?: string | number; properties: { id: string } }[]): Map<number, string> {
  return new Map(features.map((f) => [Number(f.id), f.properties.id]));
}

/** The map, or null where this browser cannot draw it: no WebGL2, or MapLibre failed to start. */
function tryMap(create: () => ClaimMap): ClaimMap | null {
  if (!hasWebGL2()) return null;
  try {
    return create();
  } catch (error) {
    console.warn('Claimline: the map could not start;', error);
    return null;
  }
}

async function start(): Promise<void> {
  const mapNode = document.getElementById('map');
  const side = document.getElementById('side');
  const bottom = document.getElementById('timeline');
  const searchNode = document.getElementById('search');
  if (!mapNode || !side || !bottom || !searchNode)
    throw new Error('index.html: #map, #side, #timeline or #search is missing');

  const bundle = await loadBundle();
  const story: Story = loadStory(bundle.places, bundle.story);
  const range = timelineRange(story);

  // ---- state: URL → one store ----
  const defaults: UrlState = { day: story.period.to, city: null, embed: false };
  const urlContext = { range: range.range, places: new Set(story.places.map((p) => p.id)), defaults };
  const initial = readUrlState(location.search, urlContext);
  const store = createStore<UrlState>(initial.state);
  document.documentElement.classList.toggle('is-embed', initial.state.embed);
  // What could not be used from the link is told once, in words; the page goes on with the rest.
  const notice = notices(document.getElementById('app') ?? document.body);
  if (initial.problems.length)
    notice.show(
      'Part of this link could not be used, so the page shows its defaults instead:',
      initial.problems,
    );

  // ---- views ----
  const slider = timeline(bottom, {
    range: range.range,
    focusFrom: range.focusFrom,
    events: eventsBetween(story, range.range[0], range.range[1]).map((e) => ({ day: e.day, title: e.title })),
  });
  copyLink(side, () => shareUrl(location, store.get()));
  const summary = daySummary(side, story);
  legend(side, story);
  // Prepended to the side column on wide screens; a bottom sheet on phones (src/style.css).
  const panel = placePanel(side, story);
  const search = placeSearch(searchNode, story);
  // Embedded in an article, the page has no masthead: a small credit links to the full page.
  const credit = initial.state.embed ? embedCredit(mapNode) : null;

  // ---- intents → store (the map adds its own below) ----
  const policy = historyPolicy();
  let settled = true;
  slider.on('input', (day, phase) => {
    settled = phase === 'end' || phase === 'step';
    const mode = policy(phase, performance.now(), day !== store.get().day);
    if (mode) store.set({ day }, { history: mode });
    if (phase === 'end') summary.update(store.get(), true);
  });
  // Selecting a place is a new history entry, so Back closes the panel again.
  const select = (placeId: string) => store.set({ city: placeId }, { history: 'push' });
  summary.on('select', select);
  panel.on('close', () => store.set({ city: null }, { history: 'push' }));
  search.on('choose', select);

  // ---- store → views and URL (the map subscribes below); none of these needs the map ----
  store.subscribe((state, previous, meta) => {
    if (state.day !== previous.day) {
      slider.update(state);
      summary.update(state, settled);
    }
    if (state.city !== previous.city || state.day !== previous.day) panel.update(state);
    credit?.update(shareUrl(location, state));
    if (meta.history === 'none') return;
    const url = `${location.pathname}${writeUrlState(state, defaults)}${location.hash}`;
    if (meta.history === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
  window.addEventListener('popstate', () => {
    settled = true;
    store.set(readUrlState(location.search, urlContext).state, { history: 'none' });
  });
  slider.update(store.get());
  summary.update(store.get(), true);
  panel.update(store.get());
  credit?.update(shareUrl(location, store.get()));

  // ---- without a map: the page as a document, with every place's quotes in the map's place ----
  // Document mode and its code are loaded only when the map cannot start.
  let asDocument: Promise<DocumentMode> | null = null;
  const showAsDocument = (): void => {
    if (asDocument) return;
    document.documentElement.classList.add('is-document');
    notice.show(
      'This browser cannot draw the map (it needs WebGL2, which is missing or turned off). ' +
        'The timeline, the claims on each date and everything that was said are below as text.',
      [],
      'warning',
    );
    mapNode.hidden = true;
    asDocument = import('./panel/documentMode').then(({ documentMode }) => {
      const doc = documentMode(story);
      mapNode.after(doc.element);
      doc.tools.append(searchNode);
      if (credit) doc.element.append(credit.element);
      doc.update(store.get());
      store.subscribe((state, previous) => {
        if (state.day !== previous.day) doc.update(state);
      });
      Object.assign(window, { __claimline: { store, story, documentMode: true } });
      return doc;
    });
  };

  const style = buildStyle({
    data: bundle.geo,
    fontFaces: fontFaces(document.baseURI),
    attribution: attributionText(),
    parties: story.parties.map((p) => p.id),
    claimants: oblastClaimants(story),
  });
  const view = tryMap(() =>
    claimMap(mapNode, { style, bounds: bbox(bundle.geo.oblasts) as LngLatBoundsLike }),
  );
  if (!view) return showAsDocument();
  const ids = {
    oblasts: featureIds(bundle.geo.oblasts.features),
    cities: featureIds(bundle.geo.cities.features),
  };
  const cityFeatures = bundle.geo.cities.features;
  const buttons = cityButtons(
    view.map,
    story.places
      .map((place) => ({ place, feature: cityFeatures.find((f) => f.properties.id === place.id) }))
      .flatMap(({ place, feature }) =>
        feature
          ? [{ id: place.id, name: place.names.en, at: feature.geometry.coordinates as [number, number] }]
          : [],
      ),
  );
  const features = new Map<string, Feature>(
    [...bundle.geo.oblasts.features, ...cityFeatures].map((f) => [f.properties.id, f]),
  );
  /** How much of the map the phone's bottom sheet covers, so a chosen place is moved clear of it. */
  const sheetPadding = (): Partial<PaddingOptions> => {
    if (panel.element.hidden) return {};
    const sheet = panel.element.getBoundingClientRect();
    const area = mapNode.getBoundingClientRect();
    const across = sheet.left < area.right && sheet.right > area.left;
    const cover = area.bottom - sheet.top;
    return across && cover > 0 && cover < area.height ? { bottom: cover + 24 } : {};
  };
  let shownStates: DayStates | undefined;
  const showDay = (day: string) => {
    const next = dayStates(story, day, ids);
    applyDay(view.map, next, shownStates);
    shownStates = next;
  };

  // ---- map intents → store ----
  buttons.on('select', select);
  // After `select` (registered above), so the panel is open when the sheet's padding is measured.
  search.on('choose', (placeId) => {
    const feature = features.get(placeId);
    if (feature) focusPlace(view.map, feature, sheetPadding());
  });
  // A click on a city's dot or label (a touch is less exact than the city buttons need) opens the
  // city; elsewhere on an oblast, the oblast. Clicks on a city button never reach the map.
  view.map.on('click', (event) => {
    const { x, y } = event.point;
    const near: [[number, number], [number, number]] = [
      [x - 8, y - 8],
      [x + 8, y + 8],
    ];
    const [city] = view.map.queryRenderedFeatures(near, { layers: [LAYERS.cityCircle, LAYERS.cityLabel] });
    const [oblast] = city ? [] : view.map.queryRenderedFeatures(event.point, { layers: [LAYERS.oblastFill] });
    const id: unknown = (city ?? oblast)?.properties.id;
    if (typeof id === 'string' && story.placeById.has(id)) select(id);
  });
  view.map.on('mouseenter', LAYERS.oblastFill, () => (view.map.getCanvas().style.cursor = 'pointer'));
  view.map.on('mouseleave', LAYERS.oblastFill, () => (view.map.getCanvas().style.cursor = ''));

  // ---- store → map ----
  const unsubscribeMap = store.subscribe((state, previous) => {
    if (state.day !== previous.day) showDay(state.day);
    if (state.city !== previous.city) buttons.update(state);
  });
  buttons.update(store.get());
  view.map.once('load', () => showDay(store.get().day));
  // MapLibre reports a WebGL context it cannot get back (after a lost one) as an error event; the
  // page then carries on as a document rather than leave a dead map.
  view.map.on('error', ({ error }) => {
    if (!(error instanceof Error) || error.name !== 'GPUInitializationError') return;
    unsubscribeMap();
    buttons.destroy();
    view.destroy();
    showAsDocument();
  });

  // A read-only handle for the browser tests and the benchmark.
  Object.assign(window, { __claimline: { map: view.map, store, story } });

  // The imported assessed-control layer, when one was imported (npm run import).
  const oblastNames = new Map(story.places.filter((p) => p.kind === 'oblast').map((p) => [p.id, p.names.en]));
  // Its code (map layer, toggle, area chart) is fetched only when a layer was imported.
  void loadControl(document.baseURI).then(async (loaded) => {
    if (!loaded.index && loaded.errors.length === 0) return;
    const { wireControl } = await import('./control/wireControl');
    await wireControl({ map: view.map, store, side, slider, oblastNames, loaded });
  });
}

start().catch((error: unknown) => {
  console.error(error);
  const message = document.createElement('p');
  message.className = 'load-error';
  message.setAttribute('role', 'alert');
  message.textContent = `Claimline could not start: ${error instanceof Error ? error.message : String(error)}`;
  document.getElementById('app')?.prepend(message);
});
