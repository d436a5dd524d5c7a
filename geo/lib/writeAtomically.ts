import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes every file to a fresh temporary folder inside `dir` first, then renames them into
 * place (same file system, so each rename is atomic). If any write fails nothing in `dir`
 * changes; the temporary folder is always removed.
 */
export async function writeAllOrNothing(dir: string, files: Readonly<Record<string, string>>): Promise<void> {
  const tmp = await mkdtemp(join(dir, '.build-'));
  try {
    const names = Object.keys(files).sort();
    for (const name of names) await writeFile(join(tmp, name), files[name] ?? '', 'utf8');
    for (const name of names) await rename(join(tmp, name), join(dir, name));
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
