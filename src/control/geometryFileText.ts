/**
 * A geometry file's text is exactly this head, its coordinates as JSON, and this tail; its name is
 * the first 16 hex digits of the SHA-1 of the coordinates' text. So the app can tell a file that
 * changed on the host after the index was written (geometryMatchesName).
 */
export const GEOMETRY_FILE_HEAD =
  '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},' +
  '"geometry":{"type":"MultiPolygon","coordinates":';
export const GEOMETRY_FILE_TAIL = '}}]}\n';
