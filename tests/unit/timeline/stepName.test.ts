import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { localeOf } from '../../../src/i18n/locale';
import { stepName } from '../../../src/timeline/dayLabels';

const EN = localeOf('en', en);

describe('stepName', () => {
  it('names the events a step goes to, with their day', () => {
    expect(stepName('next', '2022-07-03', ['Lysychansk falls', 'A statement'], EN)).toBe(
      'Next event: Lysychansk falls; A statement (3 July 2022)',
    );
  });

  it('names the day where no event is (an imported layer’s year)', () => {
    expect(stepName('previous', '2023-01-01', undefined, EN)).toBe('Previous: 1 January 2023');
  });

  it('names nothing where there is nowhere to go', () => {
    expect(stepName('next', null, undefined, EN)).toBeNull();
  });
});
