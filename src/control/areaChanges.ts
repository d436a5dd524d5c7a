import type { Area, AreaChange } from './areaChange';
import { DEFAULT_CHANGE_OPTIONS, type ChangeOptions } from './changeOptions';
import type { ChangeReply, ChangeRequest } from './areaChangeWorker';
import { lruCache } from './lruCache';

/** Changes kept at most: a reader compares a few pairs of days at a time. */
const CACHE_CHANGES = 16;

/**
 * The change between two of a layer's areas, computed in a worker and kept by the pair of
 * geometry files and the options (the names are hashes of their geometry, so a pair always gives
 * the same change). The worker starts with the first request: a page without a comparison never
 * loads it.
 */
export function areaChanges(regions: readonly { id: string; area: Area }[]) {
  const cache = lruCache<string, Promise<AreaChange>>(CACHE_CHANGES);
  const waiting = new Map<number, { resolve: (c: AreaChange) => void; reject: (e: Error) => void }>();
  let worker: Worker | null = null;
  let next = 0;

  const start = (): Worker => {
    const started = new Worker(new URL('./areaChangeWorker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<ChangeReply>) => {
      const reply = event.data;
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.change);
    };
    return started;
  };

  return {
    /** The change from `before` to `after` (named by their geometry files, for the cache). */
    between(
      beforeName: string,
      before: Area,
      afterName: string,
      after: Area,
      options: ChangeOptions = DEFAULT_CHANGE_OPTIONS,
    ): Promise<AreaChange> {
      const key = `${beforeName}>${afterName}@${options.minWidthM}`;
      const held = cache.get(key);
      if (held) return held;
      worker ??= start();
      const id = ++next;
      const request: ChangeRequest = { id, before, after, regions: [...regions], options };
      const change = new Promise<AreaChange>((resolve, reject) => waiting.set(id, { resolve, reject }));
      // A failed change is not kept: the next request tries again.
      change.catch(() => cache.delete(key));
      cache.set(key, change);
      worker.postMessage(request);
      return change;
    },
    destroy(): void {
      worker?.terminate();
      worker = null;
      for (const pending of waiting.values()) pending.reject(new Error('areaChanges: destroyed'));
      waiting.clear();
    },
  };
}

export type AreaChanges = ReturnType<typeof areaChanges>;
