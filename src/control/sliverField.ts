import { el } from '../ui/el';
import { emitter } from '../ui/emitter';
import { MAX_MIN_WIDTH_M, minWidthOf } from './changeOptions';
import type { Messages } from '../i18n/en';

/**
 * The reader's sliver threshold, under the comparison's words: "Leave out slivers narrower than
 * [200] m". A whole number of metres from 0 (count everything) to MAX_MIN_WIDTH_M is said through
 * `on('change', metres)`; anything else puts the last one back. `words` are the page's language's.
 */
export function sliverField(initial: number, words: Messages['compare']) {
  const out = emitter<{ change: [minWidthM: number] }>();
  const root = el('p', 'compare-slivers');
  const label = el('label');
  const input = el('input');
  input.type = 'number';
  input.min = '0';
  input.max = String(MAX_MIN_WIDTH_M);
  input.step = '10';
  input.inputMode = 'numeric';
  let shown = initial;
  input.value = String(shown);
  label.append(`${words.slivers} `, input, ` ${words.metres}`);
  root.append(label);

  input.addEventListener('change', () => {
    const value = minWidthOf(input.value);
    if (value === null) input.value = String(shown);
    else if (value !== shown) {
      shown = value;
      out.emit('change', value);
    }
  });

  return {
    element: root,
    on: out.on,
    destroy(): void {
      out.clear();
      root.remove();
    },
  };
}
