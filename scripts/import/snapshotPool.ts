import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { describe, ImportError, SnapshotError } from './errors.ts';
import { snapshotImporter, type SnapshotImporter, type SnapshotSettings } from './importSnapshot.ts';
import type { WorkerReply } from './snapshotWorker.ts';

export interface SnapshotPool {
  importFile: SnapshotImporter;
  close(): Promise<void>;
}

/** Threads to use by default: one per core, at most four (each holds a parsed snapshot). */
export const defaultThreads = (): number => Math.min(4, availableParallelism());

/**
 * Imports snapshot files on `threads` worker threads (0: in this thread). Results come back as
 * promises, so the caller keeps its own order: the output does not depend on which thread is done
 * first. A thread that dies while it imports a file (out of memory on a huge snapshot, say) fails
 * that file with a SnapshotError, and piscina starts another, so no file waits forever. A worker
 * loads TypeScript through tsx, as the import command does.
 */
export async function snapshotPool(
  settings: SnapshotSettings,
  threads = defaultThreads(),
): Promise<SnapshotPool> {
  if (threads <= 0) {
    const importFile = await snapshotImporter(settings);
    return { importFile, close: async () => {} };
  }
  const pool = new Piscina<string, WorkerReply>({
    filename: fileURLToPath(new URL('./snapshotWorkerEntry.mjs', import.meta.url)),
    minThreads: threads,
    maxThreads: threads,
    workerData: settings,
  });
  // A thread that cannot start fails the run: every file would fail the same way.
  let broken: Error | undefined;
  let closed = false;
  pool.on('error', (error: Error) => {
    broken ??= error;
    void pool.destroy();
  });
  return {
    importFile: async (file) => {
      if (closed) throw new ImportError(`${file}: not imported, the import threads are closed`);
      let reply: WorkerReply;
      try {
        reply = await pool.run(file);
      } catch (error) {
        if (broken) throw new ImportError(`the import threads could not start: ${describe(broken)}`);
        if (closed) throw new ImportError(`${file}: not imported, the import threads were closed`);
        throw new SnapshotError(file, `the thread importing it died (${describe(error)})`);
      }
      if ('bad' in reply) throw new SnapshotError(reply.bad.file, reply.bad.problem);
      if ('crash' in reply) throw new Error(reply.crash);
      return reply.ok;
    },
    close: () => {
      closed = true;
      return pool.destroy();
    },
  };
}
