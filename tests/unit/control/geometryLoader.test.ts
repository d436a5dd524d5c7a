import { describe, expect, it } from 'vitest';
import { geometryLoader, type LoadedGeometry } from '../../../src/control/geometryLoader';

const AREA = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [] } }],
};

/** A fake server: each request waits until the test answers it. */
function fakeServer() {
  const pending: { url: string; answer: (status: number, body: unknown) => void }[] = [];
  const fetch = (url: string) =>
    new Promise<Response>((resolve) =>
      pending.push({
        url,
        answer: (status, body) =>
          resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })),
      }),
    );
  return { fetch, pending, urls: () => pending.map((p) => p.url) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(concurrency = 2, limit = 3) {
  const server = fakeServer();
  const loaded: [string, LoadedGeometry][] = [];
  const loader = geometryLoader({
    url: (name) => `/control/intervals/${name}.geojson`,
    label: (name) => `control/intervals/${name}.geojson`,
    fetch: server.fetch,
    concurrency,
    limit,
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
});
