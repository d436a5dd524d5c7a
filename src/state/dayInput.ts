import type { Day } from '../story/day';
import { historyPolicy } from './historyPolicy';
import type { AppStore } from './intent';
import type { InputPhase } from './inputPhase';

/**
 * Turns the timeline's inputs into store changes: the history policy decides how each enters
 * browser history, and a drag or play run is unsettled until it ends (or a key or tick steps).
 * The days an input says it goes to next (play's) travel with the change.
 */
export function dayInput(
  store: AppStore<{ day: Day }>,
  policy = historyPolicy(),
  now: () => number = () => performance.now(),
) {
  return (day: Day, phase: InputPhase, ahead?: readonly Day[]): void => {
    const settled = phase === 'end' || phase === 'step';
    const mode = policy(phase, now(), day !== store.get().day);
    store.set(
      { day },
      ahead ? { history: mode ?? 'none', settled, ahead } : { history: mode ?? 'none', settled },
    );
  };
}
