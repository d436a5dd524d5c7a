import { describe, expect, it } from 'vitest';
import { timeFromName, timeFromValue, type TimeReading } from '../../../scripts/import/snapshotTime.ts';

const kyiv: TimeReading = { timezone: 'Europe/Kyiv' };

describe('timeFromName', () => {
  it('finds an ISO date anywhere in the name', () => {
    expect(timeFromName('2022-07-03.geojson')).toEqual({ date: '2022-07-03' });
    expect(timeFromName('control_2022-07-03_v2.json')).toEqual({ date: '2022-07-03' });
  });

  it('finds a compact date anywhere in the name, as ISW names its layers', () => {
    expect(timeFromName('20220703_RussianAssessedCoTinUkraine.geojson')).toEqual({ date: '2022-07-03' });
    expect(timeFromName('layer-20220703.json')).toEqual({ date: '2022-07-03' });
  });

  it('reads Unix timestamps in seconds and milliseconds as instants', () => {
    expect(timeFromName('1656806400.geojson')).toEqual({ date: '2022-07-03', at: '2022-07-03T00:00:00Z' });
    expect(timeFromName('snapshot-1656806400123.json')).toEqual({
      date: '2022-07-03',
      at: '2022-07-03T00:00:00.123Z',
    });
  });

  it('puts an instant on the day of the chosen time zone', () => {
    // 22:30 UTC on 2 July is 01:30 on 3 July in Kyiv (UTC+3 in summer).
    expect(timeFromName('1656801000.geojson').date).toBe('2022-07-02');
    expect(timeFromName('1656801000.geojson', kyiv)).toEqual({
      date: '2022-07-03',
      at: '2022-07-02T22:30:00Z',
    });
  });

  it('rejects days that are not on the calendar', () => {
    expect(() => timeFromName('2022-02-30.geojson')).toThrow(
      'unparsable date "2022-02-30" (not a calendar date)',
    );
    expect(() => timeFromName('20221301_Layer.geojson')).toThrow('not a calendar date');
    expect(timeFromName('2024-02-29.geojson')).toEqual({ date: '2024-02-29' });
  });

  it('refuses a name that reads as two days, saying how', () => {
    expect(() => timeFromName('2022-07-03_2022-07-04.geojson')).toThrow(
      'the file name can be read as more than one day ("2022-07-03" as ISO date 2022-07-03, "2022-07-04" as ISO date 2022-07-04)',
    );
    expect(() => timeFromName('20220703_1656979200.geojson')).toThrow(
      '"20220703" as compact date 2022-07-03, "1656979200" as Unix seconds 2022-07-05',
    );
    expect(() => timeFromName('2022070312.geojson')).toThrow(
      'can be read as Unix seconds or as a date and hour (YYYYMMDDHH)',
    );
  });

  it('takes agreeing readings once, keeping the instant', () => {
    expect(timeFromName('2022-07-03_1656806400.geojson')).toEqual({
      date: '2022-07-03',
      at: '2022-07-03T00:00:00Z',
    });
  });

  it('says when there is no date', () => {
    expect(() => timeFromName('latest.geojson')).toThrow('no date in the file name');
    expect(() => timeFromName('v12345.geojson')).toThrow('no date in the file name');
    expect(() => timeFromName('0000000001.geojson')).toThrow('outside 2000-2100');
  });

  it('follows --date-pattern: named groups, or one group read as a date or timestamp', () => {
    const named: TimeReading = {
      timezone: 'UTC',
      datePattern: /(?<day>\d{2})\.(?<month>\d{2})\.(?<year>\d{4})/u,
    };
    expect(timeFromName('map 03.07.2022.geojson', named)).toEqual({ date: '2022-07-03' });
    const withHour: TimeReading = {
      timezone: 'Europe/Kyiv',
      datePattern: /(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})(?<hour>\d{2})(?<minute>\d{2})/u,
    };
    expect(timeFromName('202207022330.json', withHour)).toEqual({
      date: '2022-07-03',
      at: '2022-07-02T23:30:00Z',
    });
    const group: TimeReading = { timezone: 'UTC', datePattern: /^v\d+_(\d+)/u };
    expect(timeFromName('v2_1656806400.geojson', group).date).toBe('2022-07-03');
    expect(() => timeFromName('other.geojson', group)).toThrow(
      '--date-pattern /^v\\d+_(\\d+)/u does not match',
    );
  });
});

describe('timeFromValue', () => {
  it('reads ISO dates, date-times and timestamps', () => {
    expect(timeFromValue('2022-07-03')).toEqual({ date: '2022-07-03' });
    expect(timeFromValue('2022-07-03 12:00:00')).toEqual({ date: '2022-07-03' });
    expect(timeFromValue('2022-07-03T23:30:00+03:00')).toEqual({
      date: '2022-07-03',
      at: '2022-07-03T20:30:00Z',
    });
    expect(timeFromValue('2022-07-02T22:30:00Z', kyiv).date).toBe('2022-07-03');
    expect(timeFromValue(1656806400).date).toBe('2022-07-03');
    expect(timeFromValue('1656806400000').date).toBe('2022-07-03');
  });

  it('rejects anything else with the reason', () => {
    expect(() => timeFromValue('2022-02-30')).toThrow('unparsable date "2022-02-30" (not a calendar date)');
    expect(() => timeFromValue('3 July 2022')).toThrow('unparsable date "3 July 2022"');
    expect(() => timeFromValue(true)).toThrow('unparsable date true (expected a string or number)');
    expect(() => timeFromValue(-5)).toThrow('not a timestamp');
  });
});
