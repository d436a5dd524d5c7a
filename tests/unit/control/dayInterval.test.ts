import { describe, expect, it } from 'vitest';
import { dayInterval } from '../../../src/control/dayInterval';

/** Three intervals in July 2022, a gap of two days after the second; g0 and g2 share a file. */
const intervals = [
  { id: 0, from: '2022-07-01', to: '2022-07-04', geometry: 'g0' },
  { id: 1, from: '2022-07-05', to: '2022-07-09', geometry: 'g1' },
  { id: 2, from: '2022-07-12', to: '2022-07-20', geometry: 'g0' },
];
const [first, second, third] = intervals;
const files = new Map([['g0', 'the area of g0']]);
const held = (name: string) => files.get(name);

describe('dayInterval', () => {
  it('draws the interval in force when its file is held', () => {
    expect(dayInterval(intervals, '2022-07-02', null, held)).toEqual({
      do: 'draw',
      interval: first,
      geometry: 'the area of g0',
    });
    // Another interval with the same file is drawn again: its id is not the one drawn.
    expect(dayInterval(intervals, '2022-07-15', 0, held)).toEqual({
      do: 'draw',
      interval: third,
      geometry: 'the area of g0',
    });
  });

  it('keeps the interval drawn already, without asking for its file', () => {
    const asked: string[] = [];
    const step = dayInterval(intervals, '2022-07-04', 0, (name) => {
      asked.push(name);
      return held(name);
    });
    expect(step).toEqual({ do: 'keep', interval: first });
    expect(asked).toEqual([]);
  });

  it('waits for a file still loading, whatever is drawn meanwhile', () => {
    expect(dayInterval(intervals, '2022-07-06', 0, held)).toEqual({ do: 'wait', interval: second });
    expect(dayInterval(intervals, '2022-07-09', null, held)).toEqual({ do: 'wait', interval: second });
  });

  it('clears on a day no interval covers: a gap, or outside the series', () => {
    for (const day of ['2022-07-10', '2022-07-11', '2022-06-30', '2022-07-21'])
      expect(dayInterval(intervals, day, 1, held), day).toEqual({ do: 'clear' });
    expect(dayInterval([], '2022-07-02', null, held)).toEqual({ do: 'clear' });
  });
});
