import { addDays, daysBetween, type Day, type Stories } from '../story';
import type { Locale } from '../i18n/locale';
import { emitter } from '../ui/emitter';
import type { TrackGeometry, TrackScaleOptions } from '../ui/timeScale';
import { disagreementRuns, type DayRun } from './disagreementRuns';
import type { ControlInterval } from './layerFormat';
import { trackOverlay } from './trackOverlay';
import { el } from '../ui/el';

/**
 * For the selected city, the days on which the imported layers disagree with each other or with
 * the stories, marked as bands behind the timeline's track, with buttons that step the day from one
 * run to the next: they ask for the day (`on('step', day)`), which the composition root sends
 * through the timeline's day input like any other step. Nothing shows without a city or without a
 * disagreement. `update(state)` follows the day and the city.
 */
export function disagreementMarks(
  slot: HTMLElement,
  placeNav: (node: HTMLElement) => void,
  scaleOptions: TrackScaleOptions,
  stories: Stories,
  layers: readonly (readonly ControlInterval[])[],
  locale: Locale,
) {
  const words = locale.t.layers;
  const out = emitter<{ step: [day: Day] }>();
  const overlay = trackOverlay(slot, 'disagreement-marks', scaleOptions, draw);
  const { svg } = overlay;
  const nav = el('div', 'disagreement-nav');
  nav.hidden = true;
  const text = el('span');
  const prev = button(words.previous);
  const next = button(words.next);
  nav.append(text, prev, next);
  placeNav(nav);

  let runs: DayRun[] = [];
  let city: string | null = null;
  let shown: Day | null = null;

  function draw({ xOf, left, width }: TrackGeometry = overlay.geometry()): void {
    svg.attr('width', width + left * 2).attr('height', 18);
    svg
      .selectAll<SVGRectElement, DayRun>('rect')
      .data(runs, (r) => r.from)
      .join('rect')
      .attr('x', (r) => left + xOf(r.from))
      .attr('width', (r) => Math.max(2, xOf(addDays(r.to, 1)) - xOf(r.from)))
      .attr('y', 0)
      .attr('height', 18);
  }

  const target = (day: Day, direction: 1 | -1): Day | undefined =>
    direction === 1 ? runs.find((r) => r.from > day)?.from : runs.filter((r) => r.to < day).at(-1)?.from;
  const step = (direction: 1 | -1) => () => {
    const day = shown && target(shown, direction);
    if (day) out.emit('step', day);
  };
  prev.addEventListener('click', step(-1));
  next.addEventListener('click', step(1));

  function update(state: { day: Day; city: string | null }): void {
    shown = state.day;
    if (state.city !== city) {
      city = state.city;
      const place = city ? stories.open.placeById.get(city) : undefined;
      runs = place && place.kind !== 'oblast' && city ? disagreementRuns(stories.all, city, layers) : [];
      draw();
      nav.hidden = runs.length === 0;
      const days = runs.reduce((n, r) => n + daysBetween(r.from, r.to) + 1, 0);
      text.textContent = place ? words.disagree(locale.place(place), days) : '';
    }
    const within = runs.find((r) => r.from <= state.day && state.day <= r.to);
    nav.classList.toggle('is-within', within !== undefined);
    const prevDay = target(state.day, -1);
    const nextDay = target(state.day, 1);
    prev.disabled = prevDay === undefined;
    next.disabled = nextDay === undefined;
    prev.setAttribute('aria-label', prevDay ? words.previousOn(locale.day(prevDay)) : words.previousNone);
    next.setAttribute('aria-label', nextDay ? words.nextOn(locale.day(nextDay)) : words.nextNone);
  }

  return {
    update,
    on: out.on,
    /** The runs marked for the selected city, for the tests. */
    runs: () => runs,
    destroy(): void {
      out.clear();
      overlay.destroy();
      nav.remove();
    },
  };
}

function button(text: string): HTMLButtonElement {
  const node = el('button');
  node.type = 'button';
  node.textContent = text;
  return node;
}
