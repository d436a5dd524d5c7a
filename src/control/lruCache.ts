/**
 * A cache that holds at most `limit` entries and forgets the least recently used first. A Map keeps
 * insertion order, so reading an entry moves it to the end and the first key is always the oldest.
 */
export function lruCache<K, V>(limit: number) {
  if (!(Number.isInteger(limit) && limit > 0)) throw new RangeError(`lruCache: limit ${limit}`);
  const entries = new Map<K, V>();
  return {
    /** The value, now the most recently used; undefined when absent. */
    get(key: K): V | undefined {
      if (!entries.has(key)) return undefined;
      const value = entries.get(key) as V;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    /** Whether the key is held, without making it more recent. */
    has: (key: K): boolean => entries.has(key),
    set(key: K, value: V): void {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > limit) entries.delete(entries.keys().next().value as K);
    },
    /** Forgets the key. */
    delete: (key: K): boolean => entries.delete(key),
    get size(): number {
      return entries.size;
    },
    clear: (): void => entries.clear(),
  };
}

export type LruCache<K, V> = ReturnType<typeof lruCache<K, V>>;
