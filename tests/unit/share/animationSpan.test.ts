import { describe, expect, it } from 'vitest';
import { animationSpan } from '../../../src/share/animationSpan';

const period = { from: '2022-06-20', to: '2022-07-04' };

describe('animationSpan', () => {
  it('plays the compared days, earlier to later, whichever is the day shown', () => {
    expect(animationSpan(period, { day: '2022-07-04', compare: '2022-06-24' })).toEqual([
      '2022-06-24',
      '2022-07-04',
    ]);
    expect(animationSpan(period, { day: '2022-06-24', compare: '2025-01-01' })).toEqual([
      '2022-06-24',
      '2025-01-01',
    ]);
  });

  it("without a comparison, the story's last 30 days within its period", () => {
    expect(animationSpan(period, { day: '2022-07-01', compare: null })).toEqual(['2022-06-20', '2022-07-04']);
    expect(
      animationSpan({ from: '2022-01-01', to: '2022-07-04' }, { day: '2022-07-01', compare: null }),
    ).toEqual(['2022-06-05', '2022-07-04']);
  });

  it('a comparison with the day itself is no span: the default', () => {
    expect(animationSpan(period, { day: '2022-07-04', compare: '2022-07-04' })).toEqual([
      '2022-06-20',
      '2022-07-04',
    ]);
  });
});
