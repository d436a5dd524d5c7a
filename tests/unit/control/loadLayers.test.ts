import { describe, expect, it } from 'vitest';
import { loadLayerIndexes } from '../../../src/control/loadLayers';
import { loadLayerList } from '../../../src/control/loadLayerList';

const BASE = 'https://maps.example.org/story/';

/** What the page does (src/app/loadPage.ts): the list first, then the indexes it names. */
async function loadLayers(base: string, fetch: (url: string) => Promise<Response>) {
  return loadLayerIndexes(base, await loadLayerList(base, fetch), fetch);
}

const indexOf = (id: string, kind = 'assessed') => ({
  format: 'claimline-control/4',
  id,
  kind,
  source: { name: `Source ${id}`, licence: 'test' },
  tolerance: 100,
  generated: { snapshots: 1, intervals: 1, bytesIn: 1, bytesOut: 1 },
  intervals: [
    {
      id: 1,
      from: '2022-07-01',
      to: '2022-07-02',
      area: { 'luhansk-oblast': { km2: 0, pct: 0 }, 'donetsk-oblast': { km2: 0, pct: 0 } },
      places: [],
      geometry: '00000000000000a1',
      snapshot: { date: '2022-07-01' },
    },
  ],
});
const entryOf = (id: string, kind = 'assessed') => ({
  id,
  kind,
  source: { name: `Source ${id}`, licence: 'test' },
  from: '2022-07-01',
  to: '2022-07-02',
  index: `control/${id}/control.json`,
});
const listOf = (...ids: string[]) => ({ format: 'claimline-layers/1', layers: ids.map((id) => entryOf(id)) });

/** A static host: site-relative path -> body (text as it is, anything else as JSON); the rest 404. */
function host(files: Record<string, unknown>, requested: string[] = []) {
  return async (url: string): Promise<Response> => {
    const path = url.slice(BASE.length);
    requested.push(path);
    if (!(path in files)) return new Response('not found', { status: 404 });
    const body = files[path];
    if (body instanceof Response) return body;
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 });
  };
}

describe('loadLayers', () => {
  it('loads the list, then every listed index, in the list’s order, with where their files are', async () => {
    const requested: string[] = [];
    const loaded = await loadLayers(
      BASE,
      host(
        {
          'control/layers.json': listOf('deepstate', 'isw'),
          'control/deepstate/control.json': indexOf('deepstate'),
          'control/isw/control.json': indexOf('isw'),
        },
        requested,
      ),
    );
    expect(loaded.errors).toEqual([]);
    expect(loaded.layers.map((l) => [l.entry.id, l.index.id])).toEqual([
      ['deepstate', 'deepstate'],
      ['isw', 'isw'],
    ]);
    const isw = loaded.layers[1]!;
    expect(isw.filePath('00000000000000a1')).toBe('control/isw/intervals/00000000000000a1.geojson');
    expect(isw.fileUrl('00000000000000a1')).toBe(`${BASE}control/isw/intervals/00000000000000a1.geojson`);
    expect(requested[0]).toBe('control/layers.json');
    expect(requested.slice(1).sort()).toEqual(['control/deepstate/control.json', 'control/isw/control.json']);
  });

  it('means no layers, without an error, when there is no list or an empty one', async () => {
    expect(await loadLayers(BASE, host({}))).toEqual({ layers: [], errors: [] });
    expect(await loadLayers(BASE, host({ 'control/layers.json': listOf() }))).toEqual({
      layers: [],
      errors: [],
    });
  });

  it('one layer that cannot be used does not hide the others, and says why', async () => {
    const loaded = await loadLayers(
      BASE,
      host({
        'control/layers.json': listOf('a', 'b', 'c', 'd'),
        'control/b/control.json': indexOf('b'),
        'control/c/control.json': '{ broken',
        'control/d/control.json': indexOf('other', 'claimed'),
      }),
    );
    expect(loaded.layers.map((l) => l.entry.id)).toEqual(['b']);
    expect(loaded.errors).toEqual([
      'control/a/control.json: is listed in control/layers.json but missing (HTTP 404)',
      'control/c/control.json: is not valid JSON',
      'control/d/control.json: id: "other" differs from the list\'s "d"',
      'control/d/control.json: kind: "claimed" differs from the list\'s "assessed"',
    ]);
  });

  it('names the list when it cannot be used, and the bad entries in it', async () => {
    const broken = await loadLayers(BASE, host({ 'control/layers.json': 'not json' }));
    expect(broken).toEqual({ layers: [], errors: ['control/layers.json: is not valid JSON'] });
    const failing = await loadLayers(
      BASE,
      host({ 'control/layers.json': new Response('', { status: 500 }) }),
    );
    expect(failing.errors).toEqual(['control/layers.json: could not be loaded (HTTP 500)']);
    const offline = await loadLayers(BASE, () => Promise.reject(new TypeError('Failed to fetch')));
    expect(offline.errors).toEqual(['control/layers.json: could not be loaded (TypeError: Failed to fetch)']);
    const oldFormat = await loadLayers(
      BASE,
      host({
        'control/layers.json': { ...listOf('a'), layers: [entryOf('a'), { ...entryOf('B'), id: 'B' }] },
        'control/a/control.json': indexOf('a'),
      }),
    );
    expect(oldFormat.layers.map((l) => l.entry.id)).toEqual(['a']);
    expect(oldFormat.errors).toEqual([
      'control/layers.json: layer 2 (B): id ("B") is not a layer id (lower-case letters, digits and inner hyphens, 1 to 32 characters)',
    ]);
  });

  it('reads the list alone first (it lays out the timeline), then the indexes it names', async () => {
    const requested: string[] = [];
    const files = {
      'control/layers.json': listOf('a'),
      'control/a/control.json': indexOf('a'),
    };
    const list = await loadLayerList(BASE, host(files, requested));
    expect(requested).toEqual(['control/layers.json']);
    expect(list.entries.map((e) => [e.id, e.from, e.to])).toEqual([['a', '2022-07-01', '2022-07-02']]);
    const loaded = await loadLayerIndexes(BASE, list, host(files, requested));
    expect(requested).toEqual(['control/layers.json', 'control/a/control.json']);
    expect(loaded.layers.map((l) => l.index.id)).toEqual(['a']);
  });

  it('refuses an index whose days are not the span the list gave the timeline', async () => {
    const late = { ...entryOf('a'), to: '2022-07-09' };
    const loaded = await loadLayers(
      BASE,
      host({
        'control/layers.json': {
          format: 'claimline-layers/1',
          layers: [late, { ...entryOf('b'), from: '2022-06-30' }],
        },
        'control/a/control.json': indexOf('a'),
        'control/b/control.json': indexOf('b'),
      }),
    );
    expect(loaded.layers).toEqual([]);
    expect(loaded.errors).toEqual([
      'control/a/control.json: intervals: run from 2022-07-01 to 2022-07-02, but the list says 2022-07-01 to 2022-07-09',
      'control/b/control.json: intervals: run from 2022-07-01 to 2022-07-02, but the list says 2022-06-30 to 2022-07-02',
    ]);
  });
});
