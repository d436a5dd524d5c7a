import type { Messages } from '../i18n/en';
import type { LayerKind } from './layerFormat';

/** What a layer of each kind is called in the page's words: "Assessed control", "Claimed area". */
export const kindName = (kind: LayerKind, words: Messages['layers']): string => words[kind];

/** "Assessed control: DeepState": a layer's name in the key, the control, the credits and the SVG map. */
export const layerLabel = (
  index: { kind: LayerKind; source: { name: string } },
  words: Messages['layers'],
): string => words.label(kindName(index.kind, words), index.source.name);
