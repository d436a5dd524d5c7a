import type { Day } from '../story/day';

export type SwipeSide = 'left' | 'right';

/** The two days on either side of the swipe's divider: the earlier on the left, as on the timeline. */
export interface SwipeSides {
  left: Day;
  right: Day;
  /** The side the compared day is on (its map is the second one, clipped to that side). */
  compared: SwipeSide;
}

export function swipeSides(day: Day, compare: Day): SwipeSides {
  return compare <= day
    ? { left: compare, right: day, compared: 'left' }
    : { left: day, right: compare, compared: 'right' };
}

/** The CSS clip-path that shows a map on `side` of a divider `at` % across, and nothing beyond it. */
export function swipeClip(side: SwipeSide, at: number): string {
  return side === 'left' ? `inset(0 ${round(100 - at)}% 0 0)` : `inset(0 0 0 ${round(at)}%)`;
}

/** How far an arrow key moves the divider, and a Page key, in % of the map's width. */
export const SWIPE_STEP = 5;
export const SWIPE_PAGE = 25;

/**
 * Where a key moves a divider `at` % across: arrows by a step (← and ↓ to the left), Page Up and
 * Down by a quarter, Home and End to the edges; undefined for any other key.
 */
export function swipeKey(key: string, at: number): number | undefined {
  const by: Record<string, number> = {
    ArrowLeft: -SWIPE_STEP,
    ArrowDown: -SWIPE_STEP,
    ArrowRight: SWIPE_STEP,
    ArrowUp: SWIPE_STEP,
    PageDown: -SWIPE_PAGE,
    PageUp: SWIPE_PAGE,
    Home: -100,
    End: 100,
  };
  const step = by[key];
  return step === undefined ? undefined : swipeAt(at + step);
}

/** A divider's place in % across, kept on the map and to a tenth of a percent. */
export const swipeAt = (at: number): number =>
  Number.isFinite(at) ? round(Math.min(100, Math.max(0, at))) : 50;

const round = (value: number) => Math.round(value * 10) / 10;
