import type { Locale } from '../i18n/locale';
import type { Day, Story } from '../story';
import { emitter } from '../ui/emitter';
import type { ExtraSection } from './placeBody';
import type { PlacePanel } from './placePanel';

/**
 * The place panel, its code fetched the first time a place is selected: a reader sees the map and
 * the timeline first, and the panel with the words it builds is a kilobyte and a half of the first
 * load. It takes the same `update` and says `close` as the panel; `box` is where it covers the map.
 * A page opened on `?city=` fetches it at once and, as the panel itself does, shows the place
 * without taking the reader's focus; a place the reader selects later gets the focus.
 */
export function placePanelLater(container: HTMLElement, story: Story, locale: Locale, extra: ExtraSection) {
  const out = emitter<{ close: [] }>();
  let panel: PlacePanel | null = null;
  let loading = false;
  let latest: { city: string | null; day: Day } | null = null;
  let initial = true;

  function load(fromLink: boolean): void {
    loading = true;
    void import('./placePanel').then(({ placePanel }) => {
      const made = placePanel(container, story, locale, extra);
      made.on('close', () => out.emit('close'));
      // The panel keeps the focus where it is on its first update only: that is the page's own.
      if (!fromLink && latest) made.update({ city: null, day: latest.day });
      if (latest) made.update(latest);
      panel = made;
    });
  }

  return {
    update(state: { city: string | null; day: Day }): void {
      latest = { city: state.city, day: state.day };
      if (panel) panel.update(latest);
      else if (state.city !== null && !loading) load(initial);
      initial = false;
    },
    /** Renders the shown place again (the layers' Sources arrived). */
    refresh: () => panel?.refresh(),
    /** The panel's box while it is open, else null: the bottom sheet the map keeps places clear of. */
    box: (): DOMRect | null =>
      panel && !panel.element.hidden ? panel.element.getBoundingClientRect() : null,
    on: out.on,
  };
}
