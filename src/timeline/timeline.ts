import { daysBetween, type Day } from '../story/day';
import { formatDay } from '../story/formatDay';
import type { InputPhase } from '../state/inputPhase';
import { emitter } from '../ui/emitter';
import { dayAt, trackGeometry, type TrackGeometry, type TrackScaleOptions } from '../ui/timeScale';
import { eventTicks, type TimelineEvent } from './eventTicks';
import { adjacentEvent } from './keyStep';
import { player } from './player';
import { sliderKeys } from './sliderKeys';
import { timelineAxis } from './timelineAxis';
import { trackDrag } from './trackDrag';
import { el } from '../ui/el';

export type { TimelineEvent };

export interface TimelineOptions extends TrackScaleOptions {
  events: readonly TimelineEvent[];
  /** Days the previous/next buttons and keys stop on besides the events (no tick is drawn). */
  stops?: readonly Day[];
  /** Snap to an event day when the pointer is this close to it. */
  snapPx?: number;
}

/** A day the reader asked for, how (the phase), and the days play will land on next. */
type TimelineEvents = { input: [day: Day, phase: InputPhase, ahead?: readonly Day[]] };

const SPEEDS = { slow: 25, normal: 70, fast: 200 } as const; // track pixels per second

/**
 * The date slider: a two-level D3 time axis, event ticks, a draggable ARIA slider handle,
 * previous/next event and play/pause. It owns its DOM; the day it shows comes only through
 * `update`, and changes go out only through `on('input')`. Its parts are small modules: the axis,
 * the ticks, drag, keys and the player.
 */
export function timeline(container: HTMLElement, options: TimelineOptions) {
  const { range } = options;
  const out = emitter<TimelineEvents>();
  const input = (day: Day, phase: InputPhase, ahead?: readonly Day[]) => out.emit('input', day, phase, ahead);
  let day = range[0];
  let geometry: TrackGeometry = trackGeometry(options, 0);

  const root = el('section', 'timeline');
  root.setAttribute('aria-label', 'Timeline');
  const controls = el('div', 'timeline-controls');
  const play = button('timeline-play', 'Play');
  play.setAttribute('aria-pressed', 'false');
  const speedLabel = el('label', 'timeline-speed');
  const speed = document.createElement('select');
  for (const [value, text] of [
    ['slow', 'Slow'],
    ['normal', 'Normal'],
    ['fast', 'Fast'],
  ] as const)
    speed.append(new Option(text, value, value === 'normal', value === 'normal'));
  speedLabel.append('Speed ', speed);
  const prev = button('timeline-prev', '‹ Previous');
  const next = button('timeline-next', 'Next ›');
  const dateText = el('p', 'timeline-date');
  dateText.setAttribute('aria-hidden', 'true');
  controls.append(dateText, prev, play, next, speedLabel);

  const track = el('div', 'timeline-track');
  // Behind the axis, for views drawn under the track (the assessed chart); it takes no pointer events.
  const backdrop = el('div', 'timeline-backdrop');
  track.append(backdrop);
  const axis = timelineAxis(track, range, options.focusFrom, options.focusTo);
  const ticks = eventTicks(options.events);
  const handle = el('div', 'timeline-handle');
  handle.setAttribute('role', 'slider');
  handle.tabIndex = 0;
  handle.setAttribute('aria-label', 'Date');
  handle.setAttribute('aria-valuemin', '0');
  handle.setAttribute('aria-valuemax', String(daysBetween(range[0], range[1])));
  handle.setAttribute('aria-orientation', 'horizontal');
  track.append(ticks.element, handle, ticks.tip);
  root.append(controls, track);
  container.append(root);

  const playback = player({
    range,
    track: () => ({ xOf: geometry.xOf, dayAt: (x) => dayAt(geometry.scale, x) }),
    speed: () => SPEEDS[speed.value as keyof typeof SPEEDS],
  });
  const showPlaying = (playing: boolean) => {
    play.textContent = playing ? 'Pause' : 'Play';
    play.setAttribute('aria-pressed', String(playing));
  };
  playback.on('lead', (d, ahead) => input(d, 'play', ahead));
  playback.on('step', (d, ahead) => input(d, 'play', ahead));
  playback.on('stop', (d) => {
    showPlaying(false);
    input(d, 'end');
  });
  play.addEventListener('click', () => {
    if (playback.playing) return playback.stop();
    showPlaying(true);
    playback.start(day);
  });

  const drag = trackDrag(track, handle, {
    geometry: () => geometry,
    eventDays: ticks.days,
    snapPx: options.snapPx ?? 7,
    onStart: playback.stop,
    onInput: input,
  });
  // Previous/next step through the events and the other stops (an imported layer's years).
  const stepDays = [...new Set([...ticks.days, ...(options.stops ?? [])])].sort();
  const keys = sliderKeys(handle, {
    range,
    eventDays: stepDays,
    day: () => day,
    onKey: playback.stop,
    onStep: (d) => input(d, 'step'),
  });
  ticks.on('choose', (d) => input(d, 'step'));
  const toEvent = (direction: 1 | -1) => () => {
    const target = adjacentEvent(day, stepDays, direction);
    if (target) input(target, 'step');
  };
  prev.addEventListener('click', toEvent(-1));
  next.addEventListener('click', toEvent(1));

  function layout(): void {
    geometry = trackGeometry(options, track.clientWidth);
    axis.layout(geometry);
    ticks.layout(geometry);
    position();
  }

  function position(): void {
    const x = geometry.xOf(day);
    handle.style.left = `${geometry.left + x}px`;
    axis.position(x, geometry.left);
  }

  function render(): void {
    position();
    const text = formatDay(day);
    dateText.textContent = text;
    const titles = ticks.titlesOn(day);
    handle.setAttribute('aria-valuenow', String(daysBetween(range[0], day)));
    handle.setAttribute('aria-valuetext', titles ? `${text}: ${titles.join('; ')}` : text);
    ticks.update(day);
    nameStep(prev, 'Previous', adjacentEvent(day, stepDays, -1));
    nameStep(next, 'Next', adjacentEvent(day, stepDays, 1));
  }

  /** A step button says where it goes: the event there, or else the day (an imported layer's year). */
  function nameStep(node: HTMLButtonElement, word: string, target: Day | null): void {
    node.disabled = target === null;
    if (target === null) {
      node.removeAttribute('title');
      node.setAttribute('aria-label', word);
      return;
    }
    const titles = ticks.titlesOn(target);
    const name = titles
      ? `${word} event: ${titles.join('; ')} (${formatDay(target)})`
      : `${word}: ${formatDay(target)}`;
    node.setAttribute('aria-label', name);
    node.title = name;
  }

  const resize = new ResizeObserver(() => layout());
  resize.observe(track);
  layout();
  render();

  return {
    element: root,
    /** A node behind the track's axis for views drawn under it; it takes no pointer events. */
    backdrop,
    /** Shows a day; the store is the only caller. */
    update(state: { day: Day }): void {
      if (state.day === day) return;
      day = state.day;
      render();
    },
    on: out.on,
    destroy(): void {
      playback.destroy();
      drag.destroy();
      keys.destroy();
      ticks.destroy();
      axis.destroy();
      resize.disconnect();
      out.clear();
      root.remove();
    },
  };
}

export type Timeline = ReturnType<typeof timeline>;

function button(className: string, text: string): HTMLButtonElement {
  const node = el('button', className);
  node.type = 'button';
  node.textContent = text;
  return node;
}
