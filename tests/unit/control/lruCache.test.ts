import { describe, expect, it } from 'vitest';
import { lruCache } from '../../../src/control/lruCache';

describe('lruCache', () => {
  it('forgets the least recently used entry beyond its limit', () => {
    const cache = lruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now more recent than b
    cache.set('c', 3);
    expect(cache.has('b')).toBe(false);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('stays at its bound over many entries', () => {
    const cache = lruCache<number, number>(32);
    for (let i = 0; i < 10_000; i++) cache.set(i, i);
    expect(cache.size).toBe(32);
    expect(cache.has(9_999)).toBe(true);
    expect(cache.has(9_967)).toBe(false);
  });

  it('refuses a bound that is not a positive whole number', () => {
    expect(() => lruCache(0)).toThrow(RangeError);
  });
});
