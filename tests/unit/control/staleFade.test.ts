import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STALE_AFTER_MS, staleFade } from '../../../src/control/staleFade';

describe('staleFade', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A fade whose paints and stale reports are written down in order. */
  function recorded() {
    const log: string[] = [];
    const fade = staleFade((stale) => log.push(stale ? 'paint faded' : 'paint drawn'));
    const stale = () => log.push('stale');
    return { fade, stale, log };
  }

  it('fades only once the wait has lasted long enough to be seen, then reports it', () => {
    const { fade, stale, log } = recorded();
    fade.after(stale);
    vi.advanceTimersByTime(STALE_AFTER_MS - 1);
    expect(log).toEqual([]);
    expect(fade.isFaded()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['paint faded', 'stale']);
    expect(fade.isFaded()).toBe(true);
  });

  it('a file that arrives in time leaves the paint alone, after several days waited for', () => {
    const { fade, stale, log } = recorded();
    fade.after(stale);
    vi.advanceTimersByTime(STALE_AFTER_MS / 2);
    fade.after(stale);
    fade.end();
    vi.advanceTimersByTime(STALE_AFTER_MS * 10);
    expect(log).toEqual([]);
    expect(fade.isFaded()).toBe(false);
  });

  it('keeps the first wait: a later day waiting too does not put the fade off, nor fade twice', () => {
    const { fade, stale, log } = recorded();
    fade.after(stale);
    vi.advanceTimersByTime(STALE_AFTER_MS - 10);
    fade.after(stale);
    vi.advanceTimersByTime(10);
    expect(log).toEqual(['paint faded', 'stale']);
    fade.after(stale);
    vi.advanceTimersByTime(STALE_AFTER_MS * 10);
    expect(log).toEqual(['paint faded', 'stale']);
  });

  it('ending a fade paints the layer as drawn once', () => {
    const { fade, stale, log } = recorded();
    fade.after(stale);
    vi.advanceTimersByTime(STALE_AFTER_MS);
    fade.end();
    fade.end();
    expect(log).toEqual(['paint faded', 'stale', 'paint drawn']);
    expect(fade.isFaded()).toBe(false);
  });

  it('stopping drops the fade to come without painting', () => {
    const { fade, stale, log } = recorded();
    fade.after(stale);
    fade.stop();
    vi.advanceTimersByTime(STALE_AFTER_MS * 10);
    expect(log).toEqual([]);
  });
});
