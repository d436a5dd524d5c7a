import { describe, expect, it } from 'vitest';
import type { LayerChange } from '../../../src/control/compareChanges';
import {
  claimsMadeBetween,
  compareText,
  placeCompareText,
  type CompareContext,
} from '../../../src/control/compareText';
import type { ControlInterval } from '../../../src/control/layerFormat';
import { en } from '../../../src/i18n/en';
import { localeOf } from '../../../src/i18n/locale';
import { ru } from '../../../src/i18n/ru';
import { uk } from '../../../src/i18n/uk';
import { loadStory } from '../../../src/story/loadStory';
import { shippedPlaces, shippedStoryJson } from '../story/fixtures';

const story = loadStory(shippedPlaces, shippedStoryJson());
const EN = localeOf('en', en);
const regionNames = new Map([
  ['luhansk-oblast', 'Luhansk Oblast'],
  ['donetsk-oblast', 'Donetsk Oblast'],
]);
const interval = (
  id: number,
  from: string,
  to: string,
  places: string[],
  suspect = false,
): ControlInterval => ({
  id,
  from,
  to,
  places,
  geometry: `${id}`.padStart(16, '0'),
  area: {} as ControlInterval['area'],
  snapshot: { date: from },
  ...(suspect ? { suspect: true as const } : {}),
});
const layer = {
  id: 'ds',
  name: 'DeepState',
  intervals: [
    interval(1, '2022-06-20', '2022-07-02', ['sievierodonetsk']),
    interval(2, '2022-07-03', '2022-07-10', ['sievierodonetsk', 'lysychansk'], true),
  ],
};
const done: LayerChange = {
  state: 'done',
  days: ['2022-06-24', '2022-07-04'],
  suspect: ['2022-07-04'],
  change: {
    gained: [],
    lost: [],
    byRegion: {
      'luhansk-oblast': { gainedKm2: 449.4, lostKm2: 1.2 },
      'donetsk-oblast': { gainedKm2: 0, lostKm2: 0 },
    },
    slivers: { gainedKm2: 0, lostKm2: 0 },
  },
};
const context = (change: LayerChange | undefined): CompareContext => ({
  story,
  layers: [layer],
  changeOf: () => change,
  regionNames,
  minWidthM: 200,
  locale: EN,
});

describe('compareText', () => {
  it('gives each source’s sentence with its suspect day, and the story’s claims made between', () => {
    const text = compareText(context(done), '2022-07-04', '2022-06-24');
    expect(text.span).toBe('From 24 June to 4 July 2022:');
    expect(text.lines[0]!.text).toBe(
      "From 24 June to 4 July 2022, DeepState's area in Luhansk Oblast grew by 449 km² and lost 1.2 km² (net +448 km²); in Donetsk Oblast it did not change.",
    );
    expect(text.lines[0]!.notes).toEqual([
      expect.stringMatching(/^Suspect: DeepState's map for 4 July 2022/),
    ]);
    const claims = story.claims.filter((c) => c.from >= '2022-06-24' && c.from <= '2022-07-04');
    expect(text.claims).toHaveLength(claims.length);
    expect(claims.length).toBeGreaterThan(0);
    expect(text.claims[0]).toMatch(/^\d+ (June|July) 2022, .+: .+\.$/);
  });

  it('says while a change is measured, and when it could not be', () => {
    expect(compareText(context({ state: 'pending' }), '2022-06-24', '2022-07-04').lines[0]!.text).toBe(
      'DeepState: measuring the change…',
    );
    expect(
      compareText(context({ state: 'unknown', day: '2022-06-01' }), '2022-06-01', '2022-07-04').lines[0]!
        .text,
    ).toBe('No comparison for this source: DeepState has no assessment for 1 June 2022.');
  });
});

describe('placeCompareText', () => {
  it('gives an oblast its own line, and a city whether it changed sides in the story and each source', () => {
    const oblast = placeCompareText(context(done), 'donetsk-oblast', '2022-06-24', '2022-07-04');
    expect(oblast.lines[0]!.text).toBe(
      "From 24 June to 4 July 2022, DeepState's area in Donetsk Oblast did not change.",
    );
    const city = placeCompareText(context(done), 'lysychansk', '2022-06-24', '2022-07-04');
    expect(city.lines[0]!.text).toMatch(
      /^The story: held by Ukraine on 24 June 2022, held by Russia on 4 July 2022: it changed hands\.$/,
    );
    expect(city.lines[1]!.text).toBe(
      'DeepState: outside its area on 24 June 2022, inside on 4 July 2022: it changed sides.',
    );
    expect(city.lines[1]!.notes).toHaveLength(1);
    const same = placeCompareText(context(done), 'sievierodonetsk', '2022-06-24', '2022-07-04');
    expect(same.lines[1]!.text).toBe('DeepState: inside its area on both days; no change of side.');
    const unknown = placeCompareText(context(done), 'lysychansk', '2022-06-01', '2022-07-04');
    expect(unknown.lines[1]!.text).toBe(
      'DeepState: no comparison for this source: no assessment for 1 June 2022.',
    );
  });

  it('lists only the claims made between that cover the place', () => {
    const all = claimsMadeBetween(story, '2022-06-24', '2022-07-04', EN);
    const donetsk = claimsMadeBetween(story, '2022-06-24', '2022-07-04', EN, 'donetsk-oblast');
    expect(donetsk.length).toBeLessThanOrEqual(all.length);
    for (const line of donetsk) expect(line).toMatch(/Donetsk/);
  });
});

describe('the comparison in Ukrainian and Russian, as far as the story goes', () => {
  it('says the two days, the claims made between and whether a city changed hands', () => {
    const UK = localeOf('uk', uk);
    const text = compareText({ ...context(done), layers: [], locale: UK }, '2022-07-04', '2022-06-24');
    expect(text.span).toBe('Від 24 червня до 4 липня 2022 р.:');
    expect(
      text.claims.some((c) =>
        /^3 липня 2022 р\., Луганська область: Росія заявляє, що контролює всю територію\.$/.test(c),
      ),
    ).toBe(true);
    const RU = localeOf('ru', ru);
    const city = placeCompareText(
      { ...context(done), layers: [], locale: RU },
      'lysychansk',
      '2022-06-24',
      '2022-07-04',
    );
    expect(city.lines[0]!.text).toBe(
      'По истории: 24 июня 2022 г. — контролирует Украина, 4 июля 2022 г. — контролирует Россия: контроль сменился.',
    );
    expect(compareText({ ...context(done), locale: RU }, '2021-12-30', '2022-01-02').span).toBe(
      'С 30 декабря 2021 г. по 2 января 2022 г.:',
    );
  });
});
