import type { IControl } from 'maplibre-gl';

/**
 * A map control listing the imported layers, one checkbox each, named after its source: show or
 * hide it. It owns its node and reports changes.
 */
export class LayersToggle implements IControl {
  private container: HTMLElement | undefined;

  constructor(
    private readonly layers: readonly { id: string; label: string }[],
    private readonly onChange: (id: string, checked: boolean) => void,
    /** Its name, in the page's language. */
    private readonly heading: string,
  ) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group layers-toggle';
    const group = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = this.heading;
    group.append(legend);
    for (const layer of this.layers) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.checked = true;
      input.dataset.layer = layer.id;
      input.addEventListener('change', () => this.onChange(layer.id, input.checked));
      label.append(input, ` ${layer.label}`);
      group.append(label);
    }
    container.append(group);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = undefined;
  }
}
