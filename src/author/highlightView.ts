import { el, textEl } from '../ui/el';
import { HIGHLIGHT_KINDS, type HighlightKind, type Run } from './highlightSpans';

const KIND_NAMES: Record<HighlightKind, string> = {
  quote: 'quote',
  speaker: 'speaker',
  place: 'place',
  day: 'day',
  party: 'party',
  claim: 'claim or event',
};

/** The key to the marks: one sample of each kind, styled as the marks are. */
function key(): HTMLElement {
  const list = el('ul', 'author-key');
  list.setAttribute('aria-label', 'Highlight key');
  for (const kind of HIGHLIGHT_KINDS) {
    const item = el('li');
    const sample = textEl('mark', `hl hl-${kind}`, KIND_NAMES[kind]);
    item.append(sample);
    list.append(item);
  }
  return list;
}

/**
 * The drafted text with what the drafter read marked by kind: each run is a text node, or a <mark>
 * whose classes name its kinds and whose title says them (the marks carry no meaning the list of
 * items does not give in words). Built from text nodes only; the article is never parsed as HTML.
 */
export function highlightView(container: HTMLElement) {
  const section = el('section', 'author-text-view');
  section.setAttribute('aria-labelledby', 'author-marked-heading');
  const heading = textEl('h2', '', '2. What the drafter read');
  heading.id = 'author-marked-heading';
  const body = el('div', 'author-marked');
  body.tabIndex = 0;
  body.setAttribute('role', 'region');
  body.setAttribute('aria-label', 'The article with drafted spans marked');
  section.append(heading, key(), body);
  section.hidden = true;
  container.append(section);

  return {
    element: section,
    update(text: string, runs: readonly Run[]): void {
      section.hidden = false;
      body.replaceChildren(
        ...runs.map((run) => {
          const part = text.slice(run.start, run.end);
          if (run.kinds.length === 0) return document.createTextNode(part);
          const mark = textEl('mark', ['hl', ...run.kinds.map((k) => `hl-${k}`)].join(' '), part);
          mark.title = run.kinds.map((k) => KIND_NAMES[k]).join(', ');
          return mark;
        }),
      );
    },
  };
}
