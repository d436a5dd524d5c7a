/** The layers chart's share of both oblasts; the cases are those the soak (npm run fuzz:soak) found above 100 %. */
import { describe, expect, it } from 'vitest';
import { combinedShare } from '../../../src/control/combinedShare';
import type { ControlIndex } from '../../../src/control/controlIndex';

/** An index whose intervals cover Luhansk oblast only, by km² and percentage. */
function indexOf(areas: [km2: number, pct: number][]): ControlIndex {
  return {
    intervals: areas.map(([km2, pct], i) => ({
      id: i + 1,
      from: `2022-07-0${i + 1}`,
      to: `2022-07-0${i + 1}`,
      area: { 'luhansk-oblast': { km2, pct }, 'donetsk-oblast': { km2: 0, pct: 0 } },
      places: [],
      geometry: '0000000000000000',
      snapshot: { date: `2022-07-0${i + 1}` },
    })),
  } as unknown as ControlIndex;
}

describe('combinedShare', () => {
  it('reads the oblast area from the largest percentage, not a tiny rounded one', () => {
    // 5.3 km² at 0.02 % says the oblast is 26,500 km²; 99.41 % says 26,700: the first gave 100.2 %.
    expect(
      combinedShare(
        indexOf([
          [5.3, 0.02],
          [26542.5, 99.41],
        ]),
      ),
    ).toEqual([0, 99.4]);
  });

  it('never gives more than the whole', () => {
    expect(
      combinedShare(
        indexOf([
          [27000, 99.99],
          [26000, 100],
        ]),
      ),
    ).toEqual([100, 100]);
  });
});
