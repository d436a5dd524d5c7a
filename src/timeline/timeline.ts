import { axisBottom } from 'd3-axis';
import { select } from 'd3-selection';
import { utcFormat } from 'd3-time-format';
import { daysBetween, type Day } from '../story/day';
import type { InputPhase } from '../state/inputPhase';
import { emitter } from '../ui/emitter';
import { axisTicks } from './axisTicks';
import { formatDay } from '../story/formatDay';
import { adjacentEvent, keyStep } from './keyStep';
import { snapDay } from './snapDay';
import { dayAt, storyTimeScale, xOf } from './timeScale';

export interface TimelineEvent {
  day: Day;
  title: string;
}

export interface TimelineOptions {
  range: readonly [Day, Day];
  focusFrom: Day;
  events: readonly TimelineEvent[];
  /** Share of the width for the years before `focusFrom`. */
  overviewShare?: number;
  /** Snap to an event day when the pointer is this close to it. */
  snapPx?: number;
}

/** Where days sit on the track after a layout, for views drawn behind it (the area chart). */
export interface TrackGeometry {
  xOf: (day: Day) => number;
  left: number;
  width: number;
}

type TimelineEvents = { input: [day: Day, phase: InputPhase]; layout: [geometry: TrackGeometry] };

const SPEEDS = { slow: 25, normal: 70, fast: 200 } as const; // track pixels per second
const MARGIN = { left: 14, right: 14 };
const yearFormat = utcFormat('%Y');
const monthFormat = utcFormat('%b');
const monthYearFormat = utcFormat('%b %Y');

/**
 * The date slider: a two-level D3 time axis (years, then the months of the focus), event ticks,
 * a draggable ARIA slider handle, previous/next event and play/pause. It owns its DOM; the day it
 * shows comes only through `update`, and changes go out only through `on('input')`.
 */
