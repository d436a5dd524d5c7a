import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src/story/day';
import { player, type FrameClock } from '../../../src/timeline/player';

const range = ['2022-07-01', '2022-07-10'] as const;
/** One track pixel per day. */
const track = () => ({
  xOf: (day: string) => daysBetween(range[0], day),
  dayAt: (x: number) => addDays(range[0], Math.round(x)),
});

/** A clock the test moves by hand: each `frame(ms)` runs the pending frame that much later. */
function fakeClock() {
  let now = 0;
  let pending: ((now: number) => void) | null = null;
  const clock: FrameClock = {
    request: (callback) => ((pending = callback), 1),
    cancel: () => (pending = null),
    now: () => now,
  };
  return {
    clock,
    frame(ms: number) {
      now += ms;
      const run = pending;
      pending = null;
      run?.(now);
    },
    get waiting() {
      return pending !== null;
    },
  };
}

function setUp(speed = 10) {
  const time = fakeClock();
  const playback = player({ range, track, speed: () => speed, clock: time.clock });
  const steps: string[] = [];
  const stops: string[] = [];
  playback.on('step', (day) => steps.push(day));
  playback.on('stop', (day) => stops.push(day));
  return { time, playback, steps, stops };
}

describe('player', () => {
  it('moves on by its own cursor, whether or not anyone shows the days it reports', () => {
    const { time, playback, steps } = setUp(10); // 10 days a second
    playback.start('2022-07-02');
    time.frame(100);
    time.frame(100);
    time.frame(40);
    expect(steps).toEqual(['2022-07-03', '2022-07-04']);
    expect(playback.playing).toBe(true);
  });

  it('stops at the end of the range and says where', () => {
    const { time, playback, steps, stops } = setUp(100);
    playback.start('2022-07-08');
    time.frame(100);
    time.frame(100);
    expect(steps.at(-1)).toBe('2022-07-10');
    expect(stops).toEqual(['2022-07-10']);
    expect(playback.playing).toBe(false);
    expect(time.waiting).toBe(false);
  });

  it('starts again from the beginning when started at the end', () => {
    const { time, playback, steps } = setUp(10);
    playback.start('2022-07-10');
    expect(steps).toEqual(['2022-07-01']);
    time.frame(100);
    expect(steps).toEqual(['2022-07-01', '2022-07-02']);
  });

  it('moves at most a tenth of a second after a long pause', () => {
    const { time, playback, steps } = setUp(10);
    playback.start('2022-07-01');
    time.frame(5000);
    expect(steps).toEqual(['2022-07-02']);
  });

  it('stops once when asked, on the day it reached, and then stays still', () => {
    const { time, playback, steps, stops } = setUp(10);
    playback.start('2022-07-01');
    time.frame(100);
    playback.stop();
    playback.stop();
    time.frame(100);
    expect(steps).toEqual(['2022-07-02']);
    expect(stops).toEqual(['2022-07-02']);
    expect(time.waiting).toBe(false);
  });
});
