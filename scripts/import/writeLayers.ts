import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { LAYERS_FILE, type LayerEntry, type LayerList } from '../../src/control/layerFormat.ts';
import { describe, ImportError } from './errors.ts';
import { checkLayerId, checkRoom, renderLayerList, withLayer, withoutLayer } from './layerList.ts';
import { holdsOnlyLayerFiles, listFileOf, readLayerRoot } from './layerRoot.ts';
import { isWorkName, nodeFs, oldPrefix, writeLayer, type LayerFs } from './writeLayer.ts';

/**
 * The layers' root folder (`--out`) as the import changes it: a layer's folder is written whole
 * (writeLayer), then the list of layers, each by renames, so a reader sees the old state or the new
 * one and never a listed layer half written. One import at a time per root.
 */

/** Six random characters, as the temporary names isWorkName knows end with. */
const suffix = (): string => randomBytes(3).toString('hex');

/** Removes temporary files and folders a killed run may have left in the root. */
async function removeStaleWork(root: string): Promise<void> {
  const names = await fs.readdir(root).catch(() => [] as string[]);
  for (const name of names.filter(isWorkName))
    await fs.rm(join(root, name), { recursive: true, force: true });
}

/** Writes the list beside the layers: a temporary file, then a rename over the old list. */
async function writeList(root: string, list: LayerList, io: LayerFs): Promise<void> {
  const tmp = join(root, `.${LAYERS_FILE}.tmp-${suffix()}`);
  try {
    await io.writeFile(tmp, renderLayerList(list));
    await io.rename(tmp, listFileOf(root));
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/**
 * Checks, before a long import, that layer `id` can be written to the root: a good id, a root that
 * holds only layers and a readable list, and room in it. Throws ImportError (nothing written).
 */
export async function checkLayerTarget(root: string, id: string): Promise<LayerList> {
  checkLayerId(id, '--layer');
  const list = await readLayerRoot(root, { adding: id });
  checkRoom(list, id, listFileOf(root));
  return list;
}

/**
 * Adds layer `entry.id` to the root, or replaces it in its place, leaving the other layers as they
 * are. Writes its folder, then the list; if writing the list fails, the layer's previous folder is
 * put back. Resolves to the list as written.
 */
export async function putLayer(
  root: string,
  entry: LayerEntry,
  files: Readonly<Record<string, string>>,
  io: LayerFs = nodeFs,
): Promise<LayerList> {
  const list = withLayer(await checkLayerTarget(root, entry.id), entry, listFileOf(root));
  await fs.mkdir(root, { recursive: true });
  await removeStaleWork(root);
  await writeLayer(join(root, entry.id), files, io, () => writeList(root, list, io));
  return list;
}

/**
 * Removes layer `id`: first from the list (a reader no longer asks for it), then its folder. A
 * folder left unlisted by an interrupted run is removed too. Throws ImportError for a bad or
 * unknown id, for a folder holding other files, and (after the list is written) when the folder
 * cannot be removed. Resolves to the list as written.
 */
export async function removeLayer(root: string, id: string, io: LayerFs = nodeFs): Promise<LayerList> {
  checkLayerId(id, '--remove-layer');
  const list = await readLayerRoot(root, { removing: id });
  const folder = join(root, id);
  const hasFolder = await fs.stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const listed = list.layers.some((l) => l.id === id);
  // Neither listed nor left behind by an interrupted run: withoutLayer says which layers there are.
  if (!listed && !hasFolder) withoutLayer(list, id, listFileOf(root));
  if (hasFolder && !(await holdsOnlyLayerFiles(folder)))
    throw new ImportError(
      `--remove-layer ${id}: ${folder} holds files that are not a layer's; nothing changed`,
    );
  await removeStaleWork(root);
  const next = listed ? withoutLayer(list, id, listFileOf(root)) : list;
  if (listed) await writeList(root, next, io);
  if (hasFolder) {
    const aside = join(root, `${oldPrefix(folder)}${suffix()}`);
    try {
      await io.rename(folder, aside);
    } catch (error) {
      throw new ImportError(
        `--remove-layer ${id}: ${listFileOf(root)} no longer lists it, but ${folder} could not be removed ` +
          `(${describe(error)}); run --remove-layer ${id} again, or delete the folder`,
      );
    }
    await fs.rm(aside, { recursive: true, force: true });
  }
  return next;
}
