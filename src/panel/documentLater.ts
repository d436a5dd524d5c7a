import type { Store } from '../state/createStore';
import type { Locale } from '../i18n/locale';
import type { Day, Story } from '../story';
import type { notices } from '../ui/notice';
import type { DocumentMode } from './documentMode';
import type { ExtraSection } from './placeBody';

export interface DocumentLaterOptions {
  story: Story;
  locale: Locale;
  store: Store<{ day: Day }>;
  /** The map's node (where the SVG map stays): the document goes after it. */
  mapNode: HTMLElement;
  notice: ReturnType<typeof notices>;
  /** Tools that lose their place over the map (the place search): they move to the document's tools. */
  tools: readonly HTMLElement[];
  /** Other nodes that sat on the map (the embed credit): they move to the document's end. */
  extras: readonly HTMLElement[];
  /** A section added to each place (the imported layers' Sources). */
  extra?: ExtraSection;
}

/**
 * The page without MapLibre: the document after the map's node (which keeps the simpler SVG map),
 * with every place's quotes, following the store's day. `show` shows it: the first call tells the
 * reader why and loads the document's code (fetched only when MapLibre cannot start), later calls
 * return the same document. `refresh` renders it again where it is shown (the Sources arrived).
 */
export function documentLater({
  story,
  locale,
  store,
  mapNode,
  notice,
  tools,
  extras,
  extra,
}: DocumentLaterOptions) {
  let shown: Promise<DocumentMode> | null = null;
  const show = (): Promise<DocumentMode> => {
    if (shown) return shown;
    document.documentElement.classList.add('is-document');
    notice.show(locale.t.notice.noWebgl, [], 'warning');
    shown = import('./documentMode').then(({ documentMode }) => {
      const doc = documentMode(story, locale, extra);
      mapNode.after(doc.element);
      doc.tools.append(...tools);
      doc.element.append(...extras);
      doc.update(store.get());
      store.subscribe((state, previous) => {
        if (state.day !== previous.day) doc.update(state);
      });
      return doc;
    });
    return shown;
  };
  return { show, refresh: () => void shown?.then((doc) => doc.refresh()) };
}
