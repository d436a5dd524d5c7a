import type { Locale } from '../i18n/locale';
import type { Day, Story } from '../story';
import { placeBody, type ExtraSection } from './placeBody';
import { placePanelText } from './placePanelText';
import { el } from '../ui/el';

/**
 * The page as a document, for a browser that cannot draw the map: in the map's place, every place
 * of the story, in the story's order, with what was said about it, who held it and its events, as
 * a list of labelled articles a screen reader can move through by heading. The timeline and the
 * day's summary keep working beside it; `update` follows the day, since the summary line of each
 * place ("On 4 July 2022: held by Russia") and an oblast's claims depend on it. The caller puts
 * `element` where the map would be; `extra` adds a section to each place (the imported layers' Sources).
 */
export function documentMode(story: Story, locale: Locale, extra: ExtraSection = () => null) {
  const root = el('section', 'document-mode');
  root.setAttribute('aria-labelledby', 'document-mode-heading');
  const title = el('h2');
  title.id = 'document-mode-heading';
  title.textContent = locale.t.panel.documentHeading;
  const list = el('ul', 'document-places');
  const items = story.places.map((place) => {
    const item = el('li', 'document-place');
    item.dataset.place = place.id;
    // An article, not a section: named, a section is a landmark, and the open place panel is one
    // already with the same name; a screen reader's landmark list keeps to the page's parts.
    const article = el('article');
    const headingId = `document-place-${place.id}`;
    article.setAttribute('aria-labelledby', headingId);
    const heading = el('h3');
    heading.id = headingId;
    heading.textContent = locale.place(place);
    const body = el('div');
    article.append(heading, body);
    item.append(article);
    list.append(item);
    return { id: place.id, body };
  });
  // Room for tools that lose their place over the map, such as the place search.
  const tools = el('div', 'document-tools');
  root.append(title, tools, list);

  let shown: Day | null = null;
  function render(day: Day): void {
    for (const { id, body } of items) {
      const text = placePanelText(story, id, day, locale);
      const more = text ? extra(id, day, 'h4') : null;
      body.replaceChildren(...(text ? placeBody(text, locale, 'h4') : []), ...(more ? [more] : []));
    }
  }

  return {
    element: root,
    tools,
    update(state: { day: Day }): void {
      if (state.day === shown) return;
      shown = state.day;
      render(state.day);
    },
    /** Renders the day shown again, where what `extra` adds has changed (the layers' Sources arrived). */
    refresh(): void {
      if (shown !== null) render(shown);
    },
    destroy: () => root.remove(),
  };
}

export type DocumentMode = ReturnType<typeof documentMode>;
