/**
 * JSON text that depends only on the data, never on the order keys were set in, so that
 * running the build twice gives byte-identical files.
 */

/** Keys that come first, in this order; any other key follows in code-point order. */
const LEADING_KEYS = ['type', 'id', 'name', 'properties', 'geometry', 'coordinates', 'features'];

function compareKeys(a: string, b: string): number {
  const ia = LEADING_KEYS.indexOf(a);
  const ib = LEADING_KEYS.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON.stringify with a fixed key order; undefined values are left out; no spaces. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Error(`stableStringify: cannot write the number ${value}`);
    }
    const text = JSON.stringify(value);
    if (text === undefined) throw new Error(`stableStringify: cannot write a ${typeof value}`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort(compareKeys);
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(record[k])}`).join(',')}}`;
}

/** A FeatureCollection with one feature per line (small diffs), ending in a newline. */
export function stableFeatureCollection(features: readonly unknown[]): string {
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  return `{"type":"FeatureCollection","features":[\n${features.map(stableStringify).join(',\n')}\n]}\n`;
}
