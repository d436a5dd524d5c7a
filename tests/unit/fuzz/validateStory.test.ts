/**
 * The shipped story (geo/stories/luhansk-july-2022.json), corrupted by the thousand: wrong types, missing fields,
 * duplicate ids, days out of range, huge strings, broken claim geometry. The validator never
 * throws; it accepts the story only when it loads, and each error names the file, the item, the
 * field and why, in one short line.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import storySchema from '../../../geo/story.schema.json';
import { ITEM_KINDS, type Collection } from '../../../src/story/errorFormat.ts';
import { loadStory } from '../../../src/story/loadStory.ts';
import { claimsAt, holdingAt } from '../../../src/story/queries.ts';
import type { RawStory } from '../../../src/story/types.ts';
import { validateStory } from '../../../src/story/validateStory.ts';
import { placeRefs, shippedPlaces, shippedStoryJson } from '../story/fixtures.ts';
import { itHolds } from './fuzzRun.ts';
import { huge, mutationsOf, nested, oddValue } from './jsonMutations.ts';

const BOUNDARY = 'story validator';
const FILE = 'geo/stories/luhansk-july-2022.json';
const story = shippedStoryJson();
const collections = Object.keys(ITEM_KINDS) as Collection[];
const definitions = storySchema.definitions as unknown as Record<string, { required?: string[] }>;
const requiredOf = (c: Collection): string[] => definitions[ITEM_KINDS[c]]?.required ?? [];

/** `file: [kind "id" | kind #n: ]field (value) why`, on one short line. */
const ERROR = new RegExp(
  `^${FILE}: (?:(?:${Object.values(ITEM_KINDS).join('|')}) (?:".*"|#\\d+): )?(?:[\\w$.-]|\\[\\d+\\]|\\[".*"\\])+ \\(.*\\) \\S`,
  's',
);
function expectWellFormed(errors: string[]): void {
  for (const error of errors) {
    expect(error).toMatch(ERROR);
    expect(error.length).toBeLessThan(600);
  }
}

/** A story that passed: it loads, and the questions the views ask of it are answered. */
function expectLoads(raw: unknown): void {
  const loaded = loadStory(shippedPlaces, raw as RawStory);
  for (const day of [loaded.period.from, loaded.period.to]) {
    claimsAt(loaded, day);
    for (const place of loaded.places) holdingAt(loaded, place.id, day);
  }
}

const ring = (points: number[][]) => [...points, points[0]!];
const geometries = fc.constantFrom<unknown>(
  {
    type: 'Polygon',
    coordinates: [
      ring([
        [38, 48],
        [39, 48],
        [39, 49],
        [38, 49],
      ]),
    ],
  },
  {
    type: 'Polygon',
    coordinates: [
      ring([
        [38, 48],
        [39, 49],
        [39, 48],
        [38, 49],
      ]),
    ],
  },
  {
    type: 'Polygon',
    coordinates: [
      [
        [38, 48],
        [39, 48],
        [39, 49],
        [38, 49],
      ],
    ],
  },
  {
    type: 'Polygon',
    coordinates: [
      ring([
        [38, 48],
        [NaN, 48],
        [39, 49],
        [38, 49],
      ]),
    ],
  },
  {
    type: 'Polygon',
    coordinates: [
      ring([
        [38, 48],
        [Infinity, 48],
        [39, 49],
        [38, 49],
      ]),
    ],
  },
  {
    type: 'Polygon',
    coordinates: [
      ring([
        [38, 48],
        [390, 48],
        [39, 49],
        [38, 49],
      ]),
    ],
  },
  {
    type: 'Polygon',
    coordinates: [
      ring([
        [38, 48],
        [38, 48],
        [38, 48],
        [38, 48],
      ]),
    ],
  },
  {
    type: 'Polygon',
    coordinates: [
      [
        ['38', '48'],
        [39, 48],
        [39, 49],
        ['38', '48'],
      ],
    ],
  },
  {
    type: 'MultiPolygon',
    coordinates: [
      [
        ring([
          [38, 48],
          [39, 48],
          [39, 49],
        ]),
      ],
      [[[0, 0]]],
    ],
  },
  { type: 'MultiPolygon', coordinates: nested(10_000) },
  { type: 'Point', coordinates: [38, 48] },
);

