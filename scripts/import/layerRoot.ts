import type { Dirent } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { checkLayerList } from '../../src/control/checkLayerList.ts';
import { isLayerId } from '../../src/control/controlIndex.ts';
import {
  INDEX_FILE,
  INTERVALS_DIR,
  LAYER_FILES,
  LAYERS_FILE,
  type LayerList,
} from '../../src/control/layerFormat.ts';
import { describe, ImportError } from './errors.ts';
import { emptyLayerList } from './layerList.ts';
import { isWorkName } from './writeLayer.ts';

/** What the caller is about to do to the root, so a folder it may touch is not refused as foreign. */
export interface RootIntent {
  /** The layer being imported: its folder may exist unlisted (left by an interrupted run). */
  adding?: string;
  /** The layer being removed: its folder may exist unlisted too. */
  removing?: string;
}

export const listFileOf = (root: string): string => join(root, LAYERS_FILE);

const nothingWritten = '; nothing written';

async function entriesOf(dir: string): Promise<Dirent[] | null> {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ImportError(`--out ${dir}: cannot read the folder (${describe(error)})${nothingWritten}`);
  }
}

const namesIn = async (dir: string): Promise<string[]> => (await entriesOf(dir))?.map((e) => e.name) ?? [];
const isLayerFile = (name: string): boolean => (LAYER_FILES as readonly string[]).includes(name);

/** True when a folder holds nothing but a layer's own files (an index and its geometry folder). */
export async function holdsOnlyLayerFiles(dir: string): Promise<boolean> {
  return (await namesIn(dir)).every(isLayerFile);
}

/** True when a folder holds a layer: its index, and nothing but a layer's files. */
async function holdsALayer(dir: string): Promise<boolean> {
  const names = await namesIn(dir);
  return names.includes(INDEX_FILE) && names.every(isLayerFile);
}

async function readList(file: string): Promise<LayerList> {
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? `is not valid JSON (${error.message})` : describe(error);
    throw new ImportError(`${file}: ${why}; fix or delete it${nothingWritten}`);
  }
  const { layers, errors } = checkLayerList(raw, file);
  if (errors.length) throw new ImportError(`${errors.join('\n')}\n(fix or delete ${file})${nothingWritten}`);
  return { ...emptyLayerList(), layers };
}

/**
 * Reads the layers' root folder (`--out`) before anything is written to it: its list of layers
 * (empty when there is none yet), after checking that the folder holds nothing else than the list,
 * the listed layers' folders and this tool's temporary files. A layer in the old one-layer format
 * (control.json and intervals/ at the root), a list that is broken or of another format, and any
 * other file are refused with a message that names the file and says what to do.
 */
export async function readLayerRoot(root: string, intent: RootIntent = {}): Promise<LayerList> {
  const entries = await entriesOf(root);
  if (!entries) return emptyLayerList();
  const names = entries.map((e) => e.name);
  if (names.includes(INDEX_FILE))
    throw new ImportError(
      `${join(root, INDEX_FILE)}: a layer in the old one-layer format (claimline-control/3); ${root} now holds ` +
        `${LAYERS_FILE} and one folder per layer: move ${INDEX_FILE} and ${INTERVALS_DIR}/ out of ${root} ` +
        `(or delete them), then import again with --layer ID${nothingWritten}`,
    );
  const list = names.includes(LAYERS_FILE) ? await readList(listFileOf(root)) : emptyLayerList();
  const listed = new Set(list.layers.map((l) => l.id));
  const allowed = new Set([intent.adding, intent.removing].filter((id) => id !== undefined));
  const foreign: string[] = [];
  for (const entry of entries) {
    const { name } = entry;
    if (name === LAYERS_FILE || isWorkName(name) || listed.has(name) || allowed.has(name)) continue;
    const path = join(root, name);
    if (entry.isDirectory() && isLayerId(name) && (await holdsALayer(path)))
      throw new ImportError(
        `${path}: a layer folder that ${LAYERS_FILE} does not list (left by an interrupted run?): ` +
          `remove it with --remove-layer ${name}, or import it again with --layer ${name}${nothingWritten}`,
      );
    foreign.push(name === INTERVALS_DIR ? `${name}/ (of the old one-layer format?)` : name);
  }
  if (foreign.length)
    throw new ImportError(
      `--out ${root}: the folder holds files that are not layers (${foreign.slice(0, 3).join(', ')}` +
        `${foreign.length > 3 ? `, … ${foreign.length - 3} more` : ''}); it may hold only ${LAYERS_FILE} and ` +
        `one folder per layer: give the layers a folder of their own, or move those files out${nothingWritten}`,
    );
  return list;
}
