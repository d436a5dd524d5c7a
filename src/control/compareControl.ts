import type { Messages } from '../i18n/en';
import { isDay, type Day } from '../story/day';
import { el, textEl } from '../ui/el';
import { emitter } from '../ui/emitter';

/**
 * The day compared with, beside the slider while a comparison is set: a date field to pick it
 * (within the timeline's range) and a button that ends the comparison. It asks through
 * `on('compare', day)` (null: end it) and shows the store's day through `update`.
 */
export function compareControl(range: readonly [Day, Day], words: Messages['compare']) {
  const out = emitter<{ compare: [day: Day | null] }>();
  const root = el('div', 'compare-control');
  const label = el('label');
  const input = el('input');
  input.type = 'date';
  input.min = range[0];
  input.max = range[1];
  label.append(`${words.comparedWith} `, input);
  const stop = textEl('button', 'compare-stop', words.stop);
  stop.type = 'button';
  root.append(label, stop);

  // A day typed in full and on the timeline is asked for; a half-typed one waits.
  input.addEventListener('change', () => {
    const day = input.value;
    if (isDay(day) && day >= range[0] && day <= range[1]) out.emit('compare', day);
  });
  stop.addEventListener('click', () => out.emit('compare', null));

  return {
    element: root,
    update(compare: Day | null): void {
      root.hidden = compare === null;
      if (compare !== null && input.value !== compare) input.value = compare;
    },
    on: out.on,
    destroy(): void {
      out.clear();
      root.remove();
    },
  };
}
