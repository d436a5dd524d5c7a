/** Valid imported layers, as the import writes them: the list's entries and each layer's index. */
import fc from 'fast-check';
import { addDays } from '../../../src/story/day.ts';
import {
  LAYER_FORMAT,
  LAYER_KINDS,
  LAYERS_FORMAT,
  layerIndexPath,
  OBLAST_IDS,
  type ControlIndex,
  type ControlInterval,
  type LayerEntry,
} from '../../../src/control/layerFormat.ts';

const word = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
  minLength: 1,
  maxLength: 10,
});
/** Layer ids: slugs of 1 to 32 characters (built, not matched: fc.stringMatching is slow). */
export const layerId = fc.oneof(
  fc
    .array(word, { minLength: 1, maxLength: 3 })
    .map((words) => words.join('-').slice(0, 32).replace(/-$/, '')),
  fc.constantFrom('deepstate', 'isw', 'isw-claimed', 'a'),
);
const kind = fc.constantFrom(...LAYER_KINDS);
/** Sources whose URL (if any) is http: or https:, so they stay valid whether or not the check asks for a scheme. */
const source = fc.record(
  {
    name: fc.string({ minLength: 1 }),
    licence: fc.string(),
    url: fc.constantFrom(
      'https://deepstatemap.live',
      'http://example.org/a?b=c',
      'https://www.understandingwar.org',
    ),
  },
  { requiredKeys: ['name', 'licence'] },
);
const day = fc.integer({ min: 0, max: 4000 }).map((n) => addDays('2014-01-01', n));
const hex16 = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map((n) => n.toString(16).padStart(16, '0'));
/** Each oblast's share (to 0.01 %) and its km² from the oblast's area (about 26,700 km²), as the import measures them. */
const area = fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 2, maxLength: 2 }).map(
  (shares) =>
    Object.fromEntries(
      OBLAST_IDS.map((id, i) => {
        const pct = (shares[i] ?? 0) / 100;
        return [id, { km2: Math.round(pct * 2670) / 10, pct }];
      }),
    ) as ControlInterval['area'],
);

/** Intervals in order, each after the one before, with what the import writes for each. */
const intervals: fc.Arbitrary<ControlInterval[]> = fc
  .tuple(
    day,
    fc.array(
      fc.record({
        gap: fc.nat(10),
        length: fc.nat(30),
        area,
        places: fc.uniqueArray(fc.constantFrom('lysychansk', 'luhansk', 'sievierodonetsk', 'popasna')),
        geometry: hex16,
        at: fc.option(fc.constantFrom('T06:00:00Z', 'T23:59:59Z'), { nil: undefined }),
        confirmed: fc.option(fc.nat(30), { nil: undefined }),
        suspect: fc.option(fc.constant(true as const), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([start, parts]) => {
    let from = start;
    return parts.map((p, i) => {
      const to = addDays(from, p.length);
      const interval: ControlInterval = {
        id: i + 1,
        from,
        to,
        area: p.area,
        places: p.places,
        geometry: p.geometry,
        snapshot: p.at ? { date: from, at: `${from}${p.at}` } : { date: from },
      };
      if (p.confirmed !== undefined && p.confirmed <= p.length)
        interval.confirmed = [addDays(from, p.confirmed)];
      if (p.suspect) interval.suspect = true;
      from = addDays(to, p.gap + 1);
      return interval;
    });
  });

export const controlIndex: fc.Arbitrary<ControlIndex> = fc
  .record({ id: layerId, kind, source, tolerance: fc.integer({ min: 0, max: 5000 }), intervals })
  .map((parts) => ({
    format: LAYER_FORMAT,
    ...parts,
    generated: {
      snapshots: parts.intervals.length,
      intervals: parts.intervals.length,
      bytesIn: 1,
      bytesOut: 1,
    },
  }));

/** The list's entry of an index: its id, kind, source and span. */
export function entryOf(index: ControlIndex): LayerEntry {
  return {
    id: index.id,
    kind: index.kind,
    source: index.source,
    from: index.intervals[0]?.from ?? '',
    to: index.intervals.at(-1)?.to ?? '',
    index: layerIndexPath(index.id),
  };
}

/** Layers with distinct ids, 0 to 6 of them (more than the app shows). */
export const layers = fc.uniqueArray(controlIndex, { selector: (i) => i.id, maxLength: 6 });

export const layerList = (indexes: readonly ControlIndex[]) => ({
  format: LAYERS_FORMAT,
  layers: indexes.map(entryOf),
});

/** The list's entries alone, without the intervals an index needs (a tenth of the work to make). */
export const entries: fc.Arbitrary<LayerEntry[]> = fc.uniqueArray(
  fc
    .record({ id: layerId, kind, source, from: day, length: fc.nat(400) })
    .map(({ id, kind, source, from, length }) => ({
      id,
      kind,
      source,
      from,
      to: addDays(from, length),
      index: layerIndexPath(id),
    })),
  { selector: (e) => e.id, maxLength: 6 },
);
