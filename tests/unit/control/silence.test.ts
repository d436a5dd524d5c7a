/**
 * Several stories beside the imported layers, generated with known answers: a story speaks only of
 * its own period, a later story's word counts where it covers the day, and past the end of every
 * story that speaks of a place nothing is set against the layers (silence is not a claim).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disagreementRuns } from '../../../src/control/disagreementRuns';
import type { ControlInterval } from '../../../src/control/layerFormat';
import { storyInside } from '../../../src/control/storyInside';
import { sourcesText, type SourceLayer } from '../../../src/control/sourcesText';
import { addDays, daysBetween } from '../../../src/story/day';
import { loadStory } from '../../../src/story/loadStory';
import { storyOn } from '../../../src/story/stories';
import type { RawHolding, RawStory, Story } from '../../../src/story/types';
import { shippedPlaces } from '../story/fixtures';
import { en } from '../../../src/i18n/en';
import { localeOf } from '../../../src/i18n/locale';

const EN = localeOf('en', en);

const PLACE = 'bakhmut';

/** A story of one period that has the place held as `held` says (none: it only quotes about it). */
function story(
  id: string,
  from: string,
  to: string,
  held: Omit<RawHolding, 'id' | 'place' | 'source'>[],
): Story {
  const raw: RawStory = {
    title: `Story ${id}`,
    period: { from, to },
    parties: [
      { id: 'ru', name: 'Russia', status: 'state', description: 'Russia.' },
      { id: 'ua', name: 'Ukraine', status: 'state', description: 'Ukraine.' },
    ],
    sources: [{ id: `${id}-article`, kind: 'article', publisher: 'Test', title: 'Test', date: to }],
    claims: [],
    control: held.map((h, i) => ({ ...h, id: `${id}-${i}`, place: PLACE, source: `${id}-article` })),
    events: [],
    quotes: [
      {
        id: `${id}-quote`,
        speaker: 'Someone',
        role: 'spokesperson',
        text: 'Words',
        saidOn: to,
        source: `${id}-article`,
        places: [PLACE],
      },
    ],
  };
  return loadStory(shippedPlaces, raw, id);
}

const area = { 'luhansk-oblast': { km2: 0, pct: 0 }, 'donetsk-oblast': { km2: 0, pct: 0 } };
let next = 0;
const interval = (from: string, to: string, inside: boolean): ControlInterval => ({
  id: ++next,
  from,
  to,
  area,
  places: inside ? [PLACE] : [],
  geometry: `g${next}`,
  snapshot: { date: from },
});

// July 2022: Ukraine holds the city. May 2023: Russia says it took it on the 20th.
const july = story('july', '2022-02-24', '2022-07-04', [{ controller: 'ua', from: '2022-02-24' }]);
const may = story('may', '2023-05-01', '2023-05-21', [{ controller: 'ru', from: '2023-05-20' }]);
// A monitor: outside until 25 May 2023, inside from the 26th, to August 2025.
const monitor = [interval('2022-04-01', '2023-05-25', false), interval('2023-05-26', '2025-08-31', true)];

