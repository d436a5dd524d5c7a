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
}

/**
 * The slider handle's keys: the ARIA slider keys (a day, a month, the ends), plus `]`/`.` and
 * `[`/`,` for the next and previous event.
 */
export function sliderKeys(handle: HTMLElement, { range, eventDays, day, onKey, onStep }: SliderKeysOptions) {
  const onKeyDown = (event: KeyboardEvent) => {
    const from = day();
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
