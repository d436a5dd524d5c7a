/**
 * The scorer behind `npm run draft:quality` (scripts/quality): small made-up drafts and truths whose
 * precision and recall are known by counting.
 */
import { describe, expect, it } from 'vitest';
import { readTruth, TruthFileError, type Truth } from '../../../scripts/quality/readTruth.ts';
import { normalizeQuote, sameSpeaker, scoreArticle } from '../../../scripts/quality/scoreArticle.ts';
import { precision, recall } from '../../../scripts/quality/tally.ts';
import type { RawQuote, RawStory, RawStoryPlace } from '../../../src/story/types.ts';
import { tables } from './tables.ts';

type Drafted = Pick<RawQuote, 'text'> & Partial<Pick<RawQuote, 'speaker' | 'saidOn'>>;

/** A draft holding just these quotes and places (ids in the evidence, the gazetteer's in `places`). */
function draftWith(quotes: Drafted[], placeIds: string[], places: RawStoryPlace[] = []): RawStory {
  return {
    title: 'made up',
    period: { from: '2023-05-20', to: '2023-05-21' },
    parties: [],
    sources: [],
    claims: [],
    control: [],
    events: [],
    quotes: quotes.map((q, i) => ({ id: `q${i}`, role: '', source: 's', places: [], ...q }) as RawQuote),
    ...(places.length ? { places } : {}),
    draft: {
      published: '2023-05-21',
      text: '',
      notes: [],
      open: [],
      evidence: placeIds.map((id) => ({ collection: 'places', id, span: [0, 1], confidence: 1 })),
    },
  };
}

const truth = (t: Partial<Truth>): Truth => ({
  published: '2023-05-21',
  outlet: 'Test',
  quotes: [],
  places: [],
  ...t,
});

describe('normalizeQuote', () => {
  it('treats curly, straight and angled quote marks, ellipses and spacing alike', () => {
    expect(normalizeQuote('The ‘Kramatorsk’ brigade  has\nheld its line,')).toBe(
      "The 'Kramatorsk' brigade has held its line",
    );
    expect(normalizeQuote('ordered … Defenders')).toBe(normalizeQuote('ordered ... Defenders'));
    expect(normalizeQuote('Він сказав: «Ми повернемося» вчора')).toBe('Він сказав: "Ми повернемося" вчора');
  });

  it('drops the punctuation that closes the sentence around a quote, not the words', () => {
    expect(normalizeQuote('and several villages nearby.')).toBe('and several villages nearby');
    expect(normalizeQuote('See you!')).toBe('See you');
    expect(normalizeQuote('We will return...')).toBe('We will return');
    expect(normalizeQuote('We will return')).not.toBe(normalizeQuote('We will return soon'));
  });
});

describe('sameSpeaker', () => {
  it('matches the same name in any case, with or without a title or "the"', () => {
    expect(sameSpeaker('Mr Zelenskyy', 'zelenskyy')).toBe(true);
    expect(sameSpeaker('the General Staff', 'General Staff')).toBe(true);
    expect(sameSpeaker('Serhiy Hayday', 'Serhiy Hayday')).toBe(true);
  });

  it('matches a surname alone with the full name it ends', () => {
    expect(sameSpeaker('Prigozhin', 'Yevgeny Prigozhin')).toBe(true);
    expect(sameSpeaker('Yevgeny Prigozhin', 'Prigozhin')).toBe(true);
  });

  it('does not match a different person, a spelling variant, or part of a body', () => {
    expect(sameSpeaker('Kirilenko', 'Pavlo Kyrylenko')).toBe(false);
    expect(sameSpeaker('Igor Konashenkov', 'Sviatoslav Palamar')).toBe(false);
    expect(sameSpeaker('Ministry', "Russia's Defense Ministry")).toBe(false);
    expect(sameSpeaker('Armed Forces', "the General Staff of Ukraine's Armed Forces")).toBe(false);
  });
});

