import { adjacentEvent } from './keyStep';
import { sliderKeys, type SliderKeysOptions } from './sliderKeys';

/**
 * The ways to step the day: the handle's keys, and the previous/next buttons, which go to the
 * adjacent event or other stop (`eventDays`); and the compare button, which starts a comparison
 * or, pressed, ends it.
 */
export function stepControls(
  nodes: {
    handle: HTMLElement;
    prev: HTMLButtonElement;
    next: HTMLButtonElement;
    compare: HTMLButtonElement;
  },
  options: SliderKeysOptions,
) {
  const keys = sliderKeys(nodes.handle, options);
  const toEvent = (direction: 1 | -1) => () => {
    const target = adjacentEvent(options.day(), options.eventDays, direction);
    if (target) options.onStep(target);
  };
  nodes.prev.addEventListener('click', toEvent(-1));
  nodes.next.addEventListener('click', toEvent(1));
  nodes.compare.addEventListener('click', () => options.onCompare(nodes.compare.ariaPressed !== 'true'));
  return keys;
}
