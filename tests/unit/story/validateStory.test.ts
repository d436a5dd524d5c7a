/** One test per kind of mistake a journalist can make, each asserting the exact message they will read. */
import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/story/validateStory.ts';
import type { RawStory } from '../../../src/story/types.ts';
import { placeRefs, square, validStory } from './fixtures.ts';

/** Errors for the minimal valid story after `edit` breaks it. */
function errorsAfter(edit: (story: RawStory) => void): string[] {
  const story = validStory();
  edit(story);
  return validateStory(story, placeRefs);
}

/** Same as errorsAfter, but for edits the typed story cannot express (wrong types, unknown fields). */
type UntypedItems = Record<'claims' | 'control' | 'events' | 'quotes', Record<string, unknown>[]>;
function errorsAfterRaw(edit: (story: UntypedItems) => void): string[] {
  const story = validStory() as unknown as UntypedItems;
  edit(story);
  return validateStory(story, placeRefs);
}

const first = <T>(list: T[]): T => {
  const item = list[0];
  if (item === undefined) throw new Error('fixture list is empty');
  return item;
};

describe('validateStory', () => {
  it('accepts the minimal valid story', () => {
    expect(validateStory(validStory(), placeRefs)).toEqual([]);
  });

  it('reports a "to" before "from"', () => {
    expect(errorsAfter((s) => (first(s.claims).to = '2022-07-01'))).toEqual([
      'story.json: claim "ru-luhansk-control": to (2022-07-01) is before from (2022-07-03)',
    ]);
  });

  it('reports an event that ends before it starts, and a quote reported before it was said', () => {
    expect(
      errorsAfter((s) => {
        first(s.events).until = '2022-02-23';
        first(s.quotes).reportedOn = '2022-07-02';
      }),
    ).toEqual([
      'story.json: event "invasion": until (2022-02-23) is before day (2022-02-24)',
      'story.json: quote "zelensky-we-will-return": reportedOn (2022-07-02) is before saidOn (2022-07-03)',
    ]);
  });

  it('reports days that are not real calendar days', () => {
    expect(errorsAfter((s) => (first(s.claims).from = '2022-02-30'))).toEqual([
      'story.json: claim "ru-luhansk-control": from (2022-02-30) is not a real calendar day',
    ]);
  });

  it('reports days not written YYYY-MM-DD', () => {
    expect(errorsAfter((s) => (first(s.quotes).saidOn = '3 July 2022'))).toEqual([
      'story.json: quote "zelensky-we-will-return": saidOn (3 July 2022) must be a day written YYYY-MM-DD',
    ]);
  });

  it('reports days after the story’s end', () => {
    expect(errorsAfter((s) => (first(s.events).day = '2023-02-24'))).toEqual([
      'story.json: event "invasion": day (2023-02-24) is after the story\'s end (period.to 2022-07-04)',
    ]);
  });

  it('reports unknown place ids, naming the places file', () => {
    expect(errorsAfter((s) => (first(s.quotes).places = ['lysychansk', 'lisichansk']))).toEqual([
      'story.json: quote "zelensky-we-will-return": places[1] (lisichansk) is not a place id in geo/places.json',
    ]);
  });

  it('reports unknown party ids', () => {
    expect(errorsAfter((s) => (first(s.control).controller = 'rus'))).toEqual([
      'story.json: control "lysychansk-ua": controller (rus) is not a party id in parties',
    ]);
  });

  it('reports unknown source ids', () => {
    expect(errorsAfter((s) => (first(s.quotes).reportedBy = 'reuters'))).toEqual([
      'story.json: quote "zelensky-we-will-return": reportedBy (reuters) is not a source id in sources',
    ]);
  });

  it('reports duplicate ids', () => {
    expect(errorsAfter((s) => s.events.push({ ...first(s.events), day: '2022-02-25' }))).toEqual([
      'story.json: event "invasion": id (invasion) is used twice in events (also by event #1)',
    ]);
  });

  it('reports a quote without a source', () => {
    expect(errorsAfterRaw((s) => delete (first(s.quotes) as { source?: string }).source)).toEqual([
      'story.json: quote "zelensky-we-will-return": source (missing) is required',
    ]);
  });

  it('reports a quote reported by someone on no day', () => {
    expect(errorsAfterRaw((s) => delete (first(s.quotes) as { reportedOn?: string }).reportedOn)).toEqual([
      'story.json: quote "zelensky-we-will-return": reportedOn (missing) is required when reportedBy is given',
    ]);
  });

  it('reports a mistyped field name', () => {
    expect(
      errorsAfterRaw((s) => {
        const claim = first(s.claims) as Record<string, unknown>;
        claim.form = claim.from;
        delete claim.from;
      }),
    ).toEqual([
      'story.json: claim "ru-luhansk-control": from (missing) is required',
      'story.json: claim "ru-luhansk-control": form (2022-07-03) is not a known field',
    ]);
  });

  it('reports a kind outside the vocabulary', () => {
    expect(errorsAfterRaw((s) => ((first(s.claims) as { kind: string }).kind = 'owns'))).toEqual([
      'story.json: claim "ru-luhansk-control": kind (owns) must be one of: claims, controls, recognises, aims-to-take',
    ]);
  });

  it('reports an id that is not a slug, and names items without an id by position', () => {
    expect(
      errorsAfterRaw((s) => {
        (first(s.events) as { id: string }).id = 'Invasion Day';
        delete (first(s.claims) as { id?: string }).id;
      }),
    ).toEqual([
      'story.json: claim #1: id (missing) is required',
      'story.json: event "Invasion Day": id (Invasion Day) must be a slug: lower-case letters and digits joined by single hyphens',
    ]);
  });

  it('reports a "recognises" claim that does not say whom it recognises', () => {
    expect(errorsAfter((s) => (first(s.claims).kind = 'recognises'))).toEqual([
      'story.json: claim "ru-luhansk-control": subject (missing) is required for kind recognises (whose claim is recognised)',
    ]);
  });

  it('reports a claim with neither places nor geometry', () => {
    expect(errorsAfter((s) => delete first(s.claims).places)).toEqual([
      'story.json: claim "ru-luhansk-control": places (missing) is required when there is no geometry (a claim needs an area)',
    ]);
  });

  it('accepts a claim drawn as a valid polygon', () => {
    expect(
      errorsAfter((s) => (first(s.claims).geometry = { type: 'Polygon', coordinates: square() })),
    ).toEqual([]);
  });

  it('reports a self-crossing claim geometry', () => {
    const bowTie: [number, number][][] = [
      [
        [38.3, 48.8],
        [38.5, 49.0],
        [38.5, 48.8],
        [38.3, 49.0],
        [38.3, 48.8],
      ],
    ];
    expect(errorsAfter((s) => (first(s.claims).geometry = { type: 'Polygon', coordinates: bowTie }))).toEqual(
      ['story.json: claim "ru-luhansk-control": geometry (Polygon) crosses itself at [38.4, 48.9]'],
    );
  });

  it('reports an unclosed claim geometry ring', () => {
    const open = square().map((ring) => ring.slice(0, -1));
    expect(
      errorsAfter((s) => (first(s.claims).geometry = { type: 'MultiPolygon', coordinates: [open] })),
    ).toEqual([
      'story.json: claim "ru-luhansk-control": geometry (MultiPolygon) has polygon 1 ring 1 that is not closed (first [38.3, 48.8], last [38.3, 49])',
    ]);
  });

  it('reports a claim geometry that is not a polygon', () => {
    expect(
      errorsAfterRaw(
        (s) =>
          ((first(s.claims) as Record<string, unknown>).geometry = { type: 'Point', coordinates: [38, 48] }),
      ),
    ).toEqual([
      'story.json: claim "ru-luhansk-control": geometry.type (Point) must be one of: Polygon, MultiPolygon',
    ]);
  });

  it('reports overlapping control of one city', () => {
    expect(errorsAfter((s) => (first(s.control).to = '2022-07-03'))).toEqual([
      'story.json: control "lysychansk-ru": from (2022-07-03) overlaps control "lysychansk-ua" (2022-02-24 to 2022-07-03) for lysychansk',
    ]);
  });

  it('reports control recorded for an oblast', () => {
    expect(errorsAfter((s) => (first(s.control).place = 'luhansk-oblast'))).toEqual([
      'story.json: control "lysychansk-ua": place (luhansk-oblast) is an oblast; control is recorded per city',
    ]);
  });

  it('reports wrong types and empty text', () => {
    expect(
      errorsAfterRaw((s) => {
        (first(s.quotes) as Record<string, unknown>).text = '';
        (first(s.quotes) as Record<string, unknown>).places = 'lysychansk';
      }),
    ).toEqual([
      'story.json: quote "zelensky-we-will-return": text () must not be empty',
      'story.json: quote "zelensky-we-will-return": places (lysychansk) must be an array',
    ]);
  });

  it('lists all errors at once and names the file it is given', () => {
    const story = validStory();
    first(story.claims).to = '2022-07-01';
    first(story.events).places = ['atlantis'];
    expect(
      validateStory(story, placeRefs, { file: 'drafts/story.json', placesFile: 'geo/places.json' }),
    ).toEqual([
      'drafts/story.json: claim "ru-luhansk-control": to (2022-07-01) is before from (2022-07-03)',
      'drafts/story.json: event "invasion": places[0] (atlantis) is not a place id in geo/places.json',
    ]);
  });

  it('reports a story that is not an object at all', () => {
    expect(validateStory([], placeRefs)).toEqual(['story.json: story ([]) must be an object']);
  });
});

describe('validateStory, cases found by fuzzing (tests/unit/fuzz)', () => {
  it('reports a value nested too deep for JSON.stringify instead of throwing a RangeError', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(errorsAfterRaw((s) => (first(s.claims).from = deep))).toEqual([
      'story.json: claim "ru-luhansk-control": from ([…]) must be a string',
    ]);
  });

  it('shortens a huge value and a huge id, so each error stays one readable line', () => {
    const errors = errorsAfterRaw((s) => {
      first(s.quotes).saidOn = 'X'.repeat(100_000);
      first(s.claims).id = `${'x'.repeat(100_000)}-`;
    });
    expect(errors).toContain(
      `story.json: quote "zelensky-we-will-return": saidOn (${'X'.repeat(80)}…) must be a day written YYYY-MM-DD`,
    );
    expect(errors.every((e) => e.length < 300)).toBe(true);
  });

  it('quotes an unknown field whose name is not a word', () => {
    expect(errorsAfterRaw((s) => (first(s.events)[' '] = 1))).toEqual([
      'story.json: event "invasion": [" "] (1) is not a known field',
    ]);
  });
});