describe('scoreArticle', () => {
  it('counts quotes one to one by text, and speakers and days over the quotes found', () => {
    const story = draftWith(
      [
        { text: 'The town was taken at noon', speaker: 'Prigozhin', saidOn: '2023-05-20' },
        { text: 'That claim is false', speaker: 'Mr Zelenskyy' },
        { text: 'cleared', speaker: 'Wagner' },
        { text: 'The town was taken at noon', speaker: 'Prigozhin', saidOn: '2023-05-20' },
      ],
      [],
    );
    const s = scoreArticle(
      story,
      truth({
        quotes: [
          { text: '“The town was taken at noon,”', speaker: 'Yevgeny Prigozhin', saidOn: '2023-05-20' },
          { text: 'That claim is false.', speaker: 'Serhiy Cherevatyi', saidOn: '2023-05-20' },
          { text: 'Our units still hold the town', speaker: 'Serhiy Cherevatyi', saidOn: null },
        ],
      }),
      tables,
    );
    // Drafted 4, of which 2 are in the truth (the repeat matches nothing left); 3 in the truth.
    expect(s.quotes).toEqual({ drafted: 4, truth: 3, right: 2 });
    // Over the 2 found: both have a drafted and a true speaker; only Prigozhin's agrees.
    expect(s.speakers).toEqual({ drafted: 2, truth: 2, right: 1 });
    // Over the 2 found: one drafted day (right), two true days.
    expect(s.days).toEqual({ drafted: 1, truth: 2, right: 1 });
    expect(precision(s.quotes)).toBe(0.5);
    expect(recall(s.days)).toBe(0.5);
    expect(s.differences).toContain('quote missed: "Our units still hold the town"');
    expect(s.differences).toContain(
      'speaker of "That claim is false": drafted Mr Zelenskyy, truth Serhiy Cherevatyi',
    );
    expect(s.differences).toContain('day of "That claim is false": drafted (none), truth 2023-05-20');
  });

  it('counts a day drafted where the article gives none as drafted and wrong', () => {
    const story = draftWith([{ text: 'We will return', speaker: 'Kovalenko', saidOn: '2022-07-03' }], []);
    const s = scoreArticle(
      story,
      truth({ quotes: [{ text: 'We will return', speaker: 'Kovalenko', saidOn: null }] }),
      tables,
    );
    expect(s.days).toEqual({ drafted: 1, truth: 0, right: 0 });
    expect(precision(s.days)).toBe(0);
    expect(recall(s.days)).toBe(1);
  });

  it('matches places by id or by any spelling, the gazetteer’s too, and leaves Kyiv out', () => {
    const soledar = tables.gazetteer.places.find((e) => e.names.en === 'Soledar');
    expect(soledar).toBeDefined();
    const story = draftWith(
      [],
      ['sievierodonetsk', 'luhansk', 'kyiv', 'soledar'],
      [
        {
          id: 'soledar',
          kind: 'city',
          names: soledar!.names,
          oblast: soledar!.oblast,
          geonameid: soledar!.geonameid,
          coordinates: soledar!.coordinates,
          source: 'test',
        },
      ],
    );
    const s = scoreArticle(
      story,
      truth({ places: ['Severodonetsk', 'luhansk-oblast', 'Soledar', 'Vuhledar'] }),
      tables,
    );
    // Drafted 3 of the two oblasts (not Kyiv); Severodonetsk and Soledar are right; the city of
    // Luhansk is not the oblast.
    expect(s.places).toEqual({ drafted: 3, truth: 4, right: 2 });
    expect(s.differences).toEqual(
      expect.arrayContaining([
        'place missed: luhansk-oblast',
        'place missed: Vuhledar',
        'place not in the truth: luhansk',
      ]),
    );
  });
});

describe('readTruth', () => {
  const article = 'Petro Kovalenko said on Sunday: "We may pull back to come back later." Lysychansk burns.';
  const good = {
    published: '2022-07-03',
    outlet: 'Test',
    quotes: [
      { text: 'We may pull back to come back later.', speaker: 'Petro Kovalenko', saidOn: '2022-07-03' },
    ],
    places: ['lysychansk'],
  };
  const error = (json: unknown): string => {
    try {
      readTruth(json, 'a.truth.json', article);
    } catch (e) {
      if (e instanceof TruthFileError) return e.message;
      throw e;
    }
    return 'no error';
  };

  it('reads a good truth file', () => {
    expect(readTruth(good, 'a.truth.json', article).quotes[0]?.speaker).toBe('Petro Kovalenko');
  });

  it('names the file, the item and the field of a bad one', () => {
    expect(error({ ...good, published: '2022-02-30' })).toBe(
      'a.truth.json: published: must be a day as YYYY-MM-DD, not "2022-02-30"',
    );
    expect(error({ ...good, quotes: [{ ...good.quotes[0], saidOn: 'Sunday' }] })).toMatch(
      /^a\.truth\.json: quotes\[0\]\.saidOn: must be a day/,
    );
    expect(error({ ...good, quotes: [{ ...good.quotes[0], text: 'We will never retreat' }] })).toMatch(
      /^a\.truth\.json: quotes\[0\]\.text: "We will never retreat" is not in the article/,
    );
    expect(error({ ...good, quotes: [{ text: 'We may pull back', saidOn: null }] })).toMatch(
      /^a\.truth\.json: quotes\[0\]\.speaker: missing/,
    );
    expect(error({ ...good, quotes: [{ ...good.quotes[0], said: '2022-07-03' }] })).toMatch(
      /^a\.truth\.json: quotes\[0\]\.said: unknown field/,
    );
    expect(error({ ...good, places: ['lysychansk', ''] })).toBe(
      'a.truth.json: places[1]: must be a non-empty string',
    );
    expect(error([])).toMatch(/^a\.truth\.json: \(top level\): must be an object/);
  });
});