/** One corruption of one field of one item, of a kind that is always a mistake. */
const targeted = fc
  .record({
    collection: fc.constantFrom(...collections.filter((c) => (story[c] ?? []).length > 0)),
    item: fc.nat(),
    pick: fc.nat(),
    how: fc.constantFrom(
      'missing',
      'wrong type',
      'duplicate id',
      'after the end',
      'not a day',
      'huge',
      'unknown ref',
    ),
    value: fc.constantFrom<unknown>(null, 7, true, [], {}, NaN),
  })
  .map(({ collection, item, pick, how, value }) => {
    const raw = structuredClone(story) as unknown as Record<string, Record<string, unknown>[]>;
    const items = raw[collection]!;
    const index = item % items.length;
    const target = items[index]!;
    const fields = Object.keys(target);
    const days = fields.filter((f) => /^\d{4}-\d{2}-\d{2}$/.test(String(target[f])));
    const refs = fields.filter((f) =>
      ['party', 'source', 'place', 'controller', 'saidIn', 'reportedBy'].includes(f),
    );
    let field: string;
    switch (how) {
      case 'missing':
        field = requiredOf(collection)[pick % requiredOf(collection).length]!;
        Reflect.deleteProperty(target, field);
        break;
      case 'wrong type':
        field = fields[pick % fields.length]!;
        // A type the schema never allows for any field: an array where text is, else null.
        target[field] = typeof target[field] === 'string' ? (value ?? 7) : null;
        break;
      case 'duplicate id': {
        const other = items[(index + 1 + (pick % Math.max(1, items.length - 1))) % items.length]!;
        if (other === target) return undefined;
        field = 'id';
        // The later of the two is named.
        const [, later] = [items.indexOf(other), index].sort((a, b) => a - b);
        items[later!]!.id = items[later === index ? items.indexOf(other) : index]!.id;
        return { raw, collection, index: later!, field };
      }
      case 'after the end':
      case 'not a day':
        if (days.length === 0) return undefined;
        field = days[pick % days.length]!;
        target[field] = how === 'after the end' ? '2099-01-01' : '2022-02-30';
        break;
      case 'huge':
        // Not a slug and not a day: a huge id of lower-case letters would be a valid one.
        field = days[0] ?? 'id';
        target[field] = huge(100_000).toUpperCase();
        break;
      case 'unknown ref':
        if (refs.length === 0) return undefined;
        field = refs[pick % refs.length]!;
        target[field] = 'no-such-thing';
        break;
    }
    return { raw, collection, index, field };
  })
  .filter((c): c is NonNullable<typeof c> => c !== undefined);

describe('validateStory, the shipped story corrupted', () => {
  itHolds(BOUNDARY, 'names the item and the field of every kind of mistake', () =>
    fc.property(targeted, ({ raw, collection, index, field }) => {
      const errors = validateStory(raw, placeRefs, { file: FILE });
      expectWellFormed(errors);
      const item = raw[collection]![index]!;
      const label =
        typeof item.id === 'string' && item.id !== ''
          ? `${ITEM_KINDS[collection]} "${item.id.length > 40 ? item.id.slice(0, 40) : item.id}`
          : `${ITEM_KINDS[collection]} #${index + 1}`;
      const named = errors.some((e) => e.startsWith(`${FILE}: ${label}`) && e.includes(`: ${field}`));
      expect(named, `${label} ${field} in ${errors.join('\n').slice(0, 2000)}`).toBe(true);
    }),
  );

  itHolds(BOUNDARY, 'never throws, accepts only a story that loads, and words every error the same way', () =>
    fc.property(
      fc.oneof(
        { weight: 6, arbitrary: mutationsOf(story, 3) },
        {
          weight: 2,
          arbitrary: fc.tuple(fc.nat(), geometries).map(([i, geometry]) => {
            const raw = structuredClone(story) as unknown as { claims: Record<string, unknown>[] };
            raw.claims[i % raw.claims.length]!.geometry = geometry;
            return raw;
          }),
        },
        oddValue,
      ),
      (raw) => {
        const errors = validateStory(raw, placeRefs, { file: FILE });
        expectWellFormed(errors);
        if (errors.length === 0) expectLoads(raw);
      },
    ),
  );
});
