import { describe, expect, it } from 'vitest';
import { findOccasion, findReporter } from '../../../src/draft/findOccasion.ts';

const occasion = (text: string) => findOccasion(text, 0, text.length)?.value;
const reporter = (text: string) => findReporter(text, 0, text.length)?.value;

describe('findOccasion and findReporter', () => {
  it('name the occasion without its article or possessive', () => {
    expect(occasion('President Zelensky said in his evening video address, as reported by Reuters')).toBe(
      'evening video address',
    );
    expect(occasion('the military said in a statement on social media.')).toBe('statement on social media');
    expect(occasion('he wrote on Telegram.')).toBe('Telegram');
    expect(occasion('he said.')).toBeUndefined();
  });

  it('name the agency that reported it', () => {
    expect(reporter('said in his address, as reported by Reuters, July 4th.')).toBe('Reuters');
    expect(reporter('Interfax reported.')).toBe('Interfax');
    expect(reporter('he said.')).toBeUndefined();
  });
});
