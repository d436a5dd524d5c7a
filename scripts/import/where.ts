import { ImportError } from './errors.ts';

/**
 * One `--where` condition on a feature property, compared on the normalised value (see
 * normaliseValue): `key=value[,value]` is exact (any of the values), `key~pattern` a
 * case-insensitive regular expression.
 */
export type WhereClause =
  { key: string; op: '='; values: readonly string[] } | { key: string; op: '~'; pattern: RegExp };

/**
 * The value as real archives need it compared: runs of whitespace (spaces, newlines, non-breaking
 * spaces) become one space and the ends are trimmed. Absent values are undefined.
 */
export function normaliseValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text =
    typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  // \s covers the non-breaking space (U+00A0) and the other Unicode spaces.
  return text.replace(/\s+/gu, ' ').trim();
}

export function parseWhere(text: string): WhereClause {
  const match = /^([^=~]+)([=~])(.*)$/su.exec(text);
  const key = match?.[1]?.trim() ?? '';
  const op = match?.[2];
  const rest = match?.[3] ?? '';
  if (!match || key === '') {
    throw new ImportError(`--where "${text}": expected KEY=VALUE[,VALUE] or KEY~PATTERN`);
  }
  if (op === '~') {
    if (rest.trim() === '') throw new ImportError(`--where "${text}": the pattern after ~ is empty`);
    try {
      return { key, op, pattern: new RegExp(rest, 'iu') };
    } catch (error) {
      throw new ImportError(
        `--where "${text}": not a regular expression (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  const values = rest.split(',').map((v) => normaliseValue(v) ?? '');
  if (values.some((v) => v === '')) {
    throw new ImportError(`--where "${text}": expected KEY=VALUE or KEY=VALUE1,VALUE2 (a value is empty)`);
  }
  return { key, op: '=', values };
}

export function formatWhere(clauses: readonly WhereClause[]): string {
  return clauses
    .map((c) => (c.op === '=' ? `${c.key}=${c.values.join(',')}` : `${c.key}~${c.pattern.source}`))
    .join(' and ');
}

/** True when the properties meet every clause. */
export function matchesWhere(properties: unknown, clauses: readonly WhereClause[]): boolean {
  if (clauses.length === 0) return true;
  if (typeof properties !== 'object' || properties === null) return false;
  const props = properties as Record<string, unknown>;
  return clauses.every((c) => {
    const value = normaliseValue(props[c.key]);
    if (value === undefined) return false;
    return c.op === '=' ? c.values.includes(value) : c.pattern.test(value);
  });
}
