import { describe, expect, it } from 'vitest';
import { timelineRange } from '../../../src/timeline/timelineRange';
import type { Story } from '../../../src/story';

const story = { period: { from: '2014-04-07', to: '2022-07-04' } } as Story;

describe('timelineRange', () => {
  it('spans the story to the end of its last month, detailed over its last months', () => {
    expect(timelineRange(story)).toEqual({
      range: ['2014-04-07', '2022-07-31'],
      focusFrom: '2022-02-01',
      stops: [],
    });
  });

  it('spans an imported layer’s later days too, in a stretch after the story’s', () => {
    expect(timelineRange(story, ['2022-04-03', '2025-08-14'])).toEqual({
      range: ['2014-04-07', '2025-08-14'],
      focusFrom: '2022-02-01',
      focusTo: '2022-07-31',
      stops: ['2022-04-03', '2023-01-01', '2024-01-01', '2025-01-01', '2025-08-14'],
    });
  });

  it('adds no later stretch for a layer inside the story’s period', () => {
    const span = timelineRange(story, ['2022-02-24', '2022-06-30']);
    expect(span.range).toEqual(['2014-04-07', '2022-07-31']);
    expect(span.focusTo).toBeUndefined();
  });

  it('starts earlier for a layer that starts before the story', () => {
    expect(timelineRange(story, ['2013-01-01', '2022-06-30']).range[0]).toBe('2013-01-01');
  });

  it('spans the other stories’ periods too, each to the end of its month, detailed over the open story’s', () => {
    const later = { from: '2023-05-20', to: '2023-05-21' };
    expect(timelineRange(story, null, [later])).toEqual({
      range: ['2014-04-07', '2023-05-31'],
      focusFrom: '2022-02-01',
      focusTo: '2022-07-31',
      stops: [],
    });
    // Opened on the later story: its own months are the detailed stretch, the earlier one before it.
    const open = { period: later } as Story;
    expect(timelineRange(open, null, [story.period])).toEqual({
      range: ['2014-04-07', '2023-05-31'],
      focusFrom: '2022-12-01',
      stops: [],
    });
  });
});
