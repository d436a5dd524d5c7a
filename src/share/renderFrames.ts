import type { Day } from '../story';
import { chosenLayers } from './chosenLayers';
import { frameMapBox, drawFrame } from './drawFrame';
import { frameWords } from './frameWords';
import { pageFrames } from './pageFrames';
import type { ShareSource } from './shareSource';

/** The words of a frame are laid out for a frame this many pixels across its short side, then scaled. */
const LAYOUT_SIDE = 540;

/** A frame made: the canvas holding it, its position, and the day drawn in it (its label). */
export type TakeFrame = (canvas: HTMLCanvasElement, position: number, day: Day) => Promise<void>;

/** A map the frames are drawn from: shows a day (resolving to the day drawn), then gives its picture. */
export interface FrameSource {
  show(day: Day, ahead: readonly Day[]): Promise<Day>;
  image(): Promise<HTMLCanvasElement>;
  /** Takes down what it made and puts back what it changed. */
  destroy(): void;
}

/**
 * Draws each of `days` and hands each whole frame (drawn into `canvas`, at its size) to `take`.
 * With MapLibre the map is one of the export's own, at the size the frame leaves for it and fitted
 * to the two oblasts (frameMap), with only the `layers` chosen (ids; null: all); the reader's map,
 * day and link stay as they are. Without it, the page's SVG map is drawn (pageFrames). Each frame
 * carries the words, key and credits for the day drawn; `signal`'s abort stops it at once.
 */
export async function renderFrames(
  source: ShareSource,
  options: {
    days: readonly Day[];
    canvas: HTMLCanvasElement;
    signal: AbortSignal;
    layers: readonly string[] | null;
  },
  take: TakeFrame,
): Promise<void> {
  const { days, canvas, signal } = options;
  const scale = Math.min(canvas.width, canvas.height) / LAYOUT_SIDE;
  // The SVG map draws what the page shows: the choice of layers is the frame map's.
  const own = source.map !== undefined;
  const listed = (await source.loaded).layers;
  const { chosen, key } = chosenLayers(
    listed,
    own ? options.layers : null,
    source.key(),
    source.locale.t.layers,
  );
  const indexes = chosen.map(({ loaded }) => loaded.index);
  const page = { key, credits: source.credits };
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(source.locale.t.exports.noCanvas);
  const first = days[0];
  if (first === undefined) return;
  const box = frameMapBox(
    ctx,
    frameWords(source.story, indexes, first, page, source.locale),
    canvas.width,
    canvas.height,
    scale,
  );
  let frames: FrameSource;
  if (!own) frames = pageFrames(source, scale, signal);
  else if (!source.frameMap) throw new Error(source.locale.t.exports.mapNotReady);
  else {
    const { frameMap } = await import('./frameMap');
    const size = {
      width: Math.floor(box.width / scale),
      height: Math.floor(box.height / scale),
      ratio: scale,
    };
    frames = await frameMap(
      { story: source.story, locale: source.locale, parts: source.frameMap, layers: chosen, ...size },
      signal,
    );
  }
  try {
    for (const [position, day] of days.entries()) {
      signal.throwIfAborted();
      const drawn = await frames.show(day, days.slice(position + 1, position + 4));
      signal.throwIfAborted();
      const image = await frames.image();
      drawFrame(canvas, image, frameWords(source.story, indexes, drawn, page, source.locale), scale);
      await take(canvas, position, drawn);
    }
  } finally {
    frames.destroy();
  }
}
