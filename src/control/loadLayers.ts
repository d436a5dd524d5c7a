/**
 * The imported layers' indexes, with their checks: this module is loaded only when the list names
 * a layer, so a page without layers never downloads it.
 */
import { layerSpan, type ControlIndex, type LayerEntry } from './controlIndex';
import { checkControlIndex } from './checkControlIndex';
import { layerGeometryPath, layerIndexPath, LAYERS_PATH } from './layerFormat';
import { fetchJsonOf, pageFetch, type Fetch } from './layerJson';
import type { LayerList } from './loadLayerList';

/** One imported layer as loaded: its entry in the list, its index, and where its geometry files are. */
export interface LoadedLayer {
  entry: LayerEntry;
  index: ControlIndex;
  /** A geometry file's URL, and its site-relative path to name in messages. */
  fileUrl: (name: string) => string;
  filePath: (name: string) => string;
}

/** The layers that can be shown, in the list's order, and why any others cannot. */
export interface LoadedLayers {
  layers: LoadedLayer[];
  errors: string[];
}

/** One listed layer's index, checked against its entry. */
async function loadLayer(base: string, entry: LayerEntry, fetch: Fetch): Promise<LoadedLayer | string[]> {
  const path = layerIndexPath(entry.id);
  const got = await fetchJsonOf(base, path, fetch);
  if ('missing' in got) return [`${path}: is listed in ${LAYERS_PATH} but missing (HTTP 404)`];
  if ('error' in got) return [got.error];
  const { index, errors } = checkControlIndex(got.raw, path);
  if (!index) return errors;
  const mismatch = (['id', 'kind'] as const)
    .filter((field) => index[field] !== entry[field])
    .map((field) => `${path}: ${field}: "${index[field]}" differs from the list's "${entry[field]}"`);
  // The timeline was laid out from the list's span before the index came: they must agree.
  const span = layerSpan(index);
  if (span?.[0] !== entry.from || span[1] !== entry.to)
    mismatch.push(
      `${path}: intervals: ${span ? `run from ${span[0]} to ${span[1]}` : 'there are none'}, but the list says ${entry.from} to ${entry.to}`,
    );
  if (mismatch.length) return mismatch;
  const filePath = (name: string) => layerGeometryPath(entry.id, name);
  return { entry, index, filePath, fileUrl: (name) => new URL(filePath(name), base).href };
}

/**
 * Every listed layer's index, at once. A layer that cannot be used is left out with its reasons
 * (and the list's own errors are carried on), and the others still load.
 */
export async function loadLayerIndexes(
  base: string,
  list: LayerList,
  fetch: Fetch = pageFetch,
): Promise<LoadedLayers> {
  const results = await Promise.all(list.entries.map((entry) => loadLayer(base, entry, fetch)));
  return {
    layers: results.filter((r): r is LoadedLayer => !Array.isArray(r)),
    errors: [...list.errors, ...results.filter((r) => Array.isArray(r)).flat()],
  };
}
