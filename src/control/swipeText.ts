/**
 * The swipe's words, as plain strings (no DOM), so they can be tested in node, rendered as text
 * only and moved into the message files with the rest of the interface.
 */
import type { Day } from '../story/day';
import { formatDay } from '../story/formatDay';
import type { SwipeSides } from './swipeLayout';

/** The button beside "Stop comparing" that shows the two days' maps side by side under one divider. */
export const SWIPE_BUTTON = 'Swipe';
/** The button's longer name, for assistive technology and the pointer's tooltip. */
export const SWIPE_BUTTON_TITLE = 'Show the two days’ maps together, split by a divider';

/** The divider's name, as a slider. */
export const SWIPE_DIVIDER = 'Divider between the two days’ maps';

/** Each side's label: the day its map shows. */
export const swipeSideLabel = (day: Day): string => formatDay(day);

/** What the divider says of itself: which day is on which side, and where it stands. */
export function swipeValueText(sides: SwipeSides, at: number): string {
  return `${formatDay(sides.left)} on the left, ${formatDay(sides.right)} on the right; divider ${Math.round(at)}% across`;
}

/** Said where the map is drawn without WebGL, when the reader asks for the swipe. */
export const SWIPE_NEEDS_WEBGL =
  'The swipe needs WebGL, which the map cannot use in this browser: the outlines on the map show the area gained and lost.';
