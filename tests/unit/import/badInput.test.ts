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
      /\/in\/latest\.geojson: no date in the file name \(expected an ISO date like 2022-07-03 or a Unix timestamp\)$/,
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
      'unparsable date "July 3rd" (expected YYYY-MM-DD or a Unix timestamp)',
    );
  });

  it('duplicate date', async () => {
    const dir = await inputs({ 'z-1656633600.geojson': good });
    const error = await stopsWith(dir);
    expect(error.file).toBe(join(dir, 'in', 'z-1656633600.geojson'));
    expect(error.problem).toBe(
      `duplicate date 2022-07-01 (also in ${join(dir, 'in', '2022-07-01.geojson')})`,
    );
  });

  it('invalid geometry that cannot be repaired', async () => {
    const projected = [
      [4200000, 6100000],
      [4210000, 6100000],
      [4210000, 6110000],
      [4200000, 6100000],
    ];
    const dir = await inputs({
      '2022-07-03.geojson': collection([polygonFeature(IN_LUHANSK), polygonFeature(projected)]),
    });
    expect((await stopsWith(dir)).problem).toBe(
      'invalid geometry that cannot be repaired (feature 2: coordinate [4200000, 6100000] is not longitude/latitude (reproject to WGS 84))',
    );
    const dir2 = await inputs({
      '2022-07-03.geojson': collection([
        polygonFeature([[38, 'north'] as unknown as number[], [39, 48], [39, 49], [38, 48]]),
      ]),
    });
    expect((await stopsWith(dir2)).problem).toBe(
      'invalid geometry that cannot be repaired (feature 1: coordinate [38,"north"] is not a pair of numbers)',
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
    expect(report.skipped.map((e) => e.problem.replace(/ \(.*/, ''))).toEqual([
      'not JSON',
      'no date in the file name',
    ]);
    expect(await listDir(join(dir, 'out'))).toEqual(['control.geojson', 'control.json']);
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
