import { geoTransform, type GeoStream } from 'd3-geo';
import { OPENING_PADDING, ZOOM_RANGE } from '../ui/appearance.ts';

/** MapLibre's world is 512 CSS pixels wide at zoom 0. */
const WORLD = 512;

/** The MapLibre zoom of a d3 Mercator scale (pixels per radian), and back. */
export const zoomOfScale = (scale: number) => Math.log2((scale * 2 * Math.PI) / WORLD);
export const scaleOfZoom = (zoom: number) => (WORLD * 2 ** zoom) / (2 * Math.PI);

/** Web Mercator of a longitude and latitude in degrees, on a unit world (north is up, y down). */
export function mercator(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
  return [(lon * Math.PI) / 180, -Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/** The longitude and latitude of a point on the unit world, `mercator`'s inverse. */
export function unmercator(x: number, y: number): [number, number] {
  return [(x * 180) / Math.PI, (Math.atan(Math.sinh(-y)) * 180) / Math.PI];
}

/** A Web Mercator projection at a scale (pixels per radian) and offset, as d3-geo's paths take it. */
export interface PictureProjection {
  scale: number;
  translate: [number, number];
  /** A point on screen. */
  point(at: readonly [number, number]): [number, number];
  /** The longitude and latitude at a point on screen. */
  invert(point: readonly [number, number]): [number, number];
  /** A d3-geo stream that projects every vertex (pathData joins them with straight lines). */
  stream: (sink: GeoStream) => GeoStream;
}

export function projection(scale: number, translate: [number, number]): PictureProjection {
  const point = (at: readonly [number, number]): [number, number] => {
    const [x, y] = mercator(at[0], at[1]);
    return [translate[0] + scale * x, translate[1] + scale * y];
  };
  // A plain transform, not d3's resampled and clipped geoMercator: MapLibre joins projected
  // vertices with straight lines, and so does this, so the swap from picture to map moves nothing.
  const transform = geoTransform({
    point(this: { stream: GeoStream }, lon: number, lat: number) {
      const [x, y] = point([lon, lat]);
      this.stream.point(x, y);
    },
  });
  const invert = (at: readonly [number, number]) =>
    unmercator((at[0] - translate[0]) / scale, (at[1] - translate[1]) / scale);
  return { scale, translate, point, invert, stream: (sink) => transform.stream(sink) };
}

/**
 * The opening view exactly as MapLibre frames it (fitBounds with OPENING_PADDING): the box's corners
 * fitted into the padded viewport at the zoom that fits both ways, clamped to the map's zoom range,
 * and centred.
 */
export function openingProjection(
  bounds: readonly [number, number, number, number],
  width: number,
  height: number,
): PictureProjection {
  const [west, south, east, north] = bounds;
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  const pad = OPENING_PADDING;
  const fit = Math.min((width - 2 * pad) / (x1 - x0), (height - 2 * pad) / (y1 - y0));
  const zoom = Math.min(ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, zoomOfScale(Math.max(fit, 1e-9))));
  const scale = scaleOfZoom(zoom);
  return projection(scale, [width / 2 - (scale * (x0 + x1)) / 2, height / 2 - (scale * (y0 + y1)) / 2]);
}
