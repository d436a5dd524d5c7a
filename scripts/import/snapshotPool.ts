import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { SnapshotError } from './errors.ts';
import {
  snapshotImporter,
  type ImportedSnapshot,
  type SnapshotImporter,
  type SnapshotSettings,
} from './importSnapshot.ts';

export interface SnapshotPool {
  importFile: SnapshotImporter;
  close(): Promise<void>;
}

type Reply =
  | { id: number; ok: ImportedSnapshot }
  | { id: number; bad: { file: string; problem: string } }
  | { id: number; crash: string }
  | { ready: true };

/** Threads to use by default: one per core, at most four (each holds a parsed snapshot). */
export const defaultThreads = (): number => Math.min(4, availableParallelism());

/**
 * Imports snapshot files on `threads` worker threads (0: in this thread). Results come back as
 * promises, so the caller keeps its own order: the output does not depend on which thread is done
 * first. A worker loads TypeScript through tsx, as the import command itself does.
 */
export async function snapshotPool(
  settings: SnapshotSettings,
  threads = defaultThreads(),
): Promise<SnapshotPool> {
  if (threads <= 0) {
    const importFile = await snapshotImporter(settings);
    return { importFile, close: async () => {} };
  }
  const pending = new Map<number, { resolve: (r: ImportedSnapshot) => void; reject: (e: Error) => void }>();
  const idle: Worker[] = [];
  const queue: { id: number; file: string }[] = [];
  let nextId = 0;
  const send = () => {
    while (idle.length > 0 && queue.length > 0) idle.pop()?.postMessage(queue.shift());
  };
  const workers = await Promise.all(
    Array.from({ length: threads }, () => {
      const worker = new Worker(new URL('./snapshotWorkerEntry.mjs', import.meta.url), {
        workerData: settings,
      });
      return new Promise<Worker>((resolve, reject) => {
        worker.once('error', reject);
        worker.on('message', (reply: Reply) => {
          if ('ready' in reply) resolve(worker);
          else {
            const task = pending.get(reply.id);
            pending.delete(reply.id);
            if ('ok' in reply) task?.resolve(reply.ok);
            else if ('bad' in reply) task?.reject(new SnapshotError(reply.bad.file, reply.bad.problem));
            else task?.reject(new Error(reply.crash));
          }
          // Ready, or done with a file: either way the worker is free.
          idle.push(worker);
          send();
        });
      });
    }),
  );
  return {
    importFile: (file) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        queue.push({ id, file });
        send();
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
