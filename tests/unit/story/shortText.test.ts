import { describe, expect, it } from 'vitest';
import { shortText } from '../../../src/story/shortText.ts';

describe('shortText', () => {
  it('keeps text up to the limit, and cuts longer text at a whole character with an ellipsis', () => {
    expect(shortText('abc', 3)).toBe('abc');
    expect(shortText('abcd', 3)).toBe('abc…');
    // Counted in characters, not UTF-16 units: three emoji fit in three, and a fourth is cut whole.
    expect(shortText('😀😀😀', 3)).toBe('😀😀😀');
    expect(shortText('😀😀😀😀', 3)).toBe('😀😀😀…');
    expect(shortText(`a${'😀'.repeat(100_000)}`, 2)).toBe('a😀…');
  });
});
