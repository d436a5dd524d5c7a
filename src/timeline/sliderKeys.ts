import type { Day } from '../story/day';
import { adjacentEvent, keyStep } from './keyStep';

export interface SliderKeysOptions {
  range: readonly [Day, Day];
  eventDays: readonly Day[];
  /** The day shown, read at each key press. */
  day: () => Day;
  /** Called before a key's step: playing stops. */
  onKey: () => void;
  onStep: (day: Day) => void;
  /** C compares the day shown with the days the reader moves to; X ends the comparison. */
  onCompare: (on: boolean) => void;
}

/**
 * The slider handle's keys: the ARIA slider keys (a day, a month, the ends), plus `]`/`.` and
 * `[`/`,` for the next and previous event, and C and X to start and end a comparison.
 */
export function sliderKeys(
  handle: HTMLElement,
  { range, eventDays, day, onKey, onStep, onCompare }: SliderKeysOptions,
) {
  const onKeyDown = (event: KeyboardEvent) => {
    const from = day();
    const { key } = event;
    if ((key === 'c' || key === 'x') && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      return onCompare(key === 'c');
    }
    let target: Day | null = keyStep(event.key, from, range);
    if (target === null && (event.key === ']' || event.key === '.'))
      target = adjacentEvent(from, eventDays, 1);
    if (target === null && (event.key === '[' || event.key === ','))
      target = adjacentEvent(from, eventDays, -1);
    if (target === null) return;
    event.preventDefault();
    onKey();
    if (target !== from) onStep(target);
  };
  handle.addEventListener('keydown', onKeyDown);
  return { destroy: () => handle.removeEventListener('keydown', onKeyDown) };
}
