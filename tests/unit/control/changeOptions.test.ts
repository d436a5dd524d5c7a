import { describe, expect, it } from 'vitest';
import { MAX_MIN_WIDTH_M, minWidthOf } from '../../../src/control/changeOptions';

describe('minWidthOf', () => {
  it('takes whole metres from 0 to the widest threshold', () => {
    expect(minWidthOf('0')).toBe(0);
    expect(minWidthOf(' 250 ')).toBe(250);
    expect(minWidthOf(String(MAX_MIN_WIDTH_M))).toBe(MAX_MIN_WIDTH_M);
  });

  it('refuses anything else', () => {
    for (const text of ['', '-5', '12.5', '1e3', 'abc', String(MAX_MIN_WIDTH_M + 1), '999999'])
      expect(minWidthOf(text), text).toBeNull();
  });
});
