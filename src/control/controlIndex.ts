import {
  LAYER_ID,
  LAYER_KINDS,
  type ControlIndex,
  type ControlInterval,
  type LayerEntry,
} from './layerFormat';

export type { ControlIndex, ControlInterval, LayerEntry };

/** The rule a layer id follows, in words, for messages. */
export const LAYER_ID_RULE = 'lower-case letters, digits and inner hyphens, 1 to 32 characters';

export const isLayerId = (id: unknown): id is string => typeof id === 'string' && LAYER_ID.test(id);
export const isLayerKind = (kind: unknown): kind is ControlIndex['kind'] =>
  (LAYER_KINDS as readonly unknown[]).includes(kind);

/** The first and last day the layer covers, or null when it has no intervals. */
export function layerSpan(index: ControlIndex): readonly [string, string] | null {
  const first = index.intervals[0];
  const last = index.intervals[index.intervals.length - 1];
  return first && last ? [first.from, last.to] : null;
}

/** The first and last day any of the listed layers covers (the list carries each span), or null. */
export function layersSpan(
  entries: readonly Pick<LayerEntry, 'from' | 'to'>[],
): readonly [string, string] | null {
  const from = entries.map((e) => e.from).sort()[0];
  const to = entries
    .map((e) => e.to)
    .sort()
    .at(-1);
  return from && to ? [from, to] : null;
}
