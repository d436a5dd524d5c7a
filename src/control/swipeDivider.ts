import './swipe.css';
import { el, textEl } from '../ui/el';
import { emitter } from '../ui/emitter';
import { swipeAt, swipeKey, type SwipeSides } from './swipeLayout';
import { swipeValueText } from './swipeText';
import type { Locale } from '../i18n/locale';

/**
 * The swipe's divider over the map (`host`), with each side's day labelled beside it. It is a
 * slider: focus it and ←/→ (or ↓/↑) move it a step, Page Up/Down a quarter, Home and End to the
 * edges; a mouse, pen or finger drags it (pointer events, so a phone's touch moves it and not the
 * page). Where it stands is its own: it says so through `on('move', at)`, in % of the map's width.
 * Its words and days are in the page's language (`locale`).
 */
export function swipeDivider(host: HTMLElement, locale: Locale) {
  const out = emitter<{ move: [at: number] }>();
  const root = el('div', 'swipe');
  const bar = el('div', 'swipe-bar');
  bar.tabIndex = 0;
  bar.setAttribute('role', 'slider');
  bar.setAttribute('aria-label', locale.t.compare.divider);
  bar.setAttribute('aria-orientation', 'horizontal');
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  const left = textEl('span', 'swipe-label swipe-label-left', '');
  const right = textEl('span', 'swipe-label swipe-label-right', '');
  root.append(left, right, bar);
  host.append(root);

  let at = 50;
  let sides: SwipeSides | null = null;
  function show(): void {
    root.style.setProperty('--swipe-at', `${at}%`);
    bar.setAttribute('aria-valuenow', String(Math.round(at)));
    if (sides) bar.setAttribute('aria-valuetext', swipeValueText(sides, at, locale));
  }
  function move(next: number): void {
    if (next === at) return;
    at = next;
    show();
    out.emit('move', at);
  }

  bar.addEventListener('keydown', (event) => {
    const next = swipeKey(event.key, at);
    if (next === undefined) return;
    event.preventDefault();
    move(next);
  });
  const fromPointer = (event: PointerEvent) => {
    const box = root.getBoundingClientRect();
    if (box.width > 0) move(swipeAt(((event.clientX - box.left) / box.width) * 100));
  };
  bar.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    bar.setPointerCapture(event.pointerId);
    bar.focus();
    fromPointer(event);
  });
  bar.addEventListener('pointermove', (event) => {
    if (bar.hasPointerCapture(event.pointerId)) fromPointer(event);
  });
  show();

  return {
    element: root,
    /** Where it stands, in % across. */
    at: () => at,
    /** The two days, left and right, for the labels and what the slider says. */
    update(next: SwipeSides): void {
      sides = next;
      left.textContent = locale.day(next.left);
      right.textContent = locale.day(next.right);
      show();
    },
    on: out.on,
    destroy(): void {
      out.clear();
      root.remove();
    },
  };
}
