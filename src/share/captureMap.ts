import type { Map as MapLibreMap } from 'maplibre-gl';

/** A copy of what the map shows, at its size in CSS pixels times `scale`. */
export type MapImage = HTMLCanvasElement;

/** Resolves on the map's next `idle` (style, tiles and data drawn); at once when nothing is pending. */
export function mapIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/**
 * The map's picture, read in the frame MapLibre draws it (its drawing buffer is not kept, which
 * keeps the map fast, so it is copied inside the `render` event, before the browser shows and
 * clears it). At another scale than the screen's, the map is drawn once more at that pixel ratio,
 * then put back.
 */
export async function captureMapLibre(map: MapLibreMap, scale: number): Promise<MapImage> {
  const before = map.getPixelRatio();
  const ratio = scale;
  if (ratio !== before) {
    map.setPixelRatio(ratio);
    await mapIdle(map);
  }
  try {
    return await mapFrame(map);
  } finally {
    if (ratio !== before) map.setPixelRatio(before);
  }
}

/** The map's next frame, copied in the `render` event that draws it, at the map's pixel ratio. */
export function mapFrame(map: MapLibreMap): Promise<MapImage> {
  return new Promise<MapImage>((resolve) => {
    map.once('render', () => resolve(copyCanvas(map.getCanvas())));
    map.triggerRepaint();
  });
}

/** A 2D copy of a canvas (MapLibre's, which is WebGL). */
export function copyCanvas(source: HTMLCanvasElement): MapImage {
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')?.drawImage(source, 0, 0);
  return copy;
}

/**
 * Without WebGL the map is SVG: it is drawn into a canvas through an image of its markup (a
 * same-origin blob:, which the page's policy allows), at its size on screen (or `box`) times `scale`.
 */
export async function captureSvg(
  svg: SVGSVGElement,
  scale: number,
  box: { width: number; height: number } = svg.getBoundingClientRect(),
): Promise<MapImage> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const markup = new XMLSerializer().serializeToString(copy);
  const href = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = href;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(box.width * scale);
    canvas.height = Math.round(box.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw into a canvas (no 2D context)');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(href);
  }
}
