import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../src/timeline/axisTicks';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('axisTicks', () => {
  it('labels years before the focus year and months across the focus', () => {
    const { years, months } = axisTicks(['2014-04-07', '2022-07-31'], '2022-02-01', 600);
    expect(years.map(iso)).toEqual(
      ['2015', '2016', '2017', '2018', '2019', '2020', '2021'].map((y) => `${y}-01-01`),
    );
    expect(months.map(iso)).toEqual([
      '2022-02-01',
      '2022-03-01',
      '2022-04-01',
      '2022-05-01',
      '2022-06-01',
      '2022-07-01',
    ]);
  });

  it('thins the years when the overview is narrow', () => {
    const { years } = axisTicks(['2014-04-07', '2022-07-31'], '2022-02-01', 100);
    expect(years.length).toBeLessThan(4);
    expect(years.length).toBeGreaterThan(0);
  });
});

describe('axisTicks with a later stretch', () => {
  it('labels months across the focus only, and the later years as years', () => {
    const ticks = axisTicks(['2014-04-07', '2025-08-14'], '2022-02-01', 300, 34, {
      focusTo: '2022-07-31',
      width: 250,
    });
    expect(ticks.months.map(iso).at(-1)).toBe('2022-07-01');
    expect(ticks.laterYears.map(iso)).toEqual(['2023-01-01', '2024-01-01', '2025-01-01']);
  });

  it('has no later years without a later stretch', () => {
    expect(axisTicks(['2014-04-07', '2022-07-31'], '2022-02-01', 600).laterYears).toEqual([]);
  });
});
