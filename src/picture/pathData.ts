import { geoStream, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';

export interface PathDataOptions {
  /** Decimals kept of each coordinate (screen pixels). */
  decimals?: number;
  /**
   * Each point written as its step from the one before, and points that do not move at this
   * precision left out: the shortest text, for the picture written into the page.
   */
  relative?: boolean;
}

/**
 * SVG path data of a GeoJSON object, walked by d3-geo's stream (features, polygons, rings, lines)
 * into a projection stream (pictureProjection's) and written here as straight segments, each ring
 * closed. Only the stream is taken from d3-geo: geoPath would bring its area, bounds, centroid and
 * length code too, which the picture never asks for, on the first load.
 */
export function pathData(
  object: GeoPermissibleObjects,
  project: (sink: GeoStream) => GeoStream,
  { decimals = 1, relative = false }: PathDataOptions = {},
): string {
  const unit = 10 ** decimals;
  // Whole multiples of the precision, so steps add up exactly to the points they lead to.
  const grid = (n: number) => Math.round(n * unit);
  const text = (n: number) => String(n / unit);
  let d = '';
  let start = true;
  let polygon = false;
  let last: [number, number] = [0, 0];
  let stepping = false;
  const sink: GeoStream = {
    point(px, py) {
      const x = grid(px);
      const y = grid(py);
      if (start || !relative) {
        d += `${start ? 'M' : 'L'}${text(x)},${text(y)}`;
        stepping = false;
      } else if (x !== last[0] || y !== last[1]) {
        const dx = text(x - last[0]);
        const dy = text(y - last[1]);
        // After the first step the `l` is implied; a minus sign separates numbers by itself.
        const lead = !stepping ? 'l' : dx.startsWith('-') ? '' : ' ';
        d += `${lead}${dx}${dy.startsWith('-') ? '' : ','}${dy}`;
        stepping = true;
      }
      last = [x, y];
      start = false;
    },
    lineStart() {
      start = true;
    },
    lineEnd() {
      if (polygon) d += 'Z';
      stepping = false;
    },
    polygonStart() {
      polygon = true;
    },
    polygonEnd() {
      polygon = false;
    },
    sphere() {
      // The picture never draws the whole sphere.
    },
  };
  geoStream(object, project(sink));
  return d;
}
