import type { Locale } from '../i18n/locale';
import { daysBetween, type Day } from '../story/day';
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
  locale: Locale,
) {
  const { t } = locale;
  /** A step button says where it goes: the event there, or else the day (an imported layer's year). */
  function nameStep(node: HTMLButtonElement, direction: 'previous' | 'next', target: Day | null): void {
    const name = stepName(direction, target, target === null ? undefined : titlesOn(target), locale);
    node.disabled = name === null;
    node.setAttribute(
      'aria-label',
      name ?? (direction === 'next' ? t.timeline.nextNone : t.timeline.previousNone),
    );
    if (name === null) node.removeAttribute('title');
    else node.title = name;
  }

  return (day: Day): void => {
    const text = locale.day(day);
    nodes.dateText.textContent = text;
    const titles = titlesOn(day);
    nodes.handle.setAttribute('aria-valuenow', String(daysBetween(range[0], day)));
    nodes.handle.setAttribute('aria-valuetext', titles ? `${text}: ${titles.join('; ')}` : text);
    nameStep(nodes.prev, 'previous', adjacentEvent(day, stepDays, -1));
    nameStep(nodes.next, 'next', adjacentEvent(day, stepDays, 1));
  };
}

/**
 * What a previous/next button says about where it goes: the events on the day it steps to (their
 * titles, as the story has them), or else the day; null when there is nowhere to go.
 */
export function stepName(
  direction: 'previous' | 'next',
  target: Day | null,
  titles: readonly string[] | undefined,
  locale: Locale,
): string | null {
  if (target === null) return null;
  const { t } = locale;
  const day = locale.day(target);
  if (titles) {
    const events = titles.join('; ');
    return direction === 'next' ? t.timeline.nextEvent(events, day) : t.timeline.previousEvent(events, day);
  }
  return direction === 'next' ? t.timeline.nextDay(day) : t.timeline.previousDay(day);
}
