import { emitter } from '../ui/emitter';
import { checkGeometryFile, type AreaFeatures } from './geometryFile';
import { geometryMatchesName } from './geometryMatchesName';
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
  /** The wait before the first retry of a file that failed, doubled at each further one. */
  retryMs?: number;
  /** Tries of one file in a row, the first included, before it waits for the reader to come back to it. */
  attempts?: number;
}

/** A file that failed: why, how many tries in a row, and when the last one ended. */
interface Failure {
  geometry: LoadedGeometry;
  tries: number;
  at: number;
  timer?: ReturnType<typeof setTimeout> | undefined;
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
  const failures = new Map<string, Failure>();
  const inFlight = new Set<string>();
  let wanted: string | null = null;
  let ahead: string[] = [];
  let requests = 0;
  let destroyed = false;

  /** The wait after `tries` failed tries in a row before the next. */
  const backoff = (tries: number) => retryMs * 2 ** (Math.min(tries, attempts) - 1);
  /** A failed file may be tried again: its wait has passed and no retry is already set. */
  const retryDue = (failure: Failure) => !failure.timer && Date.now() - failure.at >= backoff(failure.tries);
  const needed = (name: string) => {
    const failure = failures.get(name);
    return !cache.has(name) && !inFlight.has(name) && (!failure || retryDue(failure));
  };

  async function load(name: string): Promise<LoadedGeometry> {
    const fail = (why: string): LoadedGeometry => ({ ok: false, reason: `${label(name)}: ${why}` });
    try {
      const response = await fetchFile(url(name));
      if (!response.ok) return fail(`could not be loaded (HTTP ${response.status})`);
      const text = await response.text();
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        // A host that answers a missing file with its home page (a single-page-app fallback).
        const type = response.headers.get('content-type') ?? '';
        if (/html/i.test(type)) return fail(`the host answered with a web page (${type}), not the file`);
        return fail(`is cut short or not JSON (${error instanceof Error ? error.message : String(error)})`);
      }
      const checked = checkGeometryFile(raw, label(name));
      if (!checked.ok) return checked;
      if ((await geometryMatchesName(text, name)) === false)
        return fail('does not match its name: the file changed on the host after the index was written');
      return checked;
    } catch (error) {
      return fail(`could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  function start(name: string): void {
    const failure = failures.get(name);
    if (failure) clearTimeout(failure.timer);
    inFlight.add(name);
    requests++;
    void load(name).then((geometry) => {
      inFlight.delete(name);
      if (destroyed) return;
      if (geometry.ok) {
        failures.delete(name);
        cache.set(name, geometry);
      } else failed(name, geometry);
      out.emit('loaded', name, geometry);
      pump();
    });
  }

  function failed(name: string, geometry: LoadedGeometry): void {
    const tries = (failures.get(name)?.tries ?? 0) + 1;
    const failure: Failure = { geometry, tries, at: Date.now() };
    failures.set(name, failure);
    if (tries >= attempts) return;
    failure.timer = setTimeout(() => {
      failure.timer = undefined;
      if (!destroyed && wanted === name && failures.get(name) === failure) start(name);
    }, backoff(tries));
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
      const failure = failures.get(name);
      return cache.get(name) ?? (failure && !retryDue(failure) ? failure.geometry : undefined);
    },
    /** Whether the file is held (loaded or failed), without making it more recent. */
    holds: (name: string): boolean => cache.has(name) || failures.has(name),
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
      for (const failure of failures.values()) clearTimeout(failure.timer);
      failures.clear();
      cache.clear();
      out.clear();
    },
  };
}

export type GeometryLoader = ReturnType<typeof geometryLoader>;
