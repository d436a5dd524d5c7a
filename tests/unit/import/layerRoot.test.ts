import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../scripts/import/runImport.ts';
import { removeLayer } from '../../../scripts/import/writeLayers.ts';
import {
  collection,
  IN_LUHANSK,
  importOptions,
  listDir,
  polygonFeature,
  readLayerFiles,
  tempDir,
  writeFiles,
} from './helpers.ts';

/** A snapshot folder and an empty root beside it. */
async function setup() {
  const dir = await tempDir();
  const input = join(dir, 'in');
  await mkdir(input);
  await writeFiles(input, { '2022-07-01.geojson': collection([polygonFeature(IN_LUHANSK)]) });
  const out = join(dir, 'control');
  const importAs = (layer: string) => runImport(importOptions([input], out, { layer }));
  return { input, out, importAs };
}

/** Expects the import to be refused with `message`, the root's files left exactly as they were. */
async function expectRefused(run: () => Promise<unknown>, out: string, message: string): Promise<void> {
  const before = await readLayerFiles(out);
  await expect(run()).rejects.toThrow(message);
  expect(await readLayerFiles(out)).toEqual(before);
}

describe('the layers’ root folder', () => {
  it('adds a layer at the end and replaces one in its place', async () => {
    const { out, importAs } = await setup();
    await importAs('b');
    await importAs('a');
    expect((await importAs('b')).layers).toEqual(['b', 'a']);
    expect(await listDir(out)).toEqual(['a', 'b', 'layers.json']);
  });

  it('refuses a fifth layer, suggesting --remove-layer, and still replaces one of the four', async () => {
    const { out, importAs } = await setup();
    for (const id of ['a', 'b', 'c', 'd']) await importAs(id);
    await expectRefused(
      () => importAs('e'),
      out,
      `--layer e: ${join(out, 'layers.json')} already lists 4 layers (a, b, c, d), the most the app can tell apart; remove one first with --remove-layer ID; nothing written`,
    );
    expect((await importAs('c')).layers).toEqual(['a', 'b', 'c', 'd']);
    await removeLayer(out, 'b');
    expect((await importAs('e')).layers).toEqual(['a', 'c', 'd', 'e']);
  });

  it('refuses a root holding a layer of the old one-layer format, saying what to do', async () => {
    const { out, importAs } = await setup();
    await mkdir(join(out, 'intervals'), { recursive: true });
    await writeFile(join(out, 'control.json'), '{"format":"claimline-control/3"}');
    await expectRefused(
      () => importAs('imported'),
      out,
      `${join(out, 'control.json')}: a layer in the old one-layer format (claimline-control/3); ${out} now holds layers.json and one folder per layer: move control.json and intervals/ out of ${out} (or delete them), then import again with --layer ID; nothing written`,
    );
    await expectRefused(() => removeLayer(out, 'imported'), out, 'a layer in the old one-layer format');
  });

  it('refuses a root holding other files, naming them', async () => {
    const { out, importAs } = await setup();
    await importAs('a');
    await writeFile(join(out, 'notes.txt'), 'mine');
    await mkdir(join(out, 'photos'));
    await expectRefused(
      () => importAs('b'),
      out,
      `--out ${out}: the folder holds files that are not layers (notes.txt, photos); it may hold only layers.json and one folder per layer: give the layers a folder of their own, or move those files out; nothing written`,
    );
  });

  it('refuses a broken list or one of another format, naming the file and the reason', async () => {
    const { out, importAs } = await setup();
    await importAs('a');
    const list = join(out, 'layers.json');
    await writeFile(list, '{"format":"claimline-layers/1","layers":[');
    await expectRefused(() => importAs('b'), out, `${list}: is not valid JSON (`);
    await writeFile(list, '{"format":"claimline-layers/0","layers":[]}');
    await expectRefused(
      () => importAs('b'),
      out,
      `${list}: format: expected "claimline-layers/1", found "claimline-layers/0"\n(fix or delete ${list}); nothing written`,
    );
    await expectRefused(() => removeLayer(out, 'a'), out, `${list}: format: expected "claimline-layers/1"`);
  });

  it('checks the layer id before reading anything', async () => {
    const { out, input } = await setup();
    await expect(runImport(importOptions([input], out, { layer: '../escape' }))).rejects.toThrow(
      '--layer "../escape": expected a layer id (lower-case letters, digits and inner hyphens, 1 to 32 characters, e.g. deepstate)',
    );
    await expect(removeLayer(out, '..')).rejects.toThrow('--remove-layer "..": expected a layer id');
    expect(await listDir(join(out, '..'))).toEqual(['in']);
  });

  it('removes only a folder that holds a layer', async () => {
    const { out, importAs } = await setup();
    await importAs('a');
    await writeFile(join(out, 'a', 'mine.txt'), 'keep me');
    await expectRefused(
      () => removeLayer(out, 'a'),
      out,
      `--remove-layer a: ${join(out, 'a')} holds files that are not a layer's; nothing changed`,
    );
  });
});
