import { describe, expect, it } from 'vitest';
import { assessedSummaryText } from '../../../src/control/assessedSummaryText';

const area = (l: number, d: number) => ({
  'luhansk-oblast': { km2: l * 267, pct: l },
  'donetsk-oblast': { km2: d * 265, pct: d },
});
const index = {
  format: 'claimline-control/1' as const,
  source: { name: 'Fixture', licence: 'test' },
  tolerance: 100,
  generated: { snapshots: 4, intervals: 3, bytesIn: 1, bytesOut: 1 },
  intervals: [
    { id: 1, from: '2022-02-24', to: '2022-02-24', area: area(60, 20) },
    { id: 2, from: '2022-02-25', to: '2022-03-01', area: area(70, 25) },
    { id: 3, from: '2022-03-02', to: '2022-03-02', area: area(80, 30) },
  ],
};

describe('assessedSummaryText', () => {
  const names = new Map([
    ['luhansk-oblast', 'Luhansk Oblast'],
    ['donetsk-oblast', 'Donetsk Oblast'],
  ]);
  it('gives km² and percentage per oblast and the interval', () => {
    expect(assessedSummaryText(index, index.intervals[1], names)).toEqual({
      heading: 'Assessed control (Fixture)',
      lines: [
        'Luhansk Oblast: 70% (18,690 km²)',
        'Donetsk Oblast: 25% (6,625 km²)',
        'Unchanged 25 February 2022 to 1 March 2022.',
      ],
    });
  });
  it('says when the series has nothing for the day', () => {
    expect(assessedSummaryText(index, undefined, names).lines).toEqual([
      'No assessment for this day. It covers 24 February 2022 to 2 March 2022.',
    ]);
  });
});
