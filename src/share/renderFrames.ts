import { restoreNow, setNow } from 'maplibre-gl';
import type { Intent } from '../state/intent';
import type { Day } from '../story';
import { captureSvg, mapFrame, type MapImage } from './captureMap';
import { drawFrame } from './drawFrame';
import { frameWords } from './frameWords';
import type { ShareSource } from './shareSource';
import { viewDrawn } from './viewDrawn';

/** The words of a frame are laid out for a frame this many pixels across its short side, then scaled. */
const LAYOUT_SIDE = 540;
/** How far the map's frozen clock moves between two frames, ms: past any fade a day's change starts. */
const CLOCK_STEP_MS = 1000;

/** A frame made: the canvas holding it, its position, and the day drawn in it (its label). */
export type TakeFrame = (canvas: HTMLCanvasElement, position: number, day: Day) => Promise<void>;

/**
 * Draws each of `days` on the page's map, one after the other, and hands each whole frame (drawn
 * into `canvas`, at its size) to `take`: the map's clock is frozen (MapLibre's setNow) and moved a fixed step per frame, each
 * frame waits for the day's layer files and the map's idle, and its label is the day the store
 * then holds (the day drawn, not the day asked for). The map is drawn at the frame's scale while
 * it runs; the day, the pixel ratio and the clock are put back at the end, or on `signal`'s abort,
 * which stops it at once.
 */
export async function renderFrames(
  source: ShareSource,
  options: { days: readonly Day[]; canvas: HTMLCanvasElement; signal: AbortSignal },
  take: TakeFrame,
): Promise<void> {
  const { days, canvas, signal } = options;
  const { map, store } = source;
  const before = store.get().day;
  const scale = Math.min(canvas.width, canvas.height) / LAYOUT_SIDE;
  const indexes = (await source.loaded).layers.map((layer) => layer.index);
  const page = { key: source.key(), credits: source.credits };
  const ratio = map?.getPixelRatio();
  const clock = performance.now();
  try {
    if (map) map.setPixelRatio(scale);
    for (const [position, day] of days.entries()) {
      signal.throwIfAborted();
      const intent: Intent = {
        history: 'replace',
        settled: false,
        ahead: days.slice(position + 1, position + 4),
      };
      source.showDay(day, intent);
      if (map) setNow(clock + (position + 1) * CLOCK_STEP_MS);
      await viewDrawn(source, signal);
      signal.throwIfAborted();
      const drawn = store.get().day;
      const image = await frameImage(source, scale);
      drawFrame(canvas, image, frameWords(source.story, indexes, drawn, page), scale);
      await take(canvas, position, drawn);
    }
  } finally {
    if (map) {
      restoreNow();
      if (ratio !== undefined) map.setPixelRatio(ratio);
    }
    source.showDay(before, { history: 'replace', settled: true });
  }
}

/** The map of the frame: MapLibre's next frame, or the SVG map without it. */
function frameImage(source: ShareSource, scale: number): Promise<MapImage> {
  if (source.map) return mapFrame(source.map);
  const svg = source.mapNode.querySelector<SVGSVGElement>('svg.picture');
  if (!svg) throw new Error('There is no map on the page to draw yet');
  return captureSvg(svg, scale);
}
