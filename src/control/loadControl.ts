import { checkControlIndex, type ControlIndex } from './controlIndex';
import { GEOMETRY_PATH, INDEX_PATH } from './layerFormat';

/**
 * Loads the imported layer's index from the app's own origin. `npm run import` writes it; the build
 * ships an empty one when nothing was imported, so a page without a layer makes no failing request.
 * Returns null for "no layer", and the reasons when the file is broken.
 */
export type LoadedControl = { index: ControlIndex; geometryUrl: string } | { index: null; errors: string[] };

export async function loadControl(base: string): Promise<LoadedControl> {
  const url = new URL(INDEX_PATH, base).href;
  let raw: unknown;
  try {
    const response = await fetch(url);
    if (response.status === 404) return { index: null, errors: [] };
    if (!response.ok)
      return {
        index: null,
        errors: [`${INDEX_PATH}: could not be loaded (HTTP ${response.status})`],
      };
    raw = await response.json();
  } catch (error) {
    return { index: null, errors: [`${INDEX_PATH}: could not be read (${String(error)})`] };
  }
  const { index, errors } = checkControlIndex(raw, INDEX_PATH);
  return index ? { index, geometryUrl: new URL(GEOMETRY_PATH, base).href } : { index: null, errors };
}
