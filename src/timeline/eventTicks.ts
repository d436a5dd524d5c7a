import { select } from 'd3-selection';
import type { Locale } from '../i18n/locale';
import type { Day } from '../story/day';
import { STORY_LANGUAGE } from '../story/storyLanguage';
import { emitter } from '../ui/emitter';
import type { TrackGeometry } from '../ui/timeScale';

export interface TimelineEvent {
  day: Day;
  title: string;
}

/** One tick per event day; a day with several events has one tick naming them all. */
interface Tick {
  day: Day;
  /** The day in the page's language, then the events' titles as the story has them. */
  text: string;
  dayText: string;
  titles: string;
}

type EventTickEvents = { choose: [day: Day] };

/**
 * The event ticks on the track, as buttons (keyed by day in a d3 join), with the tooltip that
 * names an event on hover or focus. Choosing a tick goes out through `on('choose')`. The caller
 * places `element` and `tip` on the track.
 */
export function eventTicks(events: readonly TimelineEvent[], locale: Locale) {
  const out = emitter<EventTickEvents>();
  const titlesByDay = new Map<Day, string[]>();
  for (const e of events) titlesByDay.set(e.day, [...(titlesByDay.get(e.day) ?? []), e.title]);
  const ticks: Tick[] = [...titlesByDay.keys()].sort().map((day) => {
    const dayText = locale.day(day);
    const titles = (titlesByDay.get(day) ?? []).join('; ');
    return { day, text: `${dayText}: ${titles}`, dayText, titles };
  });

  const layer = select(document.createElement('div')).attr('class', 'timeline-events');
  const tip = select(document.createElement('div'))
    .attr('class', 'timeline-tip')
    .attr('role', 'tooltip')
    .attr('id', `timeline-tip-${Math.random().toString(36).slice(2, 8)}`)
    .property('hidden', true);
  let geometry: TrackGeometry | null = null;

  const buttons = layer
    .selectAll<HTMLButtonElement, Tick>('button.timeline-event')
    .data(ticks, (d) => d.day)
    .join((enter) =>
      enter
        .append('button')
        .attr('type', 'button')
        .attr('class', 'timeline-event')
        .attr('aria-label', (d) => d.text)
        .attr('data-day', (d) => d.day),
    )
    .on('pointerenter focus', function (_event, d) {
      // The events' titles are the story's text, marked with its language; the day is the page's.
      tip.text(`${d.dayText}: `).property('hidden', false);
      tip.append('span').attr('lang', STORY_LANGUAGE).text(d.titles);
      if (geometry) tip.style('left', `${geometry.left + geometry.xOf(d.day)}px`);
      this.setAttribute('aria-describedby', tip.attr('id'));
    })
    .on('pointerleave blur', function () {
      tip.property('hidden', true);
      this.removeAttribute('aria-describedby');
    })
    .on('click', (_event, d) => out.emit('choose', d.day));

  return {
    element: layer.node() as HTMLDivElement,
    tip: tip.node() as HTMLDivElement,
    /** Titles of the events on `day`, for the slider's aria-valuetext. */
    titlesOn: (day: Day): readonly string[] | undefined => titlesByDay.get(day),
    /** Event days in order, for stepping and snapping. */
    days: ticks.map((t) => t.day),
    layout(next: TrackGeometry): void {
      geometry = next;
      buttons.style('left', (d) => `${next.left + next.xOf(d.day)}px`);
    },
    update(day: Day): void {
      buttons.classed('is-current', (d) => d.day === day);
    },
    on: out.on,
    destroy(): void {
      out.clear();
      layer.remove();
      tip.remove();
    },
  };
}
