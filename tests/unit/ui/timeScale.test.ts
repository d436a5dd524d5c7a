import { describe, expect, it } from 'vitest';
import { dayAt, storyTimeScale, xOf } from '../../../src/ui/timeScale';

const scale = storyTimeScale({
  range: ['2014-04-07', '2022-07-31'],
  focusFrom: '2022-02-01',
  overviewShare: 0.3,
  width: 1000,
});

describe('storyTimeScale', () => {
  it('puts the ends and the focus split where asked', () => {
    expect(xOf(scale, '2014-04-07')).toBe(0);
    expect(xOf(scale, '2022-02-01')).toBe(300);
    expect(xOf(scale, '2022-07-31')).toBe(1000);
  });

  it('gives a focus day several pixels and an overview day a fraction of one', () => {
    const focusDay = xOf(scale, '2022-07-04') - xOf(scale, '2022-07-03');
    const overviewDay = xOf(scale, '2018-01-02') - xOf(scale, '2018-01-01');
    expect(focusDay).toBeGreaterThan(3);
    expect(overviewDay).toBeLessThan(0.2);
  });

  it('maps every focus day to its own x and back', () => {
    for (const day of [
      '2022-02-01',
      '2022-06-24',
      '2022-06-25',
      '2022-06-26',
      '2022-07-02',
      '2022-07-03',
      '2022-07-31',
    ]) {
      expect(dayAt(scale, xOf(scale, day))).toBe(day);
    }
  });

  it('clamps positions off the track to the ends', () => {
    expect(dayAt(scale, -50)).toBe('2014-04-07');
    expect(dayAt(scale, 5000)).toBe('2022-07-31');
  });
});
