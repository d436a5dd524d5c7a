import {
  layerIndexPath,
  LAYERS_FORMAT,
  MAX_LAYERS,
  type ControlIndex,
  type LayerEntry,
  type LayerList,
} from '../../src/control/layerFormat.ts';
import { isLayerId, LAYER_ID_RULE } from '../../src/control/controlIndex.ts';
import { ImportError } from './errors.ts';

/**
 * The list of layers as the import edits it: pure functions from one list to the next, and its
 * text. Where the list lives and how it is written is writeLayers.ts's job.
 */
export const emptyLayerList = (): LayerList => ({ format: LAYERS_FORMAT, layers: [] });

/** The id, when it is a layer id; else an error naming the option, the value and the rule. */
export function checkLayerId(id: string, option: string): string {
  if (!isLayerId(id))
    throw new ImportError(`${option} "${id}": expected a layer id (${LAYER_ID_RULE}, e.g. deepstate)`);
  return id;
}

/** A layer's entry in the list, from its index as written (its first and last day). */
export function entryOf(index: ControlIndex): LayerEntry {
  const first = index.intervals[0];
  const last = index.intervals[index.intervals.length - 1];
  if (!first || !last) throw new Error(`internal: layer ${index.id} has no intervals`);
  const { name, licence, url } = index.source;
  return {
    id: index.id,
    kind: index.kind,
    source: url === undefined ? { name, licence } : { name, licence, url },
    from: first.from,
    to: last.to,
    index: layerIndexPath(index.id),
  };
}

const ids = (list: LayerList): string => list.layers.map((l) => l.id).join(', ');

/** Throws unless the list has room for a layer `id` (a listed id is replaced, so it always has). */
export function checkRoom(list: LayerList, id: string, file: string): void {
  if (list.layers.length < MAX_LAYERS || list.layers.some((l) => l.id === id)) return;
  throw new ImportError(
    `--layer ${id}: ${file} already lists ${MAX_LAYERS} layers (${ids(list)}), the most the app can tell apart; ` +
      'remove one first with --remove-layer ID; nothing written',
  );
}

/** The list with `entry` in it: a replaced layer keeps its place, a new one goes at the end. */
export function withLayer(list: LayerList, entry: LayerEntry, file: string): LayerList {
  checkRoom(list, entry.id, file);
  const at = list.layers.findIndex((l) => l.id === entry.id);
  const layers = at < 0 ? [...list.layers, entry] : list.layers.map((l, i) => (i === at ? entry : l));
  return { format: LAYERS_FORMAT, layers };
}

/** The list without layer `id`; throws when it is not listed. */
export function withoutLayer(list: LayerList, id: string, file: string): LayerList {
  if (!list.layers.some((l) => l.id === id))
    throw new ImportError(
      `--remove-layer ${id}: ${file} lists no such layer (${list.layers.length ? `it lists ${ids(list)}` : 'it lists none'}); nothing changed`,
    );
  return { format: LAYERS_FORMAT, layers: list.layers.filter((l) => l.id !== id) };
}

/** The list's text: keys in a fixed order, one entry per block, so the same list gives the same bytes. */
export function renderLayerList(list: LayerList): string {
  const layers = list.layers.map(({ id, kind, source, from, to, index }) => ({
    id,
    kind,
    source:
      source.url === undefined
        ? { name: source.name, licence: source.licence }
        : { name: source.name, licence: source.licence, url: source.url },
    from,
    to,
    index,
  }));
  return `${JSON.stringify({ format: list.format, layers }, null, 2)}\n`;
}
