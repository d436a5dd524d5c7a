/** Worker-thread task: imports one snapshot file (see snapshotPool.ts). */
import { workerData } from 'piscina';
import { describe, SnapshotError } from './errors.ts';
import {
  snapshotImporter,
  type ImportedSnapshot,
  type SnapshotImporter,
  type SnapshotSettings,
} from './importSnapshot.ts';

/**
 * Every outcome comes back as data (an error that crosses threads keeps only its message), so the
 * pool's only failure is a thread that died.
 */
export type WorkerReply =
  { ok: ImportedSnapshot } | { bad: { file: string; problem: string } } | { crash: string };

let importer: Promise<SnapshotImporter> | undefined;

export default async function importFile(file: string): Promise<WorkerReply> {
  try {
    const importOne = await (importer ??= snapshotImporter(workerData as SnapshotSettings));
    return { ok: await importOne(file) };
  } catch (error) {
    if (error instanceof SnapshotError) return { bad: { file: error.file, problem: error.problem } };
    return { crash: describe(error) };
  }
}
