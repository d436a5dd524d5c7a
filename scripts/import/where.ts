import { ImportError } from './errors.ts';

/** One `--where key=value[,value]` condition: the property must equal one of the values. */
export interface WhereClause {
  key: string;
  values: readonly string[];
}

export function parseWhere(text: string): WhereClause {
  const eq = text.indexOf('=');
  const key = eq > 0 ? text.slice(0, eq).trim() : '';
  const values =
    eq > 0
      ? text
          .slice(eq + 1)
          .split(',')
          .map((v) => v.trim())
      : [];
  if (key === '' || values.length === 0 || values.some((v) => v === '')) {
    throw new ImportError(`--where "${text}": expected key=value or key=value1,value2`);
  }
  return { key, values };
}

export function formatWhere(clauses: readonly WhereClause[]): string {
  return clauses.map((c) => `${c.key}=${c.values.join(',')}`).join(' and ');
}

/** True when the properties meet every clause (values compared as text). */
export function matchesWhere(properties: unknown, clauses: readonly WhereClause[]): boolean {
  if (clauses.length === 0) return true;
  if (typeof properties !== 'object' || properties === null) return false;
  const props = properties as Record<string, unknown>;
  return clauses.every((c) => {
    const value = props[c.key];
    return value !== undefined && value !== null && c.values.includes(String(value));
  });
}
