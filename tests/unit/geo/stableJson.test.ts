import { describe, expect, it } from 'vitest';
import { stableFeatureCollection, stableStringify } from '../../../geo/lib/stableJson.ts';

describe('stableStringify', () => {
  it('does not depend on the order keys were set in', () => {
    const a = { properties: { rank: 1, id: 'x', name: 'X' }, type: 'Feature', id: 3 };
    const b = { id: 3, type: 'Feature', properties: { name: 'X', id: 'x', rank: 1 } };
    expect(stableStringify(a)).toBe(stableStringify(b));
    expect(stableStringify(a)).toBe('{"type":"Feature","id":3,"properties":{"id":"x","name":"X","rank":1}}');
  });

  it('leaves out undefined values and refuses numbers JSON cannot hold', () => {
    expect(stableStringify({ a: undefined, b: [1, 2.5] })).toBe('{"b":[1,2.5]}');
    expect(() => stableStringify({ a: NaN })).toThrow(/NaN/);
  });
});

describe('stableFeatureCollection', () => {
  it('writes one feature per line and ends with a newline', () => {
    const text = stableFeatureCollection([{ type: 'Feature', properties: {}, geometry: null }]);
    expect(text).toBe(
      '{"type":"FeatureCollection","features":[\n{"type":"Feature","properties":{},"geometry":null}\n]}\n',
    );
    expect(JSON.parse(text)).toEqual({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: null }],
    });
  });

  it('writes an empty collection', () => {
    expect(JSON.parse(stableFeatureCollection([]))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
