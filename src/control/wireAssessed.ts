import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Store } from '../state/createStore';
import { daysBetween, type Day } from '../story/day';
import { ASSESSED_COLOUR, ASSESSED_OPACITY, ASSESSED_SERIES_COLOURS } from '../ui/palette';
import type { TrackScaleOptions } from '../ui/timeScale';
import { assessedChart } from './assessedChart';
import { assessedLayer } from './assessedLayer';
import { assessedSummary } from './assessedSummary';
import { intervalAt } from './controlIndex';
import { AssessedToggle } from './AssessedToggle';
import { geometryLoader } from './geometryLoader';
import type { LoadedAssessed } from './loadLayers';
import { aheadPlan, prefetchPlan } from './prefetchPlan';

/** Geometry files kept in memory at most; about 20 KB of text each, a little more parsed. */
const CACHE_FILES = 32;
/** Files fetched ahead of a drag or play (the steps the last one's stride will land on). */
const AHEAD_MOVING = 4;
/** Files fetched ahead of a key or button step, in its direction. */
const AHEAD_STEP = 3;
/** Files fetched ahead of play, from the days it says it lands on: half the cache, so none is
 * forgotten before it is shown. */
const AHEAD_PLAY = CACHE_FILES / 2;

/**
 * Where the assessed layer's parts go, handed over by the composition root: this module knows no
 * other view, only these slots.
 */
export interface AssessedSlots {
  map: MapLibreMap;
  /** The map layer the assessed fill is drawn under. */
  beforeLayer: string;
  store: Store<{ day: Day }>;
  oblastNames: ReadonlyMap<string, string>;
  /** Puts the summary section in its place in the side panel. */
  placeSummary: (section: HTMLElement) => void;
  /** Puts the note that a broken layer was not shown where the reader sees it. */
  placeNotice: (note: HTMLElement) => void;
  /** Adds a row to the map's key; returns what removes it. */
  addLegendRow: (text: string, swatch: { className: string; colour: string; opacity?: number }) => () => void;
  /** A node as wide as the timeline's track, behind its axis, and the scale the track uses. */
  chart: { slot: HTMLElement; scale: TrackScaleOptions };
}

/**
 * The imported assessed-control layer, when there is one: map layer, toggle, the area figures in
 * the panel, a row in the key and the area chart behind the timeline, all following the store's
 * day. The layer's visibility is this view's own toggle, not app state. Resolves to null when
 * there is no layer to show.
 */
export async function wireAssessed(loaded: LoadedAssessed, slots: AssessedSlots) {
  const { map, store } = slots;
  if (!loaded.index) {
    if (loaded.errors.length) {
      console.error(loaded.errors.join('\n'));
      errorNote(slots).textContent = `The imported control layer was not shown: ${loaded.errors[0] ?? ''}`;
    }
    return null;
  }
  const { index } = loaded;
  const loader = geometryLoader({ url: loaded.fileUrl, label: loaded.filePath, limit: CACHE_FILES });
  // The day's file is fetched while the map starts, not after: the first idle waits for it.
  loader.want(intervalAt(index.intervals, store.get().day)?.geometry ?? null);
  if (!map.loaded()) await new Promise((resolve) => map.once('load', resolve));
  const layer = assessedLayer(map, index, loader, slots.beforeLayer);
  // One notice for a geometry file that cannot be used, while the day shown needs it.
  let note: HTMLElement | null = null;
  layer.on('failed', (reason) => {
    console.error(reason);
    note ??= errorNote(slots);
    note.hidden = false;
    note.textContent = `The imported control layer has no map for this day: ${reason}. The rest of the page works as before.`;
  });
  // Once a settled day is drawn and the map is idle, its two neighbours are fetched, so the first
  // step of a key press or of play finds its file; never before that idle, so the first load
  // fetches the index and one file only.
  let settled = true;
  // While the day's file is slow to come, the summary says the faded area is another day's.
  let staleShown = false;
  layer.on('stale', () => {
    staleShown = true;
    const day = store.get().day;
    summary.update(day, layer.applyDay(day), visible, true);
  });
  layer.on('drawn', () => {
    if (staleShown) {
      staleShown = false;
      show(store.get().day);
    }
    if (note) note.hidden = true;
    if (layer.status().faded === false)
      summary.update(store.get().day, layer.applyDay(store.get().day), visible);
    if (!settled) return;
    map.once('idle', () => {
      if (!settled) return;
      const day = store.get().day;
      loader.prefetch([
        ...prefetchPlan(index.intervals, day, 1, 1),
        ...prefetchPlan(index.intervals, day, -1, 1),
      ]);
    });
  });
  const summary = assessedSummary(index, slots.oblastNames);
  slots.placeSummary(summary.element);
  const chart = assessedChart(
    slots.chart.slot,
    slots.chart.scale,
    index.intervals,
    [...slots.oblastNames.keys()].map((id) => ({
      id,
      colour: ASSESSED_SERIES_COLOURS[id] ?? ASSESSED_COLOUR,
    })),
  );
  const removeLegendRow = slots.addLegendRow(`Assessed control: ${index.source.name}`, {
    className: 'swatch-assessed',
    colour: ASSESSED_COLOUR,
    opacity: ASSESSED_OPACITY,
  });

  let visible = true;
  const show = (day: Day) => summary.update(day, layer.applyDay(day), visible);
  const toggle = new AssessedToggle('Assessed control', (checked) => {
    visible = checked;
    layer.setVisible(checked);
    show(store.get().day);
  });
  map.addControl(toggle, 'top-right');
  const unsubscribe = store.subscribe((state, previous, meta) => {
    settled = meta.settled;
    if (state.day !== previous.day) show(state.day);
    // Fetch ahead: the days play says it lands on next, or else the steps a drag or key run of
    // the same stride would land on.
    if (meta.ahead) loader.prefetch(aheadPlan(index.intervals, state.day, meta.ahead, AHEAD_PLAY));
    else if (state.day !== previous.day) {
      const stride = daysBetween(previous.day, state.day);
      loader.prefetch(
        prefetchPlan(index.intervals, state.day, stride, meta.settled ? AHEAD_STEP : AHEAD_MOVING),
      );
    }
  });
  show(store.get().day);

  return {
    layer,
    destroy(): void {
      unsubscribe();
      map.removeControl(toggle);
      removeLegendRow();
      chart.destroy();
      summary.destroy();
      layer.destroy();
      loader.destroy();
      note?.remove();
    },
  };
}

function errorNote(slots: AssessedSlots): HTMLElement {
  const note = document.createElement('p');
  note.className = 'assessed-error';
  note.setAttribute('role', 'status');
  slots.placeNotice(note);
  return note;
}

export type AssessedView = NonNullable<Awaited<ReturnType<typeof wireAssessed>>>;
