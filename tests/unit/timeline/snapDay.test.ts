import { describe, expect, it } from 'vitest';
import { snapDay } from '../../../src/timeline/snapDay';

// One pixel per day from 2022-07-01 (x = 0).
const xOfDay = (day: string) => Number(day.slice(8)) - 1;
const events = ['2022-07-03', '2022-07-10'];

describe('snapDay', () => {
  it('snaps to an event day within the threshold, on either side', () => {
    expect(snapDay('2022-07-01', 0, events, xOfDay, 3)).toBe('2022-07-03');
    expect(snapDay('2022-07-05', 4, events, xOfDay, 3)).toBe('2022-07-03');
  });

  it('leaves the day alone beyond the threshold', () => {
    expect(snapDay('2022-07-07', 6, events, xOfDay, 2)).toBe('2022-07-07');
  });

  it('prefers the nearer of two events', () => {
    expect(snapDay('2022-07-08', 7, events, xOfDay, 5)).toBe('2022-07-10');
  });

  it('does nothing with no events', () => {
    expect(snapDay('2022-07-08', 7, [], xOfDay, 5)).toBe('2022-07-08');
  });
});
