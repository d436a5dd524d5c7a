/** Queries on the shipped story, at the day before, of and after each change. */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/story/day.ts';
import { loadStory } from '../../../src/story/loadStory.ts';
import {
  changeDays,
  claimsAt,
  claimsCovering,
  holdingHistory,
  eventDays,
  eventsBetween,
  quotesBetween,
  quotesFor,
  holdingAt,
} from '../../../src/story/queries.ts';
import { shippedPlaces, shippedStoryJson } from './fixtures.ts';

const story = loadStory(shippedPlaces, shippedStoryJson());
const END = story.period.to;
const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id);

describe('claimsAt', () => {
  it('starts and ends every claim on its own days', () => {
    for (const claim of story.claims) {
      expect(ids(claimsAt(story, addDays(claim.from, -1))), claim.id).not.toContain(claim.id);
      expect(ids(claimsAt(story, claim.from)), claim.id).toContain(claim.id);
      const last = claim.to ?? END;
      expect(ids(claimsAt(story, last)), claim.id).toContain(claim.id);
      expect(ids(claimsAt(story, addDays(last, 1))), claim.id).not.toContain(claim.id);
    }
  });

  it("turns on Russia's claim of all of Luhansk on 3 July 2022", () => {
    expect(ids(claimsAt(story, '2022-07-02'))).not.toContain('ru-luhansk-control');
    expect(ids(claimsAt(story, '2022-07-03'))).toContain('ru-luhansk-control');
    expect(ids(claimsAt(story, '2022-07-04'))).toContain('ru-luhansk-control');
  });

  it('knows of recognition from 21 February 2022, not before', () => {
    expect(ids(claimsAt(story, '2022-02-20')).filter((id) => id.startsWith('ru-recognises'))).toEqual([]);
    expect(ids(claimsAt(story, '2022-02-21')).filter((id) => id.startsWith('ru-recognises'))).toEqual([
      'ru-recognises-dpr',
      'ru-recognises-lpr',
    ]);
  });

  it('knows nothing after the story ends', () => {
    expect(claimsAt(story, addDays(END, 1))).toEqual([]);
  });

  it('finds oblast-wide claims for a city in the oblast', () => {
    const covering = ids(claimsCovering(story, 'lysychansk', '2022-07-03'));
    expect(covering).toEqual(expect.arrayContaining(['ru-luhansk-control', 'ua-aims-to-retake-lysychansk']));
    expect(covering).not.toContain('ua-controls-most-of-donetsk');
  });
});

describe('holdingAt', () => {
  it.each([
    ['lysychansk', '2022-07-02', 'ua'],
    ['lysychansk', '2022-07-03', 'ru'],
    ['lysychansk', '2022-07-04', 'ru'],
    ['sievierodonetsk', '2022-06-24', 'ua'],
    ['sievierodonetsk', '2022-06-25', 'ru'],
    ['sievierodonetsk', '2022-06-26', 'ru'],
    ['mariupol', '2022-05-19', undefined],
    ['mariupol', '2022-05-20', 'ru'],
    ['mariupol', '2022-02-23', 'ua'],
    ['mariupol', '2022-02-24', undefined],
    ['sloviansk', '2014-04-11', undefined],
    ['sloviansk', '2014-04-12', 'dpr'],
    ['sloviansk', '2014-07-04', 'dpr'],
    ['sloviansk', '2014-07-05', 'ua'],
    ['luhansk', '2014-05-10', undefined],
    ['luhansk', '2014-05-11', 'lpr'],
    ['donetsk', '2022-07-04', 'dpr'],
    ['kramatorsk', '2022-07-04', 'ua'],
  ])('%s on %s: %s', (place, day, holder) => {
    expect(holdingAt(story, place, day)?.controller).toBe(holder);
  });

  it('starts and ends every holding on its own days; gaps stay unknown', () => {
    for (const entry of story.holdings) {
      expect(holdingAt(story, entry.place, entry.from)?.id, entry.id).toBe(entry.id);
      expect(holdingAt(story, entry.place, entry.to ?? END)?.id, entry.id).toBe(entry.id);
      expect(holdingAt(story, entry.place, addDays(entry.from, -1))?.id, entry.id).not.toBe(entry.id);
      if (entry.to !== undefined) {
        expect(holdingAt(story, entry.place, addDays(entry.to, 1))?.id, entry.id).not.toBe(entry.id);
      }
    }
  });

  it('is unknown for places without entries, unknown places and after the story ends', () => {
    expect(holdingHistory(story, 'luhansk-oblast')).toEqual([]);
    expect(holdingAt(story, 'luhansk-oblast', '2022-07-03')).toBeUndefined();
    expect(holdingAt(story, 'atlantis', '2022-07-03')).toBeUndefined();
    expect(holdingAt(story, 'lysychansk', addDays(END, 1))).toBeUndefined();
  });
});

describe('quotes', () => {
  it('finds quotes about a city, earliest first', () => {
    expect(ids(quotesFor(story, 'lysychansk'))).toEqual([
      'ua-military-withdraw',
      'zelensky-only-one-thing',
      'zelensky-we-will-return',
      'zelensky-win-back-the-land',
    ]);
    expect(quotesFor(story, 'donetsk')).toEqual([]);
  });

  it('includes quotes about its cities when asked about an oblast', () => {
    const luhansk = ids(quotesFor(story, 'luhansk-oblast'));
    expect(luhansk).toEqual(expect.arrayContaining(['shoigu-liberated', 'zelensky-we-will-return']));
    expect(luhansk[0]).toBe('ru-special-military-operation');
  });

  it('finds quotes said between two days, inclusive', () => {
    expect(quotesBetween(story, '2022-07-02', '2022-07-02')).toEqual([]);
    expect(quotesBetween(story, '2022-07-03', '2022-07-03')).toHaveLength(5);
    expect(ids(quotesBetween(story, '2022-07-04', '2022-07-04'))).toEqual(['ua-officials-liberating']);
  });
});

describe('events', () => {
  it.each([
    ['2022-06-24', []],
    ['2022-06-25', ['sievierodonetsk-taken']],
    ['2022-06-26', []],
    ['2022-02-23', []],
    ['2022-02-24', ['invasion']],
    ['2022-03-24', []],
    ['2022-03-25', ['turn-to-donbas']],
    ['2022-04-02', ['turn-to-donbas']],
    ['2022-04-03', []],
  ])('on %s: %j', (day, expected) => {
    expect(ids(eventsBetween(story, day, day))).toEqual(expected);
  });

  it('holds the four events of Sunday 3 July 2022', () => {
    expect(ids(eventsBetween(story, '2022-07-03', '2022-07-03'))).toEqual([
      'lysychansk-surrounded',
      'lysychansk-taken',
      'ua-withdraws-lysychansk',
      'zelensky-evening-address',
    ]);
  });

  it('lists event days and change days in order', () => {
    const days = eventDays(story);
    expect(days).toEqual([...days].sort());
    expect(days).toContain('2022-06-25');
    const changes = changeDays(story);
    // Sievierodonetsk: Ukraine's last day is 24 June, the change shows on 25 June.
    expect(changes).toEqual(expect.arrayContaining(['2022-02-24', '2022-06-25', '2022-07-03']));
    expect(changes.every((d) => d <= END)).toBe(true);
    expect(new Set(changes).size).toBe(changes.length);
  });
});
