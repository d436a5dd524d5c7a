import type { ControlIndex, ControlInterval } from '../control/controlIndex';
import { controlAreaText } from './controlAreaText';

/**
 * The imported layer's area figures for the selected day, with its source credit. A section of
 * the side panel; it follows the day and the layer's visibility.
 */
export function controlSummary(
  container: HTMLElement,
  index: ControlIndex,
  oblastNames: ReadonlyMap<string, string>,
  before: Element | null = null,
) {
  const root = document.createElement('section');
  root.className = 'control-summary';
  root.setAttribute('aria-labelledby', 'control-summary-heading');
  const heading = document.createElement('h2');
  heading.id = 'control-summary-heading';
  const list = document.createElement('ul');
  const credit = document.createElement('p');
  credit.className = 'control-credit';
  credit.textContent = `Imported layer, not part of the story. Source: ${index.source.name}; licence: ${index.source.licence}. Simplified to ${index.tolerance} m.`;
  root.append(heading, list, credit);
  container.insertBefore(root, before);

  return {
    element: root,
    update(interval: ControlInterval | undefined, visible: boolean): void {
      root.hidden = !visible;
      const text = controlAreaText(index, interval, oblastNames);
      heading.textContent = text.heading;
      list.replaceChildren(
        ...text.lines.map((line) => {
          const item = document.createElement('li');
          item.textContent = line;
          return item;
        }),
      );
    },
    destroy: () => root.remove(),
  };
}
