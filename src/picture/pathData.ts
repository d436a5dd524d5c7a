import { geoStream, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * SVG path data of a GeoJSON object, walked by d3-geo's stream (features, polygons, rings, lines)
 * into a projection stream (pictureProjection's) and written here as straight segments, each ring
 * closed. Only the stream is taken from d3-geo: geoPath would bring its area, bounds, centroid and
 * length code too, which the picture never asks for, on the first load.
 */
export function pathData(object: GeoPermissibleObjects, project: (sink: GeoStream) => GeoStream): string {
  let d = '';
  let start = true;
  let polygon = false;
  const sink: GeoStream = {
    point(x, y) {
      d += `${start ? 'M' : 'L'}${round(x)},${round(y)}`;
      start = false;
    },
    lineStart() {
      start = true;
    },
    lineEnd() {
      if (polygon) d += 'Z';
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
