import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../scripts/import/runImport.ts';
import { writeLayer, type LayerFs } from '../../../scripts/import/writeLayer.ts';
import {
  collection,
  IN_LUHANSK,
  importOptions,
  listDir,
  polygonFeature,
  readLayerFiles,
  square,
  tempDir,
  writeFiles,
} from './helpers.ts';

/** A folder with a first good import in `out/`; returns the paths and the old file contents. */
async function previousOutput(): Promise<{
  dir: string;
  input: string;
  out: string;
  old: Record<string, string>;
}> {
  const dir = await tempDir();
  const input = join(dir, 'in');
  await mkdir(input);
  await writeFiles(input, { '2022-07-01.geojson': collection([polygonFeature(IN_LUHANSK)]) });
  const out = join(dir, 'out');
  await runImport(importOptions([input], out));
  const old = await readLayerFiles(out);
  return { dir, input, out, old };
}

async function expectUntouched(dir: string, out: string, old: Record<string, string>): Promise<void> {
  expect(await listDir(dir)).toEqual(['in', 'out']);
  expect(await readLayerFiles(out)).toEqual(old);
}

describe('the import never leaves a half-finished layer', () => {
  it('a bad file mid-way leaves the previous output intact and no temporary folder', async () => {
    const { dir, input, out, old } = await previousOutput();
    await writeFiles(input, {
      '2022-07-02.geojson': collection([polygonFeature(square(38.8, 48.8, 0.3))]),
      '2022-07-03.geojson': '{ truncated',
      '2022-07-04.geojson': collection([polygonFeature(square(38.8, 48.8, 0.4))]),
    });
    await expect(runImport(importOptions([input], out))).rejects.toThrow('2022-07-03.geojson: not JSON');
    await expectUntouched(dir, out, old);
  });

  it('a failed write leaves the previous output intact and no temporary folder', async () => {
    const { dir, input, out, old } = await previousOutput();
    await writeFiles(input, { '2022-07-02.geojson': collection([polygonFeature(square(38.8, 48.8, 0.3))]) });
    let writes = 0;
    const failingSecondWrite: LayerFs = {
      writeFile: async (path, text) => {
        if (++writes === 2) throw new Error('ENOSPC: no space left on device');
        await writeFile(path, text, 'utf8');
      },
      rename: (from, to) => rename(from, to),
    };
    await expect(runImport(importOptions([input], out), { fs: failingSecondWrite })).rejects.toThrow(
      'ENOSPC',
    );
    await expectUntouched(dir, out, old);
  });

  it('a failed swap puts the previous output back', async () => {
    const { dir, out, old } = await previousOutput();
    let renames = 0;
    const failingSwap: LayerFs = {
      writeFile: (path, text) => writeFile(path, text, 'utf8'),
      rename: async (from, to) => {
        // 1: old output aside, 2: new output into place (fails), 3: old output back.
        if (++renames === 2) throw new Error('EXDEV: cross-device link not permitted');
        await rename(from, to);
      },
    };
    await expect(
      writeLayer(out, { 'control.json': '{}', 'intervals/0000000000000000.geojson': '{}' }, failingSwap),
    ).rejects.toThrow('EXDEV');
    await expectUntouched(dir, out, old);
  });

  it('replaces the previous output on success, and refuses a folder that holds other files', async () => {
    const { dir, out } = await previousOutput();
    await writeLayer(out, { 'control.json': '{"new":1}\n', 'intervals/0000000000000000.geojson': '{}' });
    expect(await readLayerFiles(out)).toEqual({
      'control.json': '{"new":1}\n',
      'intervals/0000000000000000.geojson': '{}',
    });
    expect(await listDir(dir)).toEqual(['in', 'out']);
    await expect(writeLayer(dir, { 'control.json': '{}' })).rejects.toThrow(
      'the folder holds other files (in, out)',
    );
  });
});
