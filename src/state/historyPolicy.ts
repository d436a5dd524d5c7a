import type { InputPhase } from './inputPhase';

/**
 * Decides how each date change enters browser history, so Back and Forward move between the dates
 * a reader settled on: a drag or a play run makes one entry (at its first real change), and a
 * quick run of key presses (each within `runMs` of the last) makes one entry too. Returns null
 * when the input did not change the date.
 */
export function historyPolicy(runMs = 1000) {
  let pushNext = false;
  let playing = false;
  let lastStepAt = -Infinity;
  return (phase: InputPhase, now: number, changed: boolean): 'push' | 'replace' | null => {
    if (phase === 'start') {
      pushNext = true;
      playing = false;
    } else if (phase === 'play' && !playing) {
      pushNext = true;
      playing = true;
    } else if (phase === 'step') {
      playing = false;
      pushNext = now - lastStepAt >= runMs;
      lastStepAt = now;
    }
    if (phase === 'end') playing = false;
    if (!changed) return null;
    const mode = pushNext ? 'push' : 'replace';
    pushNext = false;
    return mode;
  };
}
