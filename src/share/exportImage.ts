import { bandsHeight, drawFrame } from './drawFrame';
import { drawInset } from './drawInset';
import { frameWords } from './frameWords';
import { canvasBlob, saveFile } from './saveFile';
import type { ShareSource } from './shareSource';
import { captureView, viewDrawn } from './viewDrawn';

/**
 * The current view as a PNG at `scale` (1 or 2 times its size on screen): the map with the title,
 * the day, the story's claim, the key and the credits drawn around it, and the locator inset in
 * the map's corner where the page shows it. Saves the file and says
 * what it saved.
 */
export async function exportImage(source: ShareSource, scale: number): Promise<string> {
  await viewDrawn(source);
  const day = source.store.get().day;
  const { layers } = await source.loaded;
  const map = await captureView(source, scale);
  const indexes = layers.map((layer) => layer.index);
  const words = frameWords(
    source.story,
    indexes,
    day,
    { key: source.key(), credits: source.credits },
    source.locale,
  );
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(source.locale.t.exports.noCanvas);
  canvas.width = map.width;
  canvas.height = map.height + bandsHeight(words, map.width, scale, ctx);
  const box = drawFrame(canvas, map, words, scale);
  if (source.locator) await drawInset(canvas, source.locator, box, scale);
  const name = `claimline-${day}-${scale}x.png`;
  saveFile(await canvasBlob(canvas, source.locale.t.exports), name);
  return source.locale.t.exports.savedImage(name, `${canvas.width}×${canvas.height}`);
}
