import type { LoadedGeometry } from './readGeometryFile';

/** A file that failed: why, how many tries in a row, when the last one ended, its retry if set. */
interface Failure {
  geometry: LoadedGeometry;
  tries: number;
  at: number;
  timer?: ReturnType<typeof setTimeout> | undefined;
}

/**
 * The files that failed and when each may be tried again: after `retryMs`, then twice as long each
 * time, `attempts` tries in a row at most before it waits for the longest wait and a new ask.
 */
export function retryBook(retryMs: number, attempts: number) {
  const failures = new Map<string, Failure>();
  /** The wait after `tries` failed tries in a row before the next. */
  const backoff = (tries: number) => retryMs * 2 ** (Math.min(tries, attempts) - 1);
  /** A failed file may be tried again: its wait has passed and no retry is already set. */
  const due = (failure: Failure) => !failure.timer && Date.now() - failure.at >= backoff(failure.tries);
  return {
    /** Why the file failed, while it may not be tried again yet (undefined: it may be tried). */
    reason(name: string): LoadedGeometry | undefined {
      const failure = failures.get(name);
      return failure && !due(failure) ? failure.geometry : undefined;
    },
    holds: (name: string): boolean => failures.has(name),
    /** The file loaded: its failures are forgotten. */
    loaded(name: string): void {
      clearTimeout(failures.get(name)?.timer);
      failures.delete(name);
    },
    /** The file failed again; `retry` runs after the wait, unless the tries are used up. */
    failed(name: string, geometry: LoadedGeometry, retry: () => void): void {
      clearTimeout(failures.get(name)?.timer);
      const tries = (failures.get(name)?.tries ?? 0) + 1;
      const failure: Failure = { geometry, tries, at: Date.now() };
      failures.set(name, failure);
      if (tries >= attempts) return;
      failure.timer = setTimeout(() => {
        failure.timer = undefined;
        if (failures.get(name) === failure) retry();
      }, backoff(tries));
    },
    get size(): number {
      return failures.size;
    },
    clear(): void {
      for (const failure of failures.values()) clearTimeout(failure.timer);
      failures.clear();
    },
  };
}
