import type { Messages } from '../i18n/en';
import { daysBetween, type Day } from '../story/day';
import { el } from '../ui/el';

/**
 * The slider's own nodes: the controls row (date, previous, play, next, speed, compare) and the track with
 * its backdrop and handle, the handle not yet placed (the axis and ticks go before it).
 */
export function timelineNodes(range: readonly [Day, Day], t: Messages) {
  const root = el('section', 'timeline');
  root.setAttribute('aria-label', t.timeline.label);
  const controls = el('div', 'timeline-controls');
  const play = button('timeline-play', t.timeline.play);
  play.setAttribute('aria-pressed', 'false');
  const speedLabel = el('label', 'timeline-speed');
  const speed = el('select');
  for (const [value, text] of [
    ['slow', t.timeline.slow],
    ['normal', t.timeline.normal],
    ['fast', t.timeline.fast],
  ] as const)
    speed.append(new Option(text, value, value === 'normal', value === 'normal'));
  speedLabel.append(`${t.timeline.speed} `, speed);
  const prev = button('timeline-prev', t.timeline.previous);
  const next = button('timeline-next', t.timeline.next);
  const dateText = el('p', 'timeline-date');
  dateText.setAttribute('aria-hidden', 'true');
  // Sets the day shown as the one compared with; pressed while a comparison is set (it then ends
  // it). The timeline's first update sets aria-pressed.
  const compare = button('timeline-compare', t.timeline.compare);
  controls.append(dateText, prev, play, next, speedLabel, compare);

  const track = el('div', 'timeline-track');
  // Behind the axis, for views drawn under the track (the layers chart); it takes no pointer events.
  const backdrop = el('div', 'timeline-backdrop');
  track.append(backdrop);
  const handle = el('div', 'timeline-handle');
  handle.setAttribute('role', 'slider');
  handle.tabIndex = 0;
  handle.setAttribute('aria-label', t.timeline.date);
  handle.setAttribute('aria-valuemin', '0');
  handle.setAttribute('aria-valuemax', String(daysBetween(range[0], range[1])));
  handle.setAttribute('aria-orientation', 'horizontal');
  handle.setAttribute('aria-keyshortcuts', 'C X');
  root.append(controls, track);
  return { root, controls, play, speed, prev, next, compare, dateText, track, backdrop, handle };
}

function button(className: string, text: string): HTMLButtonElement {
  const node = el('button', className);
  node.type = 'button';
  node.textContent = text;
  return node;
}
