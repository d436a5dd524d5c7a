import { describe, expect, it } from 'vitest';
import { chartKeyLabel, chartSeries, figureText } from '../../../src/control/layersChartSeries';
import type { ControlIndex } from '../../../src/control/controlIndex';
import { layerStyle } from '../../../src/ui/layerStyles';
import { en } from '../../../src/i18n/en';
import { localeOf } from '../../../src/i18n/locale';
import { ru } from '../../../src/i18n/ru';

const EN = localeOf('en', en);

// Each oblast's area is 100 km², so a km² figure is its percentage too.
const area = (l: number, d: number) => ({
  'luhansk-oblast': { km2: l, pct: l },
  'donetsk-oblast': { km2: d, pct: d },
});
const interval = (id: number, from: string, to: string, l: number, d: number) => ({
  id,
  from,
  to,
  area: area(l, d),
  places: [],
  geometry: `g${id}`,
  snapshot: { date: from },
});
/** Two intervals back to back, then a gap of two days before the third. */
const index: ControlIndex = {
  format: 'claimline-control/4',
  id: 'fixture',
  kind: 'assessed',
  source: { name: 'Fixture', licence: 'test' },
  tolerance: 100,
  generated: { snapshots: 3, intervals: 3, bytesIn: 1, bytesOut: 1 },
  intervals: [
    interval(1, '2022-07-01', '2022-07-02', 50, 20),
    interval(2, '2022-07-03', '2022-07-05', 60, 25),
    interval(3, '2022-07-08', '2022-07-09', 70, 30),
  ],
};
const [series] = chartSeries([{ index, style: layerStyle(0) }]);

describe('chartSeries', () => {
  it('holds each interval’s share to the day after it ends, and breaks the line at a gap', () => {
    expect(series?.points).toEqual([
      { day: '2022-07-01', value: 35 },
      { day: '2022-07-03', value: 35 },
      { day: '2022-07-03', value: 42.5 },
      { day: '2022-07-06', value: 42.5 },
      { day: '2022-07-06', value: undefined },
      { day: '2022-07-08', value: 50 },
      { day: '2022-07-10', value: 50 },
    ]);
  });
});

describe('figureText', () => {
  it('reads the share on a day, and says when the layer has none', () => {
    expect(figureText(series!, '2022-07-04', EN)).toBe('Fixture 42.5%');
    expect(figureText(series!, '2022-07-07', EN)).toBe('Fixture no assessment');
    expect(figureText(series!, '2022-06-30', EN)).toBe('Fixture no assessment');
    expect(figureText(series!, '2022-07-04', localeOf('ru', ru))).toBe('Fixture 42,5%');
    expect(figureText(series!, '2022-07-07', localeOf('ru', ru))).toBe('Fixture: оценки нет');
  });
});

describe('chartKeyLabel', () => {
  it('says every figure with the day', () => {
    expect(chartKeyLabel('2022-07-04', ['A 42.5%', 'B no assessment'], EN)).toBe(
      'Share of Luhansk and Donetsk oblasts inside each imported layer on 4 July 2022: A 42.5%; B no assessment',
    );
  });
});
