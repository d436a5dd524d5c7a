import './stories.css';
import type { Locale } from '../i18n/locale';
import type { StoryListing } from '../story';
import { STORY_LANGUAGE } from '../story/storyLanguage';
import { el, textEl } from '../ui/el';

/**
 * The story picker: a disclosure (a native details element, so keys and screen readers work it
 * without script) naming the open story, over a list of links, one per story of the site, the open
 * one marked as the current page. A story is a page of its own: following a link loads it, and
 * Back returns to the story before. `hrefOf` writes a story's link; the caller places `element`.
 */
export function storyPicker(
  listings: readonly StoryListing[],
  openId: string,
  hrefOf: (id: string) => string,
  locale: Locale,
) {
  const { t } = locale;
  const root = el('nav', 'story-picker');
  root.setAttribute('aria-label', t.stories.picker);
  const details = el('details');
  const summary = el('summary');
  const open = listings.find((listing) => listing.id === openId);
  const position = open ? listings.indexOf(open) + 1 : 1;
  summary.append(
    textEl('span', 'story-picker-label', t.stories.position(position, listings.length)),
    storyTitle(textEl('span', 'story-picker-title', open?.title ?? '')),
  );
  const list = el('ul', 'story-picker-list');
  for (const listing of listings) {
    const item = el('li');
    const link = storyTitle(textEl('a', '', listing.title));
    link.href = hrefOf(listing.id);
    if (listing.id === openId) link.setAttribute('aria-current', 'page');
    const dates = t.panel.span(locale.day(listing.period.from), locale.day(listing.period.to));
    item.append(link, textEl('span', 'story-picker-dates', ` (${dates})`));
    list.append(item);
  }
  details.append(summary, list);
  root.append(details);
  return {
    element: root,
    destroy(): void {
      root.remove();
    },
  };
}

/** A story's title is the story's text, in its language. */
function storyTitle<T extends HTMLElement>(node: T): T {
  node.lang = STORY_LANGUAGE;
  return node;
}
