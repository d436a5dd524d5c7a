import type { ControlIndex, LayerEntry } from './controlIndex';
import { layerGeometryPath, layerIndexPath, LAYERS_FORMAT, LAYERS_PATH } from './layerFormat';

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

/** What the single-layer view (wireAssessed) takes: one loaded layer, or why there is none. */
export type LoadedAssessed = LoadedLayer | { index: null; errors: string[] };

type Fetch = (url: string) => Promise<Response>;

/** A JSON file of the site, or why not, naming it by its site-relative path. */
async function fetchJsonOf(
  base: string,
  path: string,
  fetch: Fetch,
): Promise<{ raw: unknown } | { missing: true } | { error: string }> {
  try {
    const response = await fetch(new URL(path, base).href);
    if (response.status === 404) return { missing: true };
    if (!response.ok) return { error: `${path}: could not be loaded (HTTP ${response.status})` };
    const text = await response.text();
    try {
      return { raw: JSON.parse(text) as unknown };
    } catch {
      return { error: `${path}: is not valid JSON` };
    }
  } catch (error) {
    return { error: `${path}: could not be loaded (${String(error)})` };
  }
}

/** One listed layer's index, checked against its entry. */
async function loadLayer(base: string, entry: LayerEntry, fetch: Fetch): Promise<LoadedLayer | string[]> {
  const path = layerIndexPath(entry.id);
  const got = await fetchJsonOf(base, path, fetch);
  if ('missing' in got) return [`${path}: is listed in ${LAYERS_PATH} but missing (HTTP 404)`];
  if ('error' in got) return [got.error];
  // The index check's code comes only with a listed layer: a page without layers never loads it.
  const { checkControlIndex } = await import('./checkControlIndex');
  const { index, errors } = checkControlIndex(got.raw, path);
  if (!index) return errors;
  const mismatch = (['id', 'kind'] as const)
    .filter((field) => index[field] !== entry[field])
    .map((field) => `${path}: ${field}: "${index[field]}" differs from the list's "${entry[field]}"`);
  if (mismatch.length) return mismatch;
  const filePath = (name: string) => layerGeometryPath(entry.id, name);
  return { entry, index, filePath, fileUrl: (name) => new URL(filePath(name), base).href };
}

/**
 * Loads the list of imported layers from the app's own origin, then every listed layer's index at
 * once. `npm run import` writes them; the build ships an empty list when nothing was imported, and
 * a list that is not there at all (404) also means no layers, without an error. A layer that cannot
 * be used is left out with its reasons, and the others still load.
 */
export async function loadLayers(
  base: string,
  fetch: Fetch = (url) => globalThis.fetch(url),
): Promise<LoadedLayers> {
  const got = await fetchJsonOf(base, LAYERS_PATH, fetch);
  if ('missing' in got) return { layers: [], errors: [] };
  if ('error' in got) return { layers: [], errors: [got.error] };
  // The list's check comes only with a list that names layers: a page without any never loads it.
  const raw = got.raw as { format?: unknown; layers?: unknown } | null;
  if (raw?.format === LAYERS_FORMAT && Array.isArray(raw.layers) && raw.layers.length === 0)
    return { layers: [], errors: [] };
  const { checkLayerList } = await import('./checkLayerList');
  const list = checkLayerList(got.raw, LAYERS_PATH);
  const results = await Promise.all(list.layers.map((entry) => loadLayer(base, entry, fetch)));
  return {
    layers: results.filter((r): r is LoadedLayer => !Array.isArray(r)),
    errors: [...list.errors, ...results.filter((r) => Array.isArray(r)).flat()],
  };
}

/** The first layer that loaded, for the single-layer view; or, when none did, why. */
export function firstLayer(loaded: LoadedLayers): LoadedAssessed {
  return loaded.layers[0] ?? { index: null, errors: loaded.errors };
}
