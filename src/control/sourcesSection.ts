import type { SourcesText } from './sourcesText';
import { el, textEl, webLink } from '../ui/el';

/**
 * A place's Sources section as DOM, set as text only: the story's own word, each layer's answer
 * and the sentence that sets them side by side. The place panel and the document mode nest it at
 * their own heading level.
 */
export function sourcesSection(text: SourcesText, heading: string, level: 'h3' | 'h4' = 'h3'): HTMLElement {
  const section = el('section', 'place-panel-section place-sources');
  section.append(textEl(level, '', heading), textEl('p', 'sources-story', text.story));
  const list = el('ul', 'sources-layers');
  for (const row of text.rows) {
    const item = el('li', 'sources-layer');
    item.dataset.layer = row.layer;
    item.append(sourceName(row), ' ', row.state);
    if (row.asOf) item.append(' ', textEl('span', 'sources-as-of', row.asOf));
    if (row.suspect) item.append(' ', textEl('span', 'sources-suspect', row.suspect));
    list.append(item);
  }
  section.append(list);
  if (text.verdict) section.append(textEl('p', 'sources-verdict', text.verdict));
  return section;
}

/** The layer's name, a link to its source where it has a web address (sourcesText checked it). */
function sourceName(row: SourcesText['rows'][number]): HTMLElement {
  const name = textEl('strong', '', `${row.name}:`);
  if (!row.url) return name;
  name.replaceChildren(webLink(row.url, row.name), ':');
  return name;
}
