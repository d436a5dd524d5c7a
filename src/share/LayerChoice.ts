import { layerLabel } from '../control/kindName';
import type { LoadedLayers } from '../control/loadLayers';
import { el, textEl } from '../ui/el';
import type { Locale } from '../i18n/locale';

/**
 * A checkbox per imported layer, all checked at first: the layers an animation draws. It shows
 * once the layers' indexes are here, and not at all without any; named in the page's language.
 */
export class LayerChoice {
  readonly element = el('fieldset', 'share-layers');
  private boxes: HTMLInputElement[] = [];

  constructor(loaded: Promise<LoadedLayers>, onChange: () => void, locale: Locale) {
    this.element.hidden = true;
    this.element.append(textEl('legend', '', locale.t.animation.layers));
    void loaded.then(({ layers }) => {
      this.boxes = layers.map(({ index }) => {
        const box = el('input');
        Object.assign(box, { type: 'checkbox', name: 'layer', value: index.id, checked: true });
        const label = textEl('label', 'share-layer', layerLabel(index, locale.t.layers));
        label.prepend(box);
        this.element.append(label);
        return box;
      });
      this.element.hidden = this.boxes.length === 0;
      onChange();
    });
  }

  /** The ids of the layers checked; null while every one is (or there is none). */
  chosen(): string[] | null {
    if (this.boxes.every((box) => box.checked)) return null;
    return this.boxes.filter((box) => box.checked).map((box) => box.value);
  }
}
