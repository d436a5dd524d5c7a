import './layers.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Locale } from '../i18n/locale';
import type { AppStore } from '../state/intent';
import type { Day, Stories } from '../story';
import { disagreementMarks } from './disagreementMarks';
import { el } from '../ui/el';
import { emitter } from '../ui/emitter';
import { layerStyle } from '../ui/layerStyles';
import { webAddress } from '../story/webAddress';
import type { Credit } from '../ui/credit';
import type { TrackScaleOptions } from '../ui/timeScale';
import { layerLabel } from './kindName';
import { layersChart } from './layersChart';
import { LayersToggle } from './LayersToggle';
import type { LoadedLayers } from './loadLayers';
import { layerLoader, oneLayerView } from './oneLayerView';

/**
 * Where the imported layers' parts go, handed over by the composition root: this module knows no
 * other view, only these slots.
 */
export interface LayersSlots {
  map: MapLibreMap;
  /** Resolves once the map's style is parsed (MapView.styleLoaded). */
  styleLoaded: Promise<void>;
  /** The map layer the imported layers are drawn under. */
  beforeLayer: string;
  store: AppStore<{ day: Day; city: string | null }>;
  stories: Stories;
  oblastNames: ReadonlyMap<string, string>;
  /** The page's language: the layers' views' words, days and numbers. */
  locale: Locale;
  /** Puts a layer's figures in their place in the side panel (called in the list's order). */
  placeFigures: (section: HTMLElement) => void;
  /** Puts the note that a layer was not shown where the reader sees it. */
  placeNotice: (note: HTMLElement) => void;
  /** Adds a row to the map's key; returns what removes it. */
  addLegendRow: (text: string, swatch: { className: string; colour: string; opacity?: number }) => () => void;
  /** Adds a credit to the map's credits (written as text); returns what removes it. */
  addCredit: (credit: Credit) => () => void;
  /** A node as wide as the timeline's track, behind its axis, the scale the track uses, and where the chart's key goes. */
  chart: { slot: HTMLElement; scale: TrackScaleOptions; placeKey: (node: HTMLElement) => void };
}

/**
 * The imported layers, when there are any: each on the map in its own style with its figures in
 * the panel, a key row and a credit; one map control with a checkbox per layer; one chart behind
 * the timeline with a line per layer. Layers that could not be loaded are named in one note. The
 * layers' visibility is this view's own, not app state. The day a reader asks for from the marks
 * comes out as `on('step', day)`, for the composition root to send. Resolves to null when nothing is
 * shown.
 */
export async function layersView(loaded: LoadedLayers, slots: LayersSlots) {
  const { map, store } = slots;
  const notes = layerNotes(slots, loaded.errors);
  const words = slots.locale.t.layers;
  // The day's files are fetched while the map starts.
  const starts = loaded.layers.map((layer) => ({ layer, loader: layerLoader(layer, store.get().day) }));
  if (starts.length === 0) return null;
  // Added once the style is parsed, not at `load` (after the first tiles are drawn), so the layers'
  // tiles join the map's first pass instead of costing a second one.
  await slots.styleLoaded;

  const views = starts.map(({ layer, loader }, position) =>
    oneLayerView(layer, loader, layerStyle(position), {
      map,
      beforeLayer: slots.beforeLayer,
      store,
      oblastNames: slots.oblastNames,
      locale: slots.locale,
      placeFigures: slots.placeFigures,
      // One note, naming the day, for the geometry files that cannot be used while the day needs them.
      reportFailure: (reason) => notes.failure(layer.index.id, reason),
    }),
  );
  const [firstView] = views;
  if (!firstView) return null;
  const toggle = new LayersToggle(
    views.map((view) => ({ id: view.index.id, label: layerLabel(view.index, words) })),
    (id, checked) => views.find((view) => view.index.id === id)?.setVisible(checked),
    words.heading,
  );
  map.addControl(toggle, 'top-right');
  const removeKeyAndCredits = keyAndCredits(
    views.map((view) => view.index),
    slots,
  );
  // The chart behind the track is drawn once the map is idle with the layers on it: drawn at
  // once, its long dashed line was rastered while MapLibre made its first frames, and a cold load
  // reached its last idle ~0.17 s later (ablation builds, 16 interleaved cold loads each).
  let chart: ReturnType<typeof layersChart> | null = null;
  const drawChart = () => {
    chart = layersChart(
      slots.chart.slot,
      slots.chart.placeKey,
      slots.chart.scale,
      views.map((view, position) => ({ index: view.index, style: layerStyle(position) })),
      slots.locale,
    );
    chart.update(store.get());
  };
  map.once('idle', drawChart);
  const marks = disagreementMarks(
    slots.chart.slot,
    slots.chart.placeKey,
    slots.chart.scale,
    slots.stories,
    views.map((view) => view.index.intervals),
    slots.locale,
  );
  const out = emitter<{ step: [day: Day] }>();
  marks.on('step', (day) => out.emit('step', day));
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.day !== previous.day) chart?.update(state);
    marks.update(state);
  });
  marks.update(store.get());

  return {
    layers: views,
    marks,
    /** The first layer, which the benchmark and the browser tests watch. */
    layer: firstView.layer,
    on: out.on,
    destroy(): void {
      out.clear();
      unsubscribe();
      map.removeControl(toggle);
      for (const remove of removeKeyAndCredits) remove();
      map.off('idle', drawChart);
      chart?.destroy();
      marks.destroy();
      for (const view of views) view.destroy();
      notes.remove();
    },
  };
}

/** Each layer's row in the map's key and its credit, named in the page's language; returns what removes them. */
function keyAndCredits(
  indexes: readonly LoadedLayers['layers'][number]['index'][],
  slots: Pick<LayersSlots, 'addLegendRow' | 'addCredit' | 'locale'>,
): (() => void)[] {
  const words = slots.locale.t.layers;
  const rows = indexes.map((index, position) => {
    const style = layerStyle(position);
    return slots.addLegendRow(layerLabel(index, words), {
      className: `swatch-layer swatch-layer-${style.pattern}`,
      colour: style.ink,
      opacity: style.tint,
    });
  });
  const credits = indexes.map((index) =>
    slots.addCredit({
      name: layerLabel(index, words),
      licence: index.source.licence,
      url: webAddress(index.source.url) ?? undefined,
    }),
  );
  return [...rows, ...credits];
}

/**
 * The one note that names what could not be shown: the layers that were not loaded (`errors`), or
 * the geometry files that cannot be used while the day shown needs them (`failure`, per layer;
 * null when its file is fine again). It is made only when there is something to say.
 */
function layerNotes(slots: Pick<LayersSlots, 'placeNotice' | 'locale'>, errors: readonly string[]) {
  const words = slots.locale.t.layers;
  let note: HTMLElement | null = null;
  const say = (text: string) => {
    if (!note) {
      note = el('p', 'layer-error');
      note.setAttribute('role', 'status');
      slots.placeNotice(note);
    }
    note.hidden = false;
    note.textContent = text;
  };
  if (errors.length) {
    console.error(errors.join('\n'));
    say(words.notShown(errors[0] ?? ''));
  }
  const failures = new Map<string, string>();
  return {
    failure(layerId: string, reason: string | null): void {
      if (reason) failures.set(layerId, reason);
      else failures.delete(layerId);
      if (failures.size) say(words.failures([...failures.values()].join('; ')));
      else if (note && !errors.length) note.hidden = true;
    },
    remove: () => note?.remove(),
  };
}

export type LayersView = NonNullable<Awaited<ReturnType<typeof layersView>>>;
