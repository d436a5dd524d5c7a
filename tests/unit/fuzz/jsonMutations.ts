/**
 * Structured corruptions of a valid JSON value, so that a check's deep branches are reached: each
 * mutation walks from the root to a node (any depth) and deletes it, replaces it with a value of
 * another type or a hostile one, bends it slightly (a day out of range, a near-miss string), or
 * copies a sibling's value (duplicate ids).
 */
import fc from 'fast-check';

/** A string of `length` characters, for values far larger than any real one. */
export const huge = (length: number) => 'x'.repeat(length);

/** Arrays nested `depth` deep around `inner`, built without recursion. */
export function nested(depth: number, inner: unknown = 0): unknown {
  let value = inner;
  for (let i = 0; i < depth; i++) value = [value];
  // fast-check prints a failing case by recursion; this one it prints by name.
  Object.defineProperty(value, fc.toStringMethod, { value: () => `nested(${depth})` });
  return value;
}

/** Values of every JSON type and some no JSON file holds (NaN, a non-callable toString). */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, Infinity, -Infinity, NaN, '', ' ', [], {}),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '2022-02-30',
    '2099-12-31',
    '1899-01-01',
    '0000-01-01',
    '2022-7-3',
    '2022-07-03T12:00:00Z',
    'javascript:alert(1)',
    '<img src=x onerror=alert(1)>',
    '\u202e\u0000\ud800',
    '__proto__',
    'constructor',
  ),
  fc.constant(null).map(() => huge(100_000)),
  fc.constant(null).map(() => JSON.parse('{"toString": 1, "valueOf": 1}') as unknown),
  fc.constant(null).map(() => JSON.parse('{"__proto__": {"id": 1}}') as unknown),
  fc.constant(null).map(() => nested(10_000)),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Where a mutation goes (each number picks a child, modulo the count) and what it does there. */
export interface Mutation {
  walk: number[];
  op: 'delete' | 'replace' | 'bend' | 'sibling' | 'addKey';
  value: unknown;
  key: string;
  pick: number;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  walk: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  op: fc.constantFrom('delete', 'replace', 'bend', 'sibling', 'addKey'),
  value: oddValue,
  key: fc.oneof(fc.string(), fc.constantFrom('id', 'type', '__proto__', 'toString', 'extra')),
  pick: fc.nat(),
});

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;
const keysOf = (v: Container): string[] => (Array.isArray(v) ? v.map((_, i) => String(i)) : Object.keys(v));

/** A copy of a value; one nested too deep to clone is shared instead (the checks only read it). */
function copyOf(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** Variants of a value that are almost right: the kind of mistake a hand or a tool makes. */
function bend(value: unknown, pick: number): unknown {
  const choose = <T>(options: T[]): T => options[pick % options.length] as T;
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value))
      return choose([
        '2099-01-01',
        '1900-01-01',
        `${value.slice(0, 8)}31`,
        value.replace(/-0?/g, '-'),
        `${value}T00:00`,
      ]);
    return choose([
      `${value}x`,
      value.toUpperCase(),
      value.trim() === value ? ` ${value}` : '',
      '',
      value.repeat(50),
      Number(value.length),
    ]);
  }
  if (typeof value === 'number')
    return choose([-value, value + 1e-9, value * 1e6, String(value), Math.round(value) + 0.5, value + 360]);
  if (Array.isArray(value))
    return choose([[], [...value, ...value], value.slice(1), [value], value.toReversed()]);
  if (isContainer(value)) return choose([[value], Object.values(value), {}]);
  return choose([String(value), [value], { value }]);
}

/** `base` with the mutations applied in turn; `base` itself is left as it was. */
export function mutate<T>(base: T, mutations: readonly Mutation[]): unknown {
  const root: { value: unknown } = { value: structuredClone(base) };
  for (const m of mutations) {
    let parent: Container = root as unknown as Container;
    let key = 'value';
    let grandparent: Container | undefined;
    for (const step of m.walk) {
      const node = (parent as Record<string, unknown>)[key];
      if (!isContainer(node)) break;
      const keys = keysOf(node);
      if (keys.length === 0) break;
      grandparent = parent;
      parent = node;
      key = keys[step % keys.length] as string;
    }
    const target = parent as Record<string, unknown>;
    switch (m.op) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else Reflect.deleteProperty(target, key);
        break;
      case 'replace':
        target[key] = m.value;
        break;
      case 'bend':
        target[key] = bend(target[key], m.pick);
        break;
      case 'sibling': {
        // The same field of another item of the list: duplicate ids, repeated days, shared refs.
        const items = Array.isArray(grandparent) ? grandparent : undefined;
        const other = items?.[m.pick % items.length];
        if (isContainer(other) && !Array.isArray(other) && Object.hasOwn(other, key))
          target[key] = copyOf(other[key]);
        break;
      }
      case 'addKey':
        if (!Array.isArray(parent))
          Object.defineProperty(target, m.key, {
            value: m.value,
            enumerable: true,
            configurable: true,
            writable: true,
          });
        else parent.push(m.value);
        break;
    }
  }
  return root.value;
}

/** 1 to `most` mutations of `base`. */
export const mutationsOf = <T>(base: T, most = 3): fc.Arbitrary<unknown> =>
  fc.array(mutation, { minLength: 1, maxLength: most }).map((ms) => mutate(base, ms));
