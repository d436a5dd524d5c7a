import { checkControlIndex, type ControlIndex } from './controlIndex';
import { geometryFile, INDEX_PATH, LAYER_DIR } from './layerFormat';

/**
 * The imported layer as loaded: its index and where each geometry file is (URL, and the path to
 * name in messages), or no index and why (no errors: no layer).
 */
export type LoadedAssessed =
  | { index: ControlIndex; fileUrl: (name: string) => string; filePath: (name: string) => string }
  | { index: null; errors: string[] };

/**
 * Loads the imported assessed layer's index from the app's own origin. `npm run import` writes it;
 * the build ships an empty one when nothing was imported, so a page without a layer makes no
 * failing request. Resolves to `index: null` with no errors for "no layer", and with the reasons
 * when the file is broken.
 */
export async function loadAssessed(base: string): Promise<LoadedAssessed> {
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
  if (!index) return { index: null, errors };
  const filePath = (name: string) => `${LAYER_DIR}/${geometryFile(name)}`;
  return { index, filePath, fileUrl: (name) => new URL(filePath(name), base).href };
}
