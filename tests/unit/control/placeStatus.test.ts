import { describe, expect, it } from 'vitest';
import type { ControlInterval } from '../../../src/control/layerFormat';
import { placeStatus } from '../../../src/control/placeStatus';

const area = { 'luhansk-oblast': { km2: 0, pct: 0 }, 'donetsk-oblast': { km2: 0, pct: 0 } };
const interval = (
  id: number,
  from: string,
  to: string,
  places: string[],
  more: Partial<ControlInterval> = {},
): ControlInterval => ({ id, from, to, area, places, geometry: `g${id}`, snapshot: { date: from }, ...more });

// Lysychansk: outside until 2 July, inside from 3 July; the source drops it on 10 July (suspect);
// nothing is known 16-19 July; inside again from 20 July.
const intervals = [
  interval(1, '2022-06-25', '2022-07-02', ['sievierodonetsk']),
  interval(2, '2022-07-03', '2022-07-05', ['sievierodonetsk', 'lysychansk'], { confirmed: ['2022-07-04'] }),
  interval(3, '2022-07-06', '2022-07-09', ['sievierodonetsk', 'lysychansk', 'popasna']),
  interval(4, '2022-07-10', '2022-07-10', ['sievierodonetsk'], { suspect: true }),
  interval(5, '2022-07-11', '2022-07-15', ['sievierodonetsk', 'lysychansk']),
  interval(6, '2022-07-20', '2022-07-31', ['sievierodonetsk', 'lysychansk']),
];

describe('placeStatus', () => {
  it('says inside or outside, since the first day of the current run, and as of which snapshot', () => {
    expect(placeStatus(intervals, 'lysychansk', '2022-07-01')).toEqual({
      known: true,
      inside: false,
      since: '2022-06-25',
      until: '2022-07-02',
      then: 'changes',
      asOf: '2022-06-25',
      suspect: false,
    });
    expect(placeStatus(intervals, 'lysychansk', '2022-07-04')).toEqual({
      known: true,
      inside: true,
      since: '2022-07-03',
      until: '2022-07-15',
      then: 'unknown',
      asOf: '2022-07-04',
      suspect: false,
    });
  });

  it('does not let a suspect day break a run, and marks the suspect day itself', () => {
    expect(placeStatus(intervals, 'lysychansk', '2022-07-12')).toMatchObject({
      inside: true,
      since: '2022-07-03',
    });
    expect(placeStatus(intervals, 'lysychansk', '2022-07-10')).toMatchObject({
      inside: false,
      suspect: true,
    });
  });

  it('stops a run at unknown days, and knows nothing inside them', () => {
    expect(placeStatus(intervals, 'lysychansk', '2022-07-17')).toEqual({ known: false });
    expect(placeStatus(intervals, 'lysychansk', '2022-07-25')).toMatchObject({
      inside: true,
      since: '2022-07-20',
      until: '2022-07-31',
      then: 'unknown',
    });
    expect(placeStatus(intervals, 'lysychansk', '2022-08-01')).toEqual({ known: false });
    expect(placeStatus([], 'lysychansk', '2022-07-01')).toEqual({ known: false });
  });
});
