import type { Day } from '../story/day';
import { emitter } from '../ui/emitter';

/** Track position and day, both ways, for the layout in force. */
export interface PlayerTrack {
  xOf: (day: Day) => number;
  dayAt: (x: number) => Day;
}

/** The animation clock; the browser's by default, a fake one in tests. */
export interface FrameClock {
  request: (callback: (now: number) => void) => number;
  cancel: (handle: number) => void;
  now: () => number;
}

const browserClock: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
  now: () => performance.now(),
};

export interface PlayerOptions {
  range: readonly [Day, Day];
  track: () => PlayerTrack;
  /** Track pixels per second, read at each frame so a new speed applies at once. */
  speed: () => number;
  clock?: FrameClock;
}

type PlayerEvents = { step: [day: Day]; stop: [day: Day] };

/**
 * Plays the timeline: moves along the track at the chosen speed and reports each new day
 * (`on('step')`) until the end of the range or `stop()` (`on('stop')`, with the day it stopped
 * on). It keeps its own cursor, so it never depends on a listener showing the day it reported.
 */
export function player({ range, track, speed, clock = browserClock }: PlayerOptions) {
  const out = emitter<PlayerEvents>();
  const [first, last] = range;
  let cursor: Day = first;
  let x = 0;
  let frame = 0;
  let lastTime = 0;
  let playing = false;

  function tick(now: number): void {
    // A long pause (a background tab) moves on by a tenth of a second at most.
    const dt = Math.min(0.1, (now - lastTime) / 1000);
    lastTime = now;
    x += speed() * dt;
    const target = track().dayAt(x);
    if (target > cursor) {
      cursor = target >= last ? last : target;
      out.emit('step', cursor);
    }
    if (cursor >= last) return stop();
    frame = clock.request(tick);
  }

  function stop(): void {
    if (!playing) return;
    playing = false;
    clock.cancel(frame);
    out.emit('stop', cursor);
  }

  return {
    /** Plays from `day`; from the start again when `day` is the end. */
    start(day: Day): void {
      if (playing) return;
      playing = true;
      cursor = day >= last ? first : day;
      if (day >= last) out.emit('step', cursor);
      x = track().xOf(cursor);
      lastTime = clock.now();
      frame = clock.request(tick);
    },
    stop,
    get playing(): boolean {
      return playing;
    },
    on: out.on,
    destroy(): void {
      stop();
      out.clear();
    },
  };
}

export type Player = ReturnType<typeof player>;
