import { describe, expect, it } from 'vitest';
import { addDays, compareDays, dayInInterval, daysBetween, isDay, parseDay } from '../../../src/story/day.ts';

describe('days', () => {
  it('accepts real calendar days only', () => {
    expect(isDay('2022-07-03')).toBe(true);
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2022-02-30')).toBe(false);
    expect(isDay('2022-02-29')).toBe(false);
    expect(isDay('2022-13-01')).toBe(false);
    expect(isDay('2022-7-3')).toBe(false);
    expect(isDay('2022-07-03T00:00')).toBe(false);
    expect(isDay(20220703)).toBe(false);
    expect(parseDay('2022-07-03')).toEqual({ year: 2022, month: 7, day: 3 });
  });

  it('does day arithmetic in UTC across month and year ends', () => {
    expect(addDays('2022-07-03', -8)).toBe('2022-06-25');
    expect(addDays('2022-02-28', 1)).toBe('2022-03-01');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(daysBetween('2022-06-25', '2022-07-03')).toBe(8);
    expect(() => addDays('2022-02-30', 1)).toThrow(RangeError);
  });

  it('compares and tests inclusive, possibly open, intervals', () => {
    expect(['2022-07-03', '2014-04-07', '2022-02-24'].sort(compareDays)).toEqual([
      '2014-04-07',
      '2022-02-24',
      '2022-07-03',
    ]);
    expect(dayInInterval('2022-07-02', '2022-07-03')).toBe(false);
    expect(dayInInterval('2022-07-03', '2022-07-03')).toBe(true);
    expect(dayInInterval('2030-01-01', '2022-07-03')).toBe(true);
    expect(dayInInterval('2022-07-03', '2022-02-24', '2022-07-02')).toBe(false);
  });
});
