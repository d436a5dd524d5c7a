import { daysBetween, type Day } from '../story/day';
import { formatDay } from '../story/formatDay';
import { adjacentEvent } from './keyStep';
import type { timelineNodes } from './timelineNodes';

/**
 * What the slider says about the day shown: the date, the handle's ARIA value (with the day's
 * events), and where the previous/next buttons go.
 */
export function dayLabels(
  nodes: Pick<ReturnType<typeof timelineNodes>, 'dateText' | 'handle' | 'prev' | 'next'>,
  range: readonly [Day, Day],
  stepDays: readonly Day[],
  titlesOn: (day: Day) => readonly string[] | undefined,
) {
  /** A step button says where it goes: the event there, or else the day (an imported layer's year). */
  function nameStep(node: HTMLButtonElement, word: string, target: Day | null): void {
    const name = stepName(word, target, target === null ? undefined : titlesOn(target));
    node.disabled = name === null;
    node.setAttribute('aria-label', name ?? word);
    if (name === null) node.removeAttribute('title');
    else node.title = name;
  }

  return (day: Day): void => {
    const text = formatDay(day);
    nodes.dateText.textContent = text;
    const titles = titlesOn(day);
    nodes.handle.setAttribute('aria-valuenow', String(daysBetween(range[0], day)));
    nodes.handle.setAttribute('aria-valuetext', titles ? `${text}: ${titles.join('; ')}` : text);
    nameStep(nodes.prev, 'Previous', adjacentEvent(day, stepDays, -1));
    nameStep(nodes.next, 'Next', adjacentEvent(day, stepDays, 1));
  };
}

/**
 * What a previous/next button says about where it goes (`word`: "Previous" or "Next"): the events
 * on the day it steps to (their titles), or else the day; null when there is nowhere to go.
 */
export function stepName(
  word: string,
  target: Day | null,
  titles: readonly string[] | undefined,
): string | null {
  if (target === null) return null;
  return titles
    ? `${word} event: ${titles.join('; ')} (${formatDay(target)})`
    : `${word}: ${formatDay(target)}`;
}
