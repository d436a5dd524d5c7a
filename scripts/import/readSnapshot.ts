import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { addCount, type Counts } from './counts.ts';
import { describe, shortValue, SnapshotError } from './errors.ts';
import {
  compareTimes,
  DateError,
  timeFromName,
  timeFromValue,
  UTC_READING,
  type SnapshotTime,
  type TimeReading,
} from './snapshotTime.ts';
import { formatWhere, matchesWhere, type WhereClause } from './where.ts';

/** A polygon feature as read: its coordinates are not checked yet (see repairGeometry.ts). */
export interface RawPolygon {
  /** 1-based position of the feature in its file, for messages. */
  feature: number;
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
}

export interface ReadOptions {
  /** Take the date from this property (collection first, then features); else from the file name. */
  dateProperty?: string | undefined;
  where: readonly WhereClause[];
  reading?: TimeReading | undefined;
}

export interface ReadSnapshotResult {
  file: string;
  time: SnapshotTime;
  bytes: number;
  /** Features in the file. */
  features: number;
  polygons: RawPolygon[];
  /** Features that do not count, by reason. */
  dropped: Counts;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (isObject(value))
    return typeof value.type === 'string' ? `type "${shortValue(value.type)}"` : 'an object without "type"';
  return value === null ? 'null' : `a ${typeof value}`;
}

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/** The features of a FeatureCollection, a Feature or a bare geometry; throws a message otherwise. */
function featuresOf(json: unknown): Json[] {
  if (isObject(json) && json.type === 'FeatureCollection') {
    if (!Array.isArray(json.features))
      throw new Error('not GeoJSON (a FeatureCollection without a "features" array)');
    return json.features.map((f: unknown, i) => {
      if (!isObject(f) || f.type !== 'Feature')
        throw new Error(`not GeoJSON (feature ${i + 1} is ${kindOf(f)}, not a Feature)`);
      return f;
    });
  }
  if (isObject(json) && json.type === 'Feature') return [json];
  if (isObject(json) && typeof json.type === 'string' && GEOMETRY_TYPES.has(json.type)) {
    return [{ type: 'Feature', properties: null, geometry: json }];
  }
  throw new Error(`not GeoJSON (expected a FeatureCollection, Feature or geometry; found ${kindOf(json)})`);
}

/**
 * Polygons of one geometry (members of a GeometryCollection too, in order); anything else is
 * counted. A stack, not recursion: collections nested thousands deep must not overflow the call stack.
 */
function collectPolygons(root: unknown, feature: number, out: RawPolygon[], dropped: Counts): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const geometry = stack.pop();
    if (geometry === null || geometry === undefined) {
      addCount(dropped, 'no geometry');
      continue;
    }
    if (!isObject(geometry) || typeof geometry.type !== 'string' || !GEOMETRY_TYPES.has(geometry.type)) {
      throw new Error(`not GeoJSON (feature ${feature} has a geometry of ${kindOf(geometry)})`);
    }
    if (geometry.type === 'GeometryCollection') {
      const members = Array.isArray(geometry.geometries) ? (geometry.geometries as unknown[]) : [];
      for (let i = members.length - 1; i >= 0; i--) stack.push(members[i]);
    } else if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
      out.push({ feature, type: geometry.type, coordinates: geometry.coordinates });
    } else {
      addCount(dropped, `not a polygon (${geometry.type})`);
    }
  }
}

/** The time from a property: on the collection (properties or top level) or, all agreeing, on the features. */
function timeFromProperty(
  json: unknown,
  features: readonly Json[],
  name: string,
  reading: TimeReading,
): SnapshotTime {
  const collectionValue = isObject(json)
    ? ((isObject(json.properties) ? json.properties[name] : undefined) ?? json[name])
    : undefined;
  if (collectionValue !== undefined && collectionValue !== null)
    return timeFromValue(collectionValue, reading);
  const times = new Map<string, SnapshotTime>();
  for (const f of features) {
    const value = isObject(f.properties) ? f.properties[name] : undefined;
    if (value === undefined || value === null) continue;
    const time = timeFromValue(value, reading);
    times.set(time.at ?? time.date, time);
  }
  const days = new Set([...times.values()].map((t) => t.date));
  if (days.size === 0)
    throw new DateError(`no date (property "${name}" is on neither the collection nor any feature)`);
  if (days.size > 1)
    throw new DateError(`features disagree on the date in "${name}" (${[...days].sort().join(', ')})`);
  // Features of one day with different times: the snapshot is as of the latest.
  return [...times.values()].sort(compareTimes).at(-1) as SnapshotTime;
}

/** The time of a file from its name alone, or undefined when it comes from a property. */
export function timeOfFile(file: string, options: ReadOptions): SnapshotTime | undefined {
  if (options.dateProperty !== undefined) return undefined;
  try {
    return timeFromName(basename(file), options.reading ?? UTC_READING);
  } catch (error) {
    throw new SnapshotError(file, describe(error));
  }
}

/** Reads and parses one file as JSON; the error names the file. */
export async function readJsonFile(file: string): Promise<{ json: unknown; bytes: number }> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    throw new SnapshotError(file, `cannot read (${describe(error)})`);
  }
  try {
    return { json: JSON.parse(buffer.toString('utf8')), bytes: buffer.byteLength };
  } catch (error) {
    throw new SnapshotError(file, `not JSON (${describe(error)})`);
  }
}

/** The features of a parsed file, for readers that need no geometry (--list-values). */
export function featuresOfFile(file: string, json: unknown): Json[] {
  try {
    return featuresOf(json);
  } catch (error) {
    throw new SnapshotError(file, describe(error));
  }
}

/** The time of a parsed file: from its name or, with --date-property, from the property. */
export function timeOfParsedFile(
  file: string,
  json: unknown,
  features: readonly Json[],
  options: ReadOptions,
): SnapshotTime {
  const fromName = timeOfFile(file, options);
  if (fromName) return fromName;
  try {
    return timeFromProperty(json, features, options.dateProperty ?? '', options.reading ?? UTC_READING);
  } catch (error) {
    throw new SnapshotError(file, describe(error));
  }
}

/** Reads one snapshot file: JSON, GeoJSON, its time and the polygon features that count. */
export async function readSnapshot(file: string, options: ReadOptions): Promise<ReadSnapshotResult> {
  // The name is checked first, so a badly named file is refused without being read.
  timeOfFile(file, options);
  const { json, bytes } = await readJsonFile(file);
  const features = featuresOfFile(file, json);
  const time = timeOfParsedFile(file, json, features, options);
  const polygons: RawPolygon[] = [];
  const dropped: Counts = new Map();
  const whereLabel = `not matching --where ${formatWhere(options.where)}`;
  features.forEach((f, i) => {
    if (!matchesWhere(f.properties, options.where)) return addCount(dropped, whereLabel);
    try {
      collectPolygons(f.geometry, i + 1, polygons, dropped);
    } catch (error) {
      throw new SnapshotError(file, describe(error));
    }
  });
  return { file, time, bytes, features: features.length, polygons, dropped };
}
