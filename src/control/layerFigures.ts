import { layerFiguresText, type LayerMapState } from './layerFiguresText';
import type { ControlIndex, ControlInterval } from './controlIndex';
import type { Locale } from '../i18n/locale';

/**
 * The imported layer's area figures for the selected day, with its source credit: a section the
 * caller places in the side panel, in the page's language. It follows the day and the layer's
 * visibility.
 */
export function layerFigures(index: ControlIndex, oblastNames: ReadonlyMap<string, string>, locale: Locale) {
  const root = document.createElement('section');
  root.className = 'layer-figures';
  root.dataset.layer = index.id;
  root.setAttribute('aria-labelledby', `layer-figures-heading-${index.id}`);
  const heading = document.createElement('h2');
  heading.id = `layer-figures-heading-${index.id}`;
  const list = document.createElement('ul');
  const credit = document.createElement('p');
  credit.className = 'layer-credit';
  credit.textContent = locale.t.layers.credit(
    index.source.name,
    index.source.licence,
    locale.number(index.tolerance),
  );
  root.append(heading, list, credit);

  return {
    element: root,
    /** `map`: whether the map shows this day's area, another's while it loads, or none. */
    update(
      day: string,
      interval: ControlInterval | undefined,
      visible: boolean,
      map: LayerMapState = 'drawn',
    ): void {
      root.hidden = !visible;
      const text = layerFiguresText(index, day, interval, oblastNames, locale, map);
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
