import { describe, expect, it } from 'vitest';
import { aheadPlan, intervalsApart, prefetchPlan } from '../../../src/control/prefetchPlan';
import { addDays } from '../../../src/story/day';

/** Ten-day intervals from 1 January 2023, geometry g0, g1, …; a gap of ten days after the fifth. */
const intervals = Array.from({ length: 10 }, (_, i) => {
  const from = addDays('2023-01-01', i * 10 + (i >= 5 ? 10 : 0));
  return { from, to: addDays(from, 9), geometry: `g${i}` };
});

describe('prefetchPlan', () => {
  it('takes the next intervals in the direction of travel, nearest first', () => {
    expect(prefetchPlan(intervals, '2023-01-05', 1, 3)).toEqual(['g1', 'g2', 'g3']);
    expect(prefetchPlan(intervals, '2023-02-05', -1, 2)).toEqual(['g2', 'g1']);
  });

  it('lands where steps of the last stride will land, skipping what they jump over', () => {
    // 25 days a step from 5 January: 30 Jan (g2), 24 Feb (in the gap: g5 next), 21 Mar (g6).
    expect(prefetchPlan(intervals, '2023-01-05', 25, 3)).toEqual(['g2', 'g5', 'g6']);
    // 40 days a step back from 15 April (g9): 6 March (g5), 25 January (g2).
    expect(prefetchPlan(intervals, '2023-04-15', -40, 2)).toEqual(['g5', 'g2']);
  });

  it('starts from a gap and stops at the ends of the series', () => {
    expect(prefetchPlan(intervals, '2023-02-25', 1, 2)).toEqual(['g5', 'g6']);
    expect(prefetchPlan(intervals, '2023-02-25', -1, 2)).toEqual(['g4', 'g3']);
    expect(prefetchPlan(intervals, '2023-04-05', 1, 5)).toEqual(['g9']);
    expect(prefetchPlan(intervals, '2023-01-05', -1, 5)).toEqual([]);
    expect(prefetchPlan(intervals, '2022-12-01', 1, 1)).toEqual(['g0']);
  });

  it('names a shared file once and never the day’s own', () => {
    const shared = intervals.map((i, n) => ({ ...i, geometry: n % 2 === 0 ? 'even' : 'odd' }));
    expect(prefetchPlan(shared, '2023-01-05', 1, 3)).toEqual(['odd']);
  });

  it('plans nothing without a direction', () => {
    expect(prefetchPlan(intervals, '2023-01-05', 0, 3)).toEqual([]);
  });
});

describe('aheadPlan', () => {
  it('takes the files of the days play says it lands on, nearest first, each once, never the own', () => {
    const ahead = ['2023-01-08', '2023-01-15', '2023-01-18', '2023-02-25', '2023-03-05', '2023-04-01'];
    // g0 is the day's own, 25 Feb is in the gap, g1 is named once.
    expect(aheadPlan(intervals, '2023-01-05', ahead, 10)).toEqual(['g1', 'g5', 'g8']);
  });

  it('stops at the count, so what is fetched ahead fits in the cache', () => {
    const ahead = intervals.map((i) => i.from);
    expect(aheadPlan(intervals, '2022-12-01', ahead, 3)).toEqual(['g0', 'g1', 'g2']);
    expect(aheadPlan(intervals, '2023-01-05', [], 3)).toEqual([]);
  });
});

describe('intervalsApart', () => {
  const series = [
    { from: '2023-01-01', to: '2023-01-02' },
    { from: '2023-01-03', to: '2023-01-09' },
    { from: '2023-01-20', to: '2023-01-31' },
  ];
  it('counts the interval starts between two days, either way, gaps included', () => {
    expect(intervalsApart(series, '2023-01-01', '2023-01-02')).toBe(0);
    expect(intervalsApart(series, '2023-01-02', '2023-01-03')).toBe(1);
    expect(intervalsApart(series, '2023-01-31', '2023-01-01')).toBe(2);
    expect(intervalsApart(series, '2023-01-12', '2023-01-20')).toBe(1);
    expect(intervalsApart(series, '2022-12-01', '2024-01-01')).toBe(3);
  });
});
