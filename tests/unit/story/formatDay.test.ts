import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/story/formatDay.ts';

describe('formatDay', () => {
  it('writes days in words, without a leading zero', () => {
    expect(formatDay('2022-07-03')).toBe('3 July 2022');
    expect(formatDay('2022-02-24')).toBe('24 February 2022');
    expect(formatDay('2014-12-31')).toBe('31 December 2014');
  });

  it('refuses what is not a calendar day', () => {
    expect(() => formatDay('2022-02-30')).toThrow('not a calendar day: 2022-02-30');
  });
});
