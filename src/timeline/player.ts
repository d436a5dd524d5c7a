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
  /** Positions a second the player lands on (default 20); see `player`. */
  stepRate?: number;
  /** Steps ahead reported with each step (default one second's worth). */
  lookahead?: number;
  clock?: FrameClock;
}

type PlayerEvents = {
  /** A new day, and the days the next steps will land on at this speed, nearest first. */
  step: [day: Day, ahead: readonly Day[]];
  /** Play is about to start from `day`; the days its first steps will land on. */
  lead: [day: Day, ahead: readonly Day[]];
  stop: [day: Day];
};

/**
 * Plays the timeline: moves along the track at the chosen speed and reports each new day
 * (`on('step')`) until the end of the range or `stop()` (`on('stop')`, with the day it stopped
 * on). It keeps its own cursor, so it never depends on a listener showing the day it reported.
 *
 * It lands on a fixed grid of track positions, `stepRate` a second, however fast frames come:
 * a frame moves it on by as many whole steps as the time since the last one allows. So the days
 * ahead are known before they are reached, whatever the frame rate, and each step reports them:
 * a view can fetch what those days need while the current one is drawn.
 */
export function player({
  range,
  track,
  speed,
  stepRate = 20,
  lookahead = stepRate,
  clock = browserClock,
}: PlayerOptions) {
  const out = emitter<PlayerEvents>();
  const [first, last] = range;
  let cursor: Day = first;
  /** The grid position reached, and the travel towards the next one. */
  let x = 0;
  let travel = 0;
  let frame = 0;
  let lastTime = 0;
  let playing = false;

  const stride = () => speed() / stepRate;

  /** The distinct days the next `lookahead` steps land on, after the cursor. */
  function ahead(): Day[] {
    const days: Day[] = [];
    const { dayAt } = track();
    const size = stride();
    for (let i = 1; i <= lookahead && size > 0; i++) {
      const day = dayAt(x + i * size);
      const next = day >= last ? last : day;
      if (next > cursor && next !== days.at(-1)) days.push(next);
      if (next >= last) break;
    }
    return days;
  }

  function tick(now: number): void {
    // A long pause (a background tab) moves on by a tenth of a second at most.
    const dt = Math.min(0.1, (now - lastTime) / 1000);
    lastTime = now;
    const size = stride();
    travel += speed() * dt;
    if (size > 0 && travel >= size) {
      const steps = Math.floor(travel / size);
      travel -= steps * size;
      x += steps * size;
    }
    const target = track().dayAt(x);
    if (target > cursor) {
      cursor = target >= last ? last : target;
      out.emit('step', cursor, ahead());
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
      x = track().xOf(cursor);
      travel = 0;
      if (day >= last) out.emit('step', cursor, ahead());
      else out.emit('lead', cursor, ahead());
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
