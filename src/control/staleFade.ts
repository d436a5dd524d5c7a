/** How long the day's file may take before the interval still drawn is faded as stale. */
export const STALE_AFTER_MS = 150;

/**
 * When a layer's drawing is faded as stale: only once its day's file has kept the reader waiting
 * long enough to be seen (a quick file never makes the map flicker), and never after the day's own
 * interval is drawn or the layer cleared. `paint(stale)` applies the opacity; it is called only
 * when the fade changes.
 */
export function staleFade(paint: (stale: boolean) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let faded = false;

  function set(stale: boolean): void {
    clearTimeout(timer);
    timer = undefined;
    if (stale === faded) return;
    faded = stale;
    paint(stale);
  }

  return {
    /** Fades after the wait, then calls `then`; a wait already counting or a fade already on is kept. */
    after(then: () => void): void {
      if (timer !== undefined || faded) return;
      timer = setTimeout(() => {
        set(true);
        then();
      }, STALE_AFTER_MS);
    },
    /** Full opacity again, and no fade to come. */
    end: () => set(false),
    isFaded: () => faded,
    /** Drops a fade still to come, leaving the paint as it is (the layer is going). */
    stop: () => clearTimeout(timer),
  };
}

export type StaleFade = ReturnType<typeof staleFade>;
