// A worker thread starts without the TypeScript loader of the thread that made it: register tsx,
// then load the worker's task, which the pool calls once per file.
import { register } from 'tsx/esm/api';

register();
const { default: importFile } = await import('./snapshotWorker.ts');
export default importFile;
