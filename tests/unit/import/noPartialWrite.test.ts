import { mkdir, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../scripts/import/runImport.ts';
import { writeLayer, type LayerFs } from '../../../scripts/import/writeLayer.ts';
import { removeLayer } from '../../../scripts/import/writeLayers.ts';
import {
  collection,
  IN_LUHANSK,
  importOptions,
  layerDir,
  listDir,
  polygonFeature,
  readLayerFiles,
  square,
  tempDir,
  writeFiles,
} from './helpers.ts';

/** A folder with a first good import in `out/` (layers a and b); returns the paths and the old files. */
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
  await runImport(importOptions([input], out, { layer: 'a' }));
  await runImport(importOptions([input], out, { layer: 'b' }));
  const old = await readLayerFiles(out);
  expect(Object.keys(old).filter((name) => !name.includes('/intervals/'))).toEqual([
    'a/control.json',
    'b/control.json',
    'layers.json',
  ]);
  return { dir, input, out, old };
}

/** Every entry under `dir`, folders included, so an empty temporary folder shows too. */
const everything = async (dir: string): Promise<string[]> => (await readdir(dir, { recursive: true })).sort();

async function expectUntouched(dir: string, out: string, old: Record<string, string>): Promise<void> {
  expect(await listDir(dir)).toEqual(['in', 'out']);
  expect(await readLayerFiles(out)).toEqual(old);
  expect(await everything(out)).toEqual(
    [...new Set(Object.keys(old).flatMap((name) => [name, name.replace(/\/[^/]+$/, '')]))].sort(),
  );
}

/** File operations that fail when `failsOn` says so, and otherwise do what node's do. */
function failing(failsOn: {
  write?: (path: string) => boolean;
  rename?: (from: string, to: string) => boolean;
}) {
  const io: LayerFs = {
    writeFile: async (path, text) => {
      if (failsOn.write?.(path)) throw new Error(`ENOSPC: no space left on device, write '${path}'`);
      await writeFile(path, text, 'utf8');
    },
    rename: async (from, to) => {
      if (failsOn.rename?.(from, to))
        throw new Error(`EXDEV: cross-device link not permitted, rename '${from}'`);
      await rename(from, to);
    },
  };
  return io;
}

const newer = collection([polygonFeature(square(38.8, 48.8, 0.3))]);

