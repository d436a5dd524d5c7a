import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { geometryLoader, type LoadedGeometry } from '../../../src/control/geometryLoader';
import { GEOMETRY_FILE_HEAD, GEOMETRY_FILE_TAIL } from '../../../src/control/geometryFileText';

const AREA = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [] } }],
};

/** A fake server: each request waits until the test answers it. */
function fakeServer() {
  const pending: { url: string; answer: (status: number, body: unknown, type?: string) => void }[] = [];
  const fetch = (url: string) =>
    new Promise<Response>((resolve) =>
      pending.push({
        url,
        answer: (status, body, type = 'application/geo+json') =>
          resolve(
            new Response(typeof body === 'string' ? body : JSON.stringify(body), {
              status,
              headers: { 'content-type': type },
            }),
          ),
      }),
    );
  return { fetch, pending, urls: () => pending.map((p) => p.url) };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function setup(concurrency = 2, limit = 3, retry = { retryMs: 1000, attempts: 3 }) {
  const server = fakeServer();
  const loaded: [string, LoadedGeometry][] = [];
  const loader = geometryLoader({
    url: (name) => `/control/intervals/${name}.geojson`,
    label: (name) => `control/intervals/${name}.geojson`,
    fetch: server.fetch,
    concurrency,
    limit,
    ...retry,
  });
  loader.on('loaded', (name, geometry) => loaded.push([name, geometry]));
  return { server, loader, loaded };
}

describe('geometryLoader', () => {
  it('starts the wanted file at once, and no file ahead while it is on its way', async () => {
    const { server, loader } = setup(2);
    loader.prefetch(['b', 'c', 'd']);
    expect(server.urls()).toEqual(['/control/intervals/b.geojson', '/control/intervals/c.geojson']);
    loader.want('a');
    expect(server.urls().at(-1)).toBe('/control/intervals/a.geojson');
    server.pending.shift()!.answer(200, AREA);
    await settle();
    // b is done and a slot is free, but a is still on its way: d waits.
    expect(server.urls()).toEqual(['/control/intervals/c.geojson', '/control/intervals/a.geojson']);
    server.pending.pop()!.answer(200, AREA);
    await settle();
    expect(server.urls()).toEqual(['/control/intervals/c.geojson', '/control/intervals/d.geojson']);
    expect(loader.stats()).toMatchObject({ requests: 4, inFlight: 2 });
  });

  it('keeps only the newest wish not yet started, and holds what it loaded', async () => {
    const { server, loader, loaded } = setup(1);
    // Wishes may take the one slot and two more; a fourth waits, and a fifth replaces it.
    for (const name of ['a', 'b', 'c', 'd', 'e']) loader.want(name);
    expect(server.urls()).toEqual(['a', 'b', 'c'].map((n) => `/control/intervals/${n}.geojson`));
    server.pending.shift()!.answer(200, AREA);
    await settle();
    expect(server.urls().at(-1)).toBe('/control/intervals/e.geojson');
    expect(loaded.map(([name]) => name)).toEqual(['a']);
    expect(loader.get('a')).toMatchObject({ ok: true });
    expect(loader.get('d')).toBeUndefined();
    expect(loader.stats().requests).toBe(4);
  });

  it('holds at most its limit of files', async () => {
    const { server, loader } = setup(4, 3);
    loader.prefetch(['a', 'b', 'c', 'd']);
    for (const request of server.pending.splice(0)) request.answer(200, AREA);
    await settle();
    expect(loader.stats().held).toBe(3);
    expect(loader.get('a')).toBeUndefined();
    // A file held is not fetched again.
    loader.want('d');
    expect(loader.stats().requests).toBe(4);
  });

  it('names the file and the reason when it is missing or not a polygon layer', async () => {
    const { server, loader, loaded } = setup(2);
    loader.prefetch(['gone', 'bad']);
    server.pending.shift()!.answer(404, 'not found');
    server.pending.shift()!.answer(200, { type: 'FeatureCollection', features: [{ type: 'Feature' }] });
    await settle();
    expect(loaded).toEqual([
      ['gone', { ok: false, reason: 'control/intervals/gone.geojson: could not be loaded (HTTP 404)' }],
      [
        'bad',
        {
          ok: false,
          reason:
            'control/intervals/bad.geojson: feature 1: geometry.type (undefined) is not Polygon or MultiPolygon',
        },
      ],
    ]);
  });

  it('names a file cut short, a web page in its place, and a file changed after the index', async () => {
    const { server, loader, loaded } = setup(3, 3, { retryMs: 10, attempts: 3 });
    const coordinates = '[[[[38,48],[39,48],[39,49],[38,48]]]]';
    const name = createHash('sha1').update(coordinates).digest('hex').slice(0, 16);
    const changed = GEOMETRY_FILE_HEAD + coordinates.replace('39,49', '39,50') + GEOMETRY_FILE_TAIL;
    loader.prefetch(['cut', 'page', name]);
    server.pending.shift()!.answer(200, '{"type":"FeatureCollection","features":[{"ty');
    server.pending.shift()!.answer(200, '<!doctype html><title>Home</title>', 'text/html; charset=utf-8');
    server.pending.shift()!.answer(200, changed);
    // The check of a file against its name hashes it on Web Crypto's own threads: wait for it.
    await vi.waitFor(() => expect(loaded).toHaveLength(3));
    expect(loaded.map(([, geometry]) => (geometry.ok ? 'ok' : geometry.reason))).toEqual([
      expect.stringMatching(/^control\/intervals\/cut\.geojson: is cut short or not JSON \(.+\)$/),
      'control/intervals/page.geojson: the host answered with a web page (text/html; charset=utf-8), not the file',
      `control/intervals/${name}.geojson: does not match its name: the file changed on the host after the index was written`,
    ]);
    // The same file as the import wrote it is drawn.
    loader.want(name);
    await vi.waitFor(() => expect(server.pending).toHaveLength(1), { timeout: 3000 });
    server.pending.shift()!.answer(200, GEOMETRY_FILE_HEAD + coordinates + GEOMETRY_FILE_TAIL);
    await vi.waitFor(() => expect(loader.get(name)).toMatchObject({ ok: true }));
  });
});

describe('geometryLoader, when the host fails', () => {
  afterEach(() => vi.useRealTimers());

  it('tries the day’s file again with a growing wait, and draws it once the host recovers', async () => {
    vi.useFakeTimers();
    const { server, loader, loaded } = setup(2, 3, { retryMs: 1000, attempts: 3 });
    loader.want('a');
    server.pending.shift()!.answer(500, 'down');
    await vi.advanceTimersByTimeAsync(0);
    expect(loader.get('a')).toMatchObject({ ok: false, reason: expect.stringContaining('HTTP 500') });
    await vi.advanceTimersByTimeAsync(999);
    expect(server.pending).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.urls()).toEqual(['/control/intervals/a.geojson']);
    server.pending.shift()!.answer(503, 'still down');
    await vi.advanceTimersByTimeAsync(1999);
    expect(server.pending).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    server.pending.shift()!.answer(200, AREA);
    await vi.advanceTimersByTimeAsync(0);
    expect(loaded.map(([, g]) => g.ok)).toEqual([false, false, true]);
    expect(loader.get('a')).toMatchObject({ ok: true });
    expect(loader.stats()).toMatchObject({ requests: 3, failed: 0 });
  });

  it('stops after its bound, and tries again only when the day is asked for anew after the longest wait', async () => {
    vi.useFakeTimers();
    const { server, loader } = setup(2, 3, { retryMs: 1000, attempts: 3 });
    loader.want('a');
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(i === 0 ? 0 : 1000 * 2 ** (i - 1));
      server.pending.shift()!.answer(404, 'gone');
    }
    await vi.advanceTimersByTimeAsync(3000);
    expect(loader.get('a')).toMatchObject({ ok: false });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(loader.stats().requests).toBe(3);
    loader.want(null);
    loader.want('a');
    expect(server.pending).toHaveLength(1);
  });

  it('does not retry a file the reader has moved away from until it is wanted again', async () => {
    vi.useFakeTimers();
    const { server, loader } = setup(2, 3, { retryMs: 1000, attempts: 3 });
    loader.want('a');
    server.pending.shift()!.answer(500, 'down');
    await vi.advanceTimersByTimeAsync(0);
    loader.want('b');
    server.pending.shift()!.answer(200, AREA);
    await vi.advanceTimersByTimeAsync(5000);
    expect(loader.stats().requests).toBe(2);
    loader.want('a');
    expect(server.urls()).toEqual(['/control/intervals/a.geojson']);
    loader.destroy();
  });
});
