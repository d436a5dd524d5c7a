import { emitter } from '../ui/emitter';
import { lruCache } from './lruCache';
import { readGeometryFile, type LoadedGeometry } from './readGeometryFile';
import { retryBook } from './retryBook';

export type { LoadedGeometry };

export interface GeometryLoaderOptions {
  /** The URL of a geometry file by name. */
  url: (name: string) => string;
  /** The name to give a file in messages (its path in the layer). */
  label: (name: string) => string;
  fetch?: (url: string) => Promise<Response>;
  /** Files kept at most (least recently used forgotten first). */
  limit?: number;
  /** Requests in flight at most. */
  concurrency?: number;
  /** The wait before the first retry of a file that failed, doubled at each further one. */
  retryMs?: number;
  /** Tries of one file in a row, the first included, before it waits for the reader to come back to it. */
  attempts?: number;
}

type LoaderEvents = { loaded: [name: string, geometry: LoadedGeometry] };

/**
 * Fetches the layer's geometry files and keeps the last `limit` used (an LRU, so memory stays
 * bounded however long the series). The file the day shown needs (`want`) starts at once, ahead
 * of the files fetched ahead (`prefetch`, at most `concurrency` in flight); a newer wish replaces an
 * older one not yet started, so a fast drag does not queue every file it passed, and none starts
 * while the day's own file is on its way.
 *
 * A file that fails (the host down, an error page, a file cut short or changed) is tried again while
 * the day shown still needs it, after `retryMs`, then twice as long each time, `attempts` times in
 * all; after that it is tried again only when the day is asked for anew and the longest wait has
 * passed. So a host that recovers draws the day, and one that does not is not hammered.
 */
export function geometryLoader({
  url,
  label,
  fetch: fetchFile = (u) => fetch(u),
  limit = 32,
  concurrency = 4,
  retryMs = 1000,
  attempts = 5,
}: GeometryLoaderOptions) {
  const out = emitter<LoaderEvents>();
  const cache = lruCache<string, LoadedGeometry>(limit);
  const failures = retryBook(retryMs, attempts);
  const inFlight = new Set<string>();
  let wanted: string | null = null;
  let ahead: string[] = [];
  let requests = 0;
  let destroyed = false;

  const needed = (name: string) =>
    !cache.has(name) && !inFlight.has(name) && failures.reason(name) === undefined;

  function start(name: string): void {
    inFlight.add(name);
    requests++;
    void readGeometryFile(fetchFile, url(name), name, label(name)).then((geometry) => {
      inFlight.delete(name);
      if (destroyed) return;
      if (geometry.ok) {
        failures.loaded(name);
        cache.set(name, geometry);
      } else
        failures.failed(name, geometry, () => {
          if (wanted === name && !destroyed) start(name);
        });
      out.emit('loaded', name, geometry);
      pump();
    });
  }

  function pump(): void {
    // The day's own file never waits behind files fetched ahead: it may take two slots more.
    if (wanted !== null && needed(wanted) && inFlight.size < concurrency + 2) start(wanted);
    // Nothing fetched ahead starts while the day's own file is on its way: it would share the line.
    if (wanted !== null && inFlight.has(wanted)) return;
    while (inFlight.size < concurrency) {
      ahead = ahead.filter(needed);
      const next = ahead.shift();
      if (next === undefined) return;
      start(next);
    }
  }

  return {
    /**
     * The file if held (now the most recently used), or why it failed while it waits to be tried
     * again; undefined when it is neither (not loaded yet, or a failed file due another try).
     */
    get(name: string): LoadedGeometry | undefined {
      return cache.get(name) ?? failures.reason(name);
    },
    /** Whether the file is held (loaded or failed), without making it more recent. */
    holds: (name: string): boolean => cache.has(name) || failures.holds(name),
    /** Asks for the file the day shown needs, before anything fetched ahead. */
    want(name: string | null): void {
      wanted = name;
      pump();
    },
    /** Replaces the files to fetch ahead, nearest first. */
    prefetch(names: readonly string[]): void {
      ahead = names.filter(needed);
      pump();
    },
    /** Counts for the tests and the benchmark. */
    stats: () => ({ requests, inFlight: inFlight.size, held: cache.size, failed: failures.size }),
    on: out.on,
    destroy(): void {
      destroyed = true;
      ahead = [];
      wanted = null;
      failures.clear();
      cache.clear();
      out.clear();
    },
  };
}

export type GeometryLoader = ReturnType<typeof geometryLoader>;
