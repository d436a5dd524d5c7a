import type { Locale } from '../i18n/locale';
import { Map as MapLibreMap, restoreNow, setNow } from 'maplibre-gl';
import type { LoadedLayer } from '../control/loadLayers';
import { oblastClaimants, type Day, type Story } from '../story';
import { boundsOf, ZOOM_RANGE } from '../ui/appearance';
import { el } from '../ui/el';
import { layerStyle } from '../ui/layerStyles';
import { partyColour } from '../ui/palette';
import { copyCanvas, mapIdle } from './captureMap';
import { frameLayers } from './frameLayers';
import type { DayStatesOf, FrameMapParts } from './frameMapParts';
import type { FrameSource } from './renderFrames';

/** Room around the two oblasts in a frame's map, CSS pixels (before the frame's scale). */
const FIT_PADDING = 8;
/** How far the map's frozen clock moves between two frames, ms: past any fade a day's change starts. */
const CLOCK_STEP_MS = 1000;

export interface FrameMapOptions {
  story: Story;
  /** The page's language: a layer's name in what a frame that cannot be drawn says. */
  locale: Locale;
  parts: FrameMapParts;
  /** The imported layers to draw, each with its place in the page's list (which gives its style). */
  layers: readonly { loaded: LoadedLayer; position: number }[];
  /** The map's size in CSS pixels, and the pixel ratio it is drawn at (the frame's scale). */
  width: number;
  height: number;
  ratio: number;
}

/**
 * A MapLibre map of the exports' own, out of sight, at the frame's map size: the page's style
 * (built anew from the same specs), the day put on it by the map's own feature-state functions, the
 * chosen imported layers and the orientation layers, fitted to the two oblasts for the frame's
 * shape. Its clock is frozen (setNow) and moved a fixed step per frame; each frame waits for its
 * layers' files and the map's idle, and is read from a kept drawing buffer. The reader's map, day
 * and link are never touched. `destroy` takes it down and gives the clock back.
 */
export async function frameMap(options: FrameMapOptions, signal: AbortSignal): Promise<FrameSource> {
  const { story, parts } = options;
  const container = el('div', 'share-frame-map');
  container.setAttribute('aria-hidden', 'true');
  container.style.width = `${options.width}px`;
  container.style.height = `${options.height}px`;
  document.body.append(container);
  let map: MapLibreMap;
  try {
    map = newMap(container, options);
  } catch (error) {
    container.remove();
    throw error;
  }
  let layers: ReturnType<typeof frameLayers> | null = null;
  const destroy = () => {
    restoreNow();
    layers?.destroy();
    map.remove();
    container.remove();
  };
  try {
    await abortable(new Promise((resolve) => map.once('load', resolve)), signal);
    // The imported layers, then the orientation above them, as on screen.
    layers = frameLayers(
      map,
      options.layers.map(({ loaded, position }) => ({ loaded, style: layerStyle(position) })),
      parts.LAYERS.oblastLine,
      options.locale,
    );
    await abortable(parts.addContext(map), signal);
  } catch (error) {
    destroy();
    throw error;
  }
  const shownLayers = layers;
  const ids = {
    oblasts: featureIds(parts.geo.oblasts.features),
    cities: featureIds(parts.geo.cities.features),
  };
  const clock = performance.now();
  let frame = 0;
  let shown: DayStatesOf | undefined;
  return {
    async show(day: Day, ahead: readonly Day[]): Promise<Day> {
      setNow(clock + ++frame * CLOCK_STEP_MS);
      const next = parts.dayStates(story, day, ids);
      parts.applyDay(map, next, shown);
      shown = next;
      await shownLayers.show(day, ahead, signal);
      await abortable(mapIdle(map), signal);
      return day;
    },
    image: () => Promise.resolve(copyCanvas(map.getCanvas())),
    destroy,
  };
}

/** The map, drawn at the frame's scale, not interactive, its drawing buffer kept for reading. */
function newMap(container: HTMLElement, { story, parts, ratio }: FrameMapOptions): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style: parts.buildStyle({
      data: parts.geo,
      fontFaces: parts.fontFaces(document.baseURI),
      parties: story.parties.map((p) => p.id),
      claimants: oblastClaimants(story),
    }),
    bounds: boundsOf(parts.geo.oblasts),
    fitBoundsOptions: { padding: FIT_PADDING },
    maxZoom: ZOOM_RANGE.max,
    pixelRatio: ratio,
    interactive: false,
    trackResize: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  // The claims' hatches, drawn in code when the style first asks for them (as on screen).
  map.setMissingStyleImageResolver((id) => {
    const hatch = parts.parseHatchId(id);
    if (!hatch || map.hasImage(id)) return;
    map.addImage(id, parts.hatchImage(partyColour(hatch.party), hatch.angle), { pixelRatio: 1 });
  });
  return map;
}

/** Numeric feature id → place id, for the features feature-state is set on. */
function featureIds(features: readonly { id?: string | number; properties: { id: string } }[]) {
  return new Map(features.map((f) => [Number(f.id), f.properties.id]));
}

/** `promise`, or `signal`'s reason as soon as it is aborted: Cancel never waits for the map. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
