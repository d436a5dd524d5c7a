import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import { creditNodes, type Credit } from '../ui/credit';

/** Below this width the credits start folded behind their (i) button. */
const COMPACT_BELOW_PX = 640;

/**
 * The map's credits: the bundled sources and each imported layer's, written as text (and web links
 * only), never as HTML. It replaces MapLibre's attribution control, which renders the sources'
 * `attribution` strings as HTML; it keeps that control's classes, so it looks and folds the same.
 */
export class CreditsControl implements IControl {
  private readonly credits: Credit[];
  private container: HTMLDetailsElement | undefined;
  private inner: HTMLElement | undefined;
  /** The button's name, in the page's language. */
  private readonly label: string;

  constructor(credits: readonly Credit[], label: string) {
    this.credits = [...credits];
    this.label = label;
  }

  onAdd(map: MapLibreMap): HTMLElement {
    const container = document.createElement('details');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-attrib';
    container.open = true;
    const button = document.createElement('summary');
    button.className = 'maplibregl-ctrl-attrib-button';
    button.title = this.label;
    button.setAttribute('aria-label', this.label);
    const inner = document.createElement('div');
    inner.className = 'maplibregl-ctrl-attrib-inner';
    container.append(button, inner);
    // Always the compact form, behind its (i) button, as MapLibre's `compact: true` control was;
    // open from the start on wide maps, folded on small ones, where it would cover a phone's map.
    const show = map.getContainer().clientWidth >= COMPACT_BELOW_PX;
    container.classList.add('maplibregl-compact');
    container.classList.toggle('maplibregl-compact-show', show);
    button.setAttribute('aria-expanded', String(show));
    button.addEventListener('click', (event) => {
      // The details element stays open; MapLibre's CSS shows or hides the text by this class.
      event.preventDefault();
      const shown = container.classList.toggle('maplibregl-compact-show');
      button.setAttribute('aria-expanded', String(shown));
    });
    this.container = container;
    this.inner = inner;
    this.render();
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = this.inner = undefined;
  }

  /** Adds a credit (an imported layer's); returns what takes it out again. */
  add(credit: Credit): () => void {
    this.credits.push(credit);
    this.render();
    return () => {
      const at = this.credits.indexOf(credit);
      if (at >= 0) this.credits.splice(at, 1);
      this.render();
    };
  }

  private render(): void {
    if (!this.inner) return;
    const parts: Node[] = [];
    for (const credit of this.credits) {
      if (parts.length) parts.push(document.createTextNode(' · '));
      parts.push(...creditNodes(credit));
    }
    this.inner.replaceChildren(...parts);
  }
}
