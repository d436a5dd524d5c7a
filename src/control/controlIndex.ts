import { isDay } from '../story/day';
import {
  GEOMETRY_NAME,
  LAYER_FORMAT,
  LAYER_ID,
  LAYER_KINDS,
  LAYERS_FORMAT,
  LAYERS_PATH,
  layerIndexPath,
  MAX_LAYERS,
  type ControlIndex,
  type ControlInterval,
  type LayerEntry,
} from './layerFormat';

export type { ControlIndex, ControlInterval, LayerEntry };

/** The rule a layer id follows, in words, for messages. */
export const LAYER_ID_RULE = 'lower-case letters, digits and inner hyphens, 1 to 32 characters';

export const isLayerId = (id: unknown): id is string => typeof id === 'string' && LAYER_ID.test(id);
export const isLayerKind = (kind: unknown): kind is ControlIndex['kind'] =>
  (LAYER_KINDS as readonly unknown[]).includes(kind);

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
    fail('format', `expected "${LAYER_FORMAT}", found ${JSON.stringify(index.format)}`);
  if (!Array.isArray(intervals)) fail('intervals', 'is missing or not a list');
  else if (intervals.length === 0) fail('intervals', 'is empty');
  if (errors.length || !Array.isArray(intervals)) return { index: null, errors };
  if (!isLayerId(index.id)) fail('id', `${JSON.stringify(index.id)} is not a layer id (${LAYER_ID_RULE})`);
  if (!isLayerKind(index.kind))
    fail('kind', `${JSON.stringify(index.kind)} is not one of ${LAYER_KINDS.join(', ')}`);
  if (typeof index.source?.name !== 'string') fail('source.name', 'is missing');
  let previousTo = '';
  (intervals as Partial<ControlInterval>[]).forEach((interval, i) => {
    const at = `interval ${interval.id ?? `#${i + 1}`}`;
    if (typeof interval.id !== 'number' || !Number.isInteger(interval.id))
      fail(at, 'id is not a whole number');
    if (!isDay(interval.from)) fail(at, `from (${String(interval.from)}) is not a calendar day`);
    if (!isDay(interval.to)) fail(at, `to (${String(interval.to)}) is not a calendar day`);
    else if (isDay(interval.from) && interval.to < interval.from) {
      fail(at, `to (${interval.to}) is before from (${interval.from})`);
    }
    if (!Array.isArray(interval.places) || interval.places.some((p) => typeof p !== 'string'))
      fail(at, 'places is not a list of place ids');
    if (typeof interval.geometry !== 'string' || !GEOMETRY_NAME.test(interval.geometry))
      fail(at, `geometry (${JSON.stringify(interval.geometry)}) is not a geometry file name (16 hex digits)`);
    if (!isDay(interval.snapshot?.date)) fail(at, 'snapshot.date is not a calendar day');
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

/**
 * Checks the list of layers (LAYERS_PATH, named by `file` in messages). Returns the entries that
 * can be used and the reasons for the others, each naming the file, the item and the field: one
 * bad entry does not hide the rest. A file that is not a list of this format gives no entries.
 */
export function checkLayerList(raw: unknown, file = LAYERS_PATH): { layers: LayerEntry[]; errors: string[] } {
  const errors: string[] = [];
  const fail = (where: string, why: string) => errors.push(`${file}: ${where}: ${why}`);
  if (typeof raw !== 'object' || raw === null) {
    fail('file', 'is not a JSON object');
    return { layers: [], errors };
  }
  const list = raw as { format?: unknown; layers?: unknown };
  if (list.format !== LAYERS_FORMAT)
    fail('format', `expected "${LAYERS_FORMAT}", found ${JSON.stringify(list.format)}`);
  if (!Array.isArray(list.layers)) fail('layers', 'is missing or not a list');
  if (errors.length || !Array.isArray(list.layers)) return { layers: [], errors };
  const layers: LayerEntry[] = [];
  const seen = new Set<string>();
  (list.layers as unknown[]).forEach((item, i) => {
    const count = errors.length;
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Partial<LayerEntry>;
    const at = `layer ${i + 1}${typeof entry.id === 'string' ? ` (${entry.id})` : ''}`;
    if (typeof item !== 'object' || item === null) return fail(at, 'is not an object');
    if (!isLayerId(entry.id))
      fail(at, `id (${JSON.stringify(entry.id)}) is not a layer id (${LAYER_ID_RULE})`);
    else if (seen.has(entry.id)) fail(at, 'id is listed twice');
    if (!isLayerKind(entry.kind))
      fail(at, `kind (${JSON.stringify(entry.kind)}) is not one of ${LAYER_KINDS.join(', ')}`);
    if (typeof entry.source?.name !== 'string' || entry.source.name === '')
      fail(at, 'source.name is missing');
    if (typeof entry.source?.licence !== 'string') fail(at, 'source.licence is missing');
    if (entry.source?.url !== undefined && typeof entry.source.url !== 'string')
      fail(at, 'source.url is not text');
    if (!isDay(entry.from)) fail(at, `from (${String(entry.from)}) is not a calendar day`);
    if (!isDay(entry.to)) fail(at, `to (${String(entry.to)}) is not a calendar day`);
    else if (isDay(entry.from) && entry.to < entry.from)
      fail(at, `to (${entry.to}) is before from (${entry.from})`);
    if (isLayerId(entry.id) && entry.index !== layerIndexPath(entry.id))
      fail(at, `index (${JSON.stringify(entry.index)}) is not "${layerIndexPath(entry.id)}"`);
    if (errors.length > count) return;
    if (layers.length === MAX_LAYERS) return fail(at, `is beyond the ${MAX_LAYERS} layers the app shows`);
    seen.add(entry.id as string);
    layers.push(entry as LayerEntry);
  });
  return { layers, errors };
}

/** The interval in force on a day (intervals are sorted and disjoint), by binary search. */
export function intervalAt(intervals: readonly ControlInterval[], day: string): ControlInterval | undefined {
  const i = positionOf(intervals, day);
  return i.at === undefined ? undefined : intervals[i.at];
}

/**
 * Where a day falls among the sorted, disjoint intervals: `at`, the position of the interval in
 * force on it (undefined in a gap or outside the series), and `after`, the position of the first
 * interval that starts after it (intervals.length when none does).
 */
export function positionOf(
  intervals: readonly { from: string; to: string }[],
  day: string,
): { at: number | undefined; after: number } {
  let lo = 0;
  let hi = intervals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const interval = intervals[mid];
    if (!interval) break;
    if (day < interval.from) hi = mid - 1;
    else if (day > interval.to) lo = mid + 1;
    else return { at: mid, after: mid + 1 };
  }
  return { at: undefined, after: lo };
}

/** The first and last day the layer covers, or null when it has no intervals. */
export function layerSpan(index: ControlIndex): readonly [string, string] | null {
  const first = index.intervals[0];
  const last = index.intervals[index.intervals.length - 1];
  return first && last ? [first.from, last.to] : null;
}

/** The first and last day any of the layers covers, or null when none covers any. */
export function layersSpan(indexes: readonly ControlIndex[]): readonly [string, string] | null {
  const spans = indexes.map(layerSpan).filter((span) => span !== null);
  const from = spans.map((s) => s[0]).sort()[0];
  const to = spans
    .map((s) => s[1])
    .sort()
    .at(-1);
  return from && to ? [from, to] : null;
}
