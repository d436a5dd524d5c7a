import type { Locale } from '../i18n/locale';
import type { Day } from '../story/day';
import type { InputPhase } from '../state/inputPhase';
import { emitter } from '../ui/emitter';
import { dayAt, trackGeometry, type TrackGeometry, type TrackScaleOptions } from '../ui/timeScale';
import { eventTicks, type TimelineEvent } from './eventTicks';
import { playButton } from './playButton';
import { stepControls } from './stepControls';
import { timelineAxis } from './timelineAxis';
import { trackDrag } from './trackDrag';
import { dayLabels } from './dayLabels';
import { timelineNodes } from './timelineNodes';

export type { TimelineEvent };

export interface TimelineOptions extends TrackScaleOptions {
  events: readonly TimelineEvent[];
  /** Days the previous/next buttons and keys stop on besides the events (no tick is drawn). */
  stops?: readonly Day[];
  /** Snap to an event day when the pointer is this close to it. */
  snapPx?: number;
}

/** A day the reader asked for, how (the phase), and the days play will land on next. */
type TimelineEvents = {
  input: [day: Day, phase: InputPhase, ahead?: readonly Day[]];
  /** The day to compare the day shown with (null: no comparison). */
  compare: [day: Day | null];
};

/**
 * The date slider: a two-level D3 time axis, event ticks, a draggable ARIA slider handle,
 * previous/next event and play/pause. It owns its DOM; the day it shows comes only through
 * `update`, and changes go out only through `on('input')`. Its parts are small modules: the axis,
 * the ticks, drag, keys and the player.
 */
export function timeline(container: HTMLElement, options: TimelineOptions, locale: Locale) {
  const { range } = options;
  const out = emitter<TimelineEvents>();
  const input = (day: Day, phase: InputPhase, ahead?: readonly Day[]) => out.emit('input', day, phase, ahead);
  let day = range[0];
  let geometry: TrackGeometry = trackGeometry(options, 0);

  const nodes = timelineNodes(range, locale.t);
  const { root, track, handle } = nodes;
  const axis = timelineAxis(track, range, options.focusFrom, options.focusTo, locale);
  const ticks = eventTicks(options.events, locale);
  track.append(ticks.element, handle, ticks.tip);
  container.append(root);

  const playback = playButton(nodes.play, nodes.speed, {
    range,
    track: () => ({ xOf: geometry.xOf, dayAt: (x) => dayAt(geometry.scale, x) }),
    day: () => day,
    input,
    t: locale.t,
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
  const keys = stepControls(nodes, {
    range,
    eventDays: stepDays,
    day: () => day,
    onKey: playback.stop,
    onStep: (d) => input(d, 'step'),
    onCompare: (on) => out.emit('compare', on ? day : null),
  });
  ticks.on('choose', (d) => input(d, 'step'));

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

  const labels = dayLabels(nodes, range, stepDays, ticks.titlesOn, locale);
  function render(): void {
    position();
    labels(day);
    ticks.update(day);
  }

  const resize = new ResizeObserver(() => layout());
  resize.observe(track);
  layout();
  render();

  return {
    element: root,
    /** A node behind the track's axis for views drawn under it; it takes no pointer events. */
    backdrop: nodes.backdrop,
    /** The row of controls, where a view may add its own beside them. */
    controls: nodes.controls,
    /** Shows a day and whether it is compared; the store is the only caller. */
    update(state: { day: Day; compare?: Day | null }): void {
      nodes.compare.ariaPressed = String(state.compare != null);
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
