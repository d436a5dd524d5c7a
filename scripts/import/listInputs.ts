import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportError } from './errors.ts';

const SNAPSHOT_FILE = /\.(geo)?json$/i;

/**
 * The snapshot files named on the command line: a folder stands for its *.geojson and *.json
 * files (not its subfolders), in name order; files are taken as given.
 */
export async function listInputs(paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) throw new ImportError('no input: name a folder of snapshots or the snapshot files');
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new ImportError(`${path}: no such file or folder`);
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((e) => e.isFile() && SNAPSHOT_FILE.test(e.name))
      .map((e) => e.name)
      .sort();
    if (names.length === 0) throw new ImportError(`${path}: no .geojson or .json files in this folder`);
    files.push(...names.map((name) => join(path, name)));
  }
  return [...new Set(files)];
}