describe('the stories’ word, one period each', () => {
  it('is the story whose period has the day; past every end the stories are silent', () => {
    expect(storyOn([july, may], PLACE, '2022-06-01')).toEqual({ story: july });
    expect(storyOn([july, may], PLACE, '2022-12-01')).toEqual({ story: null, since: '2022-07-04' });
    expect(storyOn([july, may], PLACE, '2023-05-20')).toEqual({ story: may });
    expect(storyOn([july, may], PLACE, '2025-03-01')).toEqual({ story: null, since: '2023-05-21' });
    expect(storyOn([july, may], PLACE, '2014-01-01')).toEqual({ story: null, since: null });
    // A place neither speaks of.
    expect(storyOn([july, may], 'mariupol', '2022-06-01')).toEqual({ story: null, since: null });
  });

  it('counts no disagreement against silence: the July story is not carried into 2025', () => {
    expect(storyInside([july, may], PLACE, '2025-03-01')).toBeUndefined();
    expect(storyInside([july], PLACE, '2022-07-05')).toBeUndefined();
    expect(storyInside([july], PLACE, '2022-07-04')).toBe(false);
    // The May story covers the 20th and 21st (Russia's), the layer says outside until the 25th.
    expect(disagreementRuns([july, may], PLACE, [monitor])).toEqual([
      { from: '2023-05-20', to: '2023-05-21' },
    ]);
    // With the July story alone, its "held by Ukraine" ends with it: never set against 2023's "inside".
    expect(disagreementRuns([july], PLACE, [monitor])).toEqual([]);
  });

  it('where a later story covers the place, its claims are the ones compared', () => {
    const june = story('june', '2022-06-01', '2022-07-10', [{ controller: 'ru', from: '2022-06-15' }]);
    expect(storyOn([july, june], PLACE, '2022-06-20')).toEqual({ story: june });
    expect(storyInside([july, june], PLACE, '2022-06-20')).toBe(true);
    // Before the later story has a word on the place, the earlier one's counts.
    expect(storyOn([july, june], PLACE, '2022-06-05')).toEqual({ story: july });
    expect(disagreementRuns([july, june], PLACE, [monitor])).toEqual([
      { from: '2022-06-15', to: '2022-07-10' },
    ]);
  });

  it('says so in the Sources section: silent past the end, the other story named where it counts', () => {
    const layer: SourceLayer = { id: 'm', kind: 'assessed', name: 'Monitor', intervals: monitor };
    const silent = sourcesText({ open: july, all: [july, may] }, PLACE, '2025-03-01', [layer], EN);
    expect(silent.story).toBe('The stories are silent on Bakhmut after 21 May 2023.');
    expect(silent.verdict).toBe('Too little is known on this day to compare.');
    const other = sourcesText({ open: july, all: [july, may] }, PLACE, '2023-05-21', [layer], EN);
    expect(other.story).toBe('The story: the story “Story may” has Bakhmut held by Russia from 20 May 2023.');
    expect(other.verdict).toBe(
      'The story “Story may” has Bakhmut held by Russia from 20 May 2023; Monitor has it outside until 25 May, inside from 26 May.',
    );
  });
});

/**
 * Generated: up to three stories with periods that do not overlap, each with at most one holding
 * of the place, and one layer of adjoining intervals. The oracle walks the days one by one.
 */
describe('disagreementRuns, generated stories and layers', () => {
  const DAY0 = '2022-01-01';
  const span = 120;
  const day = (n: number) => addDays(DAY0, n);
  const periods = fc
    .uniqueArray(fc.integer({ min: 0, max: span }), { minLength: 2, maxLength: 6 })
    .map((cuts) => cuts.sort((a, b) => a - b))
    .map((cuts) =>
      cuts.flatMap((c, i) => (i % 2 === 0 && cuts[i + 1] !== undefined ? [[c, cuts[i + 1]!] as const] : [])),
    );
  const arbitrary = fc.record({
    periods,
    holds: fc.array(fc.record({ start: fc.nat(40), party: fc.constantFrom('ru', 'ua') }), {
      minLength: 3,
      maxLength: 3,
    }),
    cuts: fc
      .uniqueArray(fc.integer({ min: 1, max: span + 20 }), { maxLength: 5 })
      .map((c) => c.sort((a, b) => a - b)),
    insides: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  });

  it('marks exactly the days on which a story that speaks says the opposite of the layer', () => {
    fc.assert(
      fc.property(arbitrary, ({ periods: ps, holds, cuts, insides }) => {
        const stories = ps.map(([from, to], i) => {
          const hold = holds[i]!;
          const start = Math.min(from + hold.start, to);
          return story(`s${i}`, day(from), day(to), [{ controller: hold.party, from: day(start) }]);
        });
        const bounds = [0, ...cuts, span + 30];
        const layer = bounds
          .slice(0, -1)
          .map((b, i) => interval(day(b), day(bounds[i + 1]! - 1), insides[i]!));
        const expected: { from: string; to: string }[] = [];
        for (let n = 0; n < span + 30; n++) {
          const d = day(n);
          const at = ps.findIndex(([from, to]) => from <= n && n <= to);
          const start = at === -1 ? Infinity : Math.min(ps[at]![0] + holds[at]!.start, ps[at]![1]);
          const storySays = at !== -1 && n >= start ? holds[at]!.party === 'ru' : undefined;
          const layerSays = layer.find((iv) => iv.from <= d && d <= iv.to)!.places.length > 0;
          if (storySays === undefined || storySays === layerSays) continue;
          const last = expected.at(-1);
          if (last && daysBetween(last.to, d) === 1) last.to = d;
          else expected.push({ from: d, to: d });
        }
        expect(disagreementRuns(stories, PLACE, [layer])).toEqual(expected);
      }),
      { numRuns: 200, seed: Number(process.env.FUZZ_SEED ?? 26) },
    );
  });
});
