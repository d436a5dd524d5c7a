import type { LayerKind } from './layerFormat';

/** What a layer of each kind is called in the page's words: "Assessed control", "Claimed area". */
export const KIND_NAMES: Readonly<Record<LayerKind, string>> = {
  assessed: 'Assessed control',
  claimed: 'Claimed area',
};

/** "Assessed control: DeepState": a layer's name in the key, the control, the credits and the SVG map. */
export const layerLabel = (index: { kind: LayerKind; source: { name: string } }): string =>
  `${KIND_NAMES[index.kind]}: ${index.source.name}`;
