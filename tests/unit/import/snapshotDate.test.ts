import { describe, expect, it } from 'vitest';
import { addDays, dateFromName, dateFromValue, parseIsoDay } from '../../../scripts/import/snapshotDate.ts';

describe('dateFromName', () => {
  it('finds an ISO date anywhere in the name', () => {
    expect(dateFromName('2022-07-03.geojson')).toBe('2022-07-03');
    expect(dateFromName('control_2022-07-03_v2.json')).toBe('2022-07-03');
    expect(dateFromName('2022-07-03T18-00-00.geojson')).toBe('2022-07-03');
  });

  it('reads Unix timestamps in seconds and milliseconds (UTC day)', () => {
    expect(dateFromName('1656806400.geojson')).toBe('2022-07-03');
    expect(dateFromName('snapshot-1656806400000.json')).toBe('2022-07-03');
    expect(dateFromName('1656892799.geojson')).toBe('2022-07-03');
  });

  it('rejects days that are not on the calendar', () => {
    expect(() => dateFromName('2022-02-30.geojson')).toThrow(
      'unparsable date "2022-02-30" (not a calendar date)',
    );
    expect(() => dateFromName('2022-13-01.geojson')).toThrow('not a calendar date');
    expect(() => dateFromName('2023-02-29.geojson')).toThrow('not a calendar date');
    expect(dateFromName('2024-02-29.geojson')).toBe('2024-02-29');
  });

  it('says when there is no date or more than one', () => {
    expect(() => dateFromName('latest.geojson')).toThrow('no date in the file name');
    expect(() => dateFromName('v12345.geojson')).toThrow('no date in the file name');
    expect(() => dateFromName('2022-07-03_2022-07-04.geojson')).toThrow(
      'more than one date in the file name (2022-07-03, 2022-07-04)',
    );
  });

  it('rejects timestamps outside 2000-2100', () => {
    expect(() => dateFromName('0000000001.geojson')).toThrow('outside 2000-2100');
  });
});

describe('dateFromValue', () => {
  it('reads ISO dates, date-times (their date part) and timestamps', () => {
    expect(dateFromValue('2022-07-03')).toBe('2022-07-03');
    expect(dateFromValue('2022-07-03T23:30:00+03:00')).toBe('2022-07-03');
    expect(dateFromValue('2022-07-03 12:00:00')).toBe('2022-07-03');
    expect(dateFromValue(1656806400)).toBe('2022-07-03');
    expect(dateFromValue(1656806400000)).toBe('2022-07-03');
    expect(dateFromValue('1656806400')).toBe('2022-07-03');
  });

  it('rejects anything else with the reason', () => {
    expect(() => dateFromValue('2022-02-30')).toThrow('unparsable date "2022-02-30" (not a calendar date)');
    expect(() => dateFromValue('3 July 2022')).toThrow(
      'unparsable date "3 July 2022" (expected YYYY-MM-DD or a Unix timestamp)',
    );
    expect(() => dateFromValue(true)).toThrow('unparsable date true (expected a string or number)');
    expect(() => dateFromValue(-5)).toThrow('not a timestamp');
  });
});

describe('day arithmetic', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2022-02-28', 1)).toBe('2022-03-01');
    expect(addDays('2023-01-01', -1)).toBe('2022-12-31');
    expect(parseIsoDay('2022-07-03')).toBe('2022-07-03');
  });
});
