import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SnapshotError } from '../../../scripts/import/errors.ts';
import { runImport } from '../../../scripts/import/runImport.ts';
import {
  collection,
  IN_LUHANSK,
  importOptions,
  listDir,
  polygonFeature,
  tempDir,
  writeFiles,
} from './helpers.ts';

const good = collection([polygonFeature(IN_LUHANSK)]);

/** Imports `dir` with --on-error stop and returns the error it stops with. */
async function stopsWith(dir: string, more = {}): Promise<SnapshotError> {
  const out = join(dir, 'out');
  const error = await runImport(importOptions([join(dir, 'in')], out, more)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SnapshotError);
  // Nothing was written.
  expect(await listDir(dir)).toEqual(['in']);
  return error as SnapshotError;
}

/** A folder `in/` with the files (after a good one for 2022-07-01 unless `alone`). */
async function inputs(files: Record<string, object | string>, alone = false): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'in'));
  await writeFiles(join(dir, 'in'), alone ? files : { '2022-07-01.geojson': good, ...files });
  return dir;
}

describe('bad input names the file and the problem', () => {
  it('not JSON', async () => {
    const dir = await inputs({ '2022-07-03.geojson': '{"type": "FeatureCollection", oops' });
    const error = await stopsWith(dir);
    expect(error.file).toBe(join(dir, 'in', '2022-07-03.geojson'));
    expect(error.message).toMatch(/^.*\/in\/2022-07-03\.geojson: not JSON \(.+\)$/);
  });

  it('not GeoJSON', async () => {
    const dir = await inputs({ '2022-07-03.geojson': { hello: 'world' } });
    expect((await stopsWith(dir)).problem).toBe(
      'not GeoJSON (expected a FeatureCollection, Feature or geometry; found an object without "type")',
    );
    const dir2 = await inputs({ '2022-07-03.geojson': { type: 'FeatureCollection', features: [1] } });
    expect((await stopsWith(dir2)).problem).toBe('not GeoJSON (feature 1 is a number, not a Feature)');
  });

  it('no date', async () => {
    const dir = await inputs({ 'latest.geojson': good });
    expect((await stopsWith(dir)).message).toMatch(
      /\/in\/latest\.geojson: no date in the file name \(expected 2022-07-03, 20220703 or a Unix timestamp; or use --date-pattern or --date-property\)$/,
    );
  });

  it('no date in the named property', async () => {
    const dir = await inputs({});
    expect((await stopsWith(dir, { dateProperty: 'day' })).problem).toBe(
      'no date (property "day" is on neither the collection nor any feature)',
    );
  });

  it('unparsable date', async () => {
    const dir = await inputs({ '2022-02-30.geojson': good });
    expect((await stopsWith(dir)).message).toMatch(
      /\/in\/2022-02-30\.geojson: unparsable date "2022-02-30" \(not a calendar date\)$/,
    );
    const dir2 = await inputs(
      { 'x.geojson': collection([polygonFeature(IN_LUHANSK)], { day: 'July 3rd' }) },
      true,
    );
    expect((await stopsWith(dir2, { dateProperty: 'day' })).problem).toBe(
      'unparsable date "July 3rd" (expected YYYY-MM-DD, an ISO date-time or a Unix timestamp)',
    );
  });

  it('two snapshots of one day that cannot be ordered', async () => {
    const dir = await inputs({ 'z-1656633600.geojson': good });
    const error = await stopsWith(dir);
    expect(error.file).toBe(join(dir, 'in', '2022-07-01.geojson'));
    expect(error.problem).toBe(
      `2 snapshots of 2022-07-01 (also ${join(dir, 'in', 'z-1656633600.geojson')}) and not all of them say at what time, so the last cannot be told; give times with --date-pattern or --date-property, or leave all but one out`,
    );
  });

  it('a feature that cannot be repaired is left out and named; its day still imports', async () => {
    const projected = [
      [4200000, 6100000],
      [4210000, 6100000],
      [4210000, 6110000],
      [4200000, 6100000],
    ];
    const words = [[38, 'north'] as unknown as number[], [39, 48], [39, 49], [38, 48]];
    const dir = await inputs({
      '2022-07-03.geojson': collection([
        polygonFeature(IN_LUHANSK),
        polygonFeature(projected),
        polygonFeature(words),
      ]),
    });
    const report = await runImport(importOptions([join(dir, 'in')], join(dir, 'out')));
    expect(report.snapshots).toBe(2);
    const file = join(dir, 'in', '2022-07-03.geojson');
    expect(report.problems).toEqual([
      `${file}: feature 2: coordinate [4200000, 6100000] is not longitude/latitude (reproject to WGS 84)`,
      `${file}: feature 3: coordinate [38,"north"] is not a pair of numbers`,
    ]);
    expect(Object.fromEntries(report.dropped)).toEqual({ 'geometry that cannot be repaired': 2 });
    const alone = await inputs({ '2022-07-03.geojson': collection([polygonFeature(projected)]) }, true);
    expect((await stopsWith(alone)).problem).toBe(
      'no polygon matches the import (no --where) (1 feature: 1 geometry that cannot be repaired); see every value with --list-values KEY, or accept empty snapshots with --allow-empty',
    );
  });

  it('--on-error skip leaves bad files out and lists them', async () => {
    const dir = await inputs({
      '2022-07-02.geojson': 'not json at all',
      '2022-07-03.geojson': good,
      'readme.json': { note: 'no date here' },
    });
    const report = await runImport(importOptions([join(dir, 'in')], join(dir, 'out'), { onError: 'skip' }));
    expect(report.snapshots).toBe(2);
    // Names are read first, then the files.
    expect(report.skipped.map((e) => e.problem.replace(/ \(.*/, ''))).toEqual([
      'no date in the file name',
      'not JSON',
    ]);
    expect(await listDir(join(dir, 'out'))).toEqual(['imported', 'layers.json']);
    expect(await listDir(join(dir, 'out', 'imported'))).toEqual(['control.json', 'intervals']);
  });

  it('stops with a run error when no file is usable', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a.geojson': '' });
    await expect(runImport(importOptions([dir], join(dir, 'out'), { onError: 'skip' }))).rejects.toThrow(
      'no snapshot could be imported; nothing written',
    );
    await expect(runImport(importOptions([join(dir, 'missing')], join(dir, 'out')))).rejects.toThrow(
      'no such file or folder',
    );
  });
});
