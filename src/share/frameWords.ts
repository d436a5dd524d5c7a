import type { ControlIndex } from '../control/layerFormat';
import { layerLabel } from '../control/kindName';
import type { Day, Story } from '../story';
import type { Credit } from '../ui/credit';
import { creditLine } from './creditLine';
import type { FrameWords, KeyRow } from './drawFrame';
import { FRAME } from './frameLayout';
import { frameText } from './frameText';
import type { Locale } from '../i18n/locale';

/** Every credit an export carries: the bundled ones given, then each imported layer's source. */
export function exportCredits(
  bundled: readonly Credit[],
  layers: readonly ControlIndex[],
  locale: Locale,
): Credit[] {
  return [
    ...bundled,
    ...layers.map((index) => ({ name: layerLabel(index, locale.t.layers), licence: index.source.licence })),
  ];
}

/**
 * The words, key and credit line of the frame for `day`: the page's key (`key`, whose rows for the
 * imported layers come last), then each layer's state on the day, in its ink, as an outline.
 */
export function frameWords(
  story: Story,
  layers: readonly ControlIndex[],
  day: Day,
  page: { key: readonly KeyRow[]; credits: readonly Credit[] },
  locale: Locale,
): FrameWords {
  const text = frameText(story, layers, day, locale);
  // A layer's row of the page's key gives its ink; here it says the layer's state on the day.
  const inks = new Map(page.key.map((row) => [row.text, row.colour]));
  const states = text.layers.map((layer) => ({
    colour: inks.get(layer.label) ?? FRAME.ink,
    outline: true,
    text: `${layer.label}: ${layer.state}`,
  }));
  const key = [
    ...page.key.filter((row) => !text.layers.some((layer) => layer.label === row.text)),
    ...states,
  ];
  return { text, key, credit: creditLine(exportCredits(page.credits, layers, locale), locale.t.exports) };
}
