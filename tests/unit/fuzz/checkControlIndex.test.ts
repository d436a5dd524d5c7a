/**
 * A layer's index (control/<id>/control.json), generated valid and then corrupted: the check
 * returns an index only when every field the app's views read is usable (and the views then read
 * it without a throw or a NaN), and otherwise names the file, the item and the field.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { layerFiguresText } from '../../../src/control/layerFiguresText.ts';
import { checkControlIndex } from '../../../src/control/checkControlIndex.ts';
import { combinedShare } from '../../../src/control/combinedShare.ts';
import { layerSpan, type ControlIndex } from '../../../src/control/controlIndex.ts';
import { itHolds } from './fuzzRun.ts';
import { controlIndex } from './layerArbitraries.ts';
import { expectNamed, expectUsableIndex } from './layerChecks.ts';
import { mutationsOf, oddValue } from './jsonMutations.ts';
import { en } from '../../../src/i18n/en.ts';
import { localeOf } from '../../../src/i18n/locale.ts';

const BOUNDARY = 'layer list and index checks';
const FILE = 'control/fuzz/control.json';
const WHERE = /file|format|intervals|id|kind|source\.\w+|tolerance|interval (?:-?\d+|#\d+)/;
const names = new Map([
  ['luhansk-oblast', 'Luhansk'],
  ['donetsk-oblast', 'Donetsk'],
]);

/** What the views make of an index: the chart's shares, each interval's summary, the span. */
function expectReadable(index: ControlIndex): void {
  expect(combinedShare(index)).toHaveLength(index.intervals.length);
  expect(layerSpan(index)).not.toBeNull();
  for (const interval of index.intervals) {
    const { heading, lines } = layerFiguresText(index, interval.to, interval, names, localeOf('en', en));
    for (const line of [heading, ...lines]) expect(line).not.toMatch(/NaN|undefined|\[object/);
  }
}

describe('checkControlIndex, generated indexes', () => {
  itHolds(BOUNDARY, 'accepts every index the import writes, and the views read it', () =>
    fc.property(controlIndex, (raw) => {
      const { index, errors } = checkControlIndex(raw, FILE);
      expect(errors).toEqual([]);
      expect(index).toBe(raw);
      expectReadable(raw);
      for (const share of combinedShare(raw)) expect(share >= 0 && share <= 100).toBe(true);
    }),
  );

  itHolds(BOUNDARY, 'returns a corrupted index only when it is still usable, else names what is wrong', () =>
    fc.property(
      fc.oneof({ weight: 5, arbitrary: controlIndex.chain((i) => mutationsOf(i)) }, oddValue),
      (raw) => {
        const { index, errors } = checkControlIndex(raw, FILE);
        expect(index === null).toBe(errors.length > 0);
        for (const error of errors) expectNamed(error, FILE, WHERE);
        if (index) {
          expectUsableIndex(index);
          expectReadable(index);
        }
      },
    ),
  );
});
