import './style.css';
import bbox from '@turf/bbox';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { loadBundle } from './data/loadBundle';
import { applyDay } from './map/applyDay';
import { attributionText } from './map/attributionText';
import { buildStyle } from './map/buildStyle';
import { claimMap } from './map/claimMap';
import { dayStates, type DayStates } from './map/dayState';
import { fontFaces } from './map/fonts';
import { daySummary } from './panel/daySummary';
import { legend } from './panel/legend';
import { createStore } from './state/createStore';
import { historyPolicy } from './state/historyPolicy';
import { readUrlState, writeUrlState, type UrlState } from './state/urlState';
import { eventsBetween, loadStory, type Story } from './story';
import { timelineRange } from './timeline/timelineRange';
import { timeline } from './timeline/timeline';

/** Numeric feature id → place id, for the features feature-state is set on. */
function featureIds(features: { id?: string | number; properties: { id: string } }[]): Map<number, string> {
  return new Map(features.map((f) => [Number(f.id), f.properties.id]));
}

async function start(): Promise<void> {
  const mapNode = document.getElementById('map');
  const side = document.getElementById('side');
  const bottom = document.getElementById('timeline');
  if (!mapNode || !side || !bottom) throw new Error('index.html: #map, #side or #timeline is missing');

  const bundle = await loadBundle();
  const story: Story = loadStory(bundle.places, bundle.story);
  const range = timelineRange(story);

  // ---- state: URL → one store ----
  const defaults: UrlState = { day: story.period.to, city: null, embed: false };
  const urlContext = { range: range.range, places: new Set(story.places.map((p) => p.id)), defaults };
  const initial = readUrlState(location.search, urlContext);
  const store = createStore<UrlState>(initial.state);
  document.documentElement.classList.toggle('is-embed', initial.state.embed);

  // ---- views ----
  const slider = timeline(bottom, {
    range: range.range,
    focusFrom: range.focusFrom,
    events: eventsBetween(story, range.range[0], range.range[1]).map((e) => ({ day: e.day, title: e.title })),
  });
  const summary = daySummary(side, story);
  legend(side, story);

  const style = buildStyle({
    data: bundle.geo,
    fontFaces: fontFaces(document.baseURI),
    attribution: attributionText(),
    parties: story.parties.map((p) => p.id),
  });
  const view = claimMap(mapNode, { style, bounds: bbox(bundle.geo.oblasts) as LngLatBoundsLike });
  const ids = {
    oblasts: featureIds(bundle.geo.oblasts.features),
    cities: featureIds(bundle.geo.cities.features),
  };
  let shownStates: DayStates | undefined;
  const showDay = (day: string) => {
    const next = dayStates(story, day, ids);
    applyDay(view.map, next, shownStates);
    shownStates = next;
  };

  // ---- intents → store ----
  const policy = historyPolicy();
  let settled = true;
  slider.on('input', (day, phase) => {
    settled = phase === 'end' || phase === 'step';
    const mode = policy(phase, performance.now(), day !== store.get().day);
    if (mode) store.set({ day }, { history: mode });
    if (phase === 'end') summary.update(store.get(), true);
  });

  // ---- store → views and URL ----
  store.subscribe((state, previous, meta) => {
    if (state.day !== previous.day) {
      slider.update(state);
      summary.update(state, settled);
      showDay(state.day);
    }
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
  view.map.once('load', () => showDay(store.get().day));

  // A read-only handle for the browser tests and the benchmark.
  Object.assign(window, { __claimline: { map: view.map, store, story } });
}

start().catch((error: unknown) => {
  console.error(error);
  const message = document.createElement('p');
  message.className = 'load-error';
  message.setAttribute('role', 'alert');
  message.textContent = `Claimline could not start: ${error instanceof Error ? error.message : String(error)}`;
  document.getElementById('app')?.prepend(message);
});
