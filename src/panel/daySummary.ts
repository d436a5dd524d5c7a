import type { Locale } from '../i18n/locale';
import type { Day, Story } from '../story';
import { emitter } from '../ui/emitter';
import { daySummaryText } from './daySummaryText';
import { el } from '../ui/el';

type DaySummaryEvents = { select: [placeId: string] };

/**
 * The day's claims as text in a polite live region. While the reader drags, updates are held back
 * to one every `throttleMs` so a screen reader is not flooded; the settled day is always spoken.
 * Oblast names are buttons (`on('select')`): the keyboard's way to an oblast's panel.
 */
export function daySummary(container: HTMLElement, story: Story, locale: Locale, throttleMs = 700) {
  const out = emitter<DaySummaryEvents>();
  const root = el('section', 'day-summary');
  root.setAttribute('aria-labelledby', 'day-summary-heading');
  const title = el('h2');
  title.id = 'day-summary-heading';
  title.textContent = locale.t.summary.heading;
  const live = el('div', 'day-summary-body');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  root.append(title, live);
  container.append(root);

  let shown: Day | null = null;
  let pending: Day | null = null;
  let lastAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function render(day: Day): void {
    shown = day;
    lastAt = performance.now();
    const summary = daySummaryText(story, day, locale);
    const heading = el('p', 'day-summary-date');
    heading.textContent = summary.heading;
    const list = el('ul');
    for (const line of summary.oblasts) {
      const item = el('li');
      const name = el('strong');
      if (line.id) {
        const open = el('button');
        open.type = 'button';
        open.className = 'day-summary-place';
        open.textContent = line.name;
        open.addEventListener('click', () => out.emit('select', line.id));
        name.append(open, ': ');
      } else name.textContent = `${line.name}: `;
      item.append(name, line.text);
      item.dataset.place = line.id;
      list.append(item);
    }
    for (const group of summary.cities) {
      const item = el('li');
      const name = el('strong');
      name.textContent = `${group.holder}: `;
      item.append(name, group.names.join(', '));
      list.append(item);
    }
    live.replaceChildren(heading, list);
  }

  return {
    element: root,
    update(state: { day: Day }, settled = true): void {
      if (state.day === shown && pending === null) return;
      clearTimeout(timer);
      const wait = throttleMs - (performance.now() - lastAt);
      if (settled || wait <= 0) {
        pending = null;
        render(state.day);
        return;
      }
      pending = state.day;
      timer = setTimeout(() => {
        if (pending !== null) render(pending);
        pending = null;
      }, wait);
    },
    on: out.on,
    destroy(): void {
      out.clear();
      clearTimeout(timer);
      root.remove();
    },
  };
}
