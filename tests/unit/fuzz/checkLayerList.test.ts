/**
 * The list of imported layers (control/layers.json), generated valid and then corrupted: every
 * entry the check returns is usable, and every other one is named in an error.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { checkLayerList } from '../../../src/control/checkLayerList.ts';
import { LAYERS_FORMAT, LAYERS_PATH, MAX_LAYERS } from '../../../src/control/layerFormat.ts';
import { itHolds } from './fuzzRun.ts';
import { entries } from './layerArbitraries.ts';
import { expectNamed, expectUsableEntry } from './layerChecks.ts';
import { mutationsOf, oddValue } from './jsonMutations.ts';

const BOUNDARY = 'layer list and index checks';
const WHERE = /file|format|layers|layer \d+(?: \(.*\))?/;

describe('checkLayerList, generated lists', () => {
  itHolds(BOUNDARY, 'keeps every entry of a valid list, up to the number the app shows', () =>
    fc.property(entries, (listed) => {
      const { layers: kept, errors } = checkLayerList({ format: LAYERS_FORMAT, layers: listed });
      expect(kept).toEqual(listed.slice(0, MAX_LAYERS));
      expect(errors).toHaveLength(Math.max(0, listed.length - MAX_LAYERS));
      for (const error of errors) expectNamed(error, LAYERS_PATH, WHERE);
    }),
  );

  itHolds(BOUNDARY, 'returns only usable entries from a corrupted list, and names each one it drops', () =>
    fc.property(
      entries.chain((listed) =>
        fc.oneof({ weight: 5, arbitrary: mutationsOf({ format: LAYERS_FORMAT, layers: listed }) }, oddValue),
      ),
      (raw) => {
        const { layers: kept, errors } = checkLayerList(raw);
        for (const error of errors) expectNamed(error, LAYERS_PATH, WHERE);
        kept.forEach(expectUsableEntry);
        expect(new Set(kept.map((l) => l.id)).size).toBe(kept.length);
        expect(kept.length).toBeLessThanOrEqual(MAX_LAYERS);
        const items = (raw as { layers?: unknown } | null)?.layers;
        if (errors.length === 0) expect(kept).toEqual(items);
        // Each listed item is either kept or named.
        if (Array.isArray(items) && kept.length + errors.length > 0)
          items.forEach((item, i) => {
            if (!kept.includes(item as never))
              expect(
                errors.some((e) => e.startsWith(`${LAYERS_PATH}: layer ${i + 1}`) || !/: layer \d/.test(e)),
              ).toBe(true);
          });
      },
    ),
  );
});
