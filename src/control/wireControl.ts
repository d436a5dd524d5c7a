import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYERS } from '../map/layers';
import { controlSummary } from '../panel/controlSummary';
import type { Store } from '../state/createStore';
import { areaChart } from '../timeline/areaChart';
import type { Timeline } from '../timeline/timeline';
import { CONTROL_COLOUR } from './controlLayers';
import { controlLayer } from './controlLayer';
import { ControlToggle } from './ControlToggle';
import type { LoadedControl } from './loadControl';

export interface ControlWiring {
  map: MapLibreMap;
  store: Store<{ day: string }>;
  side: HTMLElement;
  slider: Timeline;
  oblastNames: ReadonlyMap<string, string>;
  loaded: LoadedControl;
}

const SERIES_COLOURS: Record<string, string> = { 'luhansk-oblast': '#4d4d4d', 'donetsk-oblast': '#8a8a8a' };

/**
 * The imported "assessed control" layer, when there is one: map layer, toggle, the area figures in
 * the panel and the area chart behind the timeline, all following the store's day. The layer's
 * visibility is this view's own toggle, not app state.
 */
export async function wireControl({ map, store, side, slider, oblastNames, loaded }: ControlWiring) {
  if (!loaded.index) {
    if (loaded.errors.length) {
      console.error(loaded.errors.join('\n'));
      const notice = document.createElement('p');
      notice.className = 'control-error';
      notice.setAttribute('role', 'status');
      notice.textContent = `The imported control layer was not shown: ${loaded.errors[0] ?? ''}`;
      side.append(notice);
    }
    return null;
  }
  const { index, geometryUrl } = loaded;
  if (!map.loaded()) await new Promise((resolve) => map.once('load', resolve));
  const layer = controlLayer(map, index, geometryUrl, LAYERS.oblastLine);
  // Right after the day's claims, so the two readings of the day sit together.
  const summary = controlSummary(
    side,
    index,
    oblastNames,
    side.querySelector('.day-summary')?.nextElementSibling ?? null,
  );
  const chart = areaChart(
    slider.track,
    index.intervals,
    [...oblastNames.keys()].map((id) => ({ id, colour: SERIES_COLOURS[id] ?? CONTROL_COLOUR })),
  );
  chart.update(slider.geometry);
  side.querySelector('.legend ul')?.append(legendRow(`Assessed control: ${index.source.name}`));
  slider.on('layout', chart.update);

  let visible = true;
  const show = (day: string) => summary.update(layer.applyDay(day), visible);
  const toggle = new ControlToggle('Assessed control', (checked) => {
    visible = checked;
    layer.setVisible(checked);
    show(store.get().day);
  });
  map.addControl(toggle, 'top-right');
  store.subscribe((state, previous) => {
    if (state.day !== previous.day) show(state.day);
  });
  show(store.get().day);
  return layer;
}

function legendRow(text: string): HTMLLIElement {
  const item = document.createElement('li');
  const swatch = document.createElement('span');
  swatch.className = 'swatch swatch-control';
  swatch.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.textContent = text;
  item.append(swatch, label);
  return item;
}
