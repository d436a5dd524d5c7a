import type { LayerEntry } from './controlIndex';
import { LAYERS_FORMAT, LAYERS_PATH } from './layerFormat';
import { fetchJsonOf, pageFetch, type Fetch } from './layerJson';

/** The listed layers that can be used, in the list's order, and why any others cannot. */
export interface LayerList {
  entries: LayerEntry[];
  errors: string[];
}

/**
 * Loads the list of imported layers from the app's own origin: small, and enough to lay out the
 * timeline (each layer's span) and name each layer. `npm run import` writes it; the build ships an
 * empty list when nothing was imported, and a list that is not there at all (404) also means no
 * layers, without an error.
 */
export async function loadLayerList(base: string, fetch: Fetch = pageFetch): Promise<LayerList> {
  const got = await fetchJsonOf(base, LAYERS_PATH, fetch);
  if ('missing' in got) return { entries: [], errors: [] };
  if ('error' in got) return { entries: [], errors: [got.error] };
  // The list's check comes only with a list that names layers: a page without any never loads it.
  const raw = got.raw as { format?: unknown; layers?: unknown } | null;
  if (raw?.format === LAYERS_FORMAT && Array.isArray(raw.layers) && raw.layers.length === 0)
    return { entries: [], errors: [] };
  const { checkLayerList } = await import('./checkLayerList');
  const { layers, errors } = checkLayerList(got.raw, LAYERS_PATH);
  return { entries: layers, errors };
}
