/** Cases the property tests (tests/unit/fuzz) found in the layer checks, kept as plain tests. */
import { describe, expect, it } from 'vitest';
import { checkControlIndex } from '../../../src/control/checkControlIndex';
import { checkLayerList } from '../../../src/control/checkLayerList';

const FILE = 'control/a/control.json';
const area = { 'luhansk-oblast': { km2: 267, pct: 1 }, 'donetsk-oblast': { km2: 0, pct: 0 } };
const interval = {
  id: 1,
  from: '2022-07-01',
  to: '2022-07-02',
  area,
  places: [],
  geometry: '00000000000000a1',
  snapshot: { date: '2022-07-01' },
};
const index = (more: object = {}, intervalMore: object = {}) => ({
  format: 'claimline-control/4',
  id: 'a',
  kind: 'assessed',
  source: { name: 'A', licence: 'test' },
  tolerance: 100,
  generated: { snapshots: 1, intervals: 1, bytesIn: 1, bytesOut: 1 },
  intervals: [{ ...interval, ...intervalMore }],
  ...more,
});
/** An object as JSON.parse makes it from `{"toString": 1}`: String() and template literals throw on it. */
const noText = JSON.parse('{"toString": 1, "valueOf": 1}') as unknown;
const entry = (more: object = {}) => ({
  id: 'a',
  kind: 'assessed',
  source: { name: 'A', licence: 'test' },
  from: '2022-07-01',
  to: '2022-07-02',
  index: 'control/a/control.json',
  ...more,
});

describe('checkControlIndex, cases found by fuzzing', () => {
  it('names an interval that is not an object instead of throwing a TypeError', () => {
    expect(checkControlIndex(index({ intervals: [interval, null, 7] }), FILE).errors).toEqual([
      `${FILE}: interval #2: is not an object`,
      `${FILE}: interval #3: is not an object`,
    ]);
  });

  it('quotes a value whose toString is not a function instead of throwing', () => {
    expect(checkControlIndex(index({}, { id: noText, from: noText }), FILE).errors).toEqual([
      `${FILE}: interval #1: id is not a whole number`,
      `${FILE}: interval #1: from ({"toString":1,"valueOf":1}) is not a calendar day`,
    ]);
  });

  it('refuses the fields the views read when they are not what the views read them as', () => {
    // Each of these passed before and broke a view: combinedShare read area[oblast].km2, the summary
    // sliced snapshot.at and printed the licence and tolerance.
    expect(checkControlIndex(index({}, { area: {} }), FILE).errors).toEqual([
      `${FILE}: interval 1: area is not the oblasts' km² and percentages`,
    ]);
    expect(
      checkControlIndex(index({}, { area: { ...area, extra: area['luhansk-oblast'] } }), FILE).errors,
    ).toHaveLength(1);
    expect(
      checkControlIndex(index({}, { area: { ...area, 'donetsk-oblast': { km2: '1', pct: 1 } } }), FILE)
        .errors,
    ).toHaveLength(1);
    expect(checkControlIndex(index({}, { snapshot: { date: '2022-07-01', at: 5 } }), FILE).errors).toEqual([
      `${FILE}: interval 1: snapshot.at is neither an instant (UTC, ISO 8601) nor absent`,
    ]);
    expect(checkControlIndex(index({ source: { name: 'A' }, tolerance: '100' }), FILE).errors).toEqual([
      `${FILE}: source.licence: is missing`,
      `${FILE}: tolerance: "100" is not a number of metres`,
    ]);
  });

  it('names an interval by its position when its id is not a safe whole number (found by the soak)', () => {
    expect(checkControlIndex(index({}, { id: -1e308 }), FILE).errors).toEqual([
      `${FILE}: interval #1: id is not a whole number`,
    ]);
  });

  it('keeps a message short however large the value', () => {
    const [error] = checkControlIndex(index({ format: 'x'.repeat(100_000) }), FILE).errors;
    expect(error).toBe(`${FILE}: format: expected "claimline-control/4", found "${'x'.repeat(59)}…`);
  });
});

describe('checkLayerList, cases found by fuzzing', () => {
  it('quotes a value whose toString is not a function instead of throwing', () => {
    expect(checkLayerList({ format: 'claimline-layers/1', layers: [entry({ to: noText })] }).errors).toEqual([
      'control/layers.json: layer 1 (a): to ({"toString":1,"valueOf":1}) is not a calendar day',
    ]);
  });

  it('names an entry by its id shortened, without control characters or half characters', () => {
    const id = `\u202e${'😀'.repeat(50)}\ud800`;
    const [error] = checkLayerList({ format: 'claimline-layers/1', layers: [entry({ id })] }).errors;
    expect(error).toMatch(
      new RegExp(`^control/layers\\.json: layer 1 \\(${'😀'.repeat(40)}…\\): id \\("`, 'u'),
    );
    expect(error).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
    expect(error!.length).toBeLessThan(400);
  });
});
