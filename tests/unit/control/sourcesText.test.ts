/** The Sources section and the disagreement runs, for the shipped story and two layers that disagree. */
import { describe, expect, it } from 'vitest';
import { disagreementRuns } from '../../../src/control/disagreementRuns';
import type { ControlInterval } from '../../../src/control/layerFormat';
import { sourcesText, type SourceLayer } from '../../../src/control/sourcesText';
import { loadStory } from '../../../src/story/loadStory';
import { shippedPlaces, shippedStoryJson } from '../story/fixtures';
import { en } from '../../../src/i18n/en';
import { localeOf } from '../../../src/i18n/locale';
import { uk } from '../../../src/i18n/uk';

const EN = localeOf('en', en);

const story = loadStory(shippedPlaces, shippedStoryJson(), 'luhansk-july-2022');
const stories = { open: story, all: [story] };
const area = { 'luhansk-oblast': { km2: 0, pct: 0 }, 'donetsk-oblast': { km2: 0, pct: 0 } };
let id = 0;
const interval = (from: string, to: string, places: string[]): ControlInterval => ({
  id: ++id,
  from,
  to,
  area,
  places,
  geometry: `g${id}`,
  snapshot: { date: from },
});

// DeepState-like: Sievierodonetsk from 24 June, Lysychansk from 3 July. ISW-like: from 25 June
// and 8 July. Story: Sievierodonetsk Russian from 25 June, Lysychansk from 3 July.
const deepstate: SourceLayer = {
  id: 'deepstate',
  kind: 'assessed',
  name: 'DeepState',
  intervals: [
    interval('2022-06-20', '2022-06-23', []),
    interval('2022-06-24', '2022-07-02', ['sievierodonetsk']),
    interval('2022-07-03', '2022-07-31', ['sievierodonetsk', 'lysychansk']),
  ],
};
const isw: SourceLayer = {
  id: 'isw',
  kind: 'assessed',
  name: 'ISW',
  intervals: [
    interval('2022-06-20', '2022-06-24', []),
    interval('2022-06-25', '2022-07-07', ['sievierodonetsk']),
    interval('2022-07-08', '2022-07-31', ['sievierodonetsk', 'lysychansk']),
  ],
};

describe('sourcesText', () => {
  it('sets the story’s claim beside each layer and says in one sentence where they disagree', () => {
    const text = sourcesText(stories, 'lysychansk', '2022-07-04', [deepstate, isw], EN);
    expect(text.story).toBe('The story: Russia said it took Lysychansk on 3 July 2022.');
    expect(text.rows).toEqual([
      {
        layer: 'deepstate',
        name: 'DeepState (assessed control)',
        state: 'Inside since 3 July 2022.',
        asOf: 'As of the source’s snapshot of 3 July 2022.',
        suspect: '',
      },
      {
        layer: 'isw',
        name: 'ISW (assessed control)',
        state: 'Outside since 20 June 2022.',
        asOf: 'As of the source’s snapshot of 25 June 2022.',
        suspect: '',
      },
    ]);
    expect(text.verdict).toBe(
      'Russia said it took Lysychansk on 3 July 2022; DeepState has it inside from 3 July; ISW has it outside until 7 July, inside from 8 July.',
    );
  });

  it('says the same in the page’s language, with the party’s and the place’s names in it', () => {
    const text = sourcesText(stories, 'lysychansk', '2022-07-04', [deepstate, isw], localeOf('uk', uk));
    expect(text.story).toBe(`За історією: Росія заявляє про взяття: Лисичанськ, 3 липня 2022 р.`);
    expect(text.rows.map((row) => [row.name, row.state, row.asOf])).toEqual([
      [
        'DeepState (оцінений контроль)',
        'Усередині території від 3 липня 2022 р.',
        'Знімок джерела від 3 липня 2022 р. — звідси ці цифри.',
      ],
      [
        'ISW (оцінений контроль)',
        'Поза територією від 20 червня 2022 р.',
        'Знімок джерела від 25 червня 2022 р. — звідси ці цифри.',
      ],
    ]);
    expect(text.verdict).toBe(
      `Росія заявляє про взяття: Лисичанськ, 3 липня 2022 р.; DeepState: усередині території від 3 липня; ISW: поза територією до 7 липня, усередині території від 8 липня.`,
    );
  });

  it('carries each source’s web address for a link on its name, and never another scheme', () => {
    const linked = { ...deepstate, url: 'https://deepstatemap.live' };
    const hostile = { ...isw, url: 'javascript:alert(document.domain)' };
    const [first, second] = sourcesText(stories, 'lysychansk', '2022-07-04', [linked, hostile], EN).rows;
    expect(first?.url).toBe('https://deepstatemap.live/');
    expect(second).not.toHaveProperty('url');
  });

  it('says they agree before and after the days they disagree', () => {
    expect(sourcesText(stories, 'lysychansk', '2022-06-30', [deepstate, isw], EN).verdict).toBe(
      'They agree on this day: outside.',
    );
    expect(sourcesText(stories, 'lysychansk', '2022-07-10', [deepstate, isw], EN).verdict).toBe(
      'They agree on this day: inside.',
    );
  });

  it('names the story’s own entry when it is not a party’s statement, and days no layer covers', () => {
    const text = sourcesText(stories, 'sievierodonetsk', '2022-06-24', [deepstate, isw], EN);
    expect(text.story).toBe(
      'The story: the story has Sievierodonetsk held by Ukraine from 31 July 2014 to 24 June 2022.',
    );
    expect(text.verdict).toContain('DeepState has it inside from 24 June');
    const late = sourcesText(stories, 'lysychansk', '2022-08-15', [deepstate], EN);
    expect(late.rows[0]?.state).toBe('No assessment for this day.');
    expect(late.verdict).toBe('Too little is known on this day to compare.');
    // Past the story's end it is silent: its last word is not carried on, nor set against a layer.
    const after = sourcesText(stories, 'lysychansk', '2022-07-20', [deepstate], EN);
    expect(after.story).toBe('The stories are silent on Lysychansk after 4 July 2022.');
    expect(after.verdict).toBe('Too little is known on this day to compare.');
  });
});

describe('disagreementRuns', () => {
  it('finds the days the layers disagree with each other or with the story', () => {
    expect(disagreementRuns([story], 'lysychansk', [deepstate.intervals, isw.intervals])).toEqual([
      { from: '2022-07-03', to: '2022-07-07' },
    ]);
    // Sievierodonetsk: DeepState alone on 24 June (the story and ISW still say Ukrainian).
    expect(disagreementRuns([story], 'sievierodonetsk', [deepstate.intervals, isw.intervals])).toEqual([
      { from: '2022-06-24', to: '2022-06-24' },
    ]);
  });

  it('finds none where only one says anything', () => {
    expect(disagreementRuns([story], 'lysychansk', [])).toEqual([]);
    expect(disagreementRuns([story], 'no-such-place', [deepstate.intervals])).toEqual([]);
  });
});
