import './stories.css';
import { STORY_LANGUAGE } from '../story/storyLanguage';
import { el, textEl } from '../ui/el';
import type { StoriesText } from './storiesText';

/**
 * A place's "Other stories" section, for the place panel and the document mode to append: the
 * stories' word where another story's counts or they are silent, then a link to each other story
 * that speaks of the place. Set as text only.
 */
export function storiesSection(text: StoriesText, level: 'h3' | 'h4' = 'h3'): HTMLElement {
  const node = el('section', 'place-panel-section place-stories');
  node.append(textEl(level, '', text.heading));
  if (text.word) node.append(textEl('p', 'place-stories-word', text.word));
  if (text.others.length === 0) {
    node.append(textEl('p', 'place-panel-none', text.none));
    return node;
  }
  const list = el('ul', 'place-stories-list');
  for (const other of text.others) {
    const item = el('li');
    const link = textEl('a', '', other.title);
    link.lang = STORY_LANGUAGE;
    link.href = other.href;
    item.dataset.story = other.id;
    item.append(link, textEl('span', 'place-stories-dates', ` (${other.dates})`));
    list.append(item);
  }
  node.append(list);
  return node;
}
