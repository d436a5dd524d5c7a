import type { IControl } from 'maplibre-gl';

/**
 * A map control with one checkbox: show or hide the imported assessed-control layer. It owns its
 * node and reports changes.
 */
export class AssessedToggle implements IControl {
  private container: HTMLElement | undefined;

  constructor(
    private readonly label: string,
    private readonly onChange: (checked: boolean) => void,
  ) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group assessed-toggle';
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.checked = true;
    input.addEventListener('change', () => this.onChange(input.checked));
    label.append(input, ` ${this.label}`);
    container.append(label);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = undefined;
  }
}
