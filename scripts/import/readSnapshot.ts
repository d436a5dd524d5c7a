import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { addCount, type Counts } from './counts.ts';
import { describe, SnapshotError } from './errors.ts';
import { DateError, dateFromName, dateFromValue } from './snapshotDate.ts';
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
}

export interface ReadSnapshotResult {
  file: string;
  date: string;
  bytes: number;
  polygons: RawPolygon[];
  /** Features that do not count, by reason. */
  dropped: Counts;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (isObject(value))
    return typeof value.type === 'string' ? `type "${value.type}"` : 'an object without "type"';
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

/** Polygons of one geometry (members of a GeometryCollection too); anything else is counted. */
function collectPolygons(geometry: unknown, feature: number, out: RawPolygon[], dropped: Counts): void {
  if (geometry === null || geometry === undefined) return addCount(dropped, 'no geometry');
  if (!isObject(geometry) || typeof geometry.type !== 'string' || !GEOMETRY_TYPES.has(geometry.type)) {
    throw new Error(`not GeoJSON (feature ${feature} has a geometry of ${kindOf(geometry)})`);
  }
  if (geometry.type === 'GeometryCollection') {
    const members = Array.isArray(geometry.geometries) ? (geometry.geometries as unknown[]) : [];
    for (const member of members) collectPolygons(member, feature, out, dropped);
    return;
  }
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    out.push({ feature, type: geometry.type, coordinates: geometry.coordinates });
  } else {
    addCount(dropped, `not a polygon (${geometry.type})`);
  }
}

/** The day from a property: on the collection (properties or top level) or, all agreeing, on the features. */
function dateFromProperty(json: unknown, features: readonly Json[], name: string): string {
  const collectionValue = isObject(json)
    ? ((isObject(json.properties) ? json.properties[name] : undefined) ?? json[name])
    : undefined;
  if (collectionValue !== undefined && collectionValue !== null) return dateFromValue(collectionValue);
  const days = new Set<string>();
  for (const f of features) {
    const value = isObject(f.properties) ? f.properties[name] : undefined;
    if (value !== undefined && value !== null) days.add(dateFromValue(value));
  }
  if (days.size === 0)
    throw new DateError(`no date (property "${name}" is on neither the collection nor any feature)`);
  if (days.size > 1)
    throw new DateError(`features disagree on the date in "${name}" (${[...days].sort().join(', ')})`);
  return [...days][0] as string;
}

/** Reads one snapshot file: JSON, GeoJSON, its day and the polygon features that count. */
export async function readSnapshot(file: string, options: ReadOptions): Promise<ReadSnapshotResult> {
  const fail = (problem: string): never => {
    throw new SnapshotError(file, problem);
  };
  let nameDate: string | undefined;
  if (options.dateProperty === undefined) {
    try {
      nameDate = dateFromName(basename(file));
    } catch (error) {
      fail(describe(error));
    }
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    return fail(`cannot read (${describe(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(buffer.toString('utf8'));
  } catch (error) {
    return fail(`not JSON (${describe(error)})`);
  }
  let features: Json[] = [];
  try {
    features = featuresOf(json);
  } catch (error) {
    fail(describe(error));
  }
  let date = nameDate;
  if (options.dateProperty !== undefined) {
    try {
      date = dateFromProperty(json, features, options.dateProperty);
    } catch (error) {
      fail(describe(error));
    }
  }
  const polygons: RawPolygon[] = [];
  const dropped: Counts = new Map();
  const whereLabel = `not matching --where ${formatWhere(options.where)}`;
  features.forEach((f, i) => {
    if (!matchesWhere(f.properties, options.where)) return addCount(dropped, whereLabel);
    try {
      collectPolygons(f.geometry, i + 1, polygons, dropped);
    } catch (error) {
      fail(describe(error));
    }
  });
  return { file, date: date ?? fail('no date'), bytes: buffer.byteLength, polygons, dropped };
}
