import { describe, SnapshotError } from './errors.ts';
import { listInputs } from './listInputs.ts';
import { featuresOfFile, readJsonFile, timeOfParsedFile, type ReadOptions } from './readSnapshot.ts';
import { normaliseValue } from './where.ts';

export interface ValueCount {
  /** The normalised value; null for features without the key. */
  value: string | null;
  features: number;
  /** Of those, features with a polygon (a GeometryCollection with one counts): what --where would keep. */
  polygons: number;
  first: string;
  last: string;
}

function hasPolygon(geometry: unknown): boolean {
  if (typeof geometry !== 'object' || geometry === null) return false;
  const g = geometry as { type?: unknown; geometries?: unknown };
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return true;
  return g.type === 'GeometryCollection' && Array.isArray(g.geometries) && g.geometries.some(hasPolygon);
}

/**
 * Every distinct normalised value of `key` across the input, with its feature count and the first
 * and last day it appears, most frequent first. Reads every file, writes nothing. Files that
 * cannot be read are returned as problems, not thrown: a listing should show what it can.
 */
export async function listValues(
  inputs: readonly string[],
  key: string,
  read: ReadOptions,
): Promise<{ values: ValueCount[]; files: number; problems: string[] }> {
  const files = await listInputs(inputs);
  const byValue = new Map<string | null, ValueCount>();
  const problems: string[] = [];
  for (const file of files) {
    try {
      const { json } = await readJsonFile(file);
      const features = featuresOfFile(file, json);
      const { date } = timeOfParsedFile(file, json, features, read);
      for (const f of features) {
        const polygon = hasPolygon(f.geometry) ? 1 : 0;
        const props = f.properties;
        const value =
          typeof props === 'object' && props !== null
            ? (normaliseValue((props as Record<string, unknown>)[key]) ?? null)
            : null;
        const entry = byValue.get(value);
        if (!entry) byValue.set(value, { value, features: 1, polygons: polygon, first: date, last: date });
        else {
          entry.features++;
          entry.polygons += polygon;
          if (date < entry.first) entry.first = date;
          if (date > entry.last) entry.last = date;
        }
      }
    } catch (error) {
      problems.push(error instanceof SnapshotError ? error.message : `${file}: ${describe(error)}`);
    }
  }
  const values = [...byValue.values()].sort(
    (a, b) => b.features - a.features || String(a.value).localeCompare(String(b.value)),
  );
  return { values, files: files.length, problems };
}

export function formatValues(key: string, result: Awaited<ReturnType<typeof listValues>>): string {
  const lines = [
    `Values of "${key}" in ${result.files} files (whitespace normalised), most frequent first:`,
    `${'features'.padStart(9)} ${'polygons'.padStart(9)}  ${'first'.padEnd(10)}  ${'last'.padEnd(10)}  value`,
    ...result.values.map(
      (v) =>
        `${String(v.features).padStart(9)} ${String(v.polygons).padStart(9)}  ${v.first}  ${v.last}  ${v.value === null ? '(no value)' : JSON.stringify(v.value)}`,
    ),
  ];
  if (result.problems.length)
    lines.push(
      `Files that could not be read: ${result.problems.length}`,
      ...result.problems.map((p) => `  ${p}`),
    );
  return lines.join('\n');
}
