import type { Messages } from '../i18n/en';
import { isDay, type Day } from '../story/day';
import { el, textEl } from '../ui/el';
import { emitter } from '../ui/emitter';

/**
 * The day compared with, beside the slider while a comparison is set: a date field to pick it
 * (within the timeline's range), a toggle button for the swipe (the two days' maps together) and a
 * button that ends the comparison. It asks through `on('compare', day)` (null: end it) and
 * `on('swipe', on)`, and shows the store's state through `update`.
 */
export function compareControl(range: readonly [Day, Day], words: Messages['compare']) {
  const out = emitter<{ compare: [day: Day | null]; swipe: [on: boolean] }>();
  const root = el('div', 'compare-control');
  const label = el('label');
  const input = el('input');
  input.type = 'date';
  input.min = range[0];
  input.max = range[1];
  // The words are for screen readers (and the field's tooltip): beside the pressed Compare button
  // the day field reads as what it is, and without them the row fits beside the slider's buttons
  // at 1024 px in Ukrainian and Russian too.
  label.append(textEl('span', 'visually-hidden', words.comparedWith), input);
  input.title = words.comparedWith;
  // A small "×" named by its label: with the words written out, the row no longer fitted beside
  // the slider's buttons on a laptop, and the timeline grew by a line, which resized the map.
  const stop = textEl('button', 'compare-stop', '×');
  stop.type = 'button';
  stop.setAttribute('aria-label', words.stop);
  stop.title = words.stop;
  const swipe = textEl('button', 'compare-swipe', words.swipe);
  swipe.type = 'button';
  swipe.title = words.swipeTitle;
  swipe.setAttribute('aria-pressed', 'false');
  root.append(label, swipe, stop);

  // A day typed in full and on the timeline is asked for; a half-typed one waits.
  input.addEventListener('change', () => {
    const day = input.value;
    if (isDay(day) && day >= range[0] && day <= range[1]) out.emit('compare', day);
  });
  stop.addEventListener('click', () => out.emit('compare', null));
  swipe.addEventListener('click', () => out.emit('swipe', swipe.getAttribute('aria-pressed') !== 'true'));

  return {
    element: root,
    update({ compare, swipe: swiped }: { compare: Day | null; swipe: boolean }): void {
      root.hidden = compare === null;
      if (compare !== null && input.value !== compare) input.value = compare;
      swipe.setAttribute('aria-pressed', String(compare !== null && swiped));
    },
    on: out.on,
    destroy(): void {
      out.clear();
      root.remove();
    },
  };
}
