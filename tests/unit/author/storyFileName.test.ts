import { describe, expect, it } from 'vitest';
import { storyFileName } from '../../../src/author/downloadLink.ts';

describe('storyFileName', () => {
  it('makes a file name of the title: lower-case words and hyphens, at most 60 characters', () => {
    expect(storyFileName('Russia Claims Control Of Lugansk Region, Zelensky Vows')).toBe(
      'russia-claims-control-of-lugansk-region-zelensky-vows.json',
    );
    expect(storyFileName('Лисичанськ: «Ми повернемося», — Київ')).toBe('лисичанськ-ми-повернемося-київ.json');
    expect(storyFileName('a '.repeat(50)).length).toBeLessThanOrEqual(65);
    expect(storyFileName('a '.repeat(50))).not.toMatch(/-\.json$/);
  });

  it('names a story without a usable title "story"', () => {
    expect(storyFileName('')).toBe('story.json');
    expect(storyFileName('«»…')).toBe('story.json');
  });
});
