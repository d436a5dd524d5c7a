import { describe, expect, it } from 'vitest';
import { mergeIntervals } from '../../../scripts/import/mergeIntervals.ts';

describe('mergeIntervals', () => {
  it('merges consecutive snapshots with the same geometry; `to` is the day before the next', () => {
    const out = mergeIntervals([
      { date: '2022-07-01', key: 'A' },
      { date: '2022-07-02', key: 'A' },
      { date: '2022-07-03', key: 'B' },
      { date: '2022-07-04', key: 'B' },
      { date: '2022-07-05', key: 'B' },
      { date: '2022-07-06', key: 'A' },
    ]);
    expect(out.map(({ id, from, to, key, snapshots }) => ({ id, from, to, key, snapshots }))).toEqual([
      { id: 1, from: '2022-07-01', to: '2022-07-02', key: 'A', snapshots: 2 },
      { id: 2, from: '2022-07-03', to: '2022-07-05', key: 'B', snapshots: 3 },
      { id: 3, from: '2022-07-06', to: '2022-07-06', key: 'A', snapshots: 1 },
    ]);
  });

  it('sorts by date and stretches an interval over missing days', () => {
    const out = mergeIntervals([
      { date: '2022-07-10', key: 'B' },
      { date: '2022-07-01', key: 'A' },
      { date: '2022-07-04', key: 'A' },
      { date: '2022-07-12', key: 'B' },
    ]);
    expect(out.map((i) => [i.from, i.to, i.key])).toEqual([
      ['2022-07-01', '2022-07-09', 'A'],
      ['2022-07-10', '2022-07-12', 'B'],
    ]);
  });

  it('gives one one-day interval for one snapshot and none for none', () => {
    expect(mergeIntervals([{ date: '2022-02-24', key: 'A' }]).map((i) => [i.from, i.to])).toEqual([
      ['2022-02-24', '2022-02-24'],
    ]);
    expect(mergeIntervals([])).toEqual([]);
  });
});
