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

export const layerId = fc.oneof(
  fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/),
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
const hex16 = fc.stringMatching(/^[0-9a-f]{16}$/);
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
      { minLength: 1, maxLength: 6 },
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
