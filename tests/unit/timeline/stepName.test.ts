import { describe, expect, it } from 'vitest';
import { stepName } from '../../../src/timeline/dayLabels';

describe('stepName', () => {
  it('names the events a step goes to, with their day', () => {
    expect(stepName('Next', '2022-07-03', ['Lysychansk falls', 'A statement'])).toBe(
      'Next event: Lysychansk falls; A statement (3 July 2022)',
    );
  });

  it('names the day where no event is (an imported layer’s year)', () => {
    expect(stepName('Previous', '2023-01-01', undefined)).toBe('Previous: 1 January 2023');
  });

  it('names nothing where there is nowhere to go', () => {
    expect(stepName('Next', null, undefined)).toBeNull();
  });
});
