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

function setUp(speed = 10, stepRate = 20) {
  const time = fakeClock();
  const playback = player({ range, track, speed: () => speed, stepRate, lookahead: 4, clock: time.clock });
  const steps: string[] = [];
  const stops: string[] = [];
  const aheads: (readonly string[])[] = [];
  const leads: [string, readonly string[]][] = [];
  playback.on('step', (day, ahead) => (steps.push(day), aheads.push(ahead)));
  playback.on('lead', (day, ahead) => leads.push([day, ahead]));
  playback.on('stop', (day) => stops.push(day));
  return { time, playback, steps, stops, aheads, leads };
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

  it('lands on a grid of positions, so the days ahead are known, and says them before it moves', () => {
    // 10 days a second, 2 steps a second: a step every 5 days.
    const { time, playback, steps, aheads, leads } = setUp(10, 2);
    playback.start('2022-07-01');
    expect(leads).toEqual([['2022-07-01', ['2022-07-06', '2022-07-10']]]);
    time.frame(100);
    time.frame(100);
    time.frame(100);
    time.frame(100);
    expect(steps).toEqual([]);
    time.frame(100);
    expect(steps).toEqual(['2022-07-06']);
    expect(aheads).toEqual([['2022-07-10']]);
  });

  it('lands where it said it would, however uneven the frames', () => {
    const { time, playback, steps, leads } = setUp(10, 4); // a step every 2.5 days
    playback.start('2022-07-01');
    const promised = leads[0]![1];
    for (const ms of [30, 90, 17, 100, 45, 100, 80, 60, 100, 33, 100, 70, 90]) time.frame(ms);
    expect(steps.length).toBeGreaterThan(1);
    for (const day of steps.slice(0, promised.length)) expect(promised).toContain(day);
  });
});