describe('the import never leaves a half-finished layer', () => {
  it('a bad file mid-way leaves the previous output intact and no temporary folder', async () => {
    const { dir, input, out, old } = await previousOutput();
    await writeFiles(input, {
      '2022-07-02.geojson': collection([polygonFeature(square(38.8, 48.8, 0.3))]),
      '2022-07-03.geojson': '{ truncated',
      '2022-07-04.geojson': collection([polygonFeature(square(38.8, 48.8, 0.4))]),
    });
    await expect(runImport(importOptions([input], out, { layer: 'a' }))).rejects.toThrow(
      '2022-07-03.geojson: not JSON',
    );
    await expectUntouched(dir, out, old);
  });

  it('a failed write leaves the previous output intact and no temporary folder', async () => {
    const { dir, input, out, old } = await previousOutput();
    await writeFiles(input, { '2022-07-02.geojson': newer });
    let writes = 0;
    const failingSecondWrite = failing({ write: () => ++writes === 2 });
    await expect(
      runImport(importOptions([input], out, { layer: 'a' }), { fs: failingSecondWrite }),
    ).rejects.toThrow('ENOSPC');
    await expectUntouched(dir, out, old);
  });

  it('a failed swap puts the previous output back', async () => {
    const { dir, out, old } = await previousOutput();
    let renames = 0;
    // 1: old output aside, 2: new output into place (fails), 3: old output back.
    const failingSwap = failing({ rename: () => ++renames === 2 });
    await expect(
      writeLayer(
        layerDir(out, 'a'),
        { 'control.json': '{}', 'intervals/0000000000000000.geojson': '{}' },
        failingSwap,
      ),
    ).rejects.toThrow('EXDEV');
    await expectUntouched(dir, out, old);
  });

  it('a failed write of the list puts the replaced layer back and leaves the list as it was', async () => {
    const { dir, input, out, old } = await previousOutput();
    await writeFiles(input, { '2022-07-02.geojson': newer });
    const listWriteFails = failing({ write: (path) => path.includes('.layers.json.tmp-') });
    await expect(
      runImport(importOptions([input], out, { layer: 'a' }), { fs: listWriteFails }),
    ).rejects.toThrow('ENOSPC');
    await expectUntouched(dir, out, old);
  });

  it('a failed rename of the list puts the replaced layer back, and a new layer leaves no folder', async () => {
    const { dir, input, out, old } = await previousOutput();
    await writeFiles(input, { '2022-07-02.geojson': newer });
    const listRenameFails = failing({ rename: (_, to) => to.endsWith('layers.json') });
    await expect(
      runImport(importOptions([input], out, { layer: 'a' }), { fs: listRenameFails }),
    ).rejects.toThrow('EXDEV');
    await expectUntouched(dir, out, old);
    await expect(
      runImport(importOptions([input], out, { layer: 'c' }), { fs: listRenameFails }),
    ).rejects.toThrow('EXDEV');
    await expectUntouched(dir, out, old);
  });

  it('replaces the previous output on success, and refuses a folder that holds other files', async () => {
    const { dir, out } = await previousOutput();
    const a = layerDir(out, 'a');
    await writeLayer(a, { 'control.json': '{"new":1}\n', 'intervals/0000000000000000.geojson': '{}' });
    expect(await readLayerFiles(a)).toEqual({
      'control.json': '{"new":1}\n',
      'intervals/0000000000000000.geojson': '{}',
    });
    expect(await listDir(out)).toEqual(['a', 'b', 'layers.json']);
    await expect(writeLayer(dir, { 'control.json': '{}' })).rejects.toThrow(
      'the folder holds other files (in, out)',
    );
  });
});

describe('removing a layer never leaves a listed layer without its folder', () => {
  it('a failed write of the list leaves the layer listed and its folder intact', async () => {
    const { dir, out, old } = await previousOutput();
    await expect(removeLayer(out, 'a', failing({ write: () => true }))).rejects.toThrow('ENOSPC');
    await expectUntouched(dir, out, old);
    await expect(
      removeLayer(out, 'a', failing({ rename: (_, to) => to.endsWith('layers.json') })),
    ).rejects.toThrow('EXDEV');
    await expectUntouched(dir, out, old);
  });

  it('a folder that cannot be removed after the list is written is named, and a second run removes it', async () => {
    const { out, old } = await previousOutput();
    const folderStays = failing({ rename: (from) => from === layerDir(out, 'a') });
    await expect(removeLayer(out, 'a', folderStays)).rejects.toThrow(
      `--remove-layer a: ${join(out, 'layers.json')} no longer lists it, but ${layerDir(out, 'a')} could not be removed (EXDEV`,
    );
    expect(await listDir(out)).toEqual(['a', 'b', 'layers.json']);
    // The unlisted folder blocks another import until it is dealt with, and says how.
    await expect(runImport(importOptions([join(out, '..', 'in')], out, { layer: 'c' }))).rejects.toThrow(
      `${layerDir(out, 'a')}: a layer folder that layers.json does not list (left by an interrupted run?): remove it with --remove-layer a, or import it again with --layer a; nothing written`,
    );
    expect((await removeLayer(out, 'a')).layers.map((l) => l.id)).toEqual(['b']);
    expect(await listDir(out)).toEqual(['b', 'layers.json']);
    const left = await readLayerFiles(out);
    for (const name of Object.keys(left).filter((n) => n.startsWith('b/')))
      expect(left[name]).toBe(old[name]);
  });
});
