/** Worker-thread entry: imports the snapshot files it is sent, one message each (see snapshotPool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { describe, SnapshotError } from './errors.ts';
import { snapshotImporter, type SnapshotSettings } from './importSnapshot.ts';

const port = parentPort;
if (!port) throw new Error('snapshotWorker.ts runs only as a worker thread');
const importOne = await snapshotImporter(workerData as SnapshotSettings);
port.on('message', async ({ id, file }: { id: number; file: string }) => {
  try {
    port.postMessage({ id, ok: await importOne(file) });
  } catch (error) {
    if (error instanceof SnapshotError)
      port.postMessage({ id, bad: { file: error.file, problem: error.problem } });
    else port.postMessage({ id, crash: describe(error) });
  }
});
port.postMessage({ ready: true });
