import { describe, expect, it } from 'vitest';
import {
  bytesText,
  estimateBytes,
  FRAME_SIZES,
  parseSize,
  videoBitrate,
} from '../../../src/share/frameSizes';
import { exportCredits, frameWords } from '../../../src/share/frameWords';
import type { ControlIndex } from '../../../src/control/layerFormat';
import { loadStory } from '../../../src/story/loadStory';
import { shippedPlaces, shippedStoryJson } from '../story/fixtures';
import { en } from '../../../src/i18n/en';
import { localeOf } from '../../../src/i18n/locale';
import { uk } from '../../../src/i18n/uk';

describe('frame sizes', () => {
  it('reads every offered size, and WxH with even sides from 16 to 3840', () => {
    expect(FRAME_SIZES.map(parseSize)).toEqual([
      { width: 1080, height: 1080 },
      { width: 1920, height: 1080 },
      { width: 1080, height: 1920 },
    ]);
    expect(parseSize(' 640×360 ')).toEqual({ width: 640, height: 360 });
  });

  it('names the reason for a size it cannot use', () => {
    for (const bad of ['1080', '1080x', 'axb', '1081x1080', '8x8', '4000x1080', '-1080x1080'])
      expect(() => parseSize(bad), bad).toThrow(`size: "${bad}" is not WIDTHxHEIGHT`);
  });

  it('estimates a video by its bitrate and duration, a GIF by its pixels, and says it in KB or MB', () => {
    expect(videoBitrate(1000, 1000)).toBe(2_000_000);
    // 30 frames at 10 fps: 3 s at 2 Mbit/s.
    expect(estimateBytes('webm', 30, 10, 1000, 1000)).toBe(750_000);
    expect(estimateBytes('gif', 10, 10, 1000, 1000)).toBe(1_200_000);
    // The panel's estimate and the exports' notices, in the page's language.
    expect(bytesText(750_000, localeOf('en', en))).toBe('750 KB');
    expect(bytesText(1_200_000, localeOf('en', en))).toBe('1.2 MB');
    expect(bytesText(1_200_000, localeOf('uk', uk))).toBe('1,2 МБ');
    expect(bytesText(12, localeOf('uk', uk))).toBe('1 КБ');
  });
});

describe('frame words', () => {
  const story = loadStory(shippedPlaces, shippedStoryJson());
  const layer = {
    id: 'monitor',
    kind: 'claimed',
    source: { name: 'Monitor', licence: 'CC BY-NC 4.0' },
    intervals: [],
  } as unknown as ControlIndex;

  it('credit the bundled sources, then each layer under its page name, and repeat a restrictive licence', () => {
    const bundled = [{ name: 'Natural Earth', licence: 'public domain' }];
    expect(exportCredits(bundled, [layer], localeOf('en', en))).toEqual([
      { name: 'Natural Earth', licence: 'public domain' },
      { name: 'Claimed area: Monitor', licence: 'CC BY-NC 4.0' },
    ]);
    const words = frameWords(story, [layer], '2022-07-03', { key: [], credits: bundled }, localeOf('en', en));
    expect(words.credit).toMatch(/Not for redistribution: Claimed area: Monitor \(CC BY-NC 4\.0\)$/);
  });

  it("take a layer's ink from the page's key and say its state on the day, unknown where it has none", () => {
    const key = [
      { colour: '#d62728', text: 'City held by Russia' },
      { colour: '#123456', text: 'Claimed area: Monitor' },
    ];
    const words = frameWords(story, [layer], '2022-07-03', { key, credits: [] }, localeOf('en', en));
    expect(words.key).toEqual([
      { colour: '#d62728', text: 'City held by Russia' },
      {
        colour: '#123456',
        outline: true,
        text: 'Claimed area: Monitor: unknown: no snapshot covers this day',
      },
    ]);
    expect(words.text.date).toBe('3 July 2022');
  });
});