export function timeline(container: HTMLElement, options: TimelineOptions) {
  const { range, focusFrom, events } = options;
  const overviewShare = options.overviewShare ?? 0.3;
  const snapPx = options.snapPx ?? 7;
  const out = emitter<TimelineEvents>();
  const eventDays = [...new Set(events.map((e) => e.day))].sort();
  const titlesByDay = new Map<Day, string[]>();
  for (const e of events) titlesByDay.set(e.day, [...(titlesByDay.get(e.day) ?? []), e.title]);
  let day = range[0];
  let width = 0;
  let scale = storyTimeScale({ range, focusFrom, overviewShare, width: 1 });
  let geometry: TrackGeometry = { xOf: (d: Day) => xOf(scale, d), left: MARGIN.left, width };

  const root = document.createElement('section');
  root.className = 'timeline';
  root.setAttribute('aria-label', 'Timeline');

  const controls = el('div', 'timeline-controls');
  const play = button('timeline-play', 'Play');
  play.setAttribute('aria-pressed', 'false');
  const speedLabel = el('label', 'timeline-speed');
  speedLabel.append('Speed ');
  const speed = document.createElement('select');
  for (const [value, text] of [
    ['slow', 'Slow'],
    ['normal', 'Normal'],
    ['fast', 'Fast'],
  ] as const) {
    const option = new Option(text, value, value === 'normal', value === 'normal');
    speed.append(option);
  }
  speedLabel.append(speed);
  const prev = button('timeline-prev', '‹ Previous event');
  const next = button('timeline-next', 'Next event ›');
  const dateText = el('p', 'timeline-date');
  dateText.setAttribute('aria-hidden', 'true');
  controls.append(dateText, prev, play, next, speedLabel);

  const track = el('div', 'timeline-track');
  const svg = select(track).append('svg').attr('class', 'timeline-axis').attr('aria-hidden', 'true');
  const band = svg.append('rect').attr('class', 'timeline-focus-band');
  const line = svg.append('line').attr('class', 'timeline-line');
  const progress = svg.append('line').attr('class', 'timeline-progress');
  const yearsAxis = svg.append('g').attr('class', 'timeline-years');
  const monthsAxis = svg.append('g').attr('class', 'timeline-months');

  const handle = el('div', 'timeline-handle');
  handle.setAttribute('role', 'slider');
  handle.tabIndex = 0;
  handle.setAttribute('aria-label', 'Date');
  handle.setAttribute('aria-valuemin', '0');
  handle.setAttribute('aria-valuemax', String(daysBetween(range[0], range[1])));
  handle.setAttribute('aria-orientation', 'horizontal');

  const ticks = el('div', 'timeline-events');
  const tip = el('div', 'timeline-tip');
  tip.setAttribute('role', 'tooltip');
  tip.id = `timeline-tip-${Math.random().toString(36).slice(2, 8)}`;
  tip.hidden = true;
  const tickButtons = eventDays.map((eventDay) => {
    const tick = button('timeline-event', '');
    const text = `${formatDay(eventDay)}: ${(titlesByDay.get(eventDay) ?? []).join('; ')}`;
    tick.setAttribute('aria-label', text);
    tick.dataset.day = eventDay;
    const show = () => {
      tip.textContent = text;
      tip.hidden = false;
      tip.style.left = `${xOf(scale, eventDay) + MARGIN.left}px`;
      tick.setAttribute('aria-describedby', tip.id);
    };
    const hide = () => {
      tip.hidden = true;
      tick.removeAttribute('aria-describedby');
    };
    tick.addEventListener('pointerenter', show);
    tick.addEventListener('focus', show);
    tick.addEventListener('pointerleave', hide);
    tick.addEventListener('blur', hide);
    tick.addEventListener('click', () => out.emit('input', eventDay, 'step'));
    ticks.append(tick);
    return tick;
  });
  track.append(ticks, handle, tip);
  root.append(controls, track);
  container.append(root);

  // ---- drawing ----
  function layout(): void {
    width = Math.max(1, track.clientWidth - MARGIN.left - MARGIN.right);
    scale = storyTimeScale({ range, focusFrom, overviewShare, width });
    const split = xOf(scale, focusFrom);
    const ticks = axisTicks(range, focusFrom, split);
    // No year label crowds the first month label at the split.
    const years = ticks.years.filter((d) => scale(d) < split - 36);
    const months = ticks.months;
    svg.attr('width', width + MARGIN.left + MARGIN.right).attr('height', 56);
    const inner = `translate(${MARGIN.left},0)`;
    band
      .attr('x', MARGIN.left + split)
      .attr('y', 8)
      .attr('width', width - split)
      .attr('height', 20);
    line
      .attr('x1', MARGIN.left)
      .attr('x2', MARGIN.left + width)
      .attr('y1', 18)
      .attr('y2', 18);
    const narrow = width - split < 260;
    yearsAxis.attr('transform', `${inner} translate(0,28)`).call(
      axisBottom(scale)
        .tickValues(years)
        .tickFormat((d) => yearFormat(d as Date))
        .tickSizeOuter(0),
    );
    monthsAxis.attr('transform', `${inner} translate(0,28)`).call(
      axisBottom(scale)
        .tickValues(months)
        .tickFormat((d, i) => {
          const date = d as Date;
          if (i === 0 && narrow) return yearFormat(date);
          if (date.getUTCMonth() === 0 || i === 0) return monthYearFormat(date);
          return narrow && date.getUTCMonth() % 2 === 1 ? '' : monthFormat(date);
        })
        .tickSizeOuter(0),
    );
    tickButtons.forEach((tick) => {
      tick.style.left = `${MARGIN.left + xOf(scale, tick.dataset.day ?? range[0])}px`;
    });
    position();
    geometry = { xOf: (d: Day) => xOf(scale, d), left: MARGIN.left, width };
    out.emit('layout', geometry);
  }

  function position(): void {
    const x = xOf(scale, day);
    handle.style.left = `${MARGIN.left + x}px`;
    progress
      .attr('x1', MARGIN.left)
      .attr('x2', MARGIN.left + x)
      .attr('y1', 18)
      .attr('y2', 18);
  }

  function render(): void {
    position();
    const text = formatDay(day);
    dateText.textContent = text;
    const titles = titlesByDay.get(day);
    handle.setAttribute('aria-valuenow', String(daysBetween(range[0], day)));
    handle.setAttribute('aria-valuetext', titles ? `${text}: ${titles.join('; ')}` : text);
    for (const tick of tickButtons) tick.classList.toggle('is-current', tick.dataset.day === day);
    prev.disabled = adjacentEvent(day, eventDays, -1) === null;
    next.disabled = adjacentEvent(day, eventDays, 1) === null;
  }

  // ---- pointer: drag anywhere on the track; pointer events cover mouse, touch and pen ----
  let dragging: number | null = null;
  const dayFromPointer = (event: PointerEvent): Day => {
    const x = event.clientX - track.getBoundingClientRect().left - MARGIN.left;
    return snapDay(dayAt(scale, x), x, eventDays, (d) => xOf(scale, d), snapPx);
  };
  const onDown = (event: PointerEvent) => {
    if (event.button !== 0 || (event.target as HTMLElement).closest('.timeline-event')) return;
    stop();
    dragging = event.pointerId;
    track.setPointerCapture(event.pointerId);
    track.classList.add('is-dragging');
    handle.focus({ preventScroll: true });
    out.emit('input', dayFromPointer(event), 'start');
    event.preventDefault();
  };
  const onMove = (event: PointerEvent) => {
    if (dragging !== event.pointerId) return;
    out.emit('input', dayFromPointer(event), 'move');
  };
  const onUp = (event: PointerEvent) => {
    if (dragging !== event.pointerId) return;
    dragging = null;
    track.classList.remove('is-dragging');
    out.emit('input', dayFromPointer(event), 'end');
  };
  track.addEventListener('pointerdown', onDown);
  track.addEventListener('pointermove', onMove);
  track.addEventListener('pointerup', onUp);
  track.addEventListener('pointercancel', onUp);

  // ---- keyboard ----
  handle.addEventListener('keydown', (event) => {
    let target: Day | null = keyStep(event.key, day, range);
    if (target === null && (event.key === ']' || event.key === '.'))
      target = adjacentEvent(day, eventDays, 1);
    if (target === null && (event.key === '[' || event.key === ','))
      target = adjacentEvent(day, eventDays, -1);
    if (target === null) return;
    event.preventDefault();
    stop();
    if (target !== day) out.emit('input', target, 'step');
  });
  prev.addEventListener('click', () => {
    const target = adjacentEvent(day, eventDays, -1);
    if (target) out.emit('input', target, 'step');
  });
  next.addEventListener('click', () => {
    const target = adjacentEvent(day, eventDays, 1);
    if (target) out.emit('input', target, 'step');
  });

  // ---- play ----
  let frame = 0;
  let playing = false;
  let lastTime = 0;
  let playX = 0;
  function tickPlay(now: number): void {
    const dt = Math.min(0.1, (now - lastTime) / 1000);
    lastTime = now;
    playX += SPEEDS[speed.value as keyof typeof SPEEDS] * dt;
    const target = dayAt(scale, playX);
    if (target > day) out.emit('input', target >= range[1] ? range[1] : target, 'play');
    if (day >= range[1]) return stop();
    frame = requestAnimationFrame(tickPlay);
  }
  function start(): void {
    if (day >= range[1]) out.emit('input', range[0], 'play');
    playing = true;
    playX = xOf(scale, day);
    lastTime = performance.now();
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    frame = requestAnimationFrame(tickPlay);
  }
  function stop(): void {
    if (!playing) return;
    playing = false;
    cancelAnimationFrame(frame);
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
    out.emit('input', day, 'end');
  }
  play.addEventListener('click', () => (playing ? stop() : start()));

  const resize = new ResizeObserver(() => layout());
  resize.observe(track);
  layout();
  render();

  return {
    element: root,
    /** The track, for views drawn behind the axis (they must not take pointer events). */
    track,
    /** The latest layout; `on('layout')` reports the next ones. */
    get geometry(): TrackGeometry {
      return geometry;
    },
    /** Shows a day; the store is the only caller. */
    update(state: { day: Day }): void {
      if (state.day === day) return;
      day = state.day;
      render();
    },
    on: out.on,
    get playing() {
      return playing;
    },
    destroy(): void {
      stop();
      resize.disconnect();
      out.clear();
      root.remove();
    },
  };
}

export type Timeline = ReturnType<typeof timeline>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

function button(className: string, text: string): HTMLButtonElement {
  const node = el('button', className);
  node.type = 'button';
  node.textContent = text;
  return node;
}
