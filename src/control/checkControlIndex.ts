import { isDay } from '../story/day';
import { WEB_ADDRESS_RULE, webAddress } from '../story/webAddress';
import { isLayerId, isLayerKind, LAYER_ID_RULE } from './controlIndex';
import {
  GEOMETRY_NAME,
  LAYER_FORMAT,
  LAYER_KINDS,
  OBLAST_IDS,
  type ControlIndex,
  type ControlInterval,
} from './layerFormat';
import { jsonValue, plainValue } from './messageValue';

/** An instant as the import writes it (UTC, to the second or millisecond). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const isAmount = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/** The area the views read: each oblast's km² and percentage, and nothing else. */
function isArea(area: unknown): boolean {
  if (typeof area !== 'object' || area === null || Array.isArray(area)) return false;
  const keys = Object.keys(area);
  return (
    keys.length === OBLAST_IDS.length &&
    OBLAST_IDS.every((id) => {
      const value = (area as Record<string, { km2?: unknown; pct?: unknown } | null | undefined>)[id];
      return isAmount(value?.km2) && isAmount(value?.pct);
    })
  );
}

/**
 * Checks an imported layer's index (`control/<id>/control.json`, named by `file` in messages)
 * before the app trusts it. Returns the index, or null with the reasons, each naming the file, the
 * item and the field. A listed layer has at least one interval: the import writes none without.
 */
export function checkControlIndex(
  raw: unknown,
  file: string,
): { index: ControlIndex | null; errors: string[] } {
  const errors: string[] = [];
  const fail = (where: string, why: string) => errors.push(`${file}: ${where}: ${why}`);
  if (typeof raw !== 'object' || raw === null) {
    fail('file', 'is not a JSON object');
    return { index: null, errors };
  }
  const index = raw as Partial<ControlIndex>;
  const intervals: unknown = index.intervals;
  if (index.format !== LAYER_FORMAT)
    fail('format', `expected "${LAYER_FORMAT}", found ${jsonValue(index.format)}`);
  if (!Array.isArray(intervals)) fail('intervals', 'is missing or not a list');
  else if (intervals.length === 0) fail('intervals', 'is empty');
  if (errors.length || !Array.isArray(intervals)) return { index: null, errors };
  if (!isLayerId(index.id)) fail('id', `${jsonValue(index.id)} is not a layer id (${LAYER_ID_RULE})`);
  if (!isLayerKind(index.kind))
    fail('kind', `${jsonValue(index.kind)} is not one of ${LAYER_KINDS.join(', ')}`);
  if (typeof index.source?.name !== 'string') fail('source.name', 'is missing');
  if (index.source?.url !== undefined && webAddress(index.source.url) === null)
    fail('source.url', `${jsonValue(index.source.url)} is not ${WEB_ADDRESS_RULE}`);
  if (typeof index.source?.licence !== 'string') fail('source.licence', 'is missing');
  if (!isAmount(index.tolerance))
    fail('tolerance', `${jsonValue(index.tolerance)} is not a number of metres`);
  let previousTo = '';
  (intervals as (Partial<ControlInterval> | null)[]).forEach((interval, i) => {
    const at = `interval ${Number.isSafeInteger(interval?.id) ? String(interval?.id) : `#${i + 1}`}`;
    if (typeof interval !== 'object' || interval === null || Array.isArray(interval))
      return fail(at, 'is not an object');
    if (!Number.isSafeInteger(interval.id)) fail(at, 'id is not a whole number');
    if (!isDay(interval.from)) fail(at, `from (${plainValue(interval.from)}) is not a calendar day`);
    if (!isDay(interval.to)) fail(at, `to (${plainValue(interval.to)}) is not a calendar day`);
    else if (isDay(interval.from) && interval.to < interval.from) {
      fail(at, `to (${interval.to}) is before from (${interval.from})`);
    }
    if (!isArea(interval.area)) fail(at, "area is not the oblasts' km² and percentages");
    if (!Array.isArray(interval.places) || interval.places.some((p) => typeof p !== 'string'))
      fail(at, 'places is not a list of place ids');
    if (typeof interval.geometry !== 'string' || !GEOMETRY_NAME.test(interval.geometry))
      fail(at, `geometry (${jsonValue(interval.geometry)}) is not a geometry file name (16 hex digits)`);
    if (!isDay(interval.snapshot?.date)) fail(at, 'snapshot.date is not a calendar day');
    const instant = interval.snapshot?.at;
    if (instant !== undefined && !(typeof instant === 'string' && INSTANT.test(instant)))
      fail(at, 'snapshot.at is neither an instant (UTC, ISO 8601) nor absent');
    if (
      interval.confirmed !== undefined &&
      !(Array.isArray(interval.confirmed) && interval.confirmed.every(isDay))
    )
      fail(at, 'confirmed is not a list of calendar days');
    if (interval.suspect !== undefined && interval.suspect !== true)
      fail(at, 'suspect is neither true nor absent');
    if (isDay(interval.from) && interval.from <= previousTo) {
      fail(at, `from (${interval.from}) overlaps the interval before it (to ${previousTo})`);
    }
    if (isDay(interval.to)) previousTo = interval.to;
  });
  return errors.length ? { index: null, errors } : { index: index as ControlIndex, errors };
}
