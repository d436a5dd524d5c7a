import { describe, expect, it } from 'vitest';
import { findDays } from '../../../src/draft/findDays.ts';

const days = (text: string, published = '2022-07-04') =>
  findDays(text, published).map((d) => [d.value.surface, d.value.day, d.value.precision]);

describe('findDays', () => {
  it('resolves weekdays to the last such day on or before publication (Monday 4 July 2022)', () => {
    expect(days('Zelensky on Sunday pledged')).toEqual([['on Sunday', '2022-07-03', 'day']]);
    expect(days('on Saturday')).toEqual([['on Saturday', '2022-07-02', 'day']]);
    expect(days('on Tuesday')).toEqual([['on Tuesday', '2022-06-28', 'day']]);
  });

  it('reads calendar and relative days', () => {
    expect(days('as reported by Reuters, July 4th.')).toEqual([['July 4th', '2022-07-04', 'day']]);
    expect(days('yesterday')).toEqual([['yesterday', '2022-07-03', 'day']]);
    expect(days('two days ago')).toEqual([['two days ago', '2022-07-02', 'day']]);
  });

  it("gives a month without a day as 'by' its last day", () => {
    expect(days('last month')).toEqual([['last month', '2022-06-30', 'by']]);
  });

  it('reads Ukrainian and Russian', () => {
    expect(days('у неділю')).toEqual([['у неділю', '2022-07-03', 'day']]);
    expect(days('3 липня')).toEqual([['3 липня', '2022-07-03', 'day']]);
    expect(days('в воскресенье')).toEqual([['в воскресенье', '2022-07-03', 'day']]);
  });

  it('drops a day after publication and phrases that name no day', () => {
    expect(days('on July 10')).toEqual([]);
    expect(days('this week')).toEqual([]);
    expect(days('since 2014')).toEqual([]);
  });
});
