import type { Locale } from '../i18n/locale';
import type { Day, Story } from '../story';
import { emitter } from '../ui/emitter';
import { placeBody, type ExtraSection } from './placeBody';
import { placePanelText, type PlacePanelText } from './placePanelText';
import { el } from '../ui/el';

type PlacePanelEvents = { close: [] };

/**
 * What was said about the selected place, who held it and what happened there: a labelled region
 * (non-modal; the map stays usable) whose heading is the place's name. It shows the store's `city`
 * and asks to close through `on('close')`. Focus goes to the heading when a reader opens it and back
 * to whatever opened it when it closes. Everything from the story is set as text, never as HTML.
 * `extra` adds a section after the story's own (the imported layers' Sources).
 */
export function placePanel(container: HTMLElement, story: Story, locale: Locale, extra: ExtraSection) {
  const out = emitter<PlacePanelEvents>();
  const root = el('section', 'place-panel');
  root.id = 'place-panel';
  root.hidden = true;
  root.setAttribute('aria-labelledby', 'place-panel-heading');

  const head = el('div', 'place-panel-head');
  const heading = el('h2', 'place-panel-heading');
  heading.id = 'place-panel-heading';
  // Focusable from script only, so a screen reader starts reading at the place's name.
  heading.tabIndex = -1;
  const close = el('button', 'place-panel-close');
  close.type = 'button';
  close.textContent = locale.t.panel.close;
  close.setAttribute('aria-label', locale.t.panel.closeLabel);
  head.append(heading, close);
  const body = el('div', 'place-panel-body');
  root.append(head, body);
  container.prepend(root);

  let shown: { city: string; day: Day } | null = null;
  let opener: HTMLElement | null = null;
  let firstUpdate = true;

  close.addEventListener('click', () => out.emit('close'));
  // Escape closes from anywhere on the page while the panel is open, unless something nearer (the
  // place search's list) already used the key.
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || root.hidden || event.defaultPrevented) return;
    event.preventDefault();
    out.emit('close');
  };
  document.addEventListener('keydown', onKey);

  function render(text: PlacePanelText, placeId: string, day: Day): void {
    heading.textContent = text.title;
    const more = extra(placeId, day, 'h3');
    body.replaceChildren(...placeBody(text, locale), ...(more ? [more] : []));
  }

  function open(): void {
    // Remember where the reader came from, unless they moved on from inside the panel itself.
    const active = document.activeElement;
    if (active instanceof HTMLElement && !root.contains(active) && active !== document.body) opener = active;
    root.hidden = false;
    root.scrollTop = 0;
    heading.focus();
  }

  function hide(): void {
    // Only hand focus back when it was in the panel: a reader who closed it from elsewhere keeps
    // theirs. Asked before hiding, since a hidden element loses focus.
    const hadFocus = root.contains(document.activeElement) || document.activeElement === document.body;
    root.hidden = true;
    const back = opener;
    opener = null;
    if (hadFocus && back?.isConnected) back.focus();
  }

  return {
    element: root,
    /** Shows the selected place on the selected day, or nothing; the store is the only caller. */
    update(state: { city: string | null; day: Day }): void {
      const initial = firstUpdate;
      firstUpdate = false;
      if (state.city === null) {
        if (shown !== null) hide();
        shown = null;
        return;
      }
      if (shown?.city === state.city && shown.day === state.day) return;
      const text = placePanelText(story, state.city, state.day, locale);
      if (!text) return;
      const newPlace = shown?.city !== state.city;
      shown = { city: state.city, day: state.day };
      render(text, state.city, state.day);
      if (!newPlace) return;
      // A page opened on ?city= shows the panel without taking the reader's focus.
      if (initial) root.hidden = false;
      else open();
    },
    /** Renders the shown place again, where what `extra` adds has changed (the layers' Sources arrived). */
    refresh(): void {
      const text = shown && placePanelText(story, shown.city, shown.day, locale);
      if (shown && text) render(text, shown.city, shown.day);
    },
    on: out.on,
    destroy(): void {
      document.removeEventListener('keydown', onKey);
      out.clear();
      root.remove();
    },
  };
}

export type PlacePanel = ReturnType<typeof placePanel>;
