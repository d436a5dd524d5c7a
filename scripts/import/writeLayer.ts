import * as fs from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, ImportError } from './errors.ts';
import { LAYER_FILES } from '../../src/control/layerFormat.ts';

/** The file operations writeLayer uses (tests pass failing ones). */
export interface LayerFs {
  writeFile(path: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export const nodeFs: LayerFs = {
  writeFile: (path, text) => fs.writeFile(path, text, 'utf8'),
  rename: (from, to) => fs.rename(from, to),
};

/** Temporary folders sit next to the output, named after it: `.imported.tmp-XXXXXX`. */
export const tempPrefix = (out: string): string => `.${basename(resolve(out))}.tmp-`;
/** The previous output, set aside until the new one is in place: `.imported.old-XXXXXX`. */
export const oldPrefix = (out: string): string => `.${basename(resolve(out))}.old-`;
/** A name this module (or writeLayers) gives a temporary file or folder, of a layer or of the list. */
export const isWorkName = (name: string): boolean =>
  /^\.(?:layers\.json|[a-z0-9-]+)\.(?:tmp|old)-[A-Za-z0-9]{6}$/.test(name);

async function entriesOf(dir: string): Promise<string[] | null> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ImportError(`--out ${dir}: cannot read the folder (${describe(error)})`);
  }
}

/** Removes temporary folders a killed run may have left next to the output. */
async function removeStale(parent: string, out: string): Promise<void> {
  for (const name of (await entriesOf(parent)) ?? []) {
    if (name.startsWith(tempPrefix(out)) || name.startsWith(oldPrefix(out))) {
      await fs.rm(join(parent, name), { recursive: true, force: true });
    }
  }
}

/**
 * Writes the layer files (names relative to `out`, possibly in subfolders) into a temporary folder
 * next to `out`, then swaps it into place with renames. The old output is replaced only once every
 * file is written; if anything fails the old output stays as it was and no temporary folder is
 * left. `out` is the layer's own folder: a folder holding other files is refused, so it is never
 * replaced by mistake. `commit` runs once the new folder is in place and the old one is still
 * aside (the list of layers is written there): when it fails, the old folder is put back.
 */
export async function writeLayer(
  out: string,
  files: Readonly<Record<string, string>>,
  io: LayerFs = nodeFs,
  commit: () => Promise<void> = async () => {},
): Promise<void> {
  const target = resolve(out);
  const parent = dirname(target);
  const existing = await entriesOf(target);
  const foreign = (existing ?? []).filter((name) => !(LAYER_FILES as readonly string[]).includes(name));
  if (foreign.length > 0) {
    throw new ImportError(
      `--out ${out}: the folder holds other files (${foreign.slice(0, 3).join(', ')}); give the layer a folder of its own`,
    );
  }
  await fs.mkdir(parent, { recursive: true });
  await removeStale(parent, out);
  const tmp = await fs.mkdtemp(join(parent, tempPrefix(out)));
  let old: string | undefined;
  try {
    const folders = new Set(Object.keys(files).map((name) => dirname(join(tmp, name))));
    for (const folder of [...folders].sort()) await fs.mkdir(folder, { recursive: true });
    for (const name of Object.keys(files).sort()) await io.writeFile(join(tmp, name), files[name] ?? '');
    if (existing) {
      old = `${tmp.replace(tempPrefix(out), oldPrefix(out))}`;
      await io.rename(target, old);
    }
    try {
      await io.rename(tmp, target);
    } catch (error) {
      if (old) await io.rename(old, target);
      old = undefined;
      throw error;
    }
    try {
      await commit();
    } catch (error) {
      // The new folder goes back where the temporary one was (removed below), the old one back in place.
      await io.rename(target, tmp);
      if (old) await io.rename(old, target);
      old = undefined;
      throw error;
    }
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
    if (old) await fs.rm(old, { recursive: true, force: true });
  }
}
