import { emitter } from '../ui/emitter';
import { checkGeometryFile, type AreaFeatures } from './geometryFile';
import { lruCache } from './lruCache';

/** A geometry file as loaded: its features, or why it could not be used. */
export type LoadedGeometry = { ok: true; features: AreaFeatures } | { ok: false; reason: string };

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
}

type LoaderEvents = { loaded: [name: string, geometry: LoadedGeometry] };

/**
 * Fetches the layer's geometry files and keeps the last `limit` used (an LRU, so memory stays
 * bounded however long the series). The file the day shown needs (`want`) starts at once, ahead
 * of the files fetched ahead (`prefetch`, at most `concurrency` in flight); a newer wish replaces an
 * older one not yet started, so a fast drag does not queue every file it passed, and none starts
 * while the day's own file is on its way. A file that fails is remembered as failed like any other.
 */
export function geometryLoader({
  url,
  label,
  fetch: fetchFile = (u) => fetch(u),
  limit = 32,
  concurrency = 4,
}: GeometryLoaderOptions) {
  const out = emitter<LoaderEvents>();
  const cache = lruCache<string, LoadedGeometry>(limit);
  const inFlight = new Set<string>();
  let wanted: string | null = null;
  let ahead: string[] = [];
  let requests = 0;
  let destroyed = false;

  const needed = (name: string) => !cache.has(name) && !inFlight.has(name);

  async function load(name: string): Promise<LoadedGeometry> {
    try {
      const response = await fetchFile(url(name));
      if (!response.ok)
        return { ok: false, reason: `${label(name)}: could not be loaded (HTTP ${response.status})` };
      return checkGeometryFile(await response.json(), label(name));
    } catch (error) {
      return { ok: false, reason: `${label(name)}: could not be read (${String(error)})` };
    }
  }

  function start(name: string): void {
    inFlight.add(name);
    requests++;
    void load(name).then((geometry) => {
      inFlight.delete(name);
      if (destroyed) return;
      cache.set(name, geometry);
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
    /** The file if held (now the most recently used), else undefined. */
    get: (name: string): LoadedGeometry | undefined => cache.get(name),
    /** Whether the file is held (loaded or failed), without making it more recent. */
    holds: (name: string): boolean => cache.has(name),
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
    stats: () => ({ requests, inFlight: inFlight.size, held: cache.size }),
    on: out.on,
    destroy(): void {
      destroyed = true;
      ahead = [];
      wanted = null;
      cache.clear();
      out.clear();
    },
  };
}

export type GeometryLoader = ReturnType<typeof geometryLoader>;
