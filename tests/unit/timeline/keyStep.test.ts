import { describe, expect, it } from 'vitest';
import { addMonths, adjacentEvent, keyStep } from '../../../src/timeline/keyStep';

const range = ['2014-04-07', '2022-07-31'] as const;

describe('keyStep', () => {
  it('moves a day with the arrows', () => {
    expect(keyStep('ArrowRight', '2022-07-03', range)).toBe('2022-07-04');
    expect(keyStep('ArrowLeft', '2022-07-03', range)).toBe('2022-07-02');
    expect(keyStep('ArrowUp', '2022-02-28', range)).toBe('2022-03-01');
    expect(keyStep('ArrowDown', '2022-03-01', range)).toBe('2022-02-28');
  });

  it('moves a month with Page Up and Page Down', () => {
    expect(keyStep('PageUp', '2022-06-25', range)).toBe('2022-07-25');
    expect(keyStep('PageDown', '2022-06-25', range)).toBe('2022-05-25');
  });

  it('goes to the ends with Home and End', () => {
    expect(keyStep('Home', '2022-06-25', range)).toBe('2014-04-07');
    expect(keyStep('End', '2022-06-25', range)).toBe('2022-07-31');
  });

  it('stops at the ends', () => {
    expect(keyStep('ArrowLeft', '2014-04-07', range)).toBe('2014-04-07');
    expect(keyStep('ArrowRight', '2022-07-31', range)).toBe('2022-07-31');
    expect(keyStep('PageUp', '2022-07-15', range)).toBe('2022-07-31');
    expect(keyStep('PageDown', '2014-04-20', range)).toBe('2014-04-07');
  });

  it('ignores other keys', () => {
    expect(keyStep('a', '2022-06-25', range)).toBeNull();
  });
});

describe('addMonths', () => {
  it('keeps the day inside the target month', () => {
    expect(addMonths('2022-01-31', 1)).toBe('2022-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2022-03-31', -1)).toBe('2022-02-28');
    expect(addMonths('2021-12-15', 1)).toBe('2022-01-15');
    expect(addMonths('2022-01-15', -1)).toBe('2021-12-15');
  });
});

describe('adjacentEvent', () => {
  const days = ['2022-02-24', '2022-06-25', '2022-07-03'];
  it('finds the next and previous event days, strictly after or before', () => {
    expect(adjacentEvent('2022-06-25', days, 1)).toBe('2022-07-03');
    expect(adjacentEvent('2022-06-25', days, -1)).toBe('2022-02-24');
    expect(adjacentEvent('2022-06-26', days, -1)).toBe('2022-06-25');
  });
  it('returns null past the last or before the first', () => {
    expect(adjacentEvent('2022-07-03', days, 1)).toBeNull();
    expect(adjacentEvent('2022-02-24', days, -1)).toBeNull();
  });
});
