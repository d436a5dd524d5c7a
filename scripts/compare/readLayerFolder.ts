import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkControlIndex } from '../../src/control/checkControlIndex.ts';
import { checkGeometryFile, type AreaFeatures } from '../../src/control/geometryFile.ts';
import { geometryFile, INDEX_FILE, LAYERS_FILE, type ControlIndex } from '../../src/control/layerFormat.ts';

/** A problem with the folder or a file in it, said in one line naming the file and the reason. */
export class LayerFolderError extends Error {}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new LayerFolderError(
      `${file}: could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LayerFolderError(`${file}: is not valid JSON`);
  }
}

/** The ids a list of layers (an import's `--out` folder) names, to point at their folders. */
function listedIds(file: string): string[] {
  const raw = readJson(file) as { layers?: { id?: unknown }[] };
  return Array.isArray(raw.layers) ? raw.layers.map((l) => String(l.id)) : [];
}

/**
 * One imported layer's folder (`<out>/<id>/`, as `npm run import` writes it): its index, checked
 * as the app checks it, and its geometry files read on demand, each checked before use.
 */
export function readLayerFolder(dir: string): {
  index: ControlIndex;
  geometryOf: (name: string) => AreaFeatures;
} {
  const indexFile = join(dir, INDEX_FILE);
  if (!existsSync(indexFile)) {
    const list = join(dir, LAYERS_FILE);
    if (existsSync(list)) {
      const ids = listedIds(list);
      const folders = ids.map((id) => join(dir, id)).join(', ') || 'none';
      throw new LayerFolderError(
        `${dir}: is an import's output folder (it holds ${LAYERS_FILE}); name one layer's folder: ${folders}`,
      );
    }
    throw new LayerFolderError(
      `${dir}: is not an imported layer's folder (no ${INDEX_FILE}); run \`npm run import -- … --out DIR\` and name DIR/<layer id>`,
    );
  }
  const checked = checkControlIndex(readJson(indexFile), indexFile);
  if (!checked.index) throw new LayerFolderError(checked.errors.join('\n'));
  const index = checked.index;
  return {
    index,
    geometryOf(name) {
      const file = join(dir, geometryFile(name));
      const geometry = checkGeometryFile(readJson(file), file);
      if (!geometry.ok) throw new LayerFolderError(geometry.reason);
      return geometry.features;
    },
  };
}
