/** What every layer check's output must hold, whatever it was given. */
import { expect } from 'vitest';
import { isDay } from '../../../src/story/day.ts';
import { isLayerId, isLayerKind } from '../../../src/control/controlIndex.ts';
import {
  GEOMETRY_NAME,
  layerIndexPath,
  OBLAST_IDS,
  type ControlIndex,
  type LayerEntry,
} from '../../../src/control/layerFormat.ts';

/** An error names the file, then the item or field, then says why; short enough to read. */
export function expectNamed(error: string, file: string, where: RegExp): void {
  expect(error.startsWith(`${file}: `)).toBe(true);
  const rest = error.slice(file.length + 2);
  expect(rest).toMatch(new RegExp(`^(?:${where.source}): \\S`, 's'));
  expect(error.length).toBeLessThan(400);
  expect(error).not.toMatch(/\p{Cs}/u);
}

export function expectUsableEntry(entry: LayerEntry): void {
  expect(isLayerId(entry.id)).toBe(true);
  expect(isLayerKind(entry.kind)).toBe(true);
  expect(typeof entry.source.name === 'string' && entry.source.name !== '').toBe(true);
  expect(typeof entry.source.licence).toBe('string');
  expect(entry.source.url === undefined || typeof entry.source.url === 'string').toBe(true);
  expect(isDay(entry.from) && isDay(entry.to) && entry.from <= entry.to).toBe(true);
  expect(entry.index).toBe(layerIndexPath(entry.id));
}

const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/** An index the app may use: every field its views read has the type they read it as. */
export function expectUsableIndex(index: ControlIndex): void {
  expect(isLayerId(index.id)).toBe(true);
  expect(isLayerKind(index.kind)).toBe(true);
  expect(typeof index.source.name).toBe('string');
  expect(typeof index.source.licence).toBe('string');
  expect(finite(index.tolerance)).toBe(true);
  expect(index.intervals.length).toBeGreaterThan(0);
  let previous = '';
  for (const interval of index.intervals) {
    expect(Number.isInteger(interval.id)).toBe(true);
    expect(isDay(interval.from) && isDay(interval.to) && interval.from <= interval.to).toBe(true);
    expect(interval.from > previous).toBe(true);
    previous = interval.to;
    for (const id of OBLAST_IDS) {
      expect(finite(interval.area[id].km2) && finite(interval.area[id].pct)).toBe(true);
    }
    expect(interval.places.every((p) => typeof p === 'string')).toBe(true);
    expect(GEOMETRY_NAME.test(interval.geometry)).toBe(true);
    expect(isDay(interval.snapshot.date)).toBe(true);
    expect(interval.snapshot.at === undefined || typeof interval.snapshot.at === 'string').toBe(true);
    expect(interval.confirmed === undefined || interval.confirmed.every(isDay)).toBe(true);
    expect(interval.suspect === undefined || interval.suspect === true).toBe(true);
  }
}
