/** What the map shows: the zoom (MapLibre's) and the centre, in degrees. */
export interface MapAt {
  zoom: number;
  lat: number;
  lng: number;
}

/** The zooms a map can show (the app's ZOOM_RANGE). */
export interface ZoomRange {
  min: number;
  max: number;
}

/**
 * MapLibre's `hash: "map"` form, `map=zoom/lat/lng`, as one part of the hash (`&` between parts).
 * What it lets through that is not a plain decimal (`1.2.3`) is NaN to Number and fails the range
 * checks below.
 */
const VIEW = /(?:^#?|&)map=(-?[\d.]{1,20})\/(-?[\d.]{1,20})\/(-?[\d.]{1,20})(?=&|$)/;

/** Web Mercator's edge: a centre beyond it cannot be shown. */
const MAX_LAT = 85.0511;

/**
 * The view a link names in its hash, `#map=zoom/lat/lng`, or null where it names none or one the
 * map cannot show: not three plain numbers, the zoom outside `range`, the centre off the world. The
 * page then opens on its opening view, with no message: a view is a convenience, not content. It
 * never throws. A hash longer than any the page writes is read only in part.
 */
export function readViewHash(hash: string, range: ZoomRange): MapAt | null {
  const [zoom = NaN, lat = NaN, lng = NaN] = (VIEW.exec(hash.slice(0, 2000)) ?? []).slice(1).map(Number);
  // NaN fails every comparison.
  return zoom >= range.min && zoom <= range.max && Math.abs(lat) <= MAX_LAT && Math.abs(lng) <= 180
    ? { zoom, lat, lng }
    : null;
}
