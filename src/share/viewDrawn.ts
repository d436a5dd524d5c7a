import { captureMapLibre, captureSvg, mapIdle, type MapImage } from './captureMap';
import type { ShareSource } from './shareSource';

/** How long a day's layer files may take before an export says so, ms. */
const DRAWN_WAIT_MS = 20_000;

/**
 * Resolves once the map shows the store's day in full: every imported layer's file for the day
 * is drawn (not the faded area of another day kept while it loads) and the map is idle. So the
 * day written on a picture is the day drawn in it.
 */
export async function viewDrawn(source: ShareSource, signal?: AbortSignal): Promise<void> {
  const start = performance.now();
  const pending = () => source.layers?.layers.some((view) => view.layer.status().pending) ?? false;
  while (pending()) {
    signal?.throwIfAborted();
    if (performance.now() - start > DRAWN_WAIT_MS)
      throw new Error(
        source.locale.t.exports.viewLate(
          source.locale.day(source.store.get().day),
          source.locale.number(DRAWN_WAIT_MS / 1000),
        ),
      );
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  if (source.map) await mapIdle(source.map);
  // The SVG map draws a new day in the next animation frame.
  else await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** The map as drawn now, at `scale`: MapLibre's canvas, or the SVG map without it. */
export async function captureView(source: ShareSource, scale: number): Promise<MapImage> {
  if (source.map) return captureMapLibre(source.map, scale);
  const svg = source.mapNode.querySelector<SVGSVGElement>('svg.picture');
  if (!svg) throw new Error(source.locale.t.exports.noMapYet);
  return captureSvg(svg, scale);
}
