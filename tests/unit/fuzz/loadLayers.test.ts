/**
 * The list and the indexes as the page loads them from a host that answers anything: good files,
 * corrupted ones, files cut short, errors, a host that cannot be reached. The page always gets
 * usable layers and messages that name a file; nothing rejects.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { loadLayerIndexes } from '../../../src/control/loadLayers.ts';
import { loadLayerList } from '../../../src/control/loadLayerList.ts';
import { itHolds } from './fuzzRun.ts';
import { layerList, layers } from './layerArbitraries.ts';
import { expectUsableEntry, expectUsableIndex } from './layerChecks.ts';
import { mutate, mutation, type Mutation } from './jsonMutations.ts';

const BOUNDARY = 'layer list and index checks';
const BASE = 'https://maps.example.org/story/';
const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

/** How the host answers for one file: as it should, corrupted, cut short, or with an error. */
const answering = fc.oneof(
  { weight: 4, arbitrary: fc.constant('good' as const) },
  fc.constantFrom('corrupt', 'cut', 404, 500, 'unreachable'),
);

/** The file's response; its mutations are applied only when the host corrupts it (cloning is the cost). */
function answer(body: unknown, how: unknown, mutations: Mutation[], cut: number): Response {
  if (how === 'unreachable') throw new TypeError('Failed to fetch');
  if (typeof how === 'number') return new Response('error', { status: how });
  let text = JSON.stringify(how === 'corrupt' ? mutate(body, mutations) : body);
  if (text === undefined) text = 'undefined';
  if (how === 'cut') text = text.slice(0, cut % Math.max(1, text.length));
  return new Response(text, { status: 200 });
}

describe('loading the layers from a host that answers anything', () => {
  itHolds(BOUNDARY, 'gives usable layers and names each file it could not use', () =>
    fc.asyncProperty(
      layers.chain((indexes) =>
        fc.record({
          indexes: fc.constant(indexes),
          list: fc.record({ how: answering, mutations, cut: fc.nat() }),
          files: fc.array(fc.record({ how: answering, mutations, cut: fc.nat() }), {
            minLength: indexes.length,
            maxLength: indexes.length,
          }),
        }),
      ),
      async ({ indexes, list, files }) => {
        const fetch = async (url: string) => {
          if (url === `${BASE}control/layers.json`)
            return answer(layerList(indexes), list.how, list.mutations, list.cut);
          const at = indexes.findIndex((i) => url === `${BASE}control/${i.id}/control.json`);
          if (at < 0) return new Response('not found', { status: 404 });
          return answer(indexes[at], files[at]!.how, files[at]!.mutations, files[at]!.cut);
        };
        const listed = await loadLayerList(BASE, fetch);
        listed.entries.forEach(expectUsableEntry);
        const loaded = await loadLayerIndexes(BASE, listed, fetch);
        for (const layer of loaded.layers) {
          expectUsableIndex(layer.index);
          expect([layer.index.id, layer.index.kind]).toEqual([layer.entry.id, layer.entry.kind]);
        }
        for (const error of loaded.errors)
          expect(error).toMatch(/^control\/(layers\.json|[a-z0-9-]+\/control\.json): \S/);
        // A layer listed and served as written always loads.
        if (list.how === 'good')
          indexes.slice(0, 4).forEach((index, i) => {
            if (files[i]!.how === 'good') expect(loaded.layers.map((l) => l.index.id)).toContain(index.id);
          });
      },
    ),
  );
});
