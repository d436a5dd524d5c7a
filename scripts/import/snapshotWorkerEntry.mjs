// A worker thread starts without the TypeScript loader of the thread that made it: register tsx,
// then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./snapshotWorker.ts');
